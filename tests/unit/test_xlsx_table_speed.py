"""Writing a long annex table stays linear: the sheet's widest column is taken once per
table, not counted over every cell for each row that wraps, and the result is the same."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from app.reports.safe_text import NO_PROTECTION
from app.reports.xlsx_style import Column, write_header, write_row, write_table

COLUMNS = [Column("Gemeente", 10), Column("Toelichting", 12), Column("Aantal", 8)]
WRAPPING = "een toelichting die over meer dan een regel loopt in deze kolom"


def _rows(count: int) -> list[list[object]]:
    return [[f"Gemeente {n}", WRAPPING if n % 2 else "kort", n] for n in range(count)]


def _sheet_with_wider_cell() -> Worksheet:
    sheet = Workbook().active
    sheet.cell(1, 6).value = "breder"  # a cell right of the table, as a title might be
    return sheet


def _look(sheet: Worksheet) -> dict:
    return {
        cell.coordinate: (cell.value, cell.number_format, cell.alignment.vertical)
        for row in sheet.iter_rows()
        for cell in row
    } | {f"height {n}": d.height for n, d in sheet.row_dimensions.items()}


def test_table_writes_what_the_row_by_row_path_writes():
    """Rows written with the table's width look exactly as rows that ask openpyxl for the
    sheet's width each time (every cell up to the widest column aligned to the top)."""
    fast = _sheet_with_wider_cell()
    write_table(fast, COLUMNS, _rows(20), freeze="A2")
    slow = _sheet_with_wider_cell()
    write_header(slow, COLUMNS)
    for line, values in enumerate(_rows(20), start=2):
        write_row(slow, line, COLUMNS, values, NO_PROTECTION)
    assert _look(fast) == _look(slow)
    assert fast.cell(3, 6).alignment.vertical == "top"  # the wider column too


def test_long_table_asks_for_the_sheet_width_once(monkeypatch):
    """A table of 2,000 rows, half of them wrapping, counts the sheet's cells once."""
    asked = []
    width = Worksheet.max_column
    monkeypatch.setattr(
        Worksheet, "max_column", property(lambda sheet: asked.append(1) or width.fget(sheet))
    )
    write_table(Workbook().active, COLUMNS, _rows(2000), freeze="A2")
    assert len(asked) <= 2


def test_top_alignment_keeps_each_cells_own_alignment():
    """Aligning a wrapped row to the top keeps every cell's horizontal alignment and
    wrapping, also when styles are reused from an earlier row or another workbook."""
    from openpyxl.styles import Alignment

    from app.reports.xlsx_layout import fit_row

    for _ in range(2):  # the second workbook starts with the first one's styles known
        sheet = Workbook().active
        for row in (1, 2):
            sheet.cell(row, 1).alignment = Alignment(horizontal="right")
            sheet.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="center")
            sheet.cell(row, 3).value = "gewoon"
            fit_row(sheet, row, [(WRAPPING, 8)], columns=3)
        for row in (1, 2):
            cells = [sheet.cell(row, column).alignment for column in (1, 2, 3)]
            assert [a.vertical for a in cells] == ["top"] * 3
            assert [a.horizontal for a in cells] == ["right", None, None]
            assert [bool(a.wrap_text) for a in cells] == [False, True, False]
