"""The regional social rent test in the Word vision (section 2.2), the prestatieafspraken and
the Excel annex, read back with python-docx and openpyxl, for the region worked out by hand
in test_regional_social_rent (see regional_figures)."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from app.reports import docx_vision
from app.reports.docx_agreements import write_agreement_documents
from app.reports.xlsx_annex import write_data_annex
from app.services import agreements
from tests.unit.regional_figures import DELFT, enter_region, without_the_hague_stock

TEST_HEADER = ["Toets (regio als geheel)", "Regio", "Streven of norm", "Voldoet"]


def _tables(path) -> list[list[list[str]]]:
    return [
        [[cell.text for cell in row.cells] for row in table.rows]
        for table in docx.Document(str(path)).tables
    ]


def _table(path, first_header: list[str]) -> list[list[str]]:
    return next(t for t in _tables(path) if t[0][: len(first_header)] == first_header)


def _paragraphs(path) -> list[str]:
    """The body's paragraphs (the table of contents repeats the headings)."""
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs if not p.style.name.startswith("TOC")]


@pytest.fixture
def vision_doc(project, tmp_path, monkeypatch):
    """The Word vision of a project (without charts: they are tested on their own)."""
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})

    def write():
        return docx_vision.write_vision_document(project, tmp_path / "visie.docx")

    return write


def test_word_section_2_2_has_the_regional_test_worked_out_by_hand(project, vision_doc):
    """The test table, both contribution tables with the region as the last row, and the
    sentences, with the figures of the module docstring of test_regional_social_rent."""
    enter_region(project)
    path = vision_doc()
    assert _table(path, TEST_HEADER)[1:] == [
        ["Aandeel sociale huur nu", "32,7 %", "30 %", "ja"],
        ["Aandeel sociale huur eind 2027", "31,8 %", "30 %", "ja"],
        ["Betaalbaar deel van de geplande nieuwbouw", "55,7 %", "2/3", "nee"],
    ]
    stock = _table(path, ["Gemeente", "Woningen", "Sociale huur", "Aandeel sociale huur"])
    assert stock[1] == ["Delft", "10.000", "2.000", "20,0 %", "10,2 %"]
    assert stock[-1] == ["Regio", "60.000", "19.600", "32,7 %", "100,0 %"]
    new_build = _table(path, ["Gemeente", "Geplande nieuwbouw", "w.v. sociale huur"])
    assert new_build[2] == ["'s-Gravenhage", "4.000", "1.000", "2.000", "50,0 %", "51,3 %"]
    assert new_build[-1] == ["Regio", "7.000", "1.700", "3.900", "55,7 %", "100,0 %"]
    paragraphs = _paragraphs(path)
    start = paragraphs.index("De regio als geheel")
    text = paragraphs[start + 1]
    assert "Nu is 32,7 % van de woningen in de regio sociale huur: de regio haalt het " in text
    assert "Eind 2027, met de geplande nieuwbouw, is dat 31,8 %" in text
    assert "Om 30 % te halen moet 7,1 % van de geplande nieuwbouw" in text
    assert "is 55,7 % betaalbaar (sociale huur en middensegment): de regio haalt de norm " in text
    assert "van 2/3 niet." in text
    section = paragraphs[paragraphs.index(next(p for p in paragraphs if p.startswith("2.2 "))) :]
    assert section.index("De regio als geheel") < section.index("3 Analyse per aandachtsgroep")


def test_word_says_unknown_and_never_the_known_municipalities_share(project, vision_doc):
    """'s-Gravenhage's stock unknown: 'onbekend' with what is missing; Delft and Rijswijk's
    14,000 / 40,000 = 35,0 % appears nowhere in the regional tables."""
    enter_region(project, without_the_hague_stock())
    path = vision_doc()
    rows = _table(path, TEST_HEADER)[1:]
    assert rows[0] == ["Aandeel sociale huur nu", "onbekend", "30 %", "onbekend"]
    assert rows[1][1] == "onbekend"
    assert rows[2][1:] == ["55,7 %", "2/3", "nee"]
    stock = _table(path, ["Gemeente", "Woningen", "Sociale huur", "Aandeel sociale huur"])
    assert stock[-1] == ["Regio", "60.000", "onbekend", "onbekend", "onbekend"]
    assert all("35,0 %" not in cell for row in stock for cell in row)
    paragraphs = _paragraphs(path)
    assert "Het aandeel sociale huur in de regio nu is onbekend." in " ".join(paragraphs)
    assert "Onbekend door ontbrekende invoer: sociale huurwoningen: 's-Gravenhage." in paragraphs


