"""A corpus of hostile project files, each made from a copy of a sound one.

Each attack of issue 13 (and a few more) as a function that changes a sound project file
the way an attacker with a plain SQLite client would: `ATTACKS[name](path)`. `EXPECTED`
says what opening must answer: a part of the refusal message, or None for a file that
opens with the attack neutralised. `make_corpus(base, folder)` writes them all.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

FORMULA = "=cmd|' /C calc'!A0"


def _sql(path: Path, *statements: str, checks: bool = False) -> None:
    """Run `statements` on the file with a plain client: no constraint checks (as a
    crafted file has them), schema writable."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        if not checks:
            conn.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _rewrite_schema(path: Path, name: str, old: str, new: str) -> None:
    """Change the stored SQL of `name` (what a hex editor could do as well)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?", (old, new, name)
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.close()


def extra_trigger(path: Path) -> None:
    """A trigger that deletes every partner, agreement and measure at the first edit."""
    _sql(
        path,
        "CREATE TRIGGER wipe AFTER UPDATE ON vision BEGIN DELETE FROM partner; "
        "DELETE FROM agreement; DELETE FROM measure; END",
    )


def rewritten_trigger(path: Path) -> None:
    """Thuisplan's own trigger (same name) with a body that also deletes the partners."""
    conn = sqlite3.connect(path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'need_cell_insert'").fetchone()
    conn.close()
    hostile = sql[0].replace(" END", " DELETE FROM partner; END")
    _sql(path, "DROP TRIGGER need_cell_insert", hostile)


def refusing_check(path: Path) -> None:
    """A CHECK constraint on the vision that refuses every later write."""
    _rewrite_schema(
        path, "vision", "CHECK (start_year <= end_year", "CHECK (0 AND start_year <= end_year"
    )


def cross_join_trigger(path: Path) -> None:
    """A trigger whose cross join hangs every import."""
    _sql(
        path,
        "CREATE TRIGGER slow AFTER INSERT ON need_value BEGIN SELECT count(*) FROM "
        "need_value a, need_value b, need_value c, need_value d; END",
    )


def expensive_index(path: Path) -> None:
    """An index over an expensive expression (an integrity check evaluates it per row)."""
    _sql(
        path,
        "CREATE INDEX slow_index ON need_value "
        "(length(replace(printf('%.*c', 1000 + quantity, 'x'), 'x', 'yy')))",
    )


def view(path: Path) -> None:
    """A view (code that runs when anything reads it)."""
    _sql(path, "CREATE VIEW everything AS SELECT * FROM need_value a, need_value b")


def text_in_quantity(path: Path) -> None:
    """A formula stored as text in a quantity (its triggers copy it into cell_value)."""
    _sql(
        path,
        f"UPDATE need_value SET quantity = '{FORMULA.replace(chr(39), chr(39) * 2)}' "
        "WHERE rowid = (SELECT min(rowid) FROM need_value)",
    )


def huge_capacity_in_cells(path: Path) -> None:
    """The largest integer in one kind of capacity of the cells opening adds up in SQL (two
    of them would overflow SQLite's `+` into a float)."""
    _sql(
        path,
        "UPDATE cell_value SET capacity_flex = 9223372036854775807, "
        "capacity_other = 9223372036854775807 "
        "WHERE rowid = (SELECT min(rowid) FROM cell_value WHERE capacity_flex IS NOT NULL)",
    )


def plan_period(path: Path) -> None:
    """A plan period of -5000 to 99999."""
    _sql(path, "UPDATE vision SET start_year = -5000, end_year = 99999")


def long_title(path: Path) -> None:
    """A title of 100,000 characters."""
    _sql(path, "UPDATE vision SET title = printf('%.*c', 100000, 'T')")


def huge_text(path: Path) -> None:
    """A measure description of 200 MB (written once by SQLite; never read by Thuisplan)."""
    _sql(
        path,
        "UPDATE measure SET description = CAST(zeroblob(200000000) AS TEXT) "
        "WHERE rowid = (SELECT min(rowid) FROM measure)",
    )


def padding_table(path: Path) -> None:
    """An extra table, as the 800 MB padding table was: a few rows show the refusal (the
    exact schema check refuses it before anything is copied; its size plays no part)."""
    _sql(
        path,
        "CREATE TABLE padding (data BLOB)",
        "INSERT INTO padding SELECT zeroblob(100000) FROM (SELECT 1 UNION SELECT 2)",
    )


def many_municipalities(path: Path) -> None:
    """More municipalities than the Netherlands has (each one valid in itself)."""
    _sql(
        path,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
        "INSERT INTO municipality (code, name, province, corop, sort_order) "
        "SELECT printf('GM9%03d', i), 'Extra ' || i, '', '', 1000 + i FROM n",
    )


def dangling_reference(path: Path) -> None:
    """A row of need that refers to a municipality that does not exist."""
    _sql(path, "UPDATE need_series SET municipality_id = 9999 WHERE rowid = 1")


def unknown_housing_type(path: Path) -> None:
    """A group's housing types with a code Thuisplan does not know."""
    _sql(path, "UPDATE target_group SET housing_types = 'room,evil' WHERE rowid = 1")


def bad_timestamp(path: Path) -> None:
    """A creation time that looks like one but is not (month 99)."""
    _sql(path, "UPDATE vision SET created = '2025-99-99 00:00:00'")


def generated_column(path: Path) -> None:
    """A generated column: an expression evaluated whenever the table is read."""
    _sql(path, "ALTER TABLE partner ADD COLUMN slow AS (printf('%.*c', 1000000, 'x'))")


def many_triggers(path: Path) -> None:
    """Thousands of triggers: a schema that takes long to load."""
    statements = [
        f"CREATE TRIGGER t{i} AFTER DELETE ON measure BEGIN SELECT {i}; END" for i in range(5000)
    ]
    _sql(path, "BEGIN", *statements, "COMMIT")


ATTACKS: dict[str, Callable[[Path], None]] = {
    "extra-trigger": extra_trigger,
    "rewritten-trigger": rewritten_trigger,
    "refusing-check": refusing_check,
    "cross-join-trigger": cross_join_trigger,
    "expensive-index": expensive_index,
    "view": view,
    "text-in-quantity": text_in_quantity,
    "huge-capacity-in-cells": huge_capacity_in_cells,
    "plan-period": plan_period,
    "long-title": long_title,
    "padding-table": padding_table,
    "many-municipalities": many_municipalities,
    "dangling-reference": dangling_reference,
    "unknown-housing-type": unknown_housing_type,
    "bad-timestamp": bad_timestamp,
    "generated-column": generated_column,
    "many-triggers": many_triggers,
}
# Large: made only for the slow tests.
LARGE_ATTACKS: dict[str, Callable[[Path], None]] = {"huge-text": huge_text}

# A part of the message each file is refused with.
EXPECTED: dict[str, str] = {
    "extra-trigger": "onbekende trigger 'wipe' op tabel 'vision'",
    "rewritten-trigger": "trigger 'need_cell_insert' is anders dan Thuisplan die maakt",
    "refusing-check": "tabel 'vision' is anders dan Thuisplan die maakt",
    "cross-join-trigger": "onbekende trigger 'slow' op tabel 'need_value'",
    "expensive-index": "onbekende index 'slow_index' op tabel 'need_value'",
    "view": "onbekende view 'everything'",
    "text-in-quantity": f"quantity is '{FORMULA}'",
    "huge-capacity-in-cells": "capacity_flex is 9223372036854775807, verwacht een geheel aantal",
    "plan-period": "verwacht een jaartal van 2000 tot en met 2100",
    "long-title": "title is 'TTTT",
    "padding-table": "onbekende tabel 'padding'",
    "many-municipalities": "rijen in 'gemeenten' (municipality), waar hoogstens 342 kunnen",
    "dangling-reference": "verwijst naar een rij in 'municipality' die niet bestaat",
    "unknown-housing-type": "housing_types is 'room,evil'",
    "bad-timestamp": "created is '2025-99-99 00:00:00', verwacht een tijdstip",
    "generated-column": "tabel 'partner' is anders dan Thuisplan die maakt",
    "many-triggers": "onbekende trigger",
    "huge-text": "is groter dan een woonzorgvisie kan zijn",
}


def make(base: Path, folder: Path, name: str) -> Path:
    """A copy of `base` in `folder` with attack `name`."""
    path = folder / f"{name}.thuisplan"
    shutil.copyfile(base, path)
    {**ATTACKS, **LARGE_ATTACKS}[name](path)
    return path


def make_corpus(base: Path, folder: Path, *, large: bool = False) -> dict[str, Path]:
    """Every attack (and the large ones if `large`), each in its own file in `folder`."""
    names = [*ATTACKS, *(LARGE_ATTACKS if large else ())]
    return {name: make(base, folder, name) for name in names}
