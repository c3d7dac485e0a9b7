"""The lock file's own bytes on disk: made, opened, read and written without ever following
a link or touching anything but a plain file of its own.

Anyone who can write in a shared folder can plant `.name.thuisplan.lock` as a symbolic
link (or a hard link, a pipe, a folder). Following it would truncate and overwrite the
file it points to, or hang on a pipe. So a lock file is created with O_EXCL (which never
follows a link), opened with O_NOFOLLOW where the system has it, and must then be a plain
file with one name (`fstat` on what was really opened). A lock whose owner could not be
written (a full disk) is removed again: a 0-byte lock would tell nobody who has the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

MAX_OWNER_BYTES = 4096
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
# A pipe swapped in after the check must not block the open (no effect on plain files).
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_COMMON = getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0) | _NOFOLLOW
# What O_NOFOLLOW gives for a link: ELOOP on Linux and macOS, EMLINK on FreeBSD.
_LINK_ERRNOS = {errno.ELOOP, errno.EMLINK}
DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class UnsafeLockFileError(Exception):
    """The lock path is a link, a folder, a pipe or a file with more than one name."""


def create(path: Path) -> int:
    """Create the lock file, failing with FileExistsError if anything (a link too) is there."""
    fd = os.open(path, os.O_RDWR | _COMMON | os.O_CREAT | os.O_EXCL, 0o666)
    with contextlib.suppress(OSError, AttributeError):
        os.fchmod(fd, 0o666)  # colleagues on a share must be able to take over a stale lock
    return fd


def open_existing(path: Path, *, writable: bool = True) -> int:
    """Open an existing lock file without following a link; UnsafeLockFileError unless it
    is a plain file with one name, FileNotFoundError when it is gone."""
    _refuse_unless_plain(os.lstat(path))  # the only check on systems without O_NOFOLLOW
    mode = os.O_RDWR if writable else os.O_RDONLY
    try:
        fd = os.open(path, mode | _COMMON | _NONBLOCK)
    except OSError as exc:
        if exc.errno in _LINK_ERRNOS or isinstance(exc, IsADirectoryError):
            raise UnsafeLockFileError(path) from exc
        raise
    try:
        _refuse_unless_plain(os.fstat(fd))  # what was really opened, after any swap
    except BaseException:
        os.close(fd)
        raise
    return fd


def _refuse_unless_plain(info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
        raise UnsafeLockFileError


def read_file(path: Path) -> bytes:
    """The start of the lock file at `path` (to name its owner); b'' when it cannot be read
    or is not a plain file."""
    try:
        fd = open_existing(path, writable=False)
    except (OSError, UnsafeLockFileError):
        return b""
    try:
        return os.read(fd, MAX_OWNER_BYTES)
    except OSError:
        return b""
    finally:
        os.close(fd)


def read_fd(fd: int) -> bytes:
    """The start of the open lock file `fd`."""
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, MAX_OWNER_BYTES)


def write(fd: int, data: bytes) -> None:
    """Replace the lock file's contents by `data`, all of it, on disk; OSError otherwise
    (ENOSPC on a full disk, also when a short write is all there was room for)."""
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]
    try:
        os.fsync(fd)
    except OSError as exc:
        # Network file systems report a full disk only here; other fsync errors
        # (a file system without fsync) do not make the lock less true.
        if exc.errno in DISK_FULL_ERRNOS:
            raise


def same_file(fd: int, path: Path) -> bool:
    """Whether `path` (not following a link) still names the file open as `fd`."""
    try:
        on_disk = os.lstat(path)
    except OSError:
        return False
    opened = os.fstat(fd)
    if not (opened.st_ino and on_disk.st_ino):  # some network file systems give no ids
        return stat.S_ISREG(on_disk.st_mode)
    return (opened.st_dev, opened.st_ino) == (on_disk.st_dev, on_disk.st_ino)
