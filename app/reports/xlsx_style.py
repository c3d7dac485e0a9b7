"""Shared table writing for the Excel annex: header style, number formats, widths,
frozen header, autofilter; user text always stays text; small numbers masked; whole
numbers shown whole and dates as real dates in Dutch order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast
from weakref import WeakKeyDictionary

from app.reports.safe_text import NO_PROTECTION, SmallNumbers, write_text_cell
from app.reports.xlsx_layout import fit_row, text_lines, word_width
from app.services.dutch_dates import read_stored

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from openpyxl.cell.cell import Cell
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

COUNT = "#,##0"
SIGNED = "+#,##0;-#,##0;0"
DECIMAL = "#,##0.0"
SIGNED_DECIMAL = "+#,##0.0;-#,##0.0;0.0"
SHARE = "0.0%"
# A target or realisation: whole numbers whole ('10', not '10,0'), others with a decimal.
AMOUNT = "#,##0 or #,##0.0"
DATE = "dd-mm-yyyy"  # a date cell shown as 31-12-2030
YEAR = "0"  # a year in a date column: 2030, not 2.030
_WHOLE_FORMATS = {COUNT: COUNT, SIGNED: SIGNED, AMOUNT: COUNT}
HEADER_FILL = "1F4E79"


@dataclass(frozen=True)
class Column:
    """A column of an annex table: header, width, number format, and whether it is a count
    (counts are masked by small-number protection)."""

    title: str | int
    width: float = 12
    number_format: str | None = None
    count: bool = False


def write_table(
    sheet: Worksheet,
    columns: Sequence[Column],
    rows: Iterable[Sequence[object]],
    *,
    small: SmallNumbers = NO_PROTECTION,
    freeze: str = "A2",
) -> int:
    """Write a header and rows from A1; returns the last row number written."""
    from openpyxl.utils import get_column_letter

    width = table_width(sheet, columns)
    write_header(sheet, columns)
    line = 1
    for line, values in enumerate(rows, start=2):
        write_row(sheet, line, columns, values, small, width)
    last = get_column_letter(len(columns))
    sheet.freeze_panes = freeze
    sheet.auto_filter.ref = f"A1:{last}{max(line, 2)}"
    return line


def write_row(
    sheet: Worksheet,
    line: int,
    columns: Sequence[Column],
    values: Sequence[object],
    small: SmallNumbers,
    width: int | None = None,
) -> None:
    """One row of values under `columns`, tall enough for the text that wraps. `width` is
    the sheet's widest column (`table_width`), known to a caller writing a whole table."""
    for col, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
        put(cell_at(sheet, line, col), value, column, small)
    texts = (
        (value, column.width)
        for column, value in zip(columns, values, strict=True)
        if isinstance(value, str)
    )
    fit_row(sheet, line, texts, columns=width)


def table_width(sheet: Worksheet, columns: Sequence[Column]) -> int:
    """The sheet's widest column once a table of `columns` is written from column A: what
    `sheet.max_column` says while the table is written (it adds no wider cells), taken
    once, since openpyxl counts every cell of the sheet each time it is asked."""
    return max(sheet.max_column, len(columns))


