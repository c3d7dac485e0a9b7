"""Project files on disk: create, open, check, migrate, back up."""

from app.storage.errors import (
    DamagedFileError,
    FileMissingError,
    NewerVersionError,
    NotAProjectFileError,
    ProjectFileError,
    ReadOnlyError,
    TargetExistsError,
)
from app.storage.project import (
    ProjectFile,
    copy_project_file,
    create_project_file,
    open_project_file,
)

__all__ = [
    "DamagedFileError",
    "FileMissingError",
    "NewerVersionError",
    "NotAProjectFileError",
    "ProjectFile",
    "ProjectFileError",
    "ReadOnlyError",
    "TargetExistsError",
    "copy_project_file",
    "create_project_file",
    "open_project_file",
]
