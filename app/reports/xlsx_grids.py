"""The annex's year grids: Woonbehoefte, Aanbod, and Opgave as live formulas on them.

All three sheets have the same rows (municipality x active group) in the same
order, so the gap in Opgave!D2 is `Woonbehoefte!D2 - Aanbod!D2`: an officer who
changes a need in Excel sees the gap follow. A gap is empty when either input is
(as the services say: unknown). The formulas' results are also written as cached
values (see `xlsx_cached`), taken from `Analysis.gaps`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.reports.safe_text import SmallNumbers
from app.reports.xlsx_style import (
    COUNT,
    SIGNED,
    Column,
    cell_at,
    put,
    set_number_format,
    write_header,
    write_table,
)
from app.services.analysis import Analysis
from app.services.dto import MunicipalityInfo, TargetGroupInfo

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from openpyxl.worksheet.worksheet import Worksheet

NEED_SHEET, CAPACITY_SHEET, GAP_SHEET = "Woonbehoefte", "Aanbod", "Opgave"
KEYS = [Column("Gemeentecode", 13), Column("Gemeente", 24), Column("Aandachtsgroep", 44)]
FIRST_YEAR_COL = len(KEYS) + 1
ESTIMATE_FILL = "DDEBF7"
ESTIMATE_LEGEND = (
    "Cursief op lichtblauw: woonbehoefte geheel of deels geraamd (niet ingevuld). De methode, "
    "de cijfers en hun bronnen staan op het blad Bronnen en in de woonzorgvisie, hoofdstuk 8 "
    "Verantwoording van de raming."
)


def grid_rows(analysis: Analysis) -> list[tuple[MunicipalityInfo, TargetGroupInfo]]:
    """(municipality, group) in the annex's row order."""
    figures = analysis.figures
    return [(m, g) for m in figures.municipalities for g in figures.groups]


def write_value_grid(sheet: Worksheet, analysis: Analysis, what: str, small: SmallNumbers) -> None:
    """Need or capacity (`what`) per municipality x group x year, summed over the group's
    housing types (and kinds); empty when an input of the sum is missing."""
    years = analysis.figures.years
    columns = [*KEYS, *(Column(y, 9, COUNT, count=True) for y in years)]
    gaps = analysis.gaps
    rows = (
        [m.code, m.name, g.label, *(getattr(gaps[(m.id, g.id, y)], what) for y in years)]
        for m, g in grid_rows(analysis)
    )
    last = write_table(sheet, columns, rows, small=small, freeze="D2")
    if what == "need":
        _mark_estimates(sheet, analysis, last)


def _mark_estimates(sheet: Worksheet, analysis: Analysis, last: int) -> None:
    """Need that is (partly) an estimate: italic on light blue, with what that means below
    the grid. The values stay numbers: the Opgave sheet's formulas use them."""
    from openpyxl.styles import Font, PatternFill

    fill = PatternFill("solid", fgColor=ESTIMATE_FILL)
    marked = False
    for line, (m, g) in enumerate(grid_rows(analysis), start=2):
        for offset, year in enumerate(analysis.figures.years):
            if analysis.need_source(m.id, g.id, year) in ("estimated", "mixed"):
                cell = cell_at(sheet, line, FIRST_YEAR_COL + offset)
                cell.font, cell.fill, marked = Font(italic=True), fill, True
    if marked:
        note = cell_at(sheet, last + 2, 1)
        note.value = ESTIMATE_LEGEND
        note.font = Font(italic=True)