def test_word_embeds_chart_7(project, tmp_path):
    """With charts, section 2.2 carries the regional chart with its caption."""
    enter_region(project)
    path = docx_vision.write_vision_document(project, tmp_path / "visie.docx")
    captions = [p for p in _paragraphs(path) if p.startswith("Figuur ")]
    assert any("Regionale toets: sociale huur en betaalbaar bouwen" in c for c in captions)


def test_agreements_carry_the_regional_test_and_the_municipality_s_part(project, tmp_path):
    """Delft's agreements: its own test, then the region's with Delft's contribution in a
    sentence; a regional agreement (no municipality) gets the regional test too."""
    enter_region(project)
    agreements.add_agreement(project, "Sociale huur in Delft", municipality_code=DELFT)
    agreements.add_agreement(project, "Regionale afspraak")
    write_agreement_documents(project, tmp_path, per="municipality")
    path = tmp_path / "Prestatieafspraken Delft.docx"
    paragraphs = _paragraphs(path)
    assert "De regio als geheel" in paragraphs
    assert (
        "Delft heeft 10,2 % van de sociale huurwoningen in de regio en bouwt 17,9 % van de "
        "betaalbare nieuwbouw die in de regio is gepland." in paragraphs
    )
    assert _table(path, TEST_HEADER)[1][1] == "32,7 %"
    assert _table(path, ["Gemeente", "Sociale huur nu"])[1][0] == "Delft"


def test_a_regional_agreement_gets_the_regional_test(project, tmp_path):
    """An agreement for the whole region (per partner) has a Sociale huur section with the
    region's test and no municipal table."""
    from app.models import PartnerKind
    from app.services import partners

    enter_region(project)
    partner = partners.add_partner(project, "Corporatie Regio", PartnerKind.HOUSING_CORPORATION)
    agreements.add_agreement(project, "Regionale afspraak", party_ids=[partner.id])
    write_agreement_documents(project, tmp_path)
    path = tmp_path / "Prestatieafspraken Corporatie Regio.docx"
    assert "Sociale huur" in _paragraphs(path)
    assert _table(path, TEST_HEADER)[3][1:] == ["55,7 %", "2/3", "nee"]
    assert not any(t[0][:2] == ["Gemeente", "Sociale huur nu"] for t in _tables(path))


def _sheet_rows(path) -> list[tuple]:
    return list(openpyxl.load_workbook(path)["Sociale huur"].iter_rows(values_only=True))


def test_excel_social_rent_sheet_has_the_regional_rows(project, tmp_path):
    """Each municipality's affordable planned construction and its parts of the region, and
    the region's row (bold, outside the filter) with its shares and verdicts."""
    enter_region(project)
    path = write_data_annex(project, tmp_path / "bijlage.xlsx")
    rows = _sheet_rows(path)
    header = rows[0]
    assert header[14:17] == (
        "Geplande nieuwbouw betaalbaar (sociaal + midden)",
        "Deel van de sociale huur in de regio",
        "Deel van de betaalbare nieuwbouw in de regio",
    )
    delft = rows[1]
    assert delft[0] == "Delft" and delft[14] == 700
    assert delft[15:17] == pytest.approx((2_000 / 19_600, 700 / 3_900))
    region = next(r for r in rows if r[0] == "Regio (alle gemeenten samen)")
    assert region[1:3] == (60_000, 19_600)
    assert region[3] == pytest.approx(19_600 / 60_000)
    assert region[4:6] == ("nee", "n.v.t.")  # not below 30 %
    assert region[6:8] == (7_000, 1_700)
    assert region[8] == pytest.approx(21_300 / 67_000)
    assert region[9] == pytest.approx(500 / 7_000) and region[10] == "ja"
    assert region[12] == pytest.approx(3_900 / 7_000) and region[13] == "nee"
    assert region[14:17] == (3_900, 1, 1)
    assert region[17] is None  # nothing missing
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Sociale huur"]
    line = rows.index(region) + 1
    assert sheet.cell(line, 1).font.b
    assert sheet.auto_filter.ref.endswith(str(line - 2))  # the filter stops above the region
    assert sheet.print_title_rows == "$1:$1"  # the municipalities' header repeats on paper


def test_excel_region_row_is_empty_where_unknown_with_the_reason(project, tmp_path):
    """'s-Gravenhage's stock unknown: the region's social rent shares are empty (the annex's
    'unknown'), 'Ontbreekt' names it; the affordable share stands."""
    enter_region(project, without_the_hague_stock())
    path = write_data_annex(project, tmp_path / "bijlage.xlsx")
    region = next(r for r in _sheet_rows(path) if r[0] == "Regio (alle gemeenten samen)")
    assert region[2] is None and region[3] is None and region[8] is None
    assert region[4] is None  # below the goal: unknown
    assert region[12] == pytest.approx(3_900 / 7_000)
    assert region[15] is None and region[16] == 1
    assert region[17] == "sociale huurwoningen: 's-Gravenhage"
