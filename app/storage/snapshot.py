"""One consistent view of a project file for everything an export reads.

An export reads the vision's figures, partners, agreements, measures and norms through
many service calls. Each used to be its own read transaction, so an edit made meanwhile
(the window stays editable while a document is written in the background) could make a
table and a chart in the same document disagree. A Snapshot answers every read from one
read transaction: the services take it wherever they take a ProjectFile (`read()`,
`fetch()`), and see the file as it was when the snapshot began. Writers wait until it
ends, so take it, gather what the export needs, and let it go.

The transaction is held on a plain sqlite3 connection: reads through `fetch` need no
SQLAlchemy at all (`thuisplan summary` never loads it). The first `read()` puts a session
on that same connection, inside the same transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.storage.errors import ReadOnlyError

if TYPE_CHECKING:
    from sqlmodel import Session


class Snapshot:
    """A read-only stand-in for a ProjectFile whose reads all share one transaction."""

    readonly = True

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = Path(path)
        self._connection = connection  # in a read transaction (see `ProjectFile.snapshot`)
        self._session: Session | None = None
        self.reads = 0  # how many reads it answered (tests count transactions with it)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """The snapshot's session (made at the first call); nothing it does is committed."""
        self.reads += 1
        if self._session is None:
            self._session = _session_on(self._connection)
        yield self._session

    def fetch(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of one query, inside the snapshot's transaction."""
        self.reads += 1
        return self._connection.execute(sql, tuple(parameters)).fetchall()

    def write(self) -> contextlib.AbstractContextManager[Session]:
        """Never: a snapshot only reads."""
        raise ReadOnlyError(
            self.path, "Een momentopname van een bestand kan niet worden gewijzigd."
        )

    def close(self) -> None:
        """Let the session go (the owner ends the transaction and closes the connection)."""
        if self._session is not None:
            engine = self._session.get_bind()
            self._session.close()
            engine.dispose()  # type: ignore[union-attr]
            self._session = None


def _session_on(connection: sqlite3.Connection) -> Session:
    """A session that reads through `connection`, in the transaction already open on it:
    no BEGIN of its own, and no rollback when it lets the connection go."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool
    from sqlmodel import Session

    engine = create_engine(
        "sqlite://", creator=lambda: connection, poolclass=StaticPool, pool_reset_on_return=None
    )
    return Session(engine, expire_on_commit=False)
