"""The gap table as tab-separated text, for copying to Excel (or any spreadsheet).

Numbers are plain digits without thousands separators (Excel in Dutch reads '1.234'
as 1234 but in English as 1,234, and both read '1234' right); unknown is 'onbekend'.
Text that a spreadsheet would take for a formula (=, +, -, @ first) gets a leading
apostrophe, and tabs and line breaks inside text become spaces.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.models import CapacityKind
from app.services.calculations.gap_table import GapColumn, GapTableRow, row_value
from app.services.gap_table import GapTable
from app.services.text_safety import spreadsheet_text

UNKNOWN = "onbekend"


def columns() -> list[GapColumn | CapacityKind]:
    """The columns in order: group, housing type, need, capacity, gap, shortage, surplus,
    then capacity per kind (the key figures first, the breakdown after)."""
    return [
        GapColumn.GROUP,
        GapColumn.HOUSING_TYPE,
        GapColumn.NEED,
        GapColumn.CAPACITY,
        GapColumn.GAP,
        GapColumn.SHORTAGE,
        GapColumn.SURPLUS,
        *CapacityKind,
        GapColumn.MISSING,
    ]


def header(column: GapColumn | CapacityKind) -> str:
    """The Dutch column header."""
    if isinstance(column, CapacityKind):
        return f"Aanbod: {column.label}"
    return column.value


def gap_table_tsv(
    table: GapTable, rows: Sequence[GapTableRow] | None = None, *, with_title: bool = True
) -> str:
    """The table (or the given rows, e.g. sorted or selected) as tab-separated lines."""
    lines = []
    if with_title:
        lines.append(spreadsheet_text(f"Opgave per aandachtsgroep en woonvorm – {table.scope}"))
    cols = columns()
    lines.append("\t".join(header(c) for c in cols))
    for row in table.lines() if rows is None else rows:
        lines.append("\t".join(_cell(row_value(row, c)) for c in cols))
    return "\r\n".join(lines) + "\r\n"


def _cell(value: str | int | None) -> str:
    if value is None:
        return UNKNOWN
    if isinstance(value, int):
        return str(value)
    return spreadsheet_text(value)
