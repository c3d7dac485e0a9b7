"""Sane bounds on what a file holds, checked on opening before any real work.

A file within these bounds cannot make a summary or an export run for minutes: the number
of municipalities and groups is bounded, every other table by what its keys allow (a need
value per series and year, ...), and the file's used pages by what its rows can take up
(a 200 MB text in a file of a few rows is refused before it is read).
"""

from __future__ import annotations

import sqlite3

from app.models.enums import BaselineIndicator, CapacityKind, HousingType
from app.models.rules import (
    COLUMNS,
    FIRST_YEAR,
    LAST_YEAR,
    MAX_CATALOGUE,
    MAX_GROUPS,
    MAX_ITEMS,
    MAX_MUNICIPALITIES,
    MAX_SCENARIOS,
    TABLE_LABELS,
)
from app.storage.master import Entry
from app.storage.schema import RELEASED_SCHEMAS

YEARS = LAST_YEAR - FIRST_YEAR + 1
_ROW_OVERHEAD = 16  # bytes of cell pointer, header and rowid around a row's values
_FILL = 3  # a b-tree page is at least about a third full
_SCHEMA_BYTES = 256 * 1024  # sqlite_master of every version, with room to spare
_VALUE_SIZE = 9  # bytes of a number, or of a column without a rule (older versions)
_INDEX_ENTRY_BYTES = 128  # up to four keys of a row (ids, a year, a code) and its rowid


def count_rows(conn: sqlite3.Connection, entries: list[Entry]) -> dict[str, int]:
    """Rows per table of the file (of a schema already verified to be Thuisplan's)."""
    tables = [name for kind, name, _, _ in entries if kind == "table"]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def row_limits(counts: dict[str, int]) -> dict[str, int]:
    """The most rows each table may have, given the rows of the tables it hangs from."""
    m, g = counts.get("municipality", 0), counts.get("target_group", 0)
    cells = m * g * len(HousingType)
    return {
        "vision": 1,
        "municipality": MAX_MUNICIPALITIES,
        "target_group": MAX_GROUPS,
        "ambition": 4,
        "norm": MAX_CATALOGUE,
        "urgency_category": MAX_CATALOGUE,
        "partner": MAX_ITEMS,
        "measure": MAX_ITEMS,
        "agreement": MAX_ITEMS,
        "baseline_figure": m * len(BaselineIndicator),
        "social_rent_vacancies": m * YEARS,
        "need_series": cells,
        "capacity_series": cells * len(CapacityKind),
        "need_value": counts.get("need_series", 0) * YEARS,
        "capacity_value": counts.get("capacity_series", 0) * YEARS,
        "cell_value": cells * YEARS,
        "cell_total": m * g * YEARS,
        "agreement_party": counts.get("agreement", 0) * counts.get("partner", 0),
        "agreement_year": counts.get("agreement", 0) * YEARS,
        "scenario": MAX_SCENARIOS,
        "need_estimate": MAX_SCENARIOS * g,
        "fair_share_group": g,
        "fair_share_adjustment": m,
    }


def explained_bytes(counts: dict[str, int], entries: list[Entry], page_size: int) -> int:
    """The most bytes of pages that these rows can fill, with every value at its largest
    (an index entry holds keys: ids, years and codes)."""
    total = _SCHEMA_BYTES + 8 * page_size
    for table, rows in counts.items():
        indexes = sum(1 for kind, _, owner, _ in entries if kind == "index" and owner == table)
        row = row_bytes(table) + indexes * _INDEX_ENTRY_BYTES
        total += rows * row * _FILL + (1 + indexes) * 2 * page_size
    return total


def row_bytes(table: str) -> int:
    """The most bytes one row of `table` takes, with every value at its largest."""
    rules = COLUMNS.get(table, {})
    others = [c for version in RELEASED_SCHEMAS.values() for c in version.get(table, [])]
    unruled = {c for c in others if c not in rules}
    return _ROW_OVERHEAD + sum(r.size for r in rules.values()) + _VALUE_SIZE * len(unruled)


def problems(conn: sqlite3.Connection, entries: list[Entry]) -> tuple[dict[str, int], list[str]]:
    """Rows per table, and what is over a bound (Dutch; empty when all is within bounds)."""
    counts = count_rows(conn, entries)
    found = []
    if counts.get("vision", 0) == 0:
        found.append("er staat geen woonzorgvisie in")
    limits = row_limits(counts)
    for table, rows in counts.items():
        if rows > limits.get(table, MAX_ITEMS):
            label = TABLE_LABELS.get(table, table)
            found.append(
                f"{_dutch(rows)} rijen in '{label}' ({table}), waar hoogstens "
                f"{_dutch(limits.get(table, MAX_ITEMS))} kunnen"
            )
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    used = page_size * (
        conn.execute("PRAGMA page_count").fetchone()[0]
        - conn.execute("PRAGMA freelist_count").fetchone()[0]
    )
    explained = explained_bytes(counts, entries, page_size)
    if used > explained:
        found.append(
            f"het bestand neemt {_megabytes(used)} in, terwijl de gegevens erin hoogstens "
            f"{_megabytes(explained)} kunnen vullen"
        )
    return counts, found


def _dutch(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")
