"""Who has a project open: a lock file beside the project, held with an OS lock.

SQLite locks a database only during a transaction, so without this two Thuisplan
windows (or two officers on one network share) could both keep a vision open and
overwrite each other's work. Opening a project for writing creates
`.<name>.lock` beside it (created atomically, O_EXCL) with who opened it (user,
host, pid, since; JSON) and holds an OS advisory lock on one byte of it while the
project is open: `fcntl` record locks on POSIX (the kind NFS and SMB forward to
the server, as SQLite's own locks are), `msvcrt.locking` on Windows. The lock
byte lies far past the JSON, so others can still read who has the file (Windows
locks are mandatory).

A process that dies loses its OS lock, so a lock file nobody holds is stale: the
next opener takes it over. On a network share a crashed computer's lock is freed
when the server notices (NFS lease or SMB session timeout, typically one to a few
minutes).

POSIX record locks belong to the process and vanish when it closes *any*
descriptor of the file, so this process never opens a lock file it already
holds: it keeps its own locks in a registry (which also catches a second open of
the same project inside one Thuisplan).
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import threading
from pathlib import Path

from app.storage.errors import FolderNotWritableError
from app.storage.lock_owner import LockOwner, in_use_error

__all__ = ["LockOwner", "ProjectLock", "acquire", "current_owner", "in_use_error", "lock_path"]

LOCK_OFFSET = 1 << 20  # the locked byte; the JSON before it stays readable
_MAX_OWNER_BYTES = 4096
_ATTEMPTS = 5  # races with an owner that is just releasing are retried
_HELD: dict[str, ProjectLock] = {}
_HELD_GUARD = threading.RLock()  # re-entered by _open -> current_owner

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool | None:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            return False if exc.errno in (errno.EACCES, errno.EDEADLK) else None
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool | None:
        """True: locked; False: someone else holds it; None: locks unsupported here."""
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, LOCK_OFFSET, os.SEEK_SET)
        except OSError as exc:
            return False if exc.errno in (errno.EACCES, errno.EAGAIN) else None
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.lockf(fd, fcntl.LOCK_UN, 1, LOCK_OFFSET, os.SEEK_SET)


class ProjectLock:
    """The lock this process holds on a project; `release()` when the project closes."""

    def __init__(self, project: Path, fd: int, owner: LockOwner, key: str):
        self.project = project
        self.path = lock_path(project)
        self.owner = owner
        self._fd: int | None = fd
        self._key = key

    @property
    def held(self) -> bool:
        """Whether the lock is still held."""
        return self._fd is not None

    def release(self) -> None:
        """Remove the lock file (if it is still ours) and drop the OS lock. Never raises:
        the folder may be gone (network) by the time the project closes."""
        with _HELD_GUARD:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            _HELD.pop(self._key, None)
            if os.name == "nt":  # Windows cannot remove a file that is still open
                _unlock(fd)
                os.close(fd)
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
                return
            try:
                # Unlink while still locked: whoever opened the old file meanwhile sees
                # afterwards that its path is gone (see `_same_file`) and starts over.
                if _same_file(fd, self.path):
                    with contextlib.suppress(OSError):
                        os.unlink(self.path)
            finally:
                _unlock(fd)
                os.close(fd)


def lock_path(project: Path) -> Path:
    """The lock file of `project`: '.name.thuisplan.lock' beside it."""
    return project.with_name(f".{project.name}.lock")


def acquire(project: Path) -> ProjectLock:
    """Take the lock on `project` for this process.

    Raises FileInUseError (with `.owner`) when another Thuisplan holds it, and
    FolderNotWritableError when no lock file can be made in the folder. A stale
    lock (its owner died) is taken over.
    """
    project = Path(project)
    path = lock_path(project)
    key = _key(path)
    with _HELD_GUARD:
        if key in _HELD:
            raise in_use_error(project, _HELD[key].owner)
        for _ in range(_ATTEMPTS):
            fd, created = _open(project, path)
            try:
                locked = _try_lock(fd)
                if locked is False:
                    raise in_use_error(project, _read_owner(fd))
                if locked is None and not created and not _pid_gone(_read_owner(fd)):
                    # No OS locks on this share: trust the file unless its owner is
                    # a process on this computer that no longer exists.
                    raise in_use_error(project, _read_owner(fd))
                if not _same_file(fd, path):
                    os.close(fd)  # the owner released it meanwhile; take the new one
                    continue
                owner = LockOwner.current()
                _write_owner(fd, owner)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.close(fd)
                raise
            lock = ProjectLock(project, fd, owner, key)
            _HELD[key] = lock
            return lock
        raise in_use_error(project, None)


def current_owner(project: Path) -> LockOwner | None:
    """Who holds `project` open now, or None when nobody does (no or a stale lock file).

    Reads only; never creates or takes a lock.
    """
    path = lock_path(Path(project))
    with _HELD_GUARD:
        held = _HELD.get(_key(path))
        if held is not None:
            return held.owner
        try:
            fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            return None
        except OSError:
            return LockOwner.from_json(_read_file(path))  # cannot probe: assume it is held
        try:
            locked = _try_lock(fd)
            if locked:
                _unlock(fd)
                return None
            owner = _read_owner(fd)
            return None if locked is None and _pid_gone(owner) else owner
        finally:
            os.close(fd)


def _open(project: Path, path: Path) -> tuple[int, bool]:
    """Open the lock file, creating it if needed; (fd, whether we created it)."""
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    try:
        fd = os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o666)
        with contextlib.suppress(OSError, AttributeError):
            os.fchmod(fd, 0o666)  # colleagues on a share must be able to take over a stale lock
        return fd, True
    except FileExistsError:
        pass
    except OSError as exc:
        raise _not_writable(project) from exc
    try:
        return os.open(path, flags), False
    except FileNotFoundError:
        return _open(project, path)  # released between our two opens
    except OSError as exc:
        # A stale lock file we may not write (another user's): remove it if nobody holds it.
        if current_owner(project) is None:
            with contextlib.suppress(OSError):
                os.unlink(path)
                return _open(project, path)
        raise in_use_error(project, LockOwner.from_json(_read_file(path))) from exc


def _not_writable(project: Path) -> FolderNotWritableError:
    return FolderNotWritableError(
        project,
        f"Thuisplan kan niet schrijven in de map van '{project.name}' (alleen-lezen?). U kunt "
        "het bestand alleen-lezen openen, of het kopiëren naar een map waarin u mag schrijven.",
    )


def _same_file(fd: int, path: Path) -> bool:
    """Whether `path` still names the file open as `fd`."""
    try:
        on_disk = os.stat(path)
    except OSError:
        return False
    opened = os.fstat(fd)
    if not (opened.st_ino and on_disk.st_ino):  # some network file systems give no ids
        return True
    return (opened.st_dev, opened.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _read_owner(fd: int) -> LockOwner:
    os.lseek(fd, 0, os.SEEK_SET)
    return LockOwner.from_json(os.read(fd, _MAX_OWNER_BYTES))


def _read_file(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(_MAX_OWNER_BYTES)
    except OSError:
        return b""


def _write_owner(fd: int, owner: LockOwner) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, owner.to_json())
    with contextlib.suppress(OSError):
        os.fsync(fd)


def _pid_gone(owner: LockOwner) -> bool:
    """Whether the owner was a process on this computer that has ended."""
    if owner.host != socket.gethostname() or owner.pid <= 0 or os.name == "nt":
        return False
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _key(path: Path) -> str:
    # realpath: the same project reached through a symlink must be the same key, or this
    # process would lock it twice and lose both locks when one of them is released.
    return os.path.normcase(os.path.realpath(path))
