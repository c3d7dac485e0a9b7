"""Every SQLite connection to a project file, hardened the same way, and a budget of work.

`PRAGMA trusted_schema = OFF` keeps functions with side effects and virtual tables out of
anything the schema runs (triggers, views, CHECK constraints, index expressions). SQLite's
defensive flag (no writable_schema, no shadow-table writes) is set where Python offers
`Connection.setconfig` (3.12 and later); Python 3.11 cannot set it, and relies on the exact
schema check every file passes before it is used (`verify`). Values longer than
`MAX_VALUE_BYTES` are refused when read, so a hostile file cannot make SQLite load a
200 MB text into memory.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

# The longest value Thuisplan stores is an ambition of 20,000 characters (80 kB in UTF-8).
MAX_VALUE_BYTES = 4 * 1024 * 1024
PROGRESS_STEP = 1000  # SQLite virtual-machine steps between two looks at the budget


def harden(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Set the safety options on a new connection; returns it."""
    conn.execute("PRAGMA trusted_schema = OFF")
    if hasattr(conn, "setconfig"):  # Python 3.12+
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)  # type: ignore[attr-defined]
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    return conn


def connect(path: Path, mode: str, **kwargs: Any) -> sqlite3.Connection:
    """A hardened connection to `path` opened with `mode` ('ro', 'rw' or 'rwc')."""
    return harden(sqlite3.connect(sqlite_uri(path, mode), uri=True, **kwargs))


def sqlite_uri(path: Path, mode: str) -> str:
    """A SQLite URI for `path`, also for Windows drive letters and UNC shares."""
    posix = quote(Path(path).resolve().as_posix(), safe="/:")
    if posix.startswith("//"):  # \\server\share: empty authority, then the UNC path
        return f"file://{posix}?mode={mode}"
    prefix = "file://" if posix.startswith("/") else "file:///"
    return f"{prefix}{posix}?mode={mode}"


class WorkBudgetExceeded(Exception):
    """The statements on a connection took more SQLite steps than their budget."""


@contextlib.contextmanager
def budget(conn: sqlite3.Connection, steps: int) -> Iterator[None]:
    """Interrupt whatever runs on `conn` after about `steps` virtual-machine steps (the
    work SQLite does, counted in the process, whatever the machine's speed); raises
    WorkBudgetExceeded then."""
    used = [0]

    def tick() -> int:
        used[0] += PROGRESS_STEP
        return 1 if used[0] > steps else 0

    conn.set_progress_handler(tick, PROGRESS_STEP)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if used[0] > steps:
            raise WorkBudgetExceeded(steps) from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)
    if used[0] > steps:  # an interrupted statement whose error someone caught
        raise WorkBudgetExceeded(steps)
