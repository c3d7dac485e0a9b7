"""One consistent view of a project file for everything an export reads.

An export reads the vision's figures, partners, agreements, measures and norms through
many service calls. Each used to be its own read transaction, so an edit made meanwhile
(the window stays editable while a document is written in the background) could make a
table and a chart in the same document disagree. A Snapshot answers every read from one
read transaction: the services take it wherever they take a ProjectFile (`read()`,
`fetch()`), and see the file as it was when the snapshot began. Writers wait until it
ends, so take it, gather what the export needs, and let it go.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.storage.errors import ReadOnlyError

if TYPE_CHECKING:
    from sqlmodel import Session


class Snapshot:
    """A read-only stand-in for a ProjectFile whose reads all share one transaction."""

    readonly = True

    def __init__(self, path: Path, session: Session):
        self.path = Path(path)
        self._session = session
        self.reads = 0  # how many reads it answered (tests count transactions with it)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """The snapshot's session; nothing it does is committed."""
        self.reads += 1
        yield self._session

    def fetch(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of one query, inside the snapshot's transaction."""
        self.reads += 1
        rows = self._session.connection().exec_driver_sql(sql, tuple(parameters)).fetchall()
        return [tuple(row) for row in rows]

    def write(self) -> contextlib.AbstractContextManager[Session]:
        """Never: a snapshot only reads."""
        raise ReadOnlyError(
            self.path, "Een momentopname van een bestand kan niet worden gewijzigd."
        )
