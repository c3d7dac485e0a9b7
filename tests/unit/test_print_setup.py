"""The uitvraag workbook and the Excel annex on paper and on screen: every sheet A4
landscape, one page wide, its header row repeated; rows tall enough for their text;
whole numbers whole; dates as real dates in Dutch order. Read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest

from app.reports.collection_template import write_collection_template, write_collection_templates
from app.reports.xlsx_annex import write_data_annex
from app.reports.xlsx_layout import LINE_HEIGHT, text_lines, text_width
from app.reports.xlsx_style import COUNT, DATE, DECIMAL, YEAR
from app.services import agreements, partners
from app.storage import open_project_file

HEADERS = {  # a cell of each sheet's header row
    "Woonbehoefte": "Gemeentecode",
    "Aanbod": "Gemeentecode",
    "Overzicht": "Aandachtsgroep",
    "Opgave": "Gemeentecode",
    "Verdeling": "Aandachtsgroep",
    "Verdeling per gemeente": "Gemeente",
    "Sociale huur": "Gemeente",
    "Prestatieafspraken": "Afspraak",
    "Monitor": "Afspraak",
    "Monitor per groep": "Gemeente",
    "Bronnen": "Gemeente / norm",
}


@pytest.fixture(scope="module")
def documents(demo_template, tmp_path_factory) -> dict[str, Path]:
    """The demo's uitvraag workbook, one municipality's, and its annex (with a target
    that has a decimal), written once for this module."""
    folder = tmp_path_factory.mktemp("print")
    shutil.copyfile(demo_template, folder / "demo.thuisplan")
    with open_project_file(folder / "demo.thuisplan") as project:
        partner = partners.list_partners(project)[0].id
        agreements.add_agreement(
            project, "Halve woningen", party_ids=[partner], deadline="2029", targets={2026: 12.5}
        )
        (folder / "per-gemeente").mkdir()
        return {
            "uitvraag": write_collection_template(project, folder / "uitvraag.xlsx"),
            "gemeente": write_collection_templates(project, folder / "per-gemeente")[0],
            "bijlage": write_data_annex(project, folder / "bijlage.xlsx"),
        }


@pytest.mark.parametrize("name", ["uitvraag", "gemeente", "bijlage"])
def test_every_sheet_prints_a4_landscape_one_page_wide(documents, name):
    """No sheet prints its columns over several pages (the uitvraag printed as ~100 pages)."""
    for sheet in openpyxl.load_workbook(documents[name]):
        setup = sheet.page_setup
        assert (setup.paperSize, setup.orientation) == (9, "landscape"), sheet.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert 0.3 <= sheet.page_margins.left <= 1 and 0.3 <= sheet.page_margins.top <= 1


@pytest.mark.parametrize("name", ["uitvraag", "gemeente", "bijlage"])
def test_every_table_repeats_its_header_row_on_each_page(documents, name):
    """Each data sheet's print titles are its header row (the Instructie sheet has none)."""
    for sheet in openpyxl.load_workbook(documents[name]):
        if sheet.title == "Instructie":
            continue
        titles = sheet.print_title_rows
        assert titles, sheet.title
        first, last = (int(part.strip("$")) for part in titles.split(":"))
        assert first == last
        assert HEADERS[sheet.title] in [c.value for c in sheet[first]], sheet.title


def _wrapped_cells(sheet):
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.alignment.wrap_text:
                yield cell


@pytest.mark.parametrize("name", ["uitvraag", "bijlage"])
def test_rows_are_tall_enough_for_their_wrapped_text(documents, name):
    """No wrapped text is clipped or runs over the next row: each row is at least as tall
    as its longest wrapped text needs (the header rows of Sociale huur were clipped)."""
    checked = 0
    for sheet in openpyxl.load_workbook(documents[name]):
        for cell in _wrapped_cells(sheet):
            width = sheet.column_dimensions[cell.column_letter].width
            lines = text_lines(cell.value, width)
            height = sheet.row_dimensions[cell.row].height
            assert lines == 1 or (height or 0) >= lines * LINE_HEIGHT, (sheet.title, cell)
            checked += lines > 1
    assert checked >= 3


