""" "Gegevens overnemen in een nieuw bestand": the valid rows of a refused file, copied into a
fresh file with Thuisplan's own schema.

The source is only read (attached read-only; with an interrupted write, a rolled-back
private copy is read instead). Its data tables are read only where they are real tables
with Thuisplan's columns; nothing of its schema (triggers, views, constraints) is copied.
A row is copied when every value keeps the rules of `app.models.rules`, the rows it refers
to were copied, and its table is within the bounds of `bounds`; every other row is counted
and the first few are named. The vision itself is always made: a field of it that breaks a
rule gets a default, which the report says. The new file is built beside the target and
moved into place only when complete and verified.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.models.rules import COLUMNS, FIRST_YEAR, LAST_YEAR, MAX_PLAN_YEARS, TABLE_LABELS
from app.storage import bounds, master, recovery
from app.storage.cell_values import widen_housing_types
from app.storage.connection import WorkBudgetExceeded, budget, connect, sqlite_uri
from app.storage.errors import ProjectFileError, TargetExistsError
from app.storage.format import CURRENT_SCHEMA_VERSION
from app.storage.inspection import read_header
from app.storage.project import build_project_file, initialise
from app.storage.row_rules import invalid_condition, row_key, shown, violations
from app.storage.verify import BASE_STEPS, SCHEMA_STEPS, verify

# Parents before children, so that a row is copied only when what it refers to was.
ORDER = (
    "municipality",
    "target_group",
    "ambition",
    "norm",
    "urgency_category",
    "baseline_figure",
    "social_rent_vacancies",
    "need_series",
    "capacity_series",
    "need_value",
    "capacity_value",
    "partner",
    "measure",
    "agreement",
    "agreement_party",
    "agreement_year",
)
STEPS_PER_PAGE = 50_000  # copying runs triggers and checks: far more work than reading
EXAMPLES = 3  # rows named per table


@dataclass(frozen=True)
class TableReport:
    """What happened to one table's rows."""

    table: str
    copied: int
    skipped: int
    examples: tuple[str, ...] = ()  # why some skipped rows were skipped (Dutch)
    unreadable: bool = False

    @property
    def label(self) -> str:
        """The table's name as a user reads it."""
        return TABLE_LABELS.get(self.table, self.table)


@dataclass(frozen=True)
class SalvageReport:
    """What `salvage` copied into the new file."""

    source: Path
    target: Path
    tables: tuple[TableReport, ...]
    vision_defaults: tuple[str, ...]  # fields of the vision that got a default (Dutch)

    @property
    def skipped(self) -> int:
        """Rows not copied, over all tables."""
        return sum(t.skipped for t in self.tables)


def salvage(source: Path, target: Path, *, overwrite: bool = False) -> SalvageReport:
    """Copy the valid rows of the project file `source` into the new file `target`.

    `source` is never written. Raises a ProjectFileError for a source that is not a
    Thuisplan file (or of a newer version) and for a target that exists (unless
    `overwrite`) or is the source itself.
    """
    source, target = Path(source), Path(target)
    header = read_header(source)  # ours, and a version this Thuisplan knows
    if target.exists() and target.resolve() == source.resolve():
        raise TargetExistsError(
            target, f"'{target.name}' is het bestand zelf. Kies een andere naam."
        )
    result: list[SalvageReport] = []

    def build(temporary: Path) -> None:
        with _readable(source) as readable:
            tables, defaults = _copy(readable, temporary, header.schema_version)
        verify(temporary, CURRENT_SCHEMA_VERSION)
        result.append(SalvageReport(source, target, tables, defaults))

    build_project_file(target, build, overwrite=overwrite).close()
    return result[0]


@contextlib.contextmanager
def _readable(source: Path) -> Iterator[Path]:
    """`source`, or a rolled-back private copy when a write was interrupted in it."""
    if recovery.has_journal(source):
        with recovery.recovered_copy(source) as copy:
            yield copy
    else:
        yield source


