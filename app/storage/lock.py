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

On a share without byte-range locks nothing tells a colleague at work from a
crashed one; such a lock can be taken over (`take_over`) once the user, shown who
had it and since when, confirms.

POSIX record locks belong to the process and vanish when it closes *any*
descriptor of the file, so this process never opens a lock file it already
holds: it keeps its own locks in a registry (which also catches a second open of
the same project inside one Thuisplan).

The lock file's bytes are handled by `lock_io`: never through a link, never a
0-byte lock left behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

from app.storage import lock_io
from app.storage.errors import FolderNotWritableError, LockFileError
from app.storage.lock_io import UnsafeLockFileError
from app.storage.lock_owner import LockOwner, in_use_error

__all__ = [
    "LockOwner",
    "ProjectLock",
    "acquire",
    "current_owner",
    "in_use_error",
    "lock_path",
    "take_over",
    "written_at",
]

LOCK_OFFSET = 1 << 20  # the locked byte; the JSON before it stays readable
_ATTEMPTS = 5  # races with an owner that is just releasing are retried
_HELD: dict[str, ProjectLock] = {}
_HELD_GUARD = threading.RLock()  # re-entered by _open -> current_owner

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
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
                # afterwards that its path is gone (see `lock_io.same_file`) and starts over.
                if lock_io.same_file(fd, self.path):
                    with contextlib.suppress(OSError):
                        os.unlink(self.path)
            finally:
                _unlock(fd)
                os.close(fd)


def lock_path(project: Path) -> Path:
    """The lock file of `project`: '.name.thuisplan.lock' in the folder the file really is
    in (a link to the project, or to its folder, leads to the same lock)."""
    real = Path(os.path.realpath(project))
    return real.with_name(f".{real.name}.lock")