def write_header(sheet: Worksheet, columns: Sequence[Column], row: int = 1) -> None:
    """The styled header row, with the column widths; tall enough for its wrapped titles,
    and repeated at the top of every printed page."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    first = None
    for col, column in enumerate(columns, start=1):
        cell = cell_at(sheet, row, col)
        if isinstance(column.title, str):
            write_text_cell(cell, column.title)
        else:  # a year heads the column as a number, as in the uitvraag-werkboek
            cell.value = column.title
        if first is None:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            first = cell
        else:
            style_like(cell, first)
        sheet.column_dimensions[get_column_letter(col)].width = _header_width(column)
    fit_row(sheet, row, ((c.title, _header_width(c)) for c in columns), header=True)
    sheet.print_title_rows = f"{row}:{row}"


def cell_at(sheet: Worksheet, row: int, column: int) -> Cell:
    """`sheet.cell(row, column)`, typed as the plain cell it is: Thuisplan merges no cells."""
    return cast("Cell", sheet.cell(row, column))


def _header_width(column: Column) -> float:
    return word_width(column.title, column.width) if isinstance(column.title, str) else column.width


def put(cell: Cell, value: object, column: Column, small: SmallNumbers = NO_PROTECTION) -> None:
    """One value: numbers with the column's format (small counts masked), text as text."""
    if value is None:
        return
    if isinstance(value, bool):
        write_text_cell(cell, "ja" if value else "nee")
    elif isinstance(value, dt.date):
        cell.value = value
        set_number_format(cell, DATE)
    elif isinstance(value, int | float):
        if column.count and small.hides(value):
            from openpyxl.styles import Alignment

            write_text_cell(cell, small.mask)
            cell.alignment = Alignment(horizontal="right")
            return
        number_format = column.number_format
        if number_format in _WHOLE_FORMATS and float(value).is_integer():
            value, number_format = int(value), _WHOLE_FORMATS[number_format]
        elif number_format == AMOUNT:
            number_format = DECIMAL
        elif number_format == DATE:
            number_format = YEAR
        cell.value = value
        if number_format:
            set_number_format(cell, number_format)
    else:
        write_text_cell(cell, value)
        if len(str(value)) > column.width / 2 and text_lines(str(value), column.width) > 1:
            from openpyxl.styles import Alignment

            cell.alignment = Alignment(wrap_text=True, vertical="top")


def style_like(cell: Cell, template: Cell) -> None:
    """Give `cell` the whole style of `template` (a cell of the same workbook).

    openpyxl looks every font, fill and protection up in the workbook's style lists when it
    is assigned, hashing it field by field; copying the style ids, as openpyxl does when it
    copies a sheet, is what makes styling hundreds of thousands of cells affordable.
    """
    # types-openpyxl does not declare StyleableObject._style (openpyxl's own copy uses it).
    cell._style = copy(template._style)  # type: ignore[attr-defined]


# Per workbook: the style of an otherwise unstyled cell with a given number format.
_NUMBER_STYLES: WeakKeyDictionary[Workbook, dict[str, StyleArray]] = WeakKeyDictionary()


def set_number_format(cell: Cell, number_format: str) -> None:
    """`cell.number_format = number_format`, a third as costly for the tens of thousands
    of cells of a national annex: an unstyled cell takes a copy of the style the first
    one got (as openpyxl copies styles itself) instead of looking the format up again."""
    if cell.has_style:
        cell.number_format = number_format
        return
    workbook = cell.parent.parent
    assert workbook is not None  # a cell being written is in a workbook's sheet
    styles = _NUMBER_STYLES.setdefault(workbook, {})
    template = styles.get(number_format)
    if template is None:
        cell.number_format = number_format
        styles[number_format] = copy(cell._style)  # type: ignore[attr-defined]  # (see above)
    else:
        cell._style = copy(template)  # type: ignore[attr-defined]  # (see style_like)


def title_rows(sheet: Worksheet, lines: Sequence[tuple[str, bool]], start: int = 1) -> int:
    """Plain text lines (bold where asked) from `start`; returns the next free row."""
    from openpyxl.styles import Font

    for offset, (text, bold) in enumerate(lines):
        cell = cell_at(sheet, start + offset, 1)
        write_text_cell(cell, text)
        if bold:
            cell.font = Font(bold=True, size=13 if offset == 0 else 11)
    return start + len(lines)


def sheet_date(text: str) -> object:
    """A stored date as an annex cell: a day as a real date (shown 31-12-2030), a year as
    the number 2030, a month as 'december 2030', other text as it is."""
    parsed = read_stored(text)
    if parsed is None:
        return text or None
    if parsed.day is not None:
        return parsed.as_date()
    return parsed.year if parsed.month is None else parsed.long()
