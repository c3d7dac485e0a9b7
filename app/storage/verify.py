"""Decide whether a file may be used: exactly Thuisplan's schema, intact, within bounds.

Runs before anything else touches a file (a migration, a backup copy, a session), on every
open path and in `thuisplan check`, reading only, on a hardened connection (`connection`)
with a budget of SQLite steps. The schema comes first and is cheap (sqlite_master only),
because everything after it runs the schema's own code (CHECK constraints, index
expressions): then the sizes (row counts, used pages), SQLite's quick or full integrity
check, the foreign keys, and the rules of `app.models.rules` row by row (a read-only
integrity check does not evaluate CHECK constraints, and older versions have none).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app.models.rules import COLUMNS, TABLE_LABELS
from app.storage import bounds, master
from app.storage.connection import WorkBudgetExceeded, budget, connect
from app.storage.errors import (
    DamagedFileError,
    InterruptedWriteError,
    UntrustedFileError,
    damaged_message,
)
from app.storage.row_rules import first_violation, present_columns, row_key, shown
from app.storage.schema import missing_columns

SCHEMA_STEPS = 500_000  # reading sqlite_master: about 1,000 for Thuisplan's own
# Then the checks: a national vision (14,700 pages) takes about 62 million steps with the
# quick check, 73 million with the full one: some 5,000 per page. Four times that is allowed.
BASE_STEPS = 50_000_000
STEPS_PER_PAGE = 20_000
SQLITE_READONLY_ROLLBACK = 776  # a hot journal that a read-only connection cannot roll back
_INTEGRITY_ROWS = 20
_CONSTRAINT_FAILURES = ("CHECK constraint failed", "NULL value in", "non-")

_SCHEMA = (
    "'{name}' wijkt af van wat Thuisplan maakt ({problem}). Thuisplan opent het niet: een "
    "databasebestand kan opdrachten bevatten die bij gebruik ongemerkt gegevens wijzigen."
)
_VALUES = (
    "'{name}' bevat een waarde die Thuisplan niet toestaat ({problem}). Thuisplan opent het "
    "niet, zodat zo'n waarde nergens in terechtkomt."
)
_BOUNDS = (
    "'{name}' is groter dan een woonzorgvisie kan zijn ({problem}). Thuisplan opent het "
    "niet, zodat het niet minutenlang bezig is of vastloopt."
)
_WORK = (
    "Het controleren van '{name}' kost onwaarschijnlijk veel werk. Thuisplan opent het niet, "
    "zodat het niet minutenlang bezig is of vastloopt."
)
_SALVAGE = " U kunt de gegevens die wel kloppen overnemen in een nieuw bestand."


def verify(
    path: Path, version: int, *, full_check: bool = False, contents: bool = True
) -> dict[str, int]:
    """Refuse the file at `path` (of schema `version`) unless it is exactly Thuisplan's,
    intact and within bounds; return its rows per table (empty when `contents` is False:
    then only the schema is checked, for a file whose contents were checked before, see
    `app.storage.checked`). Never writes."""
    try:
        conn = connect(path, "ro")
    except sqlite3.Error as exc:
        raise DamagedFileError(path, damaged_message(path.name)) from exc
    try:
        entries = _schema(conn, path, version)
        if not contents:
            return {}
        steps = BASE_STEPS + STEPS_PER_PAGE * conn.execute("PRAGMA page_count").fetchone()[0]
        with budget(conn, steps):
            return _contents(conn, path, entries, full_check)
    except WorkBudgetExceeded as exc:
        raise refusal(path, _WORK, "te veel werk") from exc
    except sqlite3.DataError as exc:  # a value longer than connection.MAX_VALUE_BYTES
        raise refusal(path, _VALUES, "een waarde is veel te groot") from exc
    except sqlite3.DatabaseError as exc:
        raise DamagedFileError(path, damaged_message(path.name)) from exc
    finally:
        conn.close()


def refusal(
    path: Path, template: str, *problems: str, salvageable: bool = True
) -> UntrustedFileError:
    """An UntrustedFileError whose message names the first of `problems`."""
    problem = problems[0] + (f", en {len(problems) - 1} meer" if len(problems) > 1 else "")
    message = template.format(name=path.name, problem=problem)
    return UntrustedFileError(
        path,
        message + (_SALVAGE if salvageable else ""),
        problems=problems,
        salvageable=salvageable,
    )


def _schema(conn: sqlite3.Connection, path: Path, version: int) -> list[master.Entry]:
    """sqlite_master of the file, refused unless exactly the one of `version`."""
    try:
        with budget(conn, SCHEMA_STEPS):
            entries = master.read_master(conn)
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", None) == SQLITE_READONLY_ROLLBACK:
            raise InterruptedWriteError(
                path,
                f"In '{path.name}' is een schrijfactie onderbroken (Thuisplan of de computer "
                "stopte midden in het opslaan). Thuisplan herstelt dat zodra iemand het bestand "
                "opent om erin te werken; er gaat niets verloren dat al was opgeslagen.",
            ) from exc
        raise
    problems = missing_columns(conn, version) + master.differences(entries, version)
    if problems:
        readable = ("table", "vision") in {(kind, name) for kind, name, _, _ in entries}
        raise refusal(path, _SCHEMA, *problems, salvageable=readable)
    return entries


def _contents(
    conn: sqlite3.Connection, path: Path, entries: list[master.Entry], full_check: bool
) -> dict[str, int]:
    counts, over = bounds.problems(conn, entries)
    if over:
        template = _SCHEMA if over[0].startswith("er staat geen") else _BOUNDS
        raise refusal(path, template, *over)
    _integrity(conn, path, full_check)
    _foreign_keys(conn, path)
    # The rules row by row: a read-only integrity check skips CHECK constraints, and the
    # tables of an older version have none.
    tables = [t for t in COLUMNS if t in counts]
    found = first_violation(conn, tables, present=present_columns(conn, tables))
    if found is not None:
        raise refusal(path, _VALUES, str(found))
    _timestamps(conn, path)
    return counts


def _has_table(conn: sqlite3.Connection, table: str) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return conn.execute(query, (table,)).fetchone() is not None


def _integrity(conn: sqlite3.Connection, path: Path, full_check: bool) -> None:
    pragma = "integrity_check" if full_check else "quick_check"
    rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}({_INTEGRITY_ROWS})")]
    if rows == ["ok"]:
        return
    if all(row.startswith(_CONSTRAINT_FAILURES) for row in rows):  # sound pages, bad values
        tables = [t for t in COLUMNS if _has_table(conn, t)]
        found = first_violation(conn, tables, present=present_columns(conn, tables))
        raise refusal(path, _VALUES, str(found) if found else shown(rows[0]))
    raise DamagedFileError(path, damaged_message(path.name))


def _foreign_keys(conn: sqlite3.Connection, path: Path) -> None:
    found = conn.execute("PRAGMA foreign_key_check").fetchone()
    if found is None:
        return
    table, rowid, parent, _ = found
    label = TABLE_LABELS.get(table, table)
    where = f"rij {row_key(conn, 'main', table, rowid)}" if rowid is not None else "een rij"
    raise refusal(
        path,
        _VALUES,
        f"tabel '{label}' ({table}), {where} verwijst naar een rij in '{parent}' die niet bestaat",
    )


def _timestamps(conn: sqlite3.Connection, path: Path) -> None:
    """The vision's times must read as times (the screens show them)."""
    for column in ("created", "modified"):
        (value,) = conn.execute(f"SELECT {column} FROM vision").fetchone()
        try:
            datetime.fromisoformat(value)
        except (TypeError, ValueError):
            problem = f"tabel 'woonzorgvisie' (vision): {column} is {shown(value)}"
            raise refusal(path, _VALUES, problem + ", verwacht een tijdstip") from None
