"""Backup copies of project files in the user's data folder, and restoring them.

A copy is made before a migration and each time a project is opened for writing
(unless the file did not change since its last copy), with SQLite's backup API:
consistent, and quick (about 50 ms for a 25 MB national vision); a file that is mostly
free pages is copied compacted. Only a file that passed `verify` is ever copied. Each copy has a
small JSON sidecar saying which project it is and where it lived, for the start
screen's "Reservekopie terugzetten". Copies made on opening are pruned to the
newest `KEEP_ON_OPEN` per project; copies made before a migration are kept.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.storage import lock
from app.storage.connection import harden
from app.storage.errors import (
    DamagedFileError,
    FileInUseError,
    FileMissingError,
    ProjectFileError,
    TargetExistsError,
)
from app.storage.files import move_into_place, remove_leftovers, temporary_sibling
from app.storage.inspection import connect_read_only, inspect_project_file, read_header
from app.storage.paths import user_data_dir

ON_OPEN = "bij-openen"
KEEP_ON_OPEN = 5
_STAMP = "%Y%m%d-%H%M%S-%f"
_PAGE_COUNTS = ("page_count", "freelist_count")
_FEW_FREE_PAGES = 256
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupInfo:
    """One backup copy, as the start screen lists it."""

    path: Path
    project_name: str  # the vision's title (or the file name when unknown)
    original_path: Path | None  # where the project lived when the copy was made
    created: datetime
    reason: str  # ON_OPEN or 'voor-upgrade-v<n>'
    size: int  # bytes
    change_counter: int = 0

    @property
    def reason_label(self) -> str:
        """Why the copy was made, in Dutch."""
        if self.reason == ON_OPEN:
            return "Bij openen"
        if self.reason.startswith("voor-upgrade"):
            return "Voor het bijwerken naar een nieuwe bestandsversie"
        return self.reason


def backup_dir() -> Path:
    """The folder holding backup copies."""
    path = user_data_dir() / "reservekopieen"
    path.mkdir(parents=True, exist_ok=True)
    return path


def make_backup(path: Path, *, reason: str) -> Path:
    """Copy the project at `path` with SQLite's backup API (consistent even mid-use)."""
    path = Path(path)
    stamp = datetime.now()
    target = backup_dir() / f"{path.stem}-{stamp.strftime(_STAMP)}-{reason}.thuisplan"
    temporary = temporary_sibling(target)
    try:
        counter = read_header(path).change_counter  # the original's, to spot it unchanged
        copy_database(path, temporary)
        sidecar = {
            "project_name": _title(temporary) or path.name,
            "original_path": str(path.resolve()),
            "created": stamp.isoformat(),
            "reason": reason,
            "change_counter": counter,
        }
        # The sidecar first, each file moved into place whole: a crash in between
        # leaves at worst a sidecar without a copy, never a copy nobody can place.
        _write_atomically(_sidecar(target), json.dumps(sidecar, ensure_ascii=False))
        os.replace(temporary, target)
    finally:
        remove_leftovers(temporary)
    return target


def backup_on_open(path: Path) -> Path | None:
    """Back up a project that is being opened for writing, unless the newest copy of it
    already holds the same version; prune older copies. Never raises: a backup that
    cannot be made must not stop anyone from working (it is logged)."""
    try:
        path = Path(path)
        header = read_header(path)
        latest = next(iter(backups_of(path, reason=ON_OPEN)), None)
        if (
            latest is not None
            and latest.change_counter == header.change_counter
            and latest.size == path.stat().st_size
        ):
            return None
        made = make_backup(path, reason=ON_OPEN)
        prune(path)
        return made
    except (OSError, sqlite3.Error, ProjectFileError) as exc:
        _log.warning("Geen reservekopie van %s bij openen: %s", path, exc)
        return None


def list_backups() -> list[BackupInfo]:
    """Every backup copy, newest first."""
    found = [info for p in backup_dir().glob("*.thuisplan") if (info := _info(p)) is not None]
    return sorted(found, key=lambda info: info.created, reverse=True)


def backups_of(path: Path, *, reason: str | None = None) -> list[BackupInfo]:
    """The backups of the project at `path` (optionally of one reason), newest first."""
    wanted = _same_place(Path(path))
    return [
        info
        for info in list_backups()
        if info.original_path is not None
        and _same_place(info.original_path) == wanted
        and (reason is None or info.reason == reason)
    ]


