"""How an Excel sheet looks on paper and on screen: print set-up, and row heights that
fit wrapped text.

Neither Excel nor LibreOffice grows a row for wrapped text in a file openpyxl wrote
(LibreOffice clipped the annex's header rows and let text run over the next row), so
the height is estimated here from the text and the column width, on the safe side.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from copy import copy
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from openpyxl.cell.cell import Cell, MergedCell
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

LINE_HEIGHT = 15.0  # points per line of 11 pt Calibri (Excel's default row height)
PADDING = 3.0  # points above and below the text of a wrapped row
# Character widths in units of a column's width (the width of a digit): the advance
# widths of Carlito (metric-compatible with Calibri, Excel's default font), the wider of
# regular and bold, rounded up to 0.05; a test checks them against the font. Any other
# character counts as a wide one, so an estimate errs towards an extra line, never
# towards clipped text.
_CLASSES = (
    (" ", 0.45),
    ("'ilíìîï", 0.50),
    (",.:;IjÏ‘’", 0.55),
    ("`", 0.60),
    ("!()-[]f", 0.65),
    ("Jt{}", 0.70),
    ("r", 0.75),
    ("sz", 0.80),
    ("/L\\cç", 0.85),
    ('"“”', 0.90),
    ("?FSZgkvxy|", 0.95),
    ("#$*+0123456789<=>ET^_ae~áàâäéèêëÉÈË–•×€", 1.00),
    ("Y", 1.05),
    ("CKPXbdhnopquóòôöúùûüñ", 1.10),
    ("BR", 1.15),
    ("AVÁ", 1.20),
    ("DH", 1.25),
    ("GNUÜ", 1.30),
    ("OÖ", 1.35),
    ("&Q", 1.40),
    ("%", 1.45),
    ("w", 1.50),
    ("m", 1.65),
    ("M", 1.75),
    ("@W—", 1.80),
)
_WIDTHS = {char: width for chars, width in _CLASSES for char in chars}
_OTHER = 1.80
_SAFETY = 1.03  # for the renderer's rounding of each letter to whole pixels
_CELL_PADDING = 0.5  # units of a column's width taken by the cell's margins


def print_setup(sheet: Worksheet, title_rows: str | None = None) -> None:
    """A4 landscape, all columns on one page width, and modest margins. `title_rows`
    ('1:1') repeat on every printed page; a footer names the sheet and the page."""
    from openpyxl.worksheet.page import PageMargins

    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as needed
    page_properties = sheet.sheet_properties.pageSetUpPr
    assert page_properties is not None  # openpyxl makes every sheet with them
    page_properties.fitToPage = True
    sheet.page_margins = PageMargins(
        left=0.5, right=0.5, top=0.6, bottom=0.7, header=0.3, footer=0.3
    )
    if title_rows:
        sheet.print_title_rows = title_rows
    footer = sheet.oddFooter
    assert footer is not None  # openpyxl makes every sheet with its footers and their parts
    left, right = footer.left, footer.right
    assert left is not None and right is not None
    left.text = "&A"
    right.text = "Pagina &P van &N"


@functools.lru_cache(maxsize=4096)  # a national annex repeats its names thousands of times
def text_lines(text: str, width: float) -> int:
    """How many lines `text` takes in a wrapped cell `width` units wide (an estimate that
    errs towards one line too many: a little white space, never clipped text)."""
    room = max(width - _CELL_PADDING, 1.0)
    return sum(_wrapped(part, room) for part in str(text).split("\n"))


def text_width(text: str) -> float:
    """The width of `text` (plain or bold) in units of a column's width."""
    return sum(_WIDTHS.get(c, _OTHER) for c in text) * _SAFETY


def _wrapped(text: str, room: float) -> int:
    """Lines of one paragraph, filled word by word; a word wider than a line is split."""
    space = text_width(" ")
    lines, used = 1, 0.0
    for word in text.split():
        size = text_width(word)
        if used and used + space + size > room:
            lines, used = lines + 1, 0.0
        if size > room:
            extra = math.ceil(size / room) - 1
            lines, used = lines + extra, size - extra * room
        else:
            used += size + (space if used else 0.0)
    return lines


def fit_row(
    sheet: Worksheet,
    row: int,
    cells: Iterable[tuple[object, float]],
    *,
    header: bool = False,
    columns: int | None = None,
) -> int:
    """Make `row` tall enough for its wrapped texts (`cells` gives (text, column width)),
    its other cells aligned to the top with them; returns the number of lines. `columns`
    is `sheet.max_column` when the caller knows it: asking openpyxl counts every cell of
    the sheet, which made a national annex's long sheets quadratic."""
    lines = max((text_lines(str(t), w) for t, w in cells if t), default=1)
    if lines > 1:
        sheet.row_dimensions[row].height = lines * LINE_HEIGHT + PADDING
        if not header:  # a header row stays centred
            width = sheet.max_column if columns is None else columns
            _align_top(sheet, (sheet.cell(row, column) for column in range(1, width + 1)))
    return lines


# Per workbook: a cell's style -> the same style aligned to the top.
_TOP_STYLES: WeakKeyDictionary[Workbook, dict[bytes, StyleArray]] = WeakKeyDictionary()


def _align_top(sheet: Worksheet, cells: Iterable[Cell | MergedCell]) -> None:
    """Align `cells` to the top, keeping their horizontal alignment and wrapping.

    A cell whose style was aligned before takes a copy of the result (as
    `xlsx_style.set_number_format` does): a new Alignment per cell, looked up in the
    workbook's list by hashing, was a sixth of a national annex's time.
    """
    from openpyxl.styles import Alignment

    workbook = sheet.parent
    assert workbook is not None  # a sheet being written is in a workbook
    styles = _TOP_STYLES.setdefault(workbook, {})
    for cell in cells:
        # types-openpyxl does not declare StyleableObject._style (openpyxl's own copy uses
        # it); a cell never styled has none.
        style = cell._style  # type: ignore[union-attr]
        key = b"" if style is None else style.tobytes()
        aligned = styles.get(key)
        if aligned is not None:
            cell._style = copy(aligned)  # type: ignore[union-attr]
            continue
        current = cell.alignment
        if current.vertical != "top":
            cell.alignment = Alignment(
                horizontal=current.horizontal, vertical="top", wrap_text=current.wrap_text
            )
        styles[key] = copy(cell._style)  # type: ignore[union-attr]


def word_width(title: str, width: float) -> float:
    """`width`, widened when the title's longest word would not fit on one bold line
    ('Gemeentecode' was cut to 'Gemeentecod')."""
    longest = max((text_width(word) for word in title.split()), default=0.0)
    return max(width, math.ceil(longest + _CELL_PADDING))