def _copy(
    source: Path, temporary: Path, version: int
) -> tuple[tuple[TableReport, ...], tuple[str, ...]]:
    initialise(temporary)
    conn = connect(temporary, "rw", isolation_level=None)
    try:
        master.create_schema(conn, CURRENT_SCHEMA_VERSION)
        with budget(conn, SCHEMA_STEPS):  # reading the source's schema (never run)
            conn.execute("ATTACH DATABASE ? AS src", (sqlite_uri(source, "ro"),))
            pages = conn.execute("PRAGMA src.page_count").fetchone()[0]
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN IMMEDIATE")
        with budget(conn, BASE_STEPS + STEPS_PER_PAGE * pages):
            defaults = _vision(conn, source.stem)
            tables = tuple(_table(conn, table) for table in ORDER)
            _fill_in(conn, version)
        conn.execute("COMMIT")
        return tables, defaults
    except WorkBudgetExceeded as exc:
        raise ProjectFileError(
            source,
            f"Het overnemen van de gegevens uit '{source.name}' kost onwaarschijnlijk veel "
            "werk en is gestopt. Er is geen nieuw bestand gemaakt.",
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(
            source,
            f"De gegevens uit '{source.name}' konden niet worden overgenomen ({exc}). Er is "
            "geen nieuw bestand gemaakt.",
        ) from exc
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> list[str] | None:
    """The columns of `table` to copy, or None when the source has no such plain table
    with all of them (a view, a virtual table, a generated column)."""
    found = conn.execute(
        "SELECT type, sql FROM src.sqlite_master WHERE name = ? COLLATE NOCASE", (table,)
    ).fetchall()
    if len(found) != 1 or found[0][0] != "table":
        return None
    if not (found[0][1] or "").lstrip().upper().startswith("CREATE TABLE"):  # virtual
        return None
    wanted = [row[1] for row in conn.execute(f'PRAGMA main.table_info("{table}")')]
    have = {row[1]: row[6] for row in conn.execute(f'PRAGMA src.table_xinfo("{table}")')}
    if any(have.get(column) != 0 for column in wanted):  # missing, or generated (hidden)
        return None
    return wanted


def _table(conn: sqlite3.Connection, table: str) -> TableReport:
    columns = _columns(conn, table)
    if columns is None:
        return TableReport(table, 0, 0, ("niet leesbaar",), unreadable=True)
    try:
        total = conn.execute(f'SELECT count(*) FROM src."{table}"').fetchone()[0]
        limit = bounds.row_limits(_counts(conn))[table]
        listed = ", ".join(f'"{c}"' for c in columns)
        valid = f"NOT ({invalid_condition(table)}) AND {_references(conn, table)}"
        insert = (
            f'INSERT OR IGNORE INTO main."{table}" ({listed}) SELECT {listed} FROM src."{table}"'
        )
        try:
            conn.execute(f"{insert} WHERE {valid} ORDER BY rowid LIMIT ?", (limit,))
        except sqlite3.DataError:  # a value too large to read: copy the others one by one
            for (rowid,) in conn.execute(f'SELECT rowid FROM src."{table}" ORDER BY rowid'):
                with contextlib.suppress(sqlite3.DataError):
                    conn.execute(f"{insert} WHERE rowid = ? AND {valid}", (rowid,))
        copied = conn.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
    except sqlite3.OperationalError:  # no rowid, unreadable pages: nothing of it
        return TableReport(table, 0, 0, ("niet leesbaar",), unreadable=True)
    return TableReport(table, copied, total - copied, _examples(conn, table, total - copied))


def _references(conn: sqlite3.Connection, table: str) -> str:
    """SQL true when every row the row refers to was copied."""
    parts = [
        f'("{column}" IS NULL OR "{column}" IN (SELECT "{key}" FROM main."{parent}"))'
        for _, _, parent, column, key, *_ in conn.execute(
            f'PRAGMA main.foreign_key_list("{table}")'
        )
    ]
    return " AND ".join(parts) or "1"


def _examples(conn: sqlite3.Connection, table: str, skipped: int) -> tuple[str, ...]:
    """Why the first few rows that were not copied were not."""
    if skipped == 0:
        return ()
    found: list[str] = []
    with contextlib.suppress(sqlite3.DataError):
        found += [v.detail for v in violations(conn, table, schema="src", limit=EXAMPLES)]
    if len(found) < EXAMPLES:
        with contextlib.suppress(sqlite3.DataError):
            orphans = conn.execute(
                f'SELECT rowid FROM src."{table}" WHERE NOT ({invalid_condition(table)}) '
                f"AND NOT ({_references(conn, table)}) LIMIT ?",
                (EXAMPLES - len(found),),
            ).fetchall()
            found += [
                f"rij {row_key(conn, 'src', table, rowid)}: verwijst naar een rij die niet "
                "is overgenomen"
                for (rowid,) in orphans
            ]
    return tuple(found[:EXAMPLES]) or ("een waarde is te groot of de rij staat er dubbel in",)


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        table: conn.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
        for table in (*ORDER, "vision")
    }


