"""The overview workbook's year grids: one row per aandachtsgroep x vision, one column per
year of any vision's plan period, and the vision's own plan period in the last column.

A cell says what it is: a number, 'onbekend' (an input is missing), 'buiten' (the year is
outside that vision's plan period) or 'geen groep' (the vision does not have the
group); never an empty cell or a 0 that nobody entered.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.reports.xlsx_style import COUNT, SIGNED, Column, cell_at, put, write_table
from app.services.calculations.gaps import GapTotal
from app.services.formatting import UNKNOWN
from app.services.overview import Overview

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from openpyxl.worksheet.worksheet import Worksheet

OUTSIDE = "buiten"
NO_GROUP = "geen groep"
MARK_COLOUR = "7F7F7F"
# (sheet title, GapTotal field, number format)
GRIDS = (
    ("Woonbehoefte", "need", COUNT),
    ("Aanbod", "capacity", COUNT),
    ("Opgave", "gap", SIGNED),
    ("Tekort", "shortage", COUNT),
    ("Overschot", "surplus", COUNT),
)
LEGEND = (
    f"'{UNKNOWN}': er ontbreekt invoer. '{OUTSIDE}': het jaar valt buiten de planperiode van "
    f"die visie (onbekend, niet 0). '{NO_GROUP}': die visie heeft de aandachtsgroep niet "
    "(aan). Opgave = woonbehoefte − aanbod: positief is een tekort; tekort en overschot per "
    "woonvorm, nooit tegen elkaar weggestreept."
)


def grid_rows(overview: Overview) -> list[tuple[int, int]]:
    """(group position, vision position): a group's visions side by side."""
    return [(g, v) for g in range(len(overview.groups)) for v in range(len(overview.visions))]


def write_grid(sheet: Worksheet, overview: Overview, field: str, number_format: str) -> None:
    """One figure (`field` of GapTotal) per group x vision x year, and over each plan period."""
    from openpyxl.styles import Alignment

    years = overview.years
    columns = [
        Column("Aandachtsgroep", 46),
        Column("Visie", 26),
        *(Column(y, 11, number_format) for y in years),
        Column("Eigen planperiode", 14, number_format),
    ]
    rows = [_row(overview, g, v, field) for g, v in grid_rows(overview)]
    last = write_table(sheet, columns, (values for values, _ in rows), freeze="C2")
    for line, (_values, marks) in enumerate(rows, start=2):
        mark_words(sheet, line, marks)
    note = cell_at(sheet, last + 2, 1)
    put(note, LEGEND, Column("", 40))
    note.alignment = Alignment(wrap_text=False)


def mark_words(sheet: Worksheet, line: int, columns: Iterable[int], *, grey: bool = True) -> None:
    """Words in a column of figures ('onbekend', 'buiten'): right-aligned like the figures,
    and grey italic (`grey`) so that they do not read as one."""
    from openpyxl.styles import Alignment, Font

    alignment = Alignment(horizontal="right", vertical="top")
    for col in columns:
        cell = cell_at(sheet, line, col)
        cell.alignment = alignment
        if grey:  # the cell's own font (Calibri), not the application's default
            own = cell.font
            cell.font = Font(name=own.name, size=own.size, italic=True, color=MARK_COLOUR)


def _row(overview: Overview, g: int, v: int, field: str) -> tuple[list[object], list[int]]:
    """The row's values, and the columns (1-based) that hold a word rather than a figure."""
    group, vision = overview.groups[g], overview.visions[v]
    found = overview.group_in(v, group)
    values: list[object] = [group.label, vision.path.name]
    for year in overview.years:
        if found is None:
            values.append(NO_GROUP)
        elif year not in vision.years:
            values.append(OUTSIDE)
        else:
            values.append(_value(found.years[year], field))
    values.append(NO_GROUP if found is None else _value(found.total, field))
    marks = [col for col, value in enumerate(values, start=1) if col > 2 and isinstance(value, str)]
    return values, marks


def _value(total: GapTotal, field: str) -> object:
    value = getattr(total, field)
    return UNKNOWN if value is None else value
