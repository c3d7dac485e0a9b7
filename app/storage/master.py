"""A file's exact schema: its sqlite_master against the one Thuisplan makes for its version.

An SQLite file carries code (triggers, views, index expressions, CHECK constraints) that
runs when the file is used, so a project file is untrusted input: before anything else
reads or copies it, every table, index, trigger and view must be exactly one of Thuisplan's
own for the file's schema version (`schema_frozen`), compared by type, name, table and SQL
with whitespace and keyword case normalised.
"""

from __future__ import annotations

import re
import sqlite3

from app.storage.schema_frozen import ALSO_ACCEPTED, SQLITE_MASTER

Entry = tuple[str, str, str, str | None]  # type, name, tbl_name, sql

# SQL tokens: quoted strings and identifiers verbatim, comments, words, single characters.
_TOKEN = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|--[^\n]*|/\*.*?\*/|\s+|\w+|.",
    re.DOTALL,
)
_KINDS = {"table": "tabel", "index": "index", "trigger": "trigger", "view": "view"}
_SHOWN = 60  # characters of a name from the file shown in a message


def normalise(sql: str | None) -> str | None:
    """`sql` as tokens separated by one space, words outside quotes in lower case."""
    if sql is None:
        return None
    tokens = [t for t in _TOKEN.findall(sql) if not t.isspace()]
    return " ".join(t.lower() if t[0].isalnum() or t[0] == "_" else t for t in tokens)


def read_master(conn: sqlite3.Connection) -> list[Entry]:
    """Every entry of the file's sqlite_master."""
    return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()


def expected(version: int) -> dict[tuple[str, str], tuple[str, set[str | None]]]:
    """(type, name) -> (table, the normalised SQL accepted) for schema `version`."""
    accepted = ALSO_ACCEPTED.get(version, {})
    return {
        (kind, name): (
            table,
            {normalise(sql), *(normalise(other) for other in accepted.get((kind, name), ()))},
        )
        for kind, name, table, sql in SQLITE_MASTER[version]
    }


def frozen_sql(version: int, kind: str, name: str) -> str:
    """The SQL Thuisplan uses for one object of schema `version`."""
    return next(sql for k, n, _, sql in SQLITE_MASTER[version] if (k, n) == (kind, name) and sql)


def differences(entries: list[Entry], version: int) -> list[str]:
    """What differs between `entries` and schema `version`, in Dutch; empty if identical."""
    wanted = expected(version)
    found = {(kind, name): (table, sql) for kind, name, table, sql in entries}
    problems = []
    for (kind, name), (table, sql) in found.items():
        if (kind, name) not in wanted:
            problems.append(f"onbekende {_kind(kind)} '{_shown(name)}'{_on(kind, table)}")
        elif table != wanted[(kind, name)][0] or normalise(sql) not in wanted[(kind, name)][1]:
            problems.append(f"{_kind(kind)} '{_shown(name)}' is anders dan Thuisplan die maakt")
    problems += [
        f"{_kind(kind)} '{name}' ontbreekt" for kind, name in wanted if (kind, name) not in found
    ]
    return problems


def _kind(kind: str) -> str:
    return _KINDS.get(kind, f"soort '{_shown(kind)}'")


def _on(kind: str, table: str) -> str:
    return f" op tabel '{_shown(table)}'" if kind in ("index", "trigger") else ""


def _shown(name: object) -> str:
    """A name from the file, safe to print: printable characters only, cut short."""
    text = "".join(ch if ch.isprintable() else "?" for ch in str(name))
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def create_schema(conn: sqlite3.Connection, version: int) -> None:
    """Create every table, index and trigger of schema `version` in an empty database, from
    the frozen SQL (what `schema.create_current_schema` makes, without SQLAlchemy)."""
    for _, _, _, sql in sorted(SQLITE_MASTER[version], key=lambda entry: _CREATE_ORDER[entry[0]]):
        if sql is not None:
            conn.execute(sql)


_CREATE_ORDER = {"table": 0, "index": 1, "trigger": 2, "view": 3}
