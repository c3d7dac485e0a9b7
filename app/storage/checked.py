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
from concurrent.futures import Future
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
    try:
        made = _fingerprint_now(path)
    except Exception:  # a bug: the opening then hashes the file itself, and meets it there
        _log.exception("Vooraf berekenen van de vingerafdruk van %s mislukt", path)
        made = None
    future.set_result(made)  # always: the opening waits for it


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
        hashed = _digest(path, before.st_size)
        after = path.stat()
    except OSError:
        return None
    if hashed is None:
        return None
    digest, read = hashed
    unchanged = (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns)
    if not unchanged or not _identity(before) == read == _identity(after):
        return None  # changed, or replaced by another file, while it was read
    return Fingerprint(digest, after.st_size, after.st_mtime_ns)


Identity = tuple[int, int]  # a file's device and number (its index on Windows)


def _identity(status: os.stat_result) -> Identity:
    return status.st_dev, status.st_ino


def _digest(path: Path, size: int) -> tuple[str, Identity] | None:
    """The SHA-256 of the file's size and of the SHA-256 of each of its halves, with the
    identity of the file read; None when the halves were read from different files (the
    path was pointed elsewhere between the two openings).

    A large file's halves are read and hashed in two threads (reading and hashing let go
    of the interpreter): on two cores that takes half the time of one pass, 0.06 s against
    0.13 s for a national vision. The helper thread is a daemon, so quitting does not wait
    for it. (Files remembered by the SHA-256 of all their bytes, as before, are checked
    once more.)"""
    half = size // 2
    second: list[tuple[bytes, Identity] | Exception] = []
    helper = None
    if size >= _PARALLEL_FROM:
        helper = threading.Thread(
            target=_hash_into, args=(second, path, half, size), name="fingerprint-half", daemon=True
        )
        try:
            helper.start()
        except RuntimeError:  # no thread to be had (the interpreter is stopping)
            helper = None
    first = _hash_range(path, 0, half)
    if helper is None:
        second.append(_hash_range(path, half, size))
    else:
        helper.join()
    later = second[0]
    if isinstance(later, Exception):
        raise later
    if first[1] != later[1]:
        return None
    whole = hashlib.sha256(b"thuisplan:%d:" % size)
    whole.update(first[0])
    whole.update(later[0])
    return whole.hexdigest(), first[1]


def _hash_into(
    out: list[tuple[bytes, Identity] | Exception], path: Path, start: int, stop: int
) -> None:
    try:
        out.append(_hash_range(path, start, stop))
    except Exception as error:  # raised again in the thread that waits for it
        out.append(error)


def _hash_range(path: Path, start: int, stop: int) -> tuple[bytes, Identity]:
    """The SHA-256 of the bytes from `start` up to `stop` (fewer if the file has shrunk
    since: its size then tells), and the identity of the file opened."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        identity = _identity(os.fstat(f.fileno()))
        f.seek(start)
        left = stop - start
        while left > 0 and (chunk := f.read(min(_CHUNK, left))):
            digest.update(chunk)
            left -= len(chunk)
    return digest.digest(), identity


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
    # "halves": the digest's kind (`_digest`); records of the whole-file SHA-256 are let go
    return f"{__version__}/{CHECKS_REVISION}/halves"
