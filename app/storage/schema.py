"""The tables and columns each schema version must have, and creating the current one."""

from __future__ import annotations

import sqlite3

from sqlmodel import SQLModel

import app.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from app.storage.format import CURRENT_SCHEMA_VERSION

# Frozen column lists of released schema versions older than the current one,
# filled in when a migration moves past them: {version: {table: [columns]}}.
RELEASED_SCHEMAS: dict[int, dict[str, list[str]]] = {}


def expected_schema(version: int) -> dict[str, list[str]]:
    """Table -> column names that a file of `version` must contain."""
    if version == CURRENT_SCHEMA_VERSION:
        return {
            name: [column.name for column in table.columns]
            for name, table in SQLModel.metadata.tables.items()
        }
    return RELEASED_SCHEMAS[version]


def actual_schema(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Table -> column names found in the file."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')] for table in tables
    }


def differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """What is missing from the file compared with `version`, in Dutch; empty if intact."""
    actual = actual_schema(conn)
    problems = []
    for table, columns in expected_schema(version).items():
        if table not in actual:
            problems.append(f"tabel '{table}' ontbreekt")
            continue
        missing = [c for c in columns if c not in actual[table]]
        if missing:
            problems.append(f"kolom '{missing[0]}' ontbreekt in tabel '{table}'")
    return problems


def create_current_schema(engine) -> None:
    """Create every table of the current schema in an empty database."""
    SQLModel.metadata.create_all(engine)