def prune(path: Path, keep: int = KEEP_ON_OPEN) -> None:
    """Remove all but the newest `keep` on-open copies of the project at `path`."""
    for old in backups_of(path, reason=ON_OPEN)[keep:]:
        for file in (old.path, _sidecar(old.path)):
            with contextlib.suppress(OSError):
                file.unlink()


def restore_backup(backup: BackupInfo | Path, target: Path, *, overwrite: bool = False) -> Path:
    """Copy a backup to `target` (a new file, or an existing one with `overwrite`) and
    check that the result opens; returns `target`.

    Never writes over a project that is open (here or anywhere else): that raises
    FileInUseError. The copy is built beside `target` and moved into place only
    when complete and checked, so a failure leaves `target` as it was.
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    target = Path(target)
    if not source.is_file():
        raise FileMissingError(source, f"De reservekopie '{source.name}' bestaat niet (meer).")
    if target.exists() and not overwrite:
        raise TargetExistsError(target, f"'{target.name}' bestaat al. Kies een andere naam.")
    try:
        held = lock.acquire(target)  # nobody may open the target while it is being replaced
    except FileInUseError as exc:
        advice = "Een reservekopie komt nooit over een geopend bestand; kies een andere naam."
        raise lock.in_use_error(target, exc.owner, advice) from exc
    temporary = temporary_sibling(target)
    try:
        try:  # checked before it is copied: a file in the backup folder is a file from disk
            inspect_project_file(source, full_check=True)
        except ProjectFileError as exc:
            raise DamagedFileError(
                source,
                f"De reservekopie '{source.name}' is zelf beschadigd en kan niet worden "
                "teruggezet. Kies een andere reservekopie.",
            ) from exc
        copy_database(source, temporary)
        move_into_place(temporary, target)
    except (OSError, sqlite3.Error) as exc:
        raise ProjectFileError(
            target, f"De reservekopie kan niet worden teruggezet als '{target.name}' ({exc})."
        ) from exc
    finally:
        remove_leftovers(temporary)
        held.release()
    return target


def copy_database(source: Path, target: Path) -> None:
    """Write a consistent copy of the database at `source` to `target` (a new file).

    A file that is mostly free pages (after much was deleted, or padded on purpose) is
    copied without them (VACUUM INTO), so that a backup never copies what holds no data."""
    src = connect_read_only(source)
    try:
        pages, free = (src.execute(f"PRAGMA {p}").fetchone()[0] for p in _PAGE_COUNTS)
        if free > _FEW_FREE_PAGES and free * 4 > pages:
            src.execute("VACUUM INTO ?", (str(target),))
        else:
            copy_connection(src, target)
    finally:
        src.close()


def copy_connection(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of the database open as `source` to `target` (a new file)."""
    dst = harden(sqlite3.connect(str(target)))
    try:
        source.backup(dst)
    finally:
        dst.close()


def _info(path: Path) -> BackupInfo | None:
    """What a backup file is, from its sidecar (or its name, for copies made before
    sidecars existed); None for files that are not backups."""
    try:
        size = path.stat().st_size
        meta = json.loads(_sidecar(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        meta = {}
    except (OSError, ValueError):
        return None
    stem, created, reason = _parse_name(path.name)
    if created is None:
        return None
    with contextlib.suppress(KeyError, TypeError, ValueError):
        created = datetime.fromisoformat(meta["created"])
    original = meta.get("original_path")
    return BackupInfo(
        path=path,
        project_name=str(meta.get("project_name") or f"{stem}.thuisplan"),
        original_path=Path(original) if original else None,
        created=created,
        reason=str(meta.get("reason") or reason),
        size=size,
        change_counter=_int(meta.get("change_counter")),
    )


def _parse_name(name: str) -> tuple[str, datetime | None, str]:
    """'regio-20251122-113400-123456-bij-openen.thuisplan' -> ('regio', time, 'bij-openen')."""
    parts = name.removesuffix(".thuisplan").split("-")
    for i in range(len(parts) - 2):
        try:
            created = datetime.strptime("-".join(parts[i : i + 3]), _STAMP)
        except ValueError:
            continue
        return "-".join(parts[:i]), created, "-".join(parts[i + 3 :])
    return name, None, ""


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload,no-any-return]
    except (TypeError, ValueError):
        return 0


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".~{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _sidecar(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def _same_place(path: Path) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def _title(path: Path) -> str:
    with contextlib.suppress(sqlite3.Error):
        conn = connect_read_only(path)
        try:
            row = conn.execute("SELECT title FROM vision LIMIT 1").fetchone()
            return str(row[0]) if row else ""
        finally:
            conn.close()
    return ""
