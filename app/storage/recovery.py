"""Interrupted writes: a crash in the middle of a commit leaves a 'hot' journal beside the
file, which SQLite plays back (rolls the unfinished change back) when the file is next
opened for writing. Nothing committed is lost. A journal is data from disk like the file,
so the rolled-back result is checked in a private copy before the real file is touched."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.storage.connection import budget, connect
from app.storage.files import journal_of

_ROLLBACK_STEPS = 500_000  # reading the header; the schema is checked afterwards


def has_journal(path: Path) -> bool:
    """Whether a non-empty rollback journal lies beside `path`."""
    journal = journal_of(path)
    return journal.exists() and journal.stat().st_size > 0


def roll_back(path: Path, *, timeout: float = 5.0) -> None:
    """Let SQLite play back the journal beside `path` (a no-op without one)."""
    conn = connect(path, "rw", timeout=timeout)
    try:
        with budget(conn, _ROLLBACK_STEPS):
            conn.execute("PRAGMA user_version").fetchone()
    finally:
        conn.close()


@contextlib.contextmanager
def recovered_copy(path: Path) -> Iterator[Path]:
    """A private copy of `path` (same name, in a temporary folder removed afterwards) with
    its interrupted write rolled back; `path` and its journal stay as they are."""
    folder = Path(tempfile.mkdtemp(prefix="thuisplan-"))
    try:
        copy = folder / path.name
        shutil.copyfile(path, copy)
        if has_journal(path):
            shutil.copyfile(journal_of(path), journal_of(copy))
        roll_back(copy)
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)
