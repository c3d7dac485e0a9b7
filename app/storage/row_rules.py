"""Find the rows whose values break the rules of `app.models.rules`, and name them.

SQLite's quick_check says only that a CHECK constraint failed in a table; a user needs
the row and the value. The same SQL finds them in a file of any version (the older ones
lack the constraints: their upgrade refuses such a row instead of converting it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from app.models.rules import COLUMNS, ROWS, TABLE_LABELS, Rule

_SHOWN = 40  # characters of a wrong value shown in a message


@dataclass(frozen=True)
class Violation:
    """One row with a value that breaks a rule."""

    table: str
    row: str  # its primary key, e.g. "series_id=3, year=2025"
    column: str | None  # None for a rule about several columns
    value: str  # what is there, as shown to a user
    expected: str  # what the rule wants, in Dutch

    @property
    def detail(self) -> str:
        """The row and what is wrong with it, without the table."""
        if self.column is None:
            return f"rij {self.row}: verwacht {self.expected}"
        return f"rij {self.row}: {self.column} is {self.value}, verwacht {self.expected}"

    def __str__(self) -> str:
        label = TABLE_LABELS.get(self.table, self.table)
        return f"tabel '{label}' ({self.table}), {self.detail}"


def column_rules(table: str, present: set[str] | None = None) -> dict[str, Rule]:
    """The rules of `table`'s columns; only those of the `present` columns when given (an
    older file, before its upgrade, lacks the columns a later version adds)."""
    rules = COLUMNS.get(table, {})
    return rules if present is None else {c: r for c, r in rules.items() if c in present}


def rules_of(table: str, present: set[str] | None = None) -> list[tuple[str | None, str, str]]:
    """(column or None, SQL true for a valid row, Dutch) for every rule of `table`."""
    columns = [(c, rule.on(c), rule.text) for c, rule in column_rules(table, present).items()]
    return columns + [(None, sql, text) for _, sql, text in ROWS.get(table, ())]


def invalid_condition(table: str, present: set[str] | None = None) -> str:
    """SQL true exactly for the rows of `table` that break a rule (a rule that comes out
    NULL passes, as in a CHECK constraint); 0 when the table has no rules."""
    parts = [f"NOT ({sql})" for _, sql, _ in rules_of(table, present)]
    return f"({' OR '.join(parts)}) IS 1" if parts else "0"


def violations(
    conn: sqlite3.Connection,
    table: str,
    *,
    schema: str = "main",
    limit: int = 1,
    present: set[str] | None = None,
) -> list[Violation]:
    """The first `limit` rows of `table` that break a rule."""
    rules = rules_of(table, present)
    if not rules:
        return []
    which = " ".join(f"WHEN NOT ({sql}) THEN {i}" for i, (_, sql, _) in enumerate(rules))
    found = conn.execute(
        f'SELECT rowid, CASE {which} END FROM {schema}."{table}" '
        f"WHERE {invalid_condition(table, present)} LIMIT ?",
        (limit,),
    ).fetchall()
    return [_violation(conn, schema, table, rowid, rules[index]) for rowid, index in found]


def present_columns(conn: sqlite3.Connection, tables: Iterable[str]) -> dict[str, set[str]]:
    """The columns each of `tables` has in this file (an older version lacks some)."""
    return {t: {row[1] for row in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables}


def first_violation(
    conn: sqlite3.Connection,
    tables: Iterable[str],
    *,
    schema: str = "main",
    present: dict[str, set[str]] | None = None,
) -> Violation | None:
    """The first row in `tables` that breaks a rule, or None. Each table is first
    screened in one cheap pass (`keeps_rules`); only a table that fails is searched
    row by row for the row to name. `present`: the columns each table has (an older
    file's), when not every column of the current schema."""
    for table in tables:
        columns = None if present is None else present.get(table, set())
        if keeps_rules(conn, table, schema=schema, present=columns):
            continue
        found = violations(conn, table, schema=schema, present=columns)
        if found:
            return found[0]
    return None


def keeps_rules(
    conn: sqlite3.Connection, table: str, *, schema: str = "main", present: set[str] | None = None
) -> bool:
    """Whether every row of `table` keeps its rules, in one pass with few steps per row
    (a national vision has a million values). Each row adds up its whole numbers, or 0.5
    when a rule fails: the sum is whole only when every row keeps every rule. A whole
    number is tested by its range alone, as SQLite orders text and blobs after every
    number; a real makes the sum real, and a NULL where none may be makes it NULL (then
    0.5). Keys have no range: a text key refers to nothing, which the foreign key check
    finds."""
    whole = {c: r for c, r in column_rules(table, present).items() if r.whole is not None}
    added = " + ".join(f'coalesce("{c}", 0)' if r.nullable else f'"{c}"' for c, r in whole.items())
    bounded = {c: r.whole for c, r in whole.items() if r.whole and r.whole != (None, None)}
    tests = [f'"{column}" NOT BETWEEN {low} AND {high}' for column, (low, high) in bounded.items()]
    tests += [f"NOT ({sql})" for column, sql, _ in rules_of(table, present) if column not in whole]
    value = f"coalesce({added or 0}, 0.5)"
    if tests:
        value = f"CASE WHEN {' OR '.join(tests)} THEN 0.5 ELSE {value} END"
    try:
        (kind,) = conn.execute(f'SELECT typeof(sum({value})) FROM {schema}."{table}"').fetchone()
    except sqlite3.OperationalError as exc:
        if "integer overflow" in str(exc):  # a sum past 2**63: far out of any range
            return False
        raise
    return kind in ("integer", "null")


def row_key(conn: sqlite3.Connection, schema: str, table: str, rowid: int) -> str:
    """'series_id=3, year=2025': the primary key of a row, as shown to a user."""
    info = conn.execute(f'PRAGMA {schema}.table_info("{table}")').fetchall()
    keys = [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]] or ["rowid"]
    values = conn.execute(
        f'SELECT {", ".join(keys)} FROM {schema}."{table}" WHERE rowid = ?', (rowid,)
    ).fetchone()
    return ", ".join(f"{k}={shown(v)}" for k, v in zip(keys, values, strict=True))


def shown(value: object) -> str:
    """A value from the file as a message shows it: quoted text cut short, printable only."""
    if value is None:
        return "leeg"
    if isinstance(value, bytes):
        return "binaire gegevens"
    if isinstance(value, str):
        text = "".join(ch if ch.isprintable() else "?" for ch in value[: _SHOWN + 1])
        return f"'{text[:_SHOWN]}…'" if len(text) > _SHOWN else f"'{text}'"
    return str(value)


def _violation(
    conn: sqlite3.Connection, schema: str, table: str, rowid: int, rule: tuple[str | None, str, str]
) -> Violation:
    column, _, expected = rule
    value = "-"
    if column is not None:
        value = shown(
            conn.execute(
                f'SELECT CASE typeof("{column}") '
                f"WHEN 'text' THEN substr(\"{column}\", 1, {_SHOWN + 1}) "
                f"WHEN 'blob' THEN x'00' ELSE \"{column}\" END "
                f'FROM {schema}."{table}" WHERE rowid = ?',
                (rowid,),
            ).fetchone()[0]
        )
    return Violation(table, row_key(conn, schema, table, rowid), column, value, expected)
