"""Estimated figures in the documents: chapter 8 of the Word vision explains every estimate,
the tables mark what is estimated, the Excel annex marks it too; and the national average
of the social-rent test comes from the same shipped file as each municipality's share."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import openpyxl
import pytest

from app.models import HousingType
from app.reports.docx_vision import write_vision_document
from app.reports.docx_vision_estimates import BASELINE_NOTE, ESTIMATE_NOTE, TITLE
from app.reports.xlsx_annex import write_data_annex
from app.reports.xlsx_grids import ESTIMATE_FILL, ESTIMATE_LEGEND
from app.services import catalogue, figures, municipalities, norms
from app.services.estimates import store
from app.services.figures import Cell, CellChange
from app.services.reference_data import national_corporation_share
from app.services.target_groups import list_target_groups
from app.services.vision import create_vision
from app.storage import open_project_file
from tests.unit.estimated_region import DELFT, RIJSWIJK, estimated_region

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture
def region(tmp_path):
    """Delft and Rijswijk, 2026-2031, with the ouderen estimate of the base scenario:
    Delft 91 + 43 + 21 = 155 and Rijswijk 63 + 30 + 15 = 108 a year up to 2030 (worked out
    in test_estimate_methods), 2031 unknown (no national target after 2030)."""
    project = estimated_region(tmp_path / "raming.thuisplan")
    yield project
    project.close()


def _rows(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def _table_after(document, caption: str):
    """The table that follows the caption paragraph ('Tabel n: ...') containing `caption`."""
    body = document.element.body
    found = False
    for child in body.iterchildren():
        text = "".join(child.itertext())
        if child.tag.endswith("}p") and text.startswith("Tabel") and caption in text:
            found = True
        elif found and child.tag.endswith("}tbl"):
            return next(t for t in document.tables if t._tbl is child)
    raise AssertionError(f"no table after {caption!r}")


def _paragraphs(document) -> list[str]:
    return [p.text for p in document.paragraphs]


@pytest.fixture
def no_charts(monkeypatch):
    """Charts are tested elsewhere; these tests read tables and text."""
    from app.reports import docx_vision

    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})


def test_chapter_8_explains_the_ouderen_estimate_per_municipality(region, tmp_path, no_charts):
    """Delft 5 x 155 = 775 and Rijswijk 5 x 108 = 540 over 2026-2030; 2031 cannot be
    estimated, with the reason; the formula names the national 65+ count."""
    document = docx.Document(str(write_vision_document(region, tmp_path / "v.docx")))
    text = _paragraphs(document)
    assert TITLE in text
    assert "8.1 Ouderen" in text
    assert any("3.677.228 in heel Nederland" in p for p in text)
    assert any("Kamerbrief van de ministers van BZK en VWS" in p for p in text)
    rows = _rows(_table_after(document, "Ouderen: geraamde woonbehoefte per gemeente"))
    assert rows[1:] == [["Delft", "775", "–", "2031"], ["Rijswijk (ZH.)", "540", "–", "2031"]]
    assert any(
        p.startswith("Niet te ramen: Delft 2031: de landelijke opgave loopt tot en met 2030")
        for p in text
    )


def test_estimated_need_is_marked_in_the_tables_with_a_note(region, tmp_path, no_charts):
    """The ouderen over-time table: 155 + 108 = 263 a year, marked; 2031 unknown, unmarked;
    the note under the table says what the mark means."""
    document = docx.Document(str(write_vision_document(region, tmp_path / "v.docx")))
    rows = _rows(_table_after(document, "Ouderen: verloop in de tijd (regio)"))
    assert [r[1] for r in rows[1:]] == ["263 *"] * 5 + ["onbekend"]
    assert ESTIMATE_NOTE in _paragraphs(document)


def test_a_typed_figure_makes_a_mixed_total_and_an_overruled_cell(region, tmp_path, no_charts):
    """Typing 500 in Delft's nultreden 2030: Delft 2030 is mixed (still marked), and the
    chapter counts one cell where the entered figure took precedence (775 - 91 used)."""
    older = next(g for g in list_target_groups(region) if g.code == "older_people")
    cell = Cell(DELFT, older.id, HousingType.ZERO_STEP, 2030)
    figures.set_cells(region, [CellChange(cell, 500)])
    document = docx.Document(str(write_vision_document(region, tmp_path / "v.docx")))
    rows = _rows(_table_after(document, "Ouderen: geraamde woonbehoefte per gemeente"))
    assert rows[1] == ["Delft", str(775 - 91), "1 cellen", "2031"]
    over_time = _rows(_table_after(document, "Ouderen: verloop in de tijd (regio)"))
    assert over_time[5][1] == f"{500 + 43 + 21 + 108} *"


def test_the_estimated_social_rent_stock_is_marked_and_explained(region, tmp_path, no_charts):
    """Delft: 41.7 % of 54,219 dwellings = 22,609 (rounded), marked in table 2.1 and listed
    in chapter 8 with the share and the computed national average of 28.3 %."""
    document = docx.Document(str(write_vision_document(region, tmp_path / "v.docx")))
    basics = _rows(_table_after(document, "Basisgegevens per gemeente"))
    assert basics[1][0] == "Delft" and basics[1][4] == "22.609 *"
    assert BASELINE_NOTE in _paragraphs(document)
    stock = _rows(_table_after(document, "Geraamde sociale huurvoorraad per gemeente"))
    assert stock[1] == ["Delft", "54.219", "41,7 %", "22.609"]
    assert any(
        "Het landelijk gemiddelde uit hetzelfde bestand is 28,3 %" in p
        for p in _paragraphs(document)
    )


def test_typing_the_stock_removes_its_mark(region, tmp_path, no_charts):
    """An entered stock is a count, not a raming: no mark, no row in chapter 8."""
    from app.models import BaselineIndicator

    for code in (DELFT, RIJSWIJK):
        municipalities.set_baseline(
            region, code, BaselineIndicator.SOCIAL_RENT_DWELLINGS, 20_000, source="Eigen telling"
        )
    document = docx.Document(str(write_vision_document(region, tmp_path / "v.docx")))
    basics = _rows(_table_after(document, "Basisgegevens per gemeente"))
    assert basics[1][4] == "20.000"
    assert BASELINE_NOTE not in _paragraphs(document)
    assert not any("Geraamde sociale huurvoorraad" in p for p in _paragraphs(document))


def test_a_vision_without_estimates_says_so_and_marks_nothing(demo, tmp_path, no_charts):
    """The example vision has every figure typed: chapter 8 says there is no raming."""
    document = docx.Document(str(write_vision_document(demo, tmp_path / "v.docx")))
    text = _paragraphs(document)
    start = len(text) - 1 - text[::-1].index(TITLE)  # the heading, not the contents entry
    assert text[start + 1].startswith("Deze visie bevat geen geraamde cijfers")
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert not any(c.endswith(" *") for c in cells)
    assert ESTIMATE_NOTE not in text


def test_the_annex_marks_estimated_need_and_lists_the_method(region, tmp_path):
    """Woonbehoefte: the ouderen rows are 155 / 108 in italic on light blue up to 2030, the
    legend is under the grid; Bronnen has the estimate with its formula."""
    path = write_data_annex(region, tmp_path / "bijlage.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Woonbehoefte"]
    rows = {
        (r[1].value, r[2].value): r
        for r in sheet.iter_rows(min_row=2)
        if r[0].value in (DELFT, RIJSWIJK)
    }
    delft = rows[("Delft", "Ouderen")]
    assert [c.value for c in delft[3:9]] == [155] * 5 + [None]
    assert all(c.font.i and c.fill.fgColor.rgb.endswith(ESTIMATE_FILL) for c in delft[3:8])
    assert not delft[8].font.i
    homeless = rows[("Delft", "Dak- en thuisloze mensen")]
    assert not any(c.font.i for c in homeless[3:9])
    assert ESTIMATE_LEGEND in [c.value for c in sheet["A"]]
    sources = [[c.value for c in row] for row in workbook["Bronnen"].iter_rows()]
    estimate = next(r for r in sources if r[0] == "Raming")
    assert estimate[1].startswith("Ouderen (landelijke opgave ouderen")
    assert "3.677.228" in estimate[3]
    stock = next(r for r in sources if r[0] == "Delft" and "(raming)" in str(r[1]))
    assert stock[2] == 22_609


def test_a_new_vision_compares_with_the_national_average_of_the_shipped_file(region):
    """28.3 %, computed (not typed), with the source and reference date of the shares."""
    norm = next(n for n in norms.list_norms(region) if n.code == catalogue.NATIONAL_SOCIAL_SHARE)
    assert norm.value == pytest.approx(national_corporation_share())
    assert round(norm.value, 3) == 0.283
    assert "woningvoorraad naar eigendom" in norm.source
    assert norm.reference_date == "2023-01-01"


def test_an_older_file_keeps_its_national_average(tmp_path):
    """A file from before the shipped shares keeps the 26 % it was made with."""
    path = tmp_path / "oud.thuisplan"
    shutil.copyfile(FIXTURES / "schema_v2.thuisplan", path)
    with open_project_file(path) as project:
        values = norms.norm_values(project)
    assert values[catalogue.NATIONAL_SOCIAL_SHARE] == pytest.approx(0.26)
    assert catalogue.NATIONAL_SOCIAL_SHARE_DASHBOARD.value == 0.26


def test_every_other_scenario_is_shown_beside_the_documents_one(tmp_path, no_charts):
    """2026-2030, every ouderen capacity typed as 0, so the gap is the need. 'ambitieus'
    doubles the national target (per-cell figures in test_scenario_comparison): ouderen
    5 x 263 = 1,315 under basis and 5 x 529 = 2,645 under ambitieus, +1,330. The other
    groups have nothing entered, so every municipality's total stays unknown in both."""
    from app.services.estimates.older_people import TARGETS, OlderPeopleTarget
    from app.services.reference_data import national_totals

    project = create_vision(
        tmp_path / "s.thuisplan",
        title="Scenario's",
        municipality_codes=[DELFT, RIJSWIJK],
        start_year=2026,
        end_year=2030,
    )
    older = next(g for g in list_target_groups(project) if g.code == "older_people")
    store.set_estimate(
        project, store.find_scenario(project).id, older.id, store.default_estimate("older_people")
    )
    doubled = OlderPeopleTarget(
        national_65_plus=national_totals()["inhabitants_65_plus"],
        targets={t: 2 * v for t, v in TARGETS.items()},
        source="Eigen ambitie",
    )
    store.set_estimate(project, store.add_scenario(project, "ambitieus").id, older.id, doubled)
    empty = figures.empty_cells(project, capacity=True, group_id=older.id)
    figures.set_cells(project, [CellChange(c, 0) for c in empty])
    document = docx.Document(str(write_vision_document(project, tmp_path / "v.docx")))
    project.close()
    assert "8.3 Scenario ambitieus naast basis" in _paragraphs(document)
    groups = _rows(_table_after(document, "Opgave per aandachtsgroep: basis en ambitieus"))
    assert groups[0] == ["Aandachtsgroep", "Opgave basis", "Opgave ambitieus", "Verschil"]
    assert ["Ouderen", "+1.315", "+2.645", "+1.330"] in groups
    assert groups[-1] == ["Totaal", "onbekend", "onbekend", "onbekend"]
    places = _rows(_table_after(document, "Opgave per gemeente: basis en ambitieus"))
    assert places[1] == ["Delft", "onbekend", "onbekend", "onbekend"]
