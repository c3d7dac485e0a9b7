"""The project file held as it is at one moment, to be copied a moment later.

An export in a child process reads a copy of the file instead of data pickled from the
window. `ProjectFile.hold()` opens a read transaction at once (quick: the window's thread
takes it when the user clicks, so an edit made right after the click is not in the copy);
`HeldFile.copy()` then writes that state, page by page with SQLite's online backup (no
Python objects, nothing of the file's SQL run), to a new file in the system's temporary
folder, in a worker thread. A writer waits until the copy is written (`BUSY_TIMEOUT`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from app.storage.connection import harden
from app.storage.errors import DiskFullError
from app.storage.files import remove_leftovers

PREFIX, SUFFIX = "thuisplan-export-", ".thuisplan"


class HeldFile:
    """A read transaction on a project file; `copy()` or `close()` ends it."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = Path(path)  # the user's file (for messages)
        self._connection: sqlite3.Connection | None = connection

    def copy(self) -> Path:
        """A new temporary file holding the project as it was when held; the caller
        removes it. DiskFullError (nothing left behind) when it cannot be written."""
        try:
            target = _new_temporary()
            try:
                self._write(target)
            except BaseException:
                remove_leftovers(target)
                raise
        except (OSError, sqlite3.Error) as exc:
            raise DiskFullError(self.path, _no_room_text(exc)) from exc
        finally:
            self.close()
        return target

    def _write(self, target: Path) -> None:
        if self._connection is None:
            raise sqlite3.ProgrammingError("the held file was let go")
        copy = harden(sqlite3.connect(str(target)))
        try:
            self._connection.backup(copy)
        finally:
            copy.close()

    def close(self) -> None:
        """End the read transaction (writers may go on); safe to call twice."""
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None


def _new_temporary() -> Path:
    handle, name = tempfile.mkstemp(prefix=PREFIX, suffix=SUFFIX)
    os.close(handle)
    return Path(name)


def _no_room_text(exc: BaseException) -> str:
    reason = getattr(exc, "strerror", None) or str(exc)
    return (
        "Het document kan niet worden gemaakt: er kan geen tijdelijke kopie van de visie "
        f"worden geschreven in de map '{tempfile.gettempdir()}' ({reason}). Maak ruimte vrij "
        "op de schijf (of kies een andere tijdelijke map) en probeer het opnieuw. Er is niets "
        "geschreven."
    )
