"""Decide whether a file is a Thuisplan project we can open, without writing to it.

Everything here reads: the 100-byte SQLite header straight from disk, then a
read-only connection for the exact schema, integrity and bounds checks (`verify`).
A refused file's bytes are never touched.
"""

from __future__ import annotations

import logging
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from app.storage import checked
from app.storage.connection import connect
from app.storage.errors import (
    DamagedFileError,
    FileMissingError,
    NewerVersionError,
    NotAProjectFileError,
    ProjectFileError,
    damaged_message,
)
from app.storage.format import APPLICATION_ID, CURRENT_SCHEMA_VERSION, SQLITE_MAGIC
from app.storage.verify import verify

HEADER_SIZE = 100

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileHeader:
    """What the SQLite header says about a file."""

    page_size: int
    page_count: int | None  # None when the header's count is not trustworthy
    application_id: int
    schema_version: int
    change_counter: int = 0  # bumped by every commit: tells whether a file changed


def inspect_project_file(path: Path, *, full_check: bool = False) -> FileHeader:
    """Return the header of a Thuisplan file we can open, or raise a ProjectFileError.

    `full_check` runs SQLite's complete integrity check instead of the quick one.
    """
    header = read_header(path)
    check_contents(path, header, full_check=full_check)
    return header


def read_header(path: Path) -> FileHeader:
    """Read and judge the SQLite header; raise with a Dutch message if it is not ours."""
    name = path.name
    if not path.exists():
        raise FileMissingError(path, f"Het bestand '{name}' bestaat niet (meer).")
    if path.is_dir():
        raise NotAProjectFileError(path, f"'{name}' is een map, geen Thuisplan-bestand.")
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            raw = f.read(HEADER_SIZE)
    except PermissionError as exc:
        raise ProjectFileError(
            path, f"Thuisplan mag '{name}' niet lezen. Controleer de rechten op het bestand."
        ) from exc
    except OSError as exc:
        raise ProjectFileError(
            path, f"'{name}' kan niet worden gelezen ({exc.strerror or exc})."
        ) from exc

    if size == 0:
        raise NotAProjectFileError(path, f"'{name}' is leeg: het is geen Thuisplan-bestand.")
    if not raw.startswith(SQLITE_MAGIC):
        raise NotAProjectFileError(path, f"'{name}' is geen Thuisplan-bestand.")
    if len(raw) < HEADER_SIZE:
        raise DamagedFileError(path, _truncated(name))

    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    valid_for = struct.unpack(">I", raw[92:96])[0]
    schema_version, application_id = struct.unpack(">iI", raw[60:64] + raw[68:72])

    if application_id != APPLICATION_ID:
        raise NotAProjectFileError(
            path,
            f"'{name}' is een database van een ander programma, geen Thuisplan-bestand.",
        )
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFileError(path, _damaged(name))
    trusted_count = page_count if page_count and change_counter == valid_for else None
    if size % page_size or (trusted_count and size < trusted_count * page_size):
        raise DamagedFileError(path, _truncated(name))
    if schema_version > CURRENT_SCHEMA_VERSION:
        raise NewerVersionError(
            path,
            f"'{name}' is gemaakt met een nieuwere versie van Thuisplan (bestandsversie "
            f"{schema_version}). Deze versie opent bestanden tot en met versie "
            f"{CURRENT_SCHEMA_VERSION}. Werk Thuisplan bij om dit bestand te openen.",
        )
    if schema_version < 1:
        raise DamagedFileError(path, _damaged(name))
    return FileHeader(page_size, trusted_count, application_id, schema_version, change_counter)


def check_contents(path: Path, header: FileHeader, *, full_check: bool = False) -> None:
    """Check that the file is exactly Thuisplan's schema of its version, intact and within
    bounds (see `verify`); raise a ProjectFileError with a Dutch message if not.

    Without `full_check`, a file byte for byte the same as one that passed these checks
    before on this computer (`checked`) only has its schema checked again."""
    if full_check:
        verify(path, header.schema_version, full_check=True)
        return
    fingerprint = checked.fingerprint(path)
    known = checked.is_known(fingerprint)
    verify(path, header.schema_version, contents=not known)
    if not known:
        checked.remember(fingerprint, path)


def remember_if_sound(path: Path) -> None:
    """Check a file this Thuisplan has written and is about to release, and remember its
    contents when they pass (its next opening is then quick); never raises."""
    try:
        check_contents(path, read_header(path))
    except (ProjectFileError, OSError, sqlite3.Error) as exc:
        _log.warning("Controle van %s bij sluiten: %s", path, exc)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A hardened connection that cannot write to the file."""
    return connect(path, "ro")


def _damaged(name: str) -> str:
    return damaged_message(name)


def _truncated(name: str) -> str:
    return (
        f"'{name}' is onvolledig (bijvoorbeeld afgebroken tijdens kopiëren) en kan niet "
        "worden geopend. Kopieer het opnieuw of open een reservekopie."
    )