def acquire(project: Path) -> ProjectLock:
    """Take the lock on `project` for this process.

    Raises FileInUseError (with `.owner`) when another Thuisplan holds it,
    FolderNotWritableError when no lock file can be made in the folder, and
    LockFileError when the disk is full or the lock path is not a plain file (a
    planted link is never followed). A stale lock (its owner died) is taken over.
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
                owner = _claim(project, path, fd, created)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.close(fd)
                raise
            if owner is None:
                continue  # the owner released it meanwhile; take the new one
            lock = ProjectLock(project, fd, owner, key)
            _HELD[key] = lock
            return lock
        raise in_use_error(project, None)


def _claim(project: Path, path: Path, fd: int, created: bool) -> LockOwner | None:
    """Lock the open lock file and write this process into it; None when `path` no longer
    names it. Raises FileInUseError when someone holds it."""
    locked = _try_lock(fd)
    if locked is False:
        raise in_use_error(project, _read_owner(fd))
    if locked is None and not created and not _pid_gone(_read_owner(fd)):
        # No OS locks on this share: trust the file unless its owner is a process
        # on this computer that no longer exists (or the user takes it over).
        raise in_use_error(project, _read_owner(fd), verifiable=False)
    if not lock_io.same_file(fd, path):
        return None
    owner = LockOwner.current()
    try:
        lock_io.write(fd, owner.to_json())
    except OSError as exc:
        # Never leave a lock that names nobody (a full disk): remove what was begun.
        if lock_io.same_file(fd, path):
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise _write_failed(project, exc) from exc
    return owner


def current_owner(project: Path) -> LockOwner | None:
    """Who holds `project` open now, or None when nobody does (no or a stale lock file).

    Reads only; never creates or takes a lock. A lock path that is not a plain file
    counts as held by an unknown owner.
    """
    path = lock_path(Path(project))
    with _HELD_GUARD:
        held = _HELD.get(_key(path))
        if held is not None:
            return held.owner
        try:
            fd = lock_io.open_existing(path)
        except FileNotFoundError:
            return None
        except UnsafeLockFileError:
            return LockOwner("", "", 0, None)
        except OSError:
            return LockOwner.from_json(lock_io.read_file(path))  # cannot probe: assume held
        try:
            locked = _try_lock(fd)
            if locked:
                _unlock(fd)
                return None
            owner = _read_owner(fd)
            return None if locked is None and _pid_gone(owner) else owner
        finally:
            os.close(fd)


def take_over(project: Path, owner: LockOwner) -> None:
    """Remove the lock of `owner` on a share without byte-range locks, after the user was
    shown who had it and confirmed; the next open then takes the project.

    Raises FileInUseError when the lock is now truly held (the OS lock works after all)
    or names someone else than `owner` (who opened it meanwhile), LockFileError when the
    lock path is not a plain file. A lock that is gone already is fine.
    """
    project = Path(project)
    path = lock_path(project)
    with _HELD_GUARD:
        if _key(path) in _HELD:
            raise in_use_error(project, _HELD[_key(path)].owner)
        try:
            fd = lock_io.open_existing(path)
        except FileNotFoundError:
            return
        except UnsafeLockFileError as exc:
            raise _suspicious(project) from exc
        try:
            locked = _try_lock(fd)
            current = _read_owner(fd)
            if locked:
                _unlock(fd)
            elif locked is False:
                raise in_use_error(project, current)
            elif current != owner:
                raise in_use_error(project, current, verifiable=False)
            remove = lock_io.same_file(fd, path)
        finally:
            os.close(fd)  # before the unlink: Windows cannot remove an open file
        if remove:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)


def written_at(project: Path) -> datetime | None:
    """When the lock file of `project` was last written (its modification time, not
    following a link); None when there is none."""
    try:
        info = os.lstat(lock_path(Path(project)))
    except OSError:
        return None
    return datetime.fromtimestamp(info.st_mtime, UTC).replace(microsecond=0)


def _open(project: Path, path: Path) -> tuple[int, bool]:
    """Open the lock file, creating it if needed; (fd, whether we created it)."""
    try:
        return lock_io.create(path), True
    except FileExistsError:
        pass
    except OSError as exc:
        raise _write_failed(project, exc) from exc
    try:
        return lock_io.open_existing(path), False
    except FileNotFoundError:
        return _open(project, path)  # released between our two opens
    except UnsafeLockFileError as exc:
        raise _suspicious(project) from exc
    except OSError as exc:
        # A stale lock file we may not write (another user's): remove it if nobody holds it.
        if current_owner(project) is None:
            with contextlib.suppress(OSError):
                os.unlink(path)
                return _open(project, path)
        raise in_use_error(project, LockOwner.from_json(lock_io.read_file(path))) from exc


def _write_failed(project: Path, exc: OSError) -> FolderNotWritableError | LockFileError:
    """The error for a lock file that could not be made or written."""
    if exc.errno in lock_io.DISK_FULL_ERRNOS:
        return LockFileError(
            project,
            f"De schijf waarop '{project.name}' staat is vol: Thuisplan kan het bestand "
            "daarom niet openen om te bewerken. Maak ruimte vrij, of open het alleen-lezen.",
        )
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return _not_writable(project)
    return LockFileError(
        project,
        f"Thuisplan kan naast '{project.name}' geen vergrendelingsbestand schrijven (is de "
        "netwerkverbinding weg?). U kunt het bestand alleen-lezen openen, of het later "
        "nog eens proberen.",
    )


def _suspicious(project: Path) -> LockFileError:
    name = lock_path(project).name
    return LockFileError(
        project,
        f"Naast '{project.name}' staat iets met de naam van het vergrendelingsbestand "
        f"('{name}') dat geen gewoon bestand is (een snelkoppeling of een map). Thuisplan "
        "raakt het niet aan en opent het bestand daarom niet om te bewerken. U kunt het "
        f"alleen-lezen openen; vraag de beheerder om '{name}' te verwijderen.",
    )


def _not_writable(project: Path) -> FolderNotWritableError:
    return FolderNotWritableError(
        project,
        f"Thuisplan kan niet schrijven in de map van '{project.name}' (alleen-lezen?). U kunt "
        "het bestand alleen-lezen openen, of het kopiëren naar een map waarin u mag schrijven.",
    )


def _read_owner(fd: int) -> LockOwner:
    return LockOwner.from_json(lock_io.read_fd(fd))


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
    # `lock_path` already resolved the project's folder and name (a project reached
    # through a link must be the same key, or this process would lock it twice and lose
    # both locks when one is released); the lock path itself is never followed.
    return os.path.normcase(os.path.abspath(path))
