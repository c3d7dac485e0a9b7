"""Rebuild tables to the frozen SQL of a schema version: how an upgrade adds constraints.

SQLite cannot add a CHECK constraint to a table, so the upgrade renames each old table
out of the way, creates the new one from exactly the SQL a new file gets
(`schema_frozen`), copies the rows and drops the old table; indexes and triggers are made
afresh. An upgraded file then carries the same schema as a new one, byte for byte. The
rows are checked against the rules first: a value the new constraints would refuse is
reported by table and row (`RefusedRowError`), never converted.
"""

from __future__ import annotations

import sqlite3

from app.models.rules import COLUMNS
from app.storage.master import normalise, read_master
from app.storage.row_rules import Violation, first_violation, present_columns
from app.storage.schema_frozen import SQLITE_MASTER

_OLD = "_old_"


class RefusedRowError(Exception):
    """A row whose value the new schema does not allow; `violation` names it."""

    def __init__(self, violation: Violation):
        super().__init__(str(violation))
        self.violation = violation


def refuse_invalid_rows(conn: sqlite3.Connection) -> None:
    """Raise RefusedRowError for the first row that breaks a rule of the current schema."""
    tables = [name for kind, name, _, _ in read_master(conn) if kind == "table"]
    present = present_columns(conn, tables)
    found = first_violation(conn, [t for t in COLUMNS if t in present], present=present)
    if found is not None:
        raise RefusedRowError(found)


def rebuild(conn: sqlite3.Connection, version: int) -> None:
    """Make every table, index and trigger exactly those of schema `version` (run inside
    the upgrade's transaction, with foreign keys off)."""
    target = [entry for entry in SQLITE_MASTER[version] if entry[3] is not None]
    present = {(kind, name): sql for kind, name, _, sql in read_master(conn)}
    tables = [
        name
        for kind, name, _, sql in target
        if kind == "table" and normalise(present.get((kind, name))) != normalise(sql)
    ]
    for (kind, name), sql in present.items():
        if kind == "trigger" or (kind == "index" and sql is not None):
            conn.execute(f'DROP {kind.upper()} "{name}"')
    conn.execute("PRAGMA legacy_alter_table = ON")  # leave other tables' references alone
    try:
        for table in tables:
            if ("table", table) in present:
                conn.execute(f'ALTER TABLE "{table}" RENAME TO "{_OLD}{table}"')
        for kind, name, _, sql in target:
            if kind == "table" and name in tables and sql is not None:
                conn.execute(sql)
        for table in tables:
            if ("table", table) in present:
                _copy_rows(conn, table)
    finally:
        conn.execute("PRAGMA legacy_alter_table = OFF")
    for kind, _, _, sql in target:
        if kind in ("index", "trigger") and sql is not None:
            conn.execute(sql)


def _copy_rows(conn: sqlite3.Connection, table: str) -> None:
    old = f"{_OLD}{table}"
    have = {row[1] for row in conn.execute(f'PRAGMA table_info("{old}")')}
    columns = ", ".join(
        f'"{row[1]}"' for row in conn.execute(f'PRAGMA table_info("{table}")') if row[1] in have
    )
    conn.execute(f'INSERT INTO "{table}" ({columns}) SELECT {columns} FROM "{old}"')
    conn.execute(f'DROP TABLE "{old}"')
