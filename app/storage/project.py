"""Create, open and copy project files; hand out one session per unit of work.

A project file is a SQLite database in rollback-journal mode (files live on
network shares, where WAL is unsafe). Every write runs in a `BEGIN IMMEDIATE`
transaction and is committed at once, so nothing is lost when the program dies.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from app.storage import migrations, schema
from app.storage.backups import copy_database
from app.storage.errors import ProjectFileError, ReadOnlyError, TargetExistsError
from app.storage.format import APPLICATION_ID, CURRENT_SCHEMA_VERSION
from app.storage.inspection import check_contents, read_header, sqlite_uri


class ProjectFile:
    """An open project file. Services ask it for a session per unit of work."""

    def __init__(self, path: Path, *, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        self.engine: Engine = _make_engine(path, readonly)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed when the block ends without an error."""
        if self.readonly:
            raise ReadOnlyError(
                self.path,
                f"'{self.path.name}' is alleen-lezen geopend; wijzigingen worden niet opgeslagen.",
            )
        with Session(self.engine, expire_on_commit=False) as session:
            yield session
            session.commit()

    def close(self) -> None:
        """Release the file."""
        self.engine.dispose()

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def create_project_file(
    path: Path, populate: Callable[[Session], None], *, overwrite: bool = False
) -> ProjectFile:
    """Create a new project at `path`, filled by `populate`, and open it.

    The file is built under a temporary name beside the target and moved into
    place only when complete, so a failure never leaves a half-made project.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise TargetExistsError(path, f"'{path.name}' bestaat al. Kies een andere naam.")
    temporary = _temporary_sibling(path)
    try:
        _initialise(temporary)
        engine = _make_engine(temporary, readonly=False)
        try:
            schema.create_current_schema(engine)
            with Session(engine, expire_on_commit=False) as session:
                populate(session)
                session.commit()
        finally:
            engine.dispose()
        _move_into_place(temporary, path)
    except OSError as exc:
        raise ProjectFileError(
            path, f"'{path.name}' kan niet worden aangemaakt ({exc.strerror or exc})."
        ) from exc
    finally:
        _remove_leftovers(temporary)
    return ProjectFile(path)


def open_project_file(path: Path, *, readonly: bool = False) -> ProjectFile:
    """Open an existing project, upgrading an older schema version after a backup.

    Raises a ProjectFileError with a Dutch message for anything we cannot open;
    such a file is left exactly as it was.
    """
    path = Path(path)
    header = read_header(path)
    if not readonly:
        _recover_interrupted_write(path)
    check_contents(path, header)
    if header.schema_version < CURRENT_SCHEMA_VERSION:
        if readonly:
            raise ReadOnlyError(
                path,
                f"'{path.name}' is gemaakt met een oudere versie van Thuisplan en moet eerst "
                "worden bijgewerkt; open het bestand daarvoor niet alleen-lezen.",
            )
        migrations.migrate(path, header.schema_version)
        check_contents(path, read_header(path))
    return ProjectFile(path, readonly=readonly)


def copy_project_file(project: ProjectFile, target: Path, *, overwrite: bool = False) -> None:
    """Write a complete copy of `project` to `target` ("Opslaan als")."""
    target = Path(target)
    if target.exists() and not overwrite:
        raise TargetExistsError(target, f"'{target.name}' bestaat al. Kies een andere naam.")
    temporary = _temporary_sibling(target)
    try:
        copy_database(project.path, temporary)
        _move_into_place(temporary, target)
    except (OSError, sqlite3.Error) as exc:
        raise ProjectFileError(
            target, f"'{target.name}' kan niet worden opgeslagen ({exc})."
        ) from exc
    finally:
        _remove_leftovers(temporary)


def _make_engine(path: Path, readonly: bool) -> Engine:
    def connect() -> sqlite3.Connection:
        if readonly:
            conn = sqlite3.connect(
                sqlite_uri(path, "ro"), uri=True, isolation_level=None, check_same_thread=False
            )
        else:
            conn = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=5.0
            )
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    # pysqlite's own transaction handling is switched off (isolation_level=None)
    # so that SQLAlchemy's BEGIN is the real one: a writer takes its lock up front.
    @event.listens_for(engine, "begin")
    def begin(conn) -> None:
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def _initialise(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {CURRENT_SCHEMA_VERSION}")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.commit()
    finally:
        conn.close()


def _recover_interrupted_write(path: Path) -> None:
    """Let SQLite roll back a transaction that a crash left in the journal."""
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size > 0:
        conn = sqlite3.connect(str(path))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


def _temporary_sibling(path: Path) -> Path:
    return path.with_name(f".~{path.name}.{os.getpid()}.tmp")


def _move_into_place(temporary: Path, target: Path) -> None:
    os.replace(temporary, target)
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        fd = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_leftovers(temporary: Path) -> None:
    for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