def write_gap_grid(sheet: Worksheet, analysis: Analysis, small: SmallNumbers) -> dict[str, object]:
    """Opgave: live formulas (or, with small-number protection, the masked values),
    a regional total per year and its count of unknown cells. Returns the cached values."""
    from openpyxl.utils import get_column_letter

    years = analysis.figures.years
    columns = [*KEYS, *(Column(y, 9, SIGNED, count=True) for y in years)]
    write_header(sheet, columns)
    rows = grid_rows(analysis)
    cached: dict[str, object] = {}
    letters = [get_column_letter(FIRST_YEAR_COL + offset) for offset in range(len(years))]
    for line, (m, g) in enumerate(rows, start=2):
        for col, value in enumerate([m.code, m.name, g.label], start=1):
            put(cell_at(sheet, line, col), value, columns[col - 1])
        for offset, year in enumerate(years):
            col = FIRST_YEAR_COL + offset
            gap = analysis.gaps[(m.id, g.id, year)].gap
            cell = cell_at(sheet, line, col)
            if small.enabled:  # a formula would reveal the masked inputs; write the value
                put(cell, gap, columns[col - 1], small)
                continue
            ref = f"{letters[offset]}{line}"
            need, capacity = f"{NEED_SHEET}!{ref}", f"{CAPACITY_SHEET}!{ref}"
            cell.value = f'=IF(OR({need}="",{capacity}=""),"",{need}-{capacity})'
            set_number_format(cell, SIGNED)
            cached[ref] = gap
    last = len(rows) + 1
    cached.update(_totals(sheet, analysis, last, small))
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last}"
    return cached


def _totals(
    sheet: Worksheet, analysis: Analysis, last: int, small: SmallNumbers
) -> dict[str, object]:
    """'Regio totaal' (the SUM, or empty while any gap in the column is unknown) and
    'Aantal onbekende cellen' (COUNTBLANK) below the grid."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    total_row, unknown_row = last + 2, last + 3
    cell_at(sheet, total_row, 3).value = "Regio totaal"
    cell_at(sheet, unknown_row, 3).value = "Aantal onbekende cellen"
    cell_at(sheet, total_row, 3).font = Font(bold=True)
    cached: dict[str, object] = {}
    for offset, year in enumerate(analysis.figures.years):
        letter = get_column_letter(FIRST_YEAR_COL + offset)
        total = analysis.gap_total(years=[year])
        span = f"{letter}2:{letter}{last}"
        if small.enabled:
            put(sheet[f"{letter}{total_row}"], total.gap, Column(year, 9, SIGNED, True), small)
            sheet[f"{letter}{unknown_row}"] = _unknown_cells(analysis, year)
            continue
        sheet[f"{letter}{total_row}"] = f'=IF(COUNTBLANK({span})>0,"",SUM({span}))'
        sheet[f"{letter}{total_row}"].number_format = SIGNED
        sheet[f"{letter}{total_row}"].font = Font(bold=True)
        sheet[f"{letter}{unknown_row}"] = f"=COUNTBLANK({span})"
        cached[f"{letter}{total_row}"] = total.gap
        cached[f"{letter}{unknown_row}"] = _unknown_cells(analysis, year)
    _chart(sheet, analysis, total_row)
    return cached


def _unknown_cells(analysis: Analysis, year: int) -> int:
    """How many rows of the grid have an unknown gap in `year`."""
    return sum(
        1 for (_m, _g, y), total in analysis.gaps.items() if y == year and not total.complete
    )


def _chart(sheet: Worksheet, analysis: Analysis, total_row: int) -> None:
    """A native column chart of the regional gap per year, beside the totals."""
    from openpyxl.chart import BarChart, Reference

    years = len(analysis.figures.years)
    chart = BarChart()
    chart.type = "col"
    chart.title = "Opgave per jaar, hele regio (tekort + / overschot −)"
    chart.y_axis.title = "Woningen"
    chart.x_axis.title = "Jaar"
    chart.legend = None
    chart.x_axis.delete = False  # openpyxl 3.1 otherwise hides the axes in Excel
    chart.y_axis.delete = False
    data = Reference(
        sheet, min_col=FIRST_YEAR_COL, max_col=FIRST_YEAR_COL + years - 1, min_row=total_row
    )
    categories = Reference(
        sheet, min_col=FIRST_YEAR_COL, max_col=FIRST_YEAR_COL + years - 1, min_row=1
    )
    chart.add_data(data, from_rows=True, titles_from_data=False)
    chart.set_categories(categories)
    chart.width, chart.height = 18, 9
    sheet.add_chart(chart, f"{cell_at(sheet, 2, FIRST_YEAR_COL + years + 1).coordinate}")
