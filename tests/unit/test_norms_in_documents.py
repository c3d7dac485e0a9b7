"""Norms are data: the documents name the vision's social rent goal, minimum social share
of new construction, national average and affordable share, never a literal 30 %."""

from __future__ import annotations

from dataclasses import replace

import docx
import openpyxl
import pytest

from app.reports import docx_vision
from app.reports.text_summary import summary_text
from app.reports.xlsx_annex import write_data_annex
from app.services import catalogue
from app.services.analysis import analyse
from app.services.chart_data import social_rent_chart
from app.services.norms import set_norm
from app.services.selection import Selection


@pytest.fixture
def own_norms(demo):
    """The example vision with a goal of 25 % and a minimum social new-build share of 35 %:
    no text may say 30 % any more."""
    set_norm(demo, catalogue.SOCIAL_RENT_GOAL, 0.25)
    set_norm(demo, catalogue.MIN_SOCIAL_NEW_BUILD, 0.35)
    return demo


def _social_rent_section(path) -> list[str]:
    """The texts of Word section 2.2: heading, paragraphs and its table's header."""
    document = docx.Document(str(path))
    body = [p for p in document.paragraphs if not p.style.name.startswith("TOC")]
    texts = [p.text for p in body]
    start = next(i for i, t in enumerate(texts) if t.startswith("2.2 "))
    end = texts.index("3 Analyse per aandachtsgroep")
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Gemeente" and
                 t.rows[0].cells[1].text == "Sociale huur nu")  # fmt: skip
    return texts[start:end] + [c.text for c in table.rows[0].cells]


def test_word_names_the_vision_s_norms(own_norms, tmp_path, monkeypatch):
    """Heading, text and table header say 25 % and 35 %; nothing says 30 %."""
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    path = docx_vision.write_vision_document(own_norms, tmp_path / "v.docx")
    section = _social_rent_section(path)
    assert section[0] == "2.2 Sociale huur: de toets aan 25 %"
    text = " ".join(section)
    assert "streeft naar 25 % sociale huur" in text
    assert "ten minste 35 % sociale huur in de nieuwbouw" in text
    assert "landelijk gemiddelde (28,3 %)" in text  # computed from the shipped shares
    assert "2/3 van de nieuwbouw is betaalbaar" in text
    assert "Nodig in nieuwbouw voor 25 %" in section
    assert "30 %" not in text


def test_word_keeps_a_goal_of_zero(demo, tmp_path, monkeypatch):
    """A goal of 0 % is a value, not a missing one (it used to fall back to 30 %)."""
    set_norm(demo, catalogue.SOCIAL_RENT_GOAL, 0.0)
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    path = docx_vision.write_vision_document(demo, tmp_path / "v.docx")
    section = _social_rent_section(path)
    assert section[0] == "2.2 Sociale huur: de toets aan 0 %"
    assert "streeft naar 0 % sociale huur" in " ".join(section)


def test_annex_headers_name_the_vision_s_norms(own_norms, tmp_path):
    """The Sociale huur sheet's headers follow the norms."""
    path = write_data_annex(own_norms, tmp_path / "bijlage.xlsx")
    header = [c.value for c in openpyxl.load_workbook(path)["Sociale huur"][1]]
    assert "Onder 25 %" in header
    assert "Onder landelijk gemiddelde 28,3 % (moet 35 % sociaal bouwen)" in header
    assert "Benodigd aandeel sociale nieuwbouw voor 25 %" in header
    assert "25 % haalbaar" in header
    assert "Voldoet aan 2/3 betaalbaar" in header
    assert not any("30 %" in str(h) for h in header)


def test_cli_text_names_the_vision_s_norms(own_norms):
    """The terminal summary's social rent table follows the norms."""
    text = summary_text(analyse(own_norms))
    assert "Sociale huur (streven 25 %)" in text
    assert "Min. 35 % bouwen" in text
    assert "30 %" not in text


def test_chart_data_carries_the_minimum_share(own_norms):
    """Chart 5 has the goal and the minimum social share of new construction as data."""
    chart = social_rent_chart(analyse(own_norms), Selection())
    assert (chart.goal, chart.min_new_build) == (0.25, 0.35)


def test_a_norm_missing_from_the_file_takes_the_catalogue_value(demo):
    """One place holds the standard values: the catalogue's standard_norms()."""
    figures = analyse(demo).figures
    bare = replace(figures, norms={})
    for norm in catalogue.standard_norms():
        assert bare.norm(norm.code) == norm.value
    assert figures.norm(catalogue.SOCIAL_RENT_GOAL) == 0.30


@pytest.fixture
def under_the_law(demo):
    """The example vision switched to the Wet versterking regie volkshuisvesting set."""
    from app.services.norms import choose_norm_set

    choose_norm_set(demo, "wet_regie_2026")
    return demo


def test_word_follows_the_chosen_norm_set(under_the_law, tmp_path, monkeypatch):
    """Section 2.2 tests against no goal (the law names none) and says the 30 % is for the
    region's new construction; appendix B names the set; nothing claims a 30 % goal."""
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    path = docx_vision.write_vision_document(under_the_law, tmp_path / "v.docx")
    section = _social_rent_section(path)
    assert section[0] == "2.2 Sociale huur: de toets"
    text = " ".join(section)
    assert "De normenset noemt geen streefaandeel sociale huur in de woningvoorraad." in text
    assert "De regio als geheel bouwt ten minste 30 % sociale huur in de nieuwbouw." in text
    assert "Moet sociaal bouwen (norm per regio)" in section
    assert "streeft naar" not in text
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    assert (
        "Normen en aandachtsgroepen volgen de normenset 'Wet versterking regie "
        "volkshuisvesting (2025/2026)' (bronnen tot en met 19 december 2025)."
    ) in paragraphs


def test_annex_and_chart_follow_the_chosen_norm_set(under_the_law, tmp_path):
    """The annex's must-build header names the regional norm; its norms list says 'geen'
    for the goal; chart 5 has no goal line and marks nobody."""
    path = write_data_annex(under_the_law, tmp_path / "bijlage.xlsx")
    workbook = openpyxl.load_workbook(path)
    header = [c.value for c in workbook["Sociale huur"][1]]
    assert "Moet sociaal bouwen (de norm van 30 % geldt voor de regio)" in header
    sources = [[c.value for c in row] for row in workbook["Bronnen"].iter_rows()]
    goal = next(r for r in sources if r[1] == catalogue.NORM_LABELS[catalogue.SOCIAL_RENT_GOAL])
    assert goal[2] == "geen"
    chart = social_rent_chart(analyse(under_the_law), Selection())
    assert chart.goal is None and chart.must_build_note == ""
    assert all(bar.must_build_count == 0 for bar in chart.bars)


def test_an_override_is_named_in_the_sources(demo, tmp_path, monkeypatch):
    """Appendix B says which norm differs from the set, and since when."""
    from app.services import norms

    monkeypatch.setattr(norms, "today", lambda: "2026-11-30")
    norms.use_dashboard_average(demo)
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    path = docx_vision.write_vision_document(demo, tmp_path / "v.docx")
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    sentence = next(p for p in paragraphs if p.startswith("Normen en aandachtsgroepen volgen"))
    assert sentence.endswith(
        "Afwijkend van de normenset: Landelijk aandeel woningen in bezit van "
        "woningcorporaties (eigen waarde sinds 30 november 2026)."
    )
