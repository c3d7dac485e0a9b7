"""Create, open and copy project files; hand out one session per unit of work.

A project file is a SQLite database in rollback-journal mode (files live on
network shares, where WAL is unsafe). Every write runs in a `BEGIN IMMEDIATE`
transaction and is committed at once, so nothing is lost when the program dies.
A project opened for writing holds a lock file beside it (`lock`), so a second
Thuisplan is told who has it open and can open it read-only. SQLite failures of
the file itself (folder gone, network down, file replaced, disk full) reach the
caller as ProjectFileErrors with a Dutch message (`failures`), and the open
project can then still be copied elsewhere from its own connection.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.storage import backups, lock, migrations, recovery, schema
from app.storage.connection import connect, harden
from app.storage.errors import (
    FileInUseError,
    FolderNotWritableError,
    ProjectFileError,
    ReadOnlyError,
    TargetExistsError,
)
from app.storage.failures import check_reachable, file_identity, translate
from app.storage.files import journal_of, move_into_place, remove_leftovers, temporary_sibling
from app.storage.format import APPLICATION_ID, CURRENT_SCHEMA_VERSION
from app.storage.held import HeldFile
from app.storage.inspection import check_contents, read_header, remember_if_sound
from app.storage.lock import ProjectLock
from app.storage.snapshot import Snapshot

if TYPE_CHECKING:  # SQLAlchemy loads when the first session is asked for, not on open
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

BUSY_TIMEOUT = 5.0  # seconds a statement waits for another process's lock


class ProjectFile:
    """An open project file. Services ask it for a session per unit of work, or read
    rows straight through sqlite3 with `fetch` (what the first screen does, before the
    database layer has loaded).

    `lock` is the lock file held while open for writing (None when read-only).
    `working_copy`, for a read-only older file, is the upgraded private copy that is
    read instead of `path` (and removed on close); `path` stays the user's file.
    """

    def __init__(
        self,
        path: Path,
        *,
        readonly: bool = False,
        lock: ProjectLock | None = None,
        working_copy: Path | None = None,
    ):
        self.path = Path(path)
        self.readonly = readonly
        self.lock = lock
        self.working_copy = working_copy
        self._file = Path(working_copy) if working_copy is not None else self.path
        self._engine: Engine | None = None
        self._engine_guard = threading.Lock()
        self._identity = file_identity(self._file)
        self._opened_stat = _stat_of(self._file)  # an unchanged file need not be checked again
        # A connection kept open for "Opslaan als": it still reads the file we opened
        # when its folder is gone or a sync tool put another file in its place.
        self._anchor = connect(self._file, "ro", check_same_thread=False)
        self._anchor_guard = threading.Lock()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made (and SQLAlchemy imported) on first use."""
        with self._engine_guard:
            if self._engine is None:
                self._engine = _make_engine(self._file, self.readonly)
            return self._engine

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        from sqlmodel import Session

        check_reachable(self._file, self._identity, writing=False)
        with self._translated(writing=False), Session(self.engine, expire_on_commit=False) as s:
            yield s

    def fetch(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of one read-only query, through sqlite3 without SQLAlchemy."""
        check_reachable(self._file, self._identity, writing=False)
        with self._translated(writing=False), self._anchor_guard:
            return self._anchor.execute(sql, parameters).fetchall()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed when the block ends without an error.

        A failure of the file itself raises a ProjectFileError (FileUnreachableError,
        FileBusyError, ...) and leaves the file as it was before the block.
        """
        if self.readonly:
            raise ReadOnlyError(
                self.path,
                f"'{self.path.name}' is alleen-lezen geopend; wijzigingen worden niet opgeslagen.",
            )
        from sqlmodel import Session

        check_reachable(self._file, self._identity, writing=True)
        with self._translated(writing=True), Session(self.engine, expire_on_commit=False) as s:
            yield s
            s.commit()

    @contextlib.contextmanager
    def _translated(self, *, writing: bool) -> Iterator[None]:
        """Turn SQLite failures of the file into ProjectFileErrors (one place for all
        services: errors surface at a flush inside a service as well as at the commit)."""
        try:
            yield
        except Exception as exc:
            error = translate(exc, self._file, self._identity, writing=writing)
            if error is None:
                raise
            raise error from exc

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Snapshot]:
        """Every read inside the block sees the file as it was when the block began (one
        read transaction); see `app.storage.snapshot`."""
        connection = self._read_transaction()
        snapshot = Snapshot(self.path, connection)
        try:
            with self._translated(writing=False):
                yield snapshot
        finally:
            snapshot.close()
            connection.close()

    def hold(self) -> HeldFile:
        """The file as it is now, held (one read transaction, quick) until its
        `copy()` writes that state to a temporary file; see `app.storage.held`."""
        return HeldFile(self.path, self._read_transaction())

    def _read_transaction(self) -> sqlite3.Connection:
        """A new read-only connection in a read transaction that has begun: it sees the
        file as it is now, whatever is written later."""
        check_reachable(self._file, self._identity, writing=False)
        with self._translated(writing=False):
            connection = connect(
                self._file,
                "ro",
                isolation_level=None,
                check_same_thread=False,
                timeout=BUSY_TIMEOUT,
            )
            try:
                connection.execute("BEGIN")
                # BEGIN takes no lock until the first read: read now, so that what the
                # connection sees is the file as it is here, whenever it is first used.
                connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
            except BaseException:
                connection.close()
                raise
        return connection

    def copy_to(self, target: Path) -> None:
        """Write a consistent copy of the project to the new file `target` from the
        connection this project already has (works when the original path is gone)."""
        with self._anchor_guard:
            backups.copy_connection(self._anchor, target)

    def close(self) -> None:
        """Release the file (and its lock). Safe to call twice, and when the file is gone."""
        with self._engine_guard:
            if self._engine is not None:
                self._engine.dispose()
        with self._anchor_guard, contextlib.suppress(sqlite3.Error):
            self._anchor.close()
        if self.lock is not None:
            if self.lock.held and _stat_of(self.path) != self._opened_stat:  # written here
                remember_if_sound(self.path)
            self.lock.release()
        if self.working_copy is not None:
            shutil.rmtree(self.working_copy.parent, ignore_errors=True)

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def create_project_file(
    path: Path, populate: Callable[[Session], None], *, overwrite: bool = False
) -> ProjectFile:
    """Create a new project at `path`, filled by `populate`, and open it.

    The file is built under a temporary name beside the target and moved into
    place only when complete, so a failure never leaves a half-made project.
    """
    from sqlmodel import Session

    def build(temporary: Path) -> None:
        initialise(temporary)
        engine = _make_engine(temporary, readonly=False)
        try:
            schema.create_current_schema(engine)
            with Session(engine, expire_on_commit=False) as session:
                populate(session)
                session.commit()
        finally:
            engine.dispose()

    return build_project_file(path, build, overwrite=overwrite)


