"""Writing exported files safely, with progress and cancellation.

Every exporter writes to a temporary file beside the target and moves it into
place only when the document is complete, so a cancelled or failed export leaves
nothing half-written. Exporters take two optional callbacks from the caller (the
GUI's worker or the CLI): `progress(done, total, description)` and
`is_cancelled()`; a cancelled export raises `ExportCancelled`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from app.services.collector import collector_paused as collector_paused  # the exports use it
from app.services.errors import Cancelled, DomainError
from app.services.file_names import safe_file_name

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


class ExportError(DomainError):
    """An export could not be written; the message says why, in Dutch."""


class TargetLockedError(ExportError):
    """The target file is open in another program (Word, Excel) and cannot be replaced."""


class ExportCancelled(Cancelled):
    """The user cancelled the export; no file was written."""


class Steps:
    """Reports progress and checks for cancellation between the steps of an export."""

    def __init__(self, total: int, progress: ProgressFn | None, is_cancelled: CancelFn | None):
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._is_cancelled = is_cancelled

    def check(self) -> None:
        """Raise ExportCancelled when the user asked to stop."""
        if self._is_cancelled is not None and self._is_cancelled():
            raise ExportCancelled("Het exporteren is afgebroken.")

    def step(self, description: str) -> None:
        """Start the next step: check for cancellation, then report it."""
        self.check()
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total, description)
        self.done += 1

    def finish(self, description: str = "Klaar") -> None:
        """Report that every step is done."""
        if self._progress is not None:
            self._progress(self.total, self.total, description)


def check_writable(target: Path) -> None:
    """Fail early, with a Dutch message, when `target` cannot be written or replaced."""
    target = Path(target)
    try:
        _check_writable(target)
    except OSError as exc:  # a name too long, a folder out of reach, ...
        raise ExportError(os_error_message(target, exc)) from exc


def _check_writable(target: Path) -> None:
    if not target.parent.is_dir():
        if target.parent.exists():
            raise ExportError(f"'{target.parent}' is een bestand, geen map.")
        raise ExportError(f"De map '{target.parent}' bestaat niet.")
    if target.is_dir():
        raise ExportError(f"'{target.name}' is een map, geen bestand.")
    if target.exists():
        try:  # on Windows a file open in Word or Excel cannot be opened for writing
            with open(target, "r+b"):
                pass
        except PermissionError as exc:
            raise TargetLockedError(_locked_message(target)) from exc


def unique_file_name(text: str, extension: str, taken: set[str]) -> str:
    """A safe file name for `text` ending in `extension` ('.docx'), with ' (2)', ' (3)', ...
    when another file of this export already has it ('A/B' and 'A-B' give the same name;
    Windows ignores case). The name is added to `taken`."""
    base = safe_file_name(text)
    name, number = base, 1
    while f"{name}{extension}".casefold() in taken:
        number += 1
        name = f"{base} ({number})"
    taken.add(f"{name}{extension}".casefold())
    return f"{name}{extension}"


def _no_announcement(path: Path) -> None:
    """What `announce_temporary` does outside an export's child process."""


# Told every temporary file or folder an export makes before it makes it; the export's child
# process (`child_run`) passes them to its parent, which removes them if the child dies.
announce_temporary: Callable[[Path], None] = _no_announcement


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; move it into place if the block succeeds.

    On any error or cancellation the temporary file is removed and `target` is untouched.
    An OSError in the block or while moving (no write permission, disk full, name too
    long, read-only folder) becomes an ExportError with a Dutch message.
    """
    target = Path(target)
    check_writable(target)
    temporary = target.with_name(f".~{target.stem}.{uuid.uuid4().hex[:8]}.tmp{target.suffix}")
    announce_temporary(temporary)
    try:
        try:
            yield temporary
        except OSError as exc:
            raise ExportError(os_error_message(target, exc)) from exc
        _replace(temporary, target)
    finally:
        with contextlib.suppress(OSError):  # absent, or never creatable (name too long)
            temporary.unlink()


def _replace(temporary: Path, target: Path) -> None:
    try:
        os.replace(temporary, target)
    except PermissionError as exc:
        raise TargetLockedError(_locked_message(target)) from exc
    except OSError as exc:
        raise ExportError(os_error_message(target, exc)) from exc


# Why a file cannot be written, by errno, in the words of the message below.
_REASONS = {
    errno.EACCES: "geen schrijfrechten",
    errno.EPERM: "geen schrijfrechten",
    errno.ENOSPC: "de schijf is vol",
    getattr(errno, "EDQUOT", errno.ENOSPC): "de schijf is vol",  # a quota on a share
    errno.ENAMETOOLONG: "de bestandsnaam of het pad is te lang",
    errno.EROFS: "de map is alleen-lezen",
    errno.ENOENT: "de map is niet (meer) bereikbaar",
}
_WINDOWS_NAME_TOO_LONG = 206  # ERROR_FILENAME_EXCED_RANGE, which Python maps to ENOENT


def os_error_message(target: Path, error: OSError) -> str:
    """Why `target` cannot be written, in Dutch whatever the operating system's language:
    "'x.docx' kan niet worden geschreven in <map>: de schijf is vol." """
    reason: str | None
    if getattr(error, "winerror", None) == _WINDOWS_NAME_TOO_LONG:
        reason = _REASONS[errno.ENAMETOOLONG]
    else:
        reason = _REASONS.get(error.errno or 0)
    if reason is None:
        code = errno.errorcode.get(error.errno or 0, error.errno or "onbekend")
        reason = f"het besturingssysteem weigert het (foutcode {code})"
    return f"'{target.name}' kan niet worden geschreven in {target.parent}: {reason}."


def _locked_message(target: Path) -> str:
    return (
        f"'{target.name}' is geopend in een ander programma (bijvoorbeeld Word of Excel). "
        "Sluit het bestand en probeer het opnieuw, of kies een andere naam."
    )
