"""Word tables fall over pages well: a short table is kept whole, a long one splits with its
header repeated and never leaves a single row behind; cell text has its own style; a header
row is marked for screen readers; numbers are right-aligned under a right-aligned title."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from app.reports.docx_base import Cell, closing_paragraph, open_template, table
from app.reports.docx_table_layout import TABLE_TEXT, kept_rows, row_height_mm
from app.resources import template_path


def _keeps(grid) -> list[bool]:
    """Per row: whether every paragraph in it keeps with the next."""
    return [
        all(p.paragraph_format.keep_with_next for cell in row.cells for p in cell.paragraphs)
        for row in grid.rows
    ]


def _rows(count: int) -> list[list[object]]:
    return [[f"Gemeente {i}", Cell(str(i), True), Cell("+1", True)] for i in range(count)]


def test_a_short_table_is_kept_whole():
    """Every row but the last keeps with the next, the header too: the table moves to the
    next page as a whole instead of leaving rows behind."""
    document = open_template()
    grid = table(document, ["Gemeente", "Aantal", "Opgave"], _rows(9))
    assert _keeps(grid) == [True] * 9 + [False]


def test_a_long_table_splits_with_its_header_repeated_but_no_lonely_row():
    """A table taller than a page may split: the header is marked to repeat, the header and
    the first two rows stay together, and so do the last two."""
    document = open_template()
    grid = table(document, ["Gemeente", "Aantal", "Opgave"], _rows(120))
    keeps = _keeps(grid)
    assert [i for i, keep in enumerate(keeps) if keep] == [0, 1, 119]
    marker = grid.rows[0]._tr.trPr.find(qn("w:tblHeader"))
    assert marker is not None and marker.get(qn("w:val")) == "true"
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in grid.rows[1:])


def test_cells_use_the_table_text_style_and_keep_line_breaks():
    """Cell text is in 'Tabeltekst', and a line break in a value stays a line break."""
    grid = table(open_template(), ["Afspraak", "Doel"], [["Woningen", "2025: 20\n2026: 30"]])
    styles = {p.style.name for row in grid.rows for c in row.cells for p in c.paragraphs}
    assert styles == {TABLE_TEXT}
    target = grid.rows[1].cells[1]
    assert target.text == "2025: 20\n2026: 30"
    assert len(target._tc.findall(f".//{qn('w:br')}")) == 1


def test_a_template_without_the_table_text_style_gets_it(tmp_path):
    """A municipality's template from before 'Tabeltekst' still works: the style is added."""
    own = tmp_path / "huisstijl.docx"
    document = docx.Document(str(template_path("woonzorgvisie.docx")))
    styles = document.styles.element
    for style in styles.iterchildren(qn("w:style")):
        if style.get(qn("w:styleId")) == "Tabeltekst":
            styles.remove(style)
    document.save(str(own))
    opened = open_template(own)
    assert TABLE_TEXT not in {s.name for s in opened.styles}
    grid = table(opened, ["Gemeente", "Aantal"], [["Delft", Cell("3", True)]])
    assert grid.rows[1].cells[0].paragraphs[0].style.name == TABLE_TEXT
    assert opened.styles[TABLE_TEXT].font.size.pt == 9


def test_a_column_of_numbers_has_its_title_on_the_right():
    """Numbers are right-aligned, and so is the title above them; a text column stays left."""
    grid = table(open_template(), ["Gemeente", "Aantal", "Opgave"], _rows(2))
    header = [c.paragraphs[0].alignment for c in grid.rows[0].cells]
    assert header[0] is None and header[1] == 2  # WD_ALIGN_PARAGRAPH.RIGHT


def test_signature_rows_have_room_and_count_in_the_estimate():
    """`row_mm` gives every body row a least height, and the estimate of whether the table
    fits on a page reckons with it."""
    grid = table(open_template(), ["Partij", "Handtekening"], [["A", ""], ["B", ""]], row_mm=24)
    heights = [row._tr.trPr.find(qn("w:trHeight")) for row in grid.rows[1:]]
    assert all(h is not None and h.get(qn("w:hRule")) == "atLeast" for h in heights)
    assert kept_rows([6, 24, 24], 250) == {0}
    assert kept_rows([6] + [24] * 12, 250) == {0, 10}  # 12 x 24 mm does not fit


@pytest.mark.parametrize(
    ("heights", "kept"),
    [([6, 6], set()), ([6, 6, 6], {0}), ([6] * 30, set(range(28))), ([6] * 40, {0, 37})],
)
def test_which_rows_keep_with_the_next(heights, kept):
    """Whole when it fits in 80 % of the text height (250 mm), else only first and last."""
    assert kept_rows(heights, 250) == kept


def test_row_height_grows_with_wrapped_text_and_line_breaks():
    """A longer text or a line break makes a taller row."""
    one = row_height_mm(["kort"], [40])
    assert row_height_mm(["lang " * 30], [40]) > one
    assert row_height_mm(["a\nb\nc"], [40]) == pytest.approx(3 * (one - 2.2) + 2.2)


def test_the_closing_paragraph_is_tiny():
    """The last paragraph after a table is 1 pt high, so it never makes a page of its own."""
    document = open_template()
    table(document, ["A"], [["x"]])
    closing_paragraph(document)
    last = document.paragraphs[-1]
    assert last.text == "" and last.paragraph_format.space_after == 0
    assert last._p.pPr.find(qn("w:rPr")).find(qn("w:sz")).get(qn("w:val")) == "2"
