"""Every failure of a command as a Dutch line on stderr and an exit code, never a traceback.

Errors a user can cause (a domain or project-file error, a file that cannot be read or
written) exit with 1. SQLite's failures of the file itself (busy, unreachable, full) are
translated as the GUI translates them. Anything else is a fault, in Thuisplan or in a
file it did not expect (a constraint or trigger refusing a write, a reference to a row
that is not there, text too large for a document): its details go to the log file, the
user reads what kind of trouble it was, what to try, and where the log is, and the exit
code is 70 (EX_SOFTWARE).
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import traceback
from pathlib import Path

from app.services.errors import DomainError
from app.storage import ProjectFileError
from app.storage.failures import translate
from app.storage.log_file import configure_logging

EXIT_USER_ERROR = 1
EXIT_UNEXPECTED = 70
_log = logging.getLogger("app.cli")

_OS_ERRORS = {
    errno.ENOENT: "'{name}' bestaat niet.",
    errno.EACCES: "U hebt geen toegang tot '{name}'.",
    errno.EPERM: "U hebt geen toegang tot '{name}'.",
    errno.EROFS: "'{name}' staat op een schijf waarop niet geschreven kan worden.",
    errno.ENOSPC: "De schijf is vol; '{name}' kon niet worden geschreven.",
    errno.EISDIR: "'{name}' is een map, geen bestand.",
    errno.ENOTDIR: "Een deel van het pad naar '{name}' is geen map.",
    errno.EEXIST: "'{name}' bestaat al.",
    errno.ENAMETOOLONG: "De naam '{name}' is te lang.",
    errno.EBUSY: "'{name}' is in gebruik door een ander programma.",
}


def failure(error: Exception, file: Path | None, *, writing: bool = False) -> tuple[str, int]:
    """The Dutch message (without 'thuisplan: ') and exit code for `error`, raised while a
    command worked on `file`; an unexpected error is written to the log file first."""
    if isinstance(error, (DomainError, ProjectFileError)):
        return str(error), EXIT_USER_ERROR
    translated = translate(error, file, None, writing=writing) if file is not None else None
    if translated is not None:
        return str(translated), EXIT_USER_ERROR
    if isinstance(error, OSError):
        return _os_error_text(error, file), EXIT_USER_ERROR
    return _unexpected(error, file), EXIT_UNEXPECTED


def _os_error_text(error: OSError, file: Path | None) -> str:
    """The system's refusal in Dutch (its own text is English: 'No space left on device')."""
    name = Path(os.fsdecode(error.filename)).name if error.filename else str(file or "")
    if error.errno in _OS_ERRORS:
        return _OS_ERRORS[error.errno].format(name=name)
    code = errno.errorcode.get(error.errno or 0, "onbekend")
    return f"'{name}' kon niet worden gelezen of geschreven (systeemfout {code})."


def _unexpected(error: Exception, file: Path | None) -> str:
    log = _write_log(error)
    what, about_file = _kind(error)
    parts = [what]
    if about_file and file is not None:
        parts.append(f'Controleer het bestand met: thuisplan check "{file}"')
    if log is not None:
        parts.append(
            f"Meld dit bij de beheerder als het blijft gebeuren; de details staan in {log}"
        )
    else:
        parts.append("Meld dit bij de beheerder (er kon geen logbestand worden geschreven).")
    return " ".join(part if part.endswith(".") else part + "." for part in parts)


def _kind(error: Exception) -> tuple[str, bool]:
    """What went wrong in words, and whether the file is the likely cause."""
    database = _database_error(error)
    if isinstance(database, sqlite3.IntegrityError):
        return (
            "Het bestand weigerde een wijziging (een beperking of trigger in het bestand die "
            "Thuisplan niet kent); de wijziging is niet opgeslagen.",
            True,
        )
    if database is not None:
        return "Het bestand bevat iets wat Thuisplan niet verwacht (een databasefout).", True
    if isinstance(error, LookupError):
        return "Het bestand lijkt niet te kloppen: het verwijst naar iets dat er niet is.", True
    if type(error).__module__.startswith("lxml"):
        return (
            "Een tekst of onderdeel is te groot of onleesbaar om in een Word- of "
            "Excel-document te zetten.",
            True,
        )
    if isinstance(error, MemoryError):
        return "Er was niet genoeg geheugen om dit af te maken.", True
    return "Er ging iets onverwachts mis in Thuisplan.", False


def _database_error(error: Exception) -> sqlite3.Error | None:
    """The sqlite3 error in `error` (SQLAlchemy wraps it as `.orig`), if any."""
    wrapped = getattr(error, "orig", None)
    for candidate in (wrapped, error):
        if isinstance(candidate, sqlite3.Error):
            return candidate
    return None


def _write_log(error: Exception) -> Path | None:
    path = configure_logging()
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    _log.error("Unexpected error in a command\n%s", details)
    return path
