"""SQLite's failures while a project is open, as ProjectFileErrors with a Dutch message.

Files live on network shares and laptops that close their lid: the folder can
vanish, become read-only, or a sync tool can replace the file while Thuisplan has
it open. SQLite then reports a low-level error (I/O error, cannot open, read-only
database, database moved) at whatever statement comes next, which may be a flush
inside a service or the commit. `ProjectFile` routes every error of its sessions
through `translate`, so services never see sqlite3 or SQLAlchemy errors of this
kind and the user reads what happened and what to do.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.storage.errors import (
    DamagedFileError,
    DiskFullError,
    FileBusyError,
    FileUnreachableError,
    ProjectFileError,
)

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_PROTOCOL, SQLITE_NOTADB = 15, 26
# For errors made without a code (older Pythons, tests): SQLite's standard texts.
_BY_TEXT = {
    "disk i/o error": SQLITE_IOERR,
    "database is locked": SQLITE_BUSY,
    "unable to open database file": SQLITE_CANTOPEN,
    "attempt to write a readonly database": SQLITE_READONLY,
    "database or disk is full": SQLITE_FULL,
    "database disk image is malformed": SQLITE_CORRUPT,
    "file is not a database": SQLITE_NOTADB,
}
_UNREACHABLE = {SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN}
_SAVE_ELSEWHERE = "kies 'Opslaan als' om verder te werken op een andere plek."

FileIdentity = tuple[int, int] | None


def file_identity(path: Path) -> FileIdentity:
    """(device, inode) of the file at `path`; None where the file system gives no ids."""
    info = os.stat(path)
    return (info.st_dev, info.st_ino) if info.st_ino else None


def check_reachable(path: Path, identity: FileIdentity, *, writing: bool) -> None:
    """Raise FileUnreachableError when `path` is gone or is no longer the file we opened."""
    problem = _whereabouts(path, identity)
    if problem is not None:
        raise FileUnreachableError(path, _message(path.name, problem, writing))


def translate(
    error: BaseException, path: Path, identity: FileIdentity, *, writing: bool
) -> ProjectFileError | None:
    """The ProjectFileError for a SQLite failure of the file itself; None for other errors
    (constraint violations, SQL mistakes: those are bugs and must surface as they are)."""
    code = _code(error)
    if code is None:
        return None
    name = path.name
    if code in (SQLITE_BUSY, SQLITE_LOCKED, SQLITE_PROTOCOL):
        lost = " Uw laatste wijziging is niet opgeslagen; probeer het opnieuw." if writing else ""
        return FileBusyError(
            path, f"'{name}' is even bezet door een ander programma of een collega.{lost}"
        )
    if code == SQLITE_FULL:
        return DiskFullError(
            path,
            f"De schijf waarop '{name}' staat is vol. Uw laatste wijziging is niet opgeslagen; "
            f"maak ruimte vrij, of {_SAVE_ELSEWHERE}",
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        problem = _whereabouts(path, identity)
        if problem is not None:
            return FileUnreachableError(path, _message(name, problem, writing))
        return DamagedFileError(
            path,
            f"'{name}' is beschadigd geraakt terwijl het open was. Sluit het en open een "
            "reservekopie (startscherm: 'Reservekopie terugzetten').",
        )
    if code in _UNREACHABLE:
        problem = _whereabouts(path, identity) or ("read-only" if writing else "io")
        if code == SQLITE_IOERR and problem == "read-only":
            problem = "io"
        return FileUnreachableError(path, _message(name, problem, writing))
    return None


def _code(error: BaseException) -> int | None:
    """SQLite's primary result code of `error` (or of the sqlite3 error it wraps)."""
    # SQLAlchemy wraps the sqlite3 error as `.orig` (checked by shape: SQLAlchemy may not
    # be loaded at all when a plain sqlite3 read fails).
    wrapped = getattr(error, "orig", None)
    if isinstance(wrapped, sqlite3.Error):
        error = wrapped
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(error).lower()
    return next((value for key, value in _BY_TEXT.items() if key in text), None)


def _whereabouts(path: Path, identity: FileIdentity) -> str | None:
    """'gone', 'replaced', or None when `path` is still the file we opened."""
    try:
        now = file_identity(path)
    except FileNotFoundError:
        return "gone"
    except OSError:
        return "io"
    if not path.is_file():
        return "replaced"
    if identity is not None and now is not None and now != identity:
        return "replaced"
    return None


def _message(name: str, problem: str, writing: bool) -> str:
    lost = "Uw laatste wijziging is niet opgeslagen; " if writing else ""
    then = lost + (_SAVE_ELSEWHERE if lost else _SAVE_ELSEWHERE.capitalize())
    if problem == "replaced":
        return (
            f"Het bestand '{name}' is vervangen door een ander bestand (bijvoorbeeld door een "
            f"synchronisatieprogramma of een collega). {then}"
        )
    if problem == "read-only":
        return (
            f"Thuisplan kan niet meer schrijven in '{name}' of in de map waarin het staat "
            f"(alleen-lezen geworden?). {then}"
        )
    if problem == "gone":
        return (
            f"Het bestand '{name}' is niet meer bereikbaar (netwerk weg, of is het verplaatst "
            f"of verwijderd?). {then}"
        )
    return f"Het bestand '{name}' is niet meer bereikbaar (netwerk weg?). {then}"
