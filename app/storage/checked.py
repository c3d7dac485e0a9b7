"""Remember the file contents this Thuisplan has checked completely, so that reopening a
byte-identical file need not check its contents again (seconds for a national vision).

A file is known by a SHA-256 digest of its bytes (`_digest`: 0.06 s for a national vision,
against some 1.4 s for the checks). The content checks of `verify` depend on nothing but those
bytes and on the checks themselves, so a file with a digest in the record passes them
again; the record is kept per version of the checks (`CHECKS_REVISION`) and a new version
starts with an empty one. A file with a journal beside it is never taken as known: SQLite
would read it rolled back, which is not the content that was hashed.

Where a file can come from is irrelevant: a file someone sends is only known when it is
byte for byte a file this computer already checked. The record lives in the user's own
data folder; anything wrong with it (missing, unreadable, not ours) counts as an empty
record, and a record that cannot be written only means the next opening checks again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from app import __version__
from app.storage.files import journal_of
from app.storage.paths import user_data_dir

# Raise when a content check of `verify` (or a rule it applies) changes: files checked by
# the old checks are then checked again once.
CHECKS_REVISION = 1
RECORD_NAME = "gecontroleerde-bestanden.json"
KEEP = 200  # digests remembered; the oldest go first
_CHUNK = 1 << 20
_PARALLEL_FROM = 8 << 20  # bytes: a smaller file's halves are hashed one after the other
_MAX_RECORD_BYTES = 100 * KEEP  # a record larger than KEEP digests can be is not ours

_log = logging.getLogger(__name__)
_ahead: dict[str, Future[Fingerprint | None]] = {}  # resolved path -> its hash, under way
_ahead_lock = threading.Lock()


@dataclass(frozen=True)
class Fingerprint:
    """The digest of a file's bytes (`_digest`), with the size and time of change it had
    then."""

    digest: str
    size: int
    modified_ns: int


def fingerprint_ahead(path: Path) -> None:
    """Start hashing `path` in a thread (`thuisplan FILE`: while the window's modules load;
    hashing and reading release the interpreter, so it runs beside them). The next
    `fingerprint` of the file takes the result, if the file is unchanged since."""
    key = _key(path)
    future: Future[Fingerprint | None] = Future()
    with _ahead_lock:
        if key in _ahead:
            return
        _ahead[key] = future
    threading.Thread(
        target=_fill, args=(future, Path(path)), name="fingerprint", daemon=True
    ).start()


def _key(path: Path) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:  # as the file will be opened: whatever the path says
        return os.path.abspath(path)


def _fill(future: Future[Fingerprint | None], path: Path) -> None:
    future.set_result(_fingerprint_now(path))


def fingerprint(path: Path) -> Fingerprint | None:
    """The file's fingerprint; None when a journal lies beside it or it changed while it
    was read (then nothing about it is remembered or trusted). One made ahead
    (`fingerprint_ahead`) is used when the file's size and time of change are still the
    ones it was made with and no journal has appeared: what `remember` relies on as well."""
    with _ahead_lock:
        ahead = _ahead.pop(_key(path), None)
    made = None if ahead is None else ahead.result()
    if made is not None and _unchanged(made, path):
        return made
    return _fingerprint_now(path)


def _fingerprint_now(path: Path) -> Fingerprint | None:
    try:
        if journal_of(path).exists():
            return None
        before = path.stat()
        digest = _digest(path, before.st_size)
        after = path.stat()
    except OSError:
        return None
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
        return None
    return Fingerprint(digest, after.st_size, after.st_mtime_ns)


def _digest(path: Path, size: int) -> str:
    """The SHA-256 of the file's size and of the SHA-256 of each of its halves. A large
    file's halves are read and hashed in two threads (reading and hashing let go of the
    interpreter): on two cores that takes half the time of one pass, 0.06 s against 0.13 s
    for a national vision. (Files remembered by the SHA-256 of all their bytes, as before,
    are checked once more.)"""
    half = size // 2
    if size < _PARALLEL_FROM:
        first, second = _hash_range(path, 0, half), _hash_range(path, half, size)
    else:
        with ThreadPoolExecutor(1, thread_name_prefix="fingerprint") as pool:
            later = pool.submit(_hash_range, path, half, size)
            first = _hash_range(path, 0, half)
            second = later.result()
    whole = hashlib.sha256(b"thuisplan:%d:" % size)
    whole.update(first)
    whole.update(second)
    return whole.hexdigest()


def _hash_range(path: Path, start: int, stop: int) -> bytes:
    """The SHA-256 of the bytes from `start` up to `stop` (fewer if the file has shrunk
    since: its time of change then tells)."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        f.seek(start)
        left = stop - start
        while left > 0 and (chunk := f.read(min(_CHUNK, left))):
            digest.update(chunk)
            left -= len(chunk)
    return digest.digest()


def is_known(print_: Fingerprint | None) -> bool:
    """Whether a file with this fingerprint passed every content check of this version."""
    return print_ is not None and print_.digest in _read_record()


def remember(print_: Fingerprint | None, path: Path) -> None:
    """Record that the file at `path`, read as `print_` before its checks, passed them; not
    when it changed since (the checks may then have seen other bytes than were hashed)."""
    if print_ is None or not _unchanged(print_, path):
        return
    digests = [d for d in _read_record() if d != print_.digest] + [print_.digest]
    record = {"checks": _checks_version(), "digests": digests[-KEEP:]}
    target = user_data_dir() / RECORD_NAME
    temporary = target.with_name(f".~{RECORD_NAME}.{os.getpid()}.tmp")
    try:
        temporary.write_text(json.dumps(record), encoding="utf-8")
        os.replace(temporary, target)
    except OSError as exc:
        _log.warning("Controle van %s niet onthouden: %s", path, exc)
        with contextlib.suppress(OSError):
            temporary.unlink()


def _unchanged(print_: Fingerprint, path: Path) -> bool:
    try:
        now = path.stat()
    except OSError:
        return False
    return (now.st_size, now.st_mtime_ns) == (print_.size, print_.modified_ns) and not (
        journal_of(path).exists()
    )


def _read_record() -> list[str]:
    """The digests checked by this version of the checks, oldest first."""
    path = user_data_dir() / RECORD_NAME
    try:
        if path.stat().st_size > _MAX_RECORD_BYTES:
            return []
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(record, dict) or record.get("checks") != _checks_version():
        return []
    digests = record.get("digests")
    if not isinstance(digests, list):
        return []
    return [d for d in digests if isinstance(d, str) and len(d) == 64]


def _checks_version() -> str:
    return f"{__version__}/{CHECKS_REVISION}"
