"""Errors about project files, each carrying a message a user can read (in Dutch)."""

from __future__ import annotations

from pathlib import Path


class ProjectFileError(Exception):
    """A project file cannot be created, opened or written; `str()` is the Dutch message."""

    def __init__(self, path: Path | str, message: str):
        super().__init__(message)
        self.path = Path(path)
        self.message = message


class FileMissingError(ProjectFileError):
    """The file does not exist (any more)."""


class NotAProjectFileError(ProjectFileError):
    """The file is empty, not SQLite, or SQLite of another application."""


class DamagedFileError(ProjectFileError):
    """The file is a Thuisplan file but truncated or corrupt."""


class NewerVersionError(ProjectFileError):
    """The file was written by a newer Thuisplan with a schema this version does not know."""


class ReadOnlyError(ProjectFileError):
    """A write was attempted on a file opened read-only."""


class TargetExistsError(ProjectFileError):
    """A new file would overwrite an existing one."""