def _vision(conn: sqlite3.Connection, stem: str) -> tuple[str, ...]:
    """Make the vision row from the source's first, each field that breaks a rule (or
    cannot be read) replaced by a default; returns what was replaced (Dutch)."""
    defaults = _vision_defaults(stem, _years_of_figures(conn))
    values, replaced = dict(defaults), []
    readable = _columns(conn, "vision") is not None
    for column in defaults:
        value = _vision_value(conn, column) if readable else None
        if value is None and defaults[column] is not None:
            replaced.append(column)
        else:
            values[column] = value
    start, end = values["start_year"], values["end_year"]
    if not start <= end < start + MAX_PLAN_YEARS:  # type: ignore[operator]
        replaced += ["start_year", "end_year"]
        values["start_year"], values["end_year"] = defaults["start_year"], defaults["end_year"]
    columns = ", ".join(values)
    conn.execute(
        f"INSERT INTO main.vision (id, {columns}) VALUES (1, {', '.join('?' * len(values))})",
        list(values.values()),
    )
    return tuple(f"{c}: {shown(values[c])}" for c in dict.fromkeys(replaced))


def _vision_value(conn: sqlite3.Connection, column: str) -> object:
    """The column of the source's first vision row, or None if missing or invalid."""
    rule = COLUMNS["vision"][column].on(column)
    with contextlib.suppress(sqlite3.DataError):
        row = conn.execute(
            f"SELECT {column} FROM src.vision WHERE ({rule}) IS NOT 0 ORDER BY rowid LIMIT 1"
        ).fetchone()
        if row is None or (column in ("created", "modified") and not _is_time(row[0])):
            return None
        return row[0]
    return None


def _is_time(text: str) -> bool:
    """Whether `text` reads as a time, as the screens read it (see verify)."""
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _years_of_figures(conn: sqlite3.Connection) -> tuple[int, int]:
    """The plan period the source's figures span (at most MAX_PLAN_YEARS from the first),
    or ten years from now when it has none that can be read."""
    first = last = None
    for table in ("need_value", "capacity_value"):
        if _columns(conn, table) is None:
            continue
        with contextlib.suppress(sqlite3.DataError, sqlite3.OperationalError):
            low, high = conn.execute(
                f"SELECT min(year), max(year) FROM src.{table} "
                f"WHERE typeof(year) = 'integer' AND year BETWEEN {FIRST_YEAR} AND {LAST_YEAR}"
            ).fetchone()
            if low is not None:
                first = low if first is None else min(first, low)
                last = high if last is None else max(last, high)
    if first is None or last is None:
        first = datetime.now(UTC).year
        last = first + 9
    return first, min(last, first + MAX_PLAN_YEARS - 1)


def _vision_defaults(stem: str, period: tuple[int, int]) -> dict[str, object]:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    title = "".join(ch for ch in stem if ch.isprintable())[:150] or "woonzorgvisie"
    return {
        "title": f"Overgenomen uit {title}",
        "region_name": "",
        "start_year": period[0],
        "end_year": period[1],
        "status": "draft",
        "author": "",
        "created": now,
        "modified": now,
        "distribution_key": "inhabitants",
        "weight_inhabitants": 1.0,
        "weight_households": 0.0,
        "weight_dwellings": 0.0,
        "weight_social_rent_dwellings": 0.0,
        "is_example": 0,
    }


def _fill_in(conn: sqlite3.Connection, version: int) -> None:
    """What every vision has: an ambition per line of action; for a file made before
    schema 3, each group's housing types widened as its upgrade does."""
    conn.executemany(
        "INSERT OR IGNORE INTO main.ambition (action_line, text) VALUES (?, '')",
        [(line,) for line in range(1, 5)],
    )
    if version < 3:
        widen_housing_types(conn)
