"""The Excel baseline: plain openpyxl writing the same cells with the same formats.

`capture` reads our written annex back (styles included) into plain values; `write` then
writes them as a user of openpyxl would: each distinct font, fill, alignment and border
object is made once and assigned to every cell that has it, and the sheets get the same
column widths, row heights, merged cells, frozen panes, filters and print setup. What
the baseline leaves out: the native chart on the Opgave sheet (openpyxl does not read
charts back) and the cached formula results.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass, field
from pathlib import Path

# (font, fill, alignment, border, number format) of a styled cell
StyleKey = tuple[object, object, object, object, str]


@dataclass
class SheetCapture:
    """One sheet read back: cells (row, column, value, style index) and its layout."""

    title: str
    cells: list[tuple[int, int, object, int | None]] = field(default_factory=list)
    widths: dict[str, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    merged: list[str] = field(default_factory=list)
    freeze: str | None = None
    auto_filter: str | None = None
    title_rows: str | None = None
    footer: tuple[str | None, str | None] = (None, None)


@dataclass
class BookCapture:
    """A workbook read back: its sheets and the distinct styles their cells use."""

    sheets: list[SheetCapture]
    styles: list[StyleKey]


def capture(path: Path) -> BookCapture:
    """Everything `write` needs to write the workbook at `path` again."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    styles: dict[StyleKey, int] = {}
    sheets = [_capture_sheet(sheet, styles) for sheet in book.worksheets]
    return BookCapture(sheets, list(styles))


def _capture_sheet(sheet, styles: dict[StyleKey, int]) -> SheetCapture:
    result = SheetCapture(sheet.title)
    for row in sheet.iter_rows():
        for cell in row:
            style = None
            if cell.has_style:
                key = (
                    copy(cell.font),
                    copy(cell.fill),
                    copy(cell.alignment),
                    copy(cell.border),
                    cell.number_format,
                )
                style = styles.setdefault(key, len(styles))
            if cell.value is not None or style is not None:
                result.cells.append((cell.row, cell.column, cell.value, style))
    result.widths = {
        letter: dim.width for letter, dim in sheet.column_dimensions.items() if dim.customWidth
    }
    result.heights = {
        number: dim.height for number, dim in sheet.row_dimensions.items() if dim.height
    }
    result.merged = [str(cells) for cells in sheet.merged_cells.ranges]
    result.freeze = sheet.freeze_panes
    result.auto_filter = sheet.auto_filter.ref
    result.title_rows = sheet.print_title_rows
    result.footer = (sheet.oddFooter.left.text, sheet.oddFooter.right.text)
    return result


def write(captured: BookCapture, target: Path) -> None:
    """Write the captured workbook with plain openpyxl."""
    from openpyxl import Workbook
    from openpyxl.worksheet.page import PageMargins

    styles = [_style_objects(key) for key in captured.styles]  # made once, reused
    book = Workbook()
    book.remove(book.active)
    for captured_sheet in captured.sheets:
        sheet = book.create_sheet(captured_sheet.title)
        for row, column, value, style in captured_sheet.cells:
            cell = sheet.cell(row, column, value)
            if style is not None:
                font, fill, alignment, border, number_format = styles[style]
                cell.font, cell.fill, cell.alignment = font, fill, alignment
                cell.border, cell.number_format = border, number_format
        _layout(sheet, captured_sheet)
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_margins = PageMargins(0.5, 0.5, 0.6, 0.7, 0.3, 0.3)
    book.calculation.fullCalcOnLoad = True
    book.save(target)


def _style_objects(key: StyleKey) -> StyleKey:
    font, fill, alignment, border, number_format = key
    return copy(font), copy(fill), copy(alignment), copy(border), number_format


def _layout(sheet, captured: SheetCapture) -> None:
    for letter, width in captured.widths.items():
        sheet.column_dimensions[letter].width = width
    for number, height in captured.heights.items():
        sheet.row_dimensions[number].height = height
    for cells in captured.merged:
        sheet.merge_cells(cells)
    sheet.freeze_panes = captured.freeze
    if captured.auto_filter:
        sheet.auto_filter.ref = captured.auto_filter
    if captured.title_rows:
        sheet.print_title_rows = captured.title_rows
    left, right = captured.footer
    if left:
        sheet.oddFooter.left.text = left
    if right:
        sheet.oddFooter.right.text = right