def build_project_file(
    path: Path, build: Callable[[Path], None], *, overwrite: bool = False
) -> ProjectFile:
    """Make a new project at `path` with `build`, which writes a complete project file to
    the temporary path it is given (beside `path`, closed when it returns); then move it
    into place and open it. A build that fails or is killed never leaves a half-made file
    at `path`: at most a temporary file whose name starts with '.~'."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise TargetExistsError(path, f"'{path.name}' bestaat al. Kies een andere naam.")
    held = lock.acquire(path)
    temporary = temporary_sibling(path)
    try:
        build(temporary)
        move_into_place(temporary, path)
        return ProjectFile(path, lock=held)
    except OSError as exc:
        held.release()
        raise ProjectFileError(
            path, f"'{path.name}' kan niet worden aangemaakt ({exc.strerror or exc})."
        ) from exc
    except BaseException:
        held.release()
        raise
    finally:
        remove_leftovers(temporary)


def open_project_file(
    path: Path, *, readonly: bool = False, untouched: bool = False
) -> ProjectFile:
    """Open an existing project, upgrading an older schema version after a backup.

    For writing, the project is locked: FileInUseError (with `.owner`) when another
    Thuisplan has it open, FolderNotWritableError when it cannot be written here;
    both can be answered by opening with `readonly=True`, which takes no lock.
    Raises a ProjectFileError with a Dutch message for anything we cannot open;
    such a file is left exactly as it was.

    `untouched` (read-only only) never writes to the file or beside it: a write that a
    crash interrupted is rolled back in a private copy, which is read instead (the
    overview over many visions reads other people's files this way).
    """
    path = Path(path)
    read_header(path)  # refuse what is not ours before anything is written beside it
    if readonly:
        return _open_read_only(path, untouched=untouched)
    held = lock.acquire(path)
    try:
        if not os.access(path, os.W_OK):
            raise FolderNotWritableError(
                path, f"'{path.name}' is alleen-lezen. U kunt het alleen-lezen openen."
            )
        _recover_interrupted_write(path)
        header = read_header(path)  # again: a rolled-back migration changes the version
        check_contents(path, header)
        if header.schema_version < CURRENT_SCHEMA_VERSION:
            migrations.migrate(path, header.schema_version)  # makes its own backup
            check_contents(path, read_header(path))
        else:
            backups.backup_on_open(path)
        return ProjectFile(path, lock=held)
    except BaseException:
        held.release()
        raise


def _open_read_only(path: Path, *, untouched: bool = False) -> ProjectFile:
    if untouched and lock.current_owner(path) is None and recovery.has_journal(path):
        return _open_private_copy(path, recover=True)
    if lock.current_owner(path) is None and recovery.has_journal(path):
        # A crash left a half-written change and nobody is working in the file:
        # roll it back first (a read-only connection cannot, and would fail).
        with contextlib.suppress(FolderNotWritableError, FileInUseError):
            held = lock.acquire(path)
            try:
                _recover_interrupted_write(path)
            finally:
                held.release()
    header = read_header(path)
    check_contents(path, header)
    if header.schema_version < CURRENT_SCHEMA_VERSION:
        return _open_private_copy(path)
    return ProjectFile(path, readonly=True)


def _open_private_copy(path: Path, *, recover: bool = False) -> ProjectFile:
    """Read a file of an older version (or, with `recover`, one whose last write a crash
    interrupted) without changing it: someone may be working in it with that version,
    and a read-only open must never write. A private copy in the temporary folder is
    rolled back, checked, upgraded and read instead, as it was when opened."""
    folder = Path(tempfile.mkdtemp(prefix="thuisplan-"))
    copy = folder / path.name
    try:
        if recover:  # file and journal as they are; SQLite rolls back in the copy
            shutil.copyfile(path, copy)
            shutil.copyfile(journal_of(path), journal_of(copy))
            recovery.roll_back(copy)
            _checked(copy, path)
        else:  # `path` itself was checked before
            with contextlib.closing(connect(path, "ro")) as source:
                backups.copy_connection(source, copy)
        schema_version = read_header(copy).schema_version
        if schema_version < CURRENT_SCHEMA_VERSION:
            migrations.migrate(copy, schema_version, backup=False)
            _checked(copy, path)
        return ProjectFile(path, readonly=True, working_copy=copy)
    except (OSError, sqlite3.Error) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        why = (
            "een onderbroken schrijfactie kon niet in een kopie worden teruggedraaid"
            if recover
            else "het is gemaakt met een oudere versie van Thuisplan"
        )
        raise ProjectFileError(
            path,
            f"'{path.name}' kon niet alleen-lezen worden geopend: {why} ({exc}). Open het "
            "zonder alleen-lezen om het bij te werken.",
        ) from exc
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def copy_project_file(project: ProjectFile, target: Path, *, overwrite: bool = False) -> None:
    """Write a complete copy of `project` to `target` ("Opslaan als").

    Copies from the project's own open connection, so it also works when the
    original has become unreachable. Never writes over the project itself or a
    file that is open anywhere (FileInUseError).
    """
    target = Path(target)
    if target.resolve() == project.path.resolve():
        raise TargetExistsError(
            target, f"'{target.name}' is het bestand dat open is. Kies een andere naam."
        )
    if target.exists() and not overwrite:
        raise TargetExistsError(target, f"'{target.name}' bestaat al. Kies een andere naam.")
    held = lock.acquire(target)  # nobody may open the target while it is being replaced
    temporary = temporary_sibling(target)
    try:
        project.copy_to(temporary)
        move_into_place(temporary, target)
    except (OSError, sqlite3.Error) as exc:
        raise ProjectFileError(
            target, f"'{target.name}' kan niet worden opgeslagen ({exc})."
        ) from exc
    finally:
        remove_leftovers(temporary)
        held.release()


def _make_engine(path: Path, readonly: bool) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    def open_connection() -> sqlite3.Connection:
        # mode=rw, not the default rwc: a file that vanished must fail, not come back empty.
        conn = connect(
            path,
            "ro" if readonly else "rw",
            isolation_level=None,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT,
        )
        if not readonly:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    engine = create_engine("sqlite://", creator=open_connection, poolclass=QueuePool)

    # pysqlite's own transaction handling is switched off (isolation_level=None)
    # so that SQLAlchemy's BEGIN is the real one: a writer takes its lock up front.
    @event.listens_for(engine, "begin")
    def begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    # A COMMIT that fails (SQLITE_BUSY while a reader holds its lock, an I/O error)
    # leaves SQLite's transaction open, but SQLAlchemy then considers it finished and
    # returns the connection without a rollback: the refused change would linger, hold
    # the write lock and break every later BEGIN. Roll back whatever comes back open.
    @event.listens_for(engine, "checkin")
    def checkin(dbapi_connection: Any, record: Any) -> None:
        if dbapi_connection is None or not dbapi_connection.in_transaction:
            return
        try:
            dbapi_connection.rollback()
        except sqlite3.Error as exc:
            record.invalidate(exc)

    return engine


def _stat_of(path: Path) -> tuple[int, int] | None:
    """Size and time of change of the file, None when it cannot be seen."""
    try:
        now = path.stat()
    except OSError:
        return None
    return now.st_size, now.st_mtime_ns


def initialise(path: Path) -> None:
    """Give the new, empty database at `path` Thuisplan's identity, version and journal mode."""
    conn = harden(sqlite3.connect(str(path)))
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {CURRENT_SCHEMA_VERSION}")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.commit()
    finally:
        conn.close()


def _checked(copy: Path, path: Path) -> None:
    """Check the private copy `copy` of `path`; a refusal names `path`, the user's file."""
    try:
        check_contents(copy, read_header(copy))
    except ProjectFileError as error:
        error.path = path
        raise


def _recover_interrupted_write(path: Path) -> None:
    """Let SQLite roll back a transaction that a crash left in the journal, once the
    rolled-back state has passed the checks in a private copy."""
    if not recovery.has_journal(path):
        return
    with recovery.recovered_copy(path) as copy:
        try:
            check_contents(copy, read_header(copy))
        except ProjectFileError as error:
            error.path = path  # the message names the file, not the copy
            raise
    recovery.roll_back(path, timeout=BUSY_TIMEOUT)