def test_header_words_are_never_cut(documents):
    """Every word of a header fits on one line of its column ('Gemeentecod|e')."""
    for sheet in openpyxl.load_workbook(documents["bijlage"]):
        header = int(sheet.print_title_rows.split(":")[0].strip("$"))
        for cell in sheet[header]:
            if isinstance(cell.value, str):
                width = sheet.column_dimensions[cell.column_letter].width
                longest = max(text_width(word) for word in cell.value.split())
                assert longest <= width, (sheet.title, cell.value)


def test_instruction_sheet_fits_one_page(documents):
    """The Instructie sheet is one column that fits an A4 landscape page, every line
    wrapped inside it with a row tall enough (it printed with overlapping lines)."""
    sheet = openpyxl.load_workbook(documents["uitvraag"])["Instructie"]
    assert sheet.max_column == 1 and sheet.column_dimensions["A"].width <= 125
    for (cell,) in sheet.iter_rows():
        assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
        lines = text_lines(cell.value, sheet.column_dimensions["A"].width)
        assert lines == 1 or sheet.row_dimensions[cell.row].height >= lines * LINE_HEIGHT
    total = sum(sheet.row_dimensions[r].height or LINE_HEIGHT for r in range(1, sheet.max_row + 1))
    assert total < 400  # points: well inside one page (about 500 pt of A4 landscape)


def _column(sheet, title):
    header = [c.value for c in sheet[1]]
    index = header.index(title)
    return [row[index] for row in sheet.iter_rows(min_row=2) if row[0].value]


def test_agreement_numbers_whole_when_whole(documents):
    """Targets, baselines and realisations that are whole show as whole numbers ('10',
    not '10,0'); a target with a decimal keeps it."""
    sheet = openpyxl.load_workbook(documents["bijlage"])["Prestatieafspraken"]
    numbers = [
        cell
        for title in ("Nulmeting", "Doel", "Gerealiseerd")
        for cell in _column(sheet, title)
        if isinstance(cell.value, int | float)
    ]
    whole = [c for c in numbers if float(c.value).is_integer()]
    assert len(whole) > 10
    assert all(isinstance(c.value, int) and c.number_format == COUNT for c in whole)
    [half] = [c for c in numbers if c.value == 12.5]
    assert half.number_format == DECIMAL


def test_dates_are_real_dates_in_dutch_order(documents):
    """A deadline or peildatum that is a day is a date cell shown as 31-12-2030; a year
    stays the number 2030 (not 2.030)."""
    workbook = openpyxl.load_workbook(documents["bijlage"])
    deadlines = _column(workbook["Prestatieafspraken"], "Deadline")
    days = [c for c in deadlines if isinstance(c.value, dt.datetime)]
    years = [c for c in deadlines if isinstance(c.value, int)]
    assert days and all(c.number_format == DATE for c in days)
    assert {c.value for c in years} >= {2026, 2029} and all(c.number_format == YEAR for c in years)
    assert dt.datetime(2030, 12, 31) in {c.value for c in days}
    sources = workbook["Bronnen"]
    dates = [c for row in sources.iter_rows() for c in row if isinstance(c.value, dt.datetime)]
    assert dt.datetime(2024, 1, 1) in {c.value for c in dates}
    assert all(c.number_format == DATE for c in dates)


def test_estimates_err_towards_an_extra_line():
    """A text as wide as a column takes one line, a word more takes two; a word wider than
    the column is split; newlines count."""
    assert text_lines("kort", 10) == 1
    assert text_lines("aaaa " * 10, 12) >= 4
    assert text_lines("x" * 50, 10) >= 5
    assert text_lines("een\ntwee\ndrie", 40) == 3


CARLITO = Path("/usr/share/fonts/truetype/crosextra")


@pytest.mark.skipif(not CARLITO.is_dir(), reason="fonts-crosextra-carlito not installed")
def test_character_widths_are_never_below_the_font():
    """The width table is at least Carlito's (Calibri's metrics), regular and bold, for
    every character it lists: an estimate may waste a line, never clip one."""
    from fontTools.ttLib import TTFont

    from app.reports.xlsx_layout import _WIDTHS

    for style in ("Regular", "Bold"):
        font = TTFont(CARLITO / f"Carlito-{style}.ttf")
        cmap, metrics = font.getBestCmap(), font["hmtx"]
        digit = metrics[cmap[ord("0")]][0]
        for char, width in _WIDTHS.items():
            assert metrics[cmap[ord(char)]][0] / digit <= width + 1e-9, (style, char)
