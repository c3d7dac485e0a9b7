"""Project files on disk: create, open, check, migrate, lock, back up, restore."""

from app.storage.backups import BackupInfo, list_backups, restore_backup
from app.storage.errors import (
    DamagedFileError,
    DiskFullError,
    FileBusyError,
    FileInUseError,
    FileMissingError,
    FileUnreachableError,
    FolderNotWritableError,
    InterruptedWriteError,
    LockFileError,
    NewerVersionError,
    NotAProjectFileError,
    ProjectFileError,
    ReadOnlyError,
    TargetExistsError,
    UntrustedFileError,
    WriteAccessError,
)
from app.storage.lock import current_owner
from app.storage.lock_owner import LockOwner
from app.storage.project import (
    ProjectFile,
    build_project_file,
    copy_project_file,
    create_project_file,
    open_project_file,
)
from app.storage.reader import ProjectReader

__all__ = [
    "BackupInfo",
    "DamagedFileError",
    "DiskFullError",
    "FileBusyError",
    "FileInUseError",
    "FileMissingError",
    "FileUnreachableError",
    "FolderNotWritableError",
    "LockFileError",
    "InterruptedWriteError",
    "LockOwner",
    "NewerVersionError",
    "NotAProjectFileError",
    "ProjectFile",
    "ProjectFileError",
    "ProjectReader",
    "ReadOnlyError",
    "TargetExistsError",
    "UntrustedFileError",
    "WriteAccessError",
    "build_project_file",
    "copy_project_file",
    "create_project_file",
    "current_owner",
    "list_backups",
    "open_project_file",
    "restore_backup",
]
