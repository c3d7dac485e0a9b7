"""The overview workbook read back with openpyxl: every figure is the overview's, a cell says
'onbekend', 'buiten' or 'geen groep' where there is no figure, user text stays text, and a
cancelled or refused write leaves nothing behind."""

from __future__ import annotations

import openpyxl
import pytest

from app.reports.export_io import ExportCancelled, ExportError
from app.reports.xlsx_overview import write_overview_workbook
from app.reports.xlsx_overview_grids import GRIDS
from app.services.overview import build_overview
from app.services.target_groups import add_custom_group
from app.storage import open_project_file
from tests.unit.xlsx_helpers import find_row, year_column

SHEETS = [
    "Visies",
    "Aandachtsgroepen",
    "Woonbehoefte",
    "Aanbod",
    "Opgave",
    "Tekort",
    "Overschot",
    "Sociale huur",
    "Prestatieafspraken",
    "Dubbele gemeenten",
]


@pytest.fixture
def overview(visions):
    return build_overview(visions)


@pytest.fixture
def workbook(overview, tmp_path):
    return openpyxl.load_workbook(write_overview_workbook(overview, tmp_path / "overzicht.xlsx"))


def test_sheets_in_order(workbook):
    """The ten sheets, in order, each set up for printing on A4 landscape."""
    assert workbook.sheetnames == SHEETS
    for sheet in workbook.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)


def test_every_grid_figure_is_the_overviews(workbook, overview):
    """Per sheet, group, vision and year: the overview's figure, 'buiten' outside the
    vision's period, 'geen groep' where the vision lacks the group, 'onbekend' if unknown."""
    checked = 0
    for title, field, _ in GRIDS:
        sheet = workbook[title]
        for group in overview.groups:
            for index, vision in enumerate(overview.visions):
                row = find_row(sheet, Aandachtsgroep=group.label, Visie=vision.path.name)
                found = overview.group_in(index, group)
                for year in overview.years:
                    value = sheet.cell(row, year_column(sheet, year)).value
                    if found is None:
                        assert value == "geen groep"
                    elif year not in vision.years:
                        assert value == "buiten"
                    else:
                        expected = getattr(found.years[year], field)
                        assert value == ("onbekend" if expected is None else expected)
                        checked += expected is not None
                total = sheet.cell(row, sheet.max_column).value
                if found is not None:
                    expected = getattr(found.total, field)
                    assert total == ("onbekend" if expected is None else expected)
    assert checked > 100  # numbers, not only words


def test_files_groups_and_shared_municipalities(workbook):
    """The refused file with its reason, the groups' visions, Delft in two visions."""
    files = workbook["Visies"]
    row = find_row(files, Bestand="kapot.thuisplan")
    assert files.cell(row, 8).value == "'kapot.thuisplan' is geen Thuisplan-bestand."
    west = find_row(files, Bestand="west.thuisplan")
    assert files.cell(west, 7).value == "Delft"
    groups = workbook["Aandachtsgroepen"]
    ouderen = find_row(groups, Aandachtsgroep="Ouderen")
    assert [c.value for c in groups[ouderen]] == [
        "Ouderen",
        "nee",
        "west.thuisplan, noord.thuisplan",
        "oost.thuisplan",
    ]
    shared = workbook["Dubbele gemeenten"]
    assert [c.value for c in shared[2]] == ["GM0503", "Delft", "west.thuisplan, oost.thuisplan"]


def test_tests_and_agreements(workbook):
    """The region's affordable share as a number; statuses per year, words where none."""
    tests = workbook["Sociale huur"]
    west = find_row(tests, Visie="west.thuisplan")
    header = [c.value for c in tests[1]]
    column = header.index("Betaalbaar aandeel geplande nieuwbouw (regio)") + 1
    assert tests.cell(west, column).value == pytest.approx(4800 / 7200)
    noord = find_row(tests, Visie="noord.thuisplan")
    assert tests.cell(noord, column).value == "onbekend"
    agreements = workbook["Prestatieafspraken"]
    row = find_row(agreements, Afspraak="Flexwoningen in Rijswijk")
    statuses = [agreements.cell(row, year_column(agreements, y)).value for y in range(2026, 2030)]
    assert statuses == ["buiten", "Gerealiseerd", "Achter", "geen status"]


def test_group_labels_stay_text(visions, tmp_path):
    """An own group named like a formula is written as text, never as a formula."""
    with open_project_file(visions[2]) as project:
        add_custom_group(project, '=HYPERLINK("http://x","klik")')
    path = write_overview_workbook(build_overview(visions[2:3]), tmp_path / "o.xlsx")
    sheet = openpyxl.load_workbook(path)["Opgave"]
    cells = [row[0] for row in sheet.iter_rows(min_row=2) if str(row[0].value).startswith("=")]
    assert cells and all(cell.data_type == "s" for cell in cells)


def test_cancel_and_refusal_leave_nothing(overview, tmp_path):
    """A cancelled write and one into a missing folder leave no file, half or whole."""
    with pytest.raises(ExportCancelled):
        write_overview_workbook(overview, tmp_path / "x.xlsx", is_cancelled=lambda: True)
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".~*")) == []
    with pytest.raises(ExportError, match="bestaat niet"):
        write_overview_workbook(overview, tmp_path / "weg" / "x.xlsx")


def test_an_empty_overview_still_makes_a_workbook(tmp_path):
    """Nothing read: the sheets are there with their headers, and no error."""
    path = write_overview_workbook(
        build_overview([tmp_path / "weg.thuisplan"]), tmp_path / "o.xlsx"
    )
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == SHEETS
    assert workbook["Visies"].cell(2, 8).value.endswith("bestaat niet (meer).")
