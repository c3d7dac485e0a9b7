"""Errors about project files, each carrying a message a user can read (in Dutch)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lock_owner imports these errors
    from app.storage.lock_owner import LockOwner


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


class WriteAccessError(ProjectFileError):
    """The file can be read but not written now; the caller can open it read-only instead."""


class FileInUseError(WriteAccessError):
    """Another Thuisplan (this one, another process or another computer) has the file open.

    `owner` is an `app.storage.lock_owner.LockOwner`: user, host, pid and since when.
    `verifiable` is False when the lock lives on a share without byte-range locks: then
    nothing tells a colleague still at work from one whose computer crashed, and the
    user may take the lock over (`app.services.lock_takeover`).
    """

    def __init__(
        self,
        path: Path | str,
        message: str,
        owner: LockOwner | None,
        *,
        verifiable: bool = True,
    ):
        super().__init__(path, message)
        self.owner = owner
        self.verifiable = verifiable


class FolderNotWritableError(WriteAccessError):
    """The file or its folder is read-only for this user (a CD, a read-only share)."""


class LockFileError(WriteAccessError):
    """No lock file could be made beside the project (a full disk), or the lock path holds
    something that is not a plain lock file (a planted link); read-only still works."""


class FileUnreachableError(ProjectFileError):
    """A read or write failed because the file, its folder or the network is gone, the file
    was replaced, or it cannot be written any more. Nothing was half-written; the open
    project can still be copied elsewhere with `copy_project_file` ("Opslaan als")."""


class DiskFullError(FileUnreachableError):
    """The disk holding the file is full; the last change was not saved."""


class FileBusyError(ProjectFileError):
    """Another program held the file locked for too long; the change was not saved (retry)."""


class UntrustedFileError(DamagedFileError):
    """The file is a Thuisplan file but not exactly as Thuisplan makes it (extra or altered
    tables, indexes, triggers or views; values of the wrong type or out of range; more than
    the data explains). Nothing in it was run or copied.

    `problems` lists what is wrong (Dutch); `salvageable` says whether its data tables can
    be read, so that "Gegevens overnemen in een nieuw bestand" (`salvage`) can be offered.
    """

    def __init__(
        self,
        path: Path | str,
        message: str,
        *,
        problems: Sequence[str] = (),
        salvageable: bool = False,
    ):
        super().__init__(path, message)
        self.problems = list(problems)
        self.salvageable = salvageable


class InterruptedWriteError(ProjectFileError):
    """A program stopped in the middle of writing (a 'hot' journal lies beside the file).
    Opening the file for writing rolls the unfinished change back; nothing saved is lost."""


def damaged_message(name: str) -> str:
    """What a user reads about a file whose pages SQLite finds broken."""
    return (
        f"'{name}' is beschadigd (de inhoud klopt niet meer) en kan niet worden geopend. "
        "Open een reservekopie."
    )
