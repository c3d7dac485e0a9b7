"""The front of the Word vision: the management summary and the building blocks of the
raadsvoorstel, every number the Analysis's, unknown said as such, estimates marked."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from app.reports import docx_vision
from app.reports.docx_vision_estimates import ESTIMATE_MARK, ESTIMATE_NOTE
from app.reports.docx_vision_summary import FILL_IN, MAX_AGREEMENTS
from app.services import agreements
from app.services.analysis import analyse
from app.services.formatting import number, signed
from tests.unit.estimated_region import estimated_region, older_group


@pytest.fixture
def no_charts(monkeypatch):
    """Skip drawing charts: these tests are about the text."""
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})


def section(path, title: str) -> list:
    """The body elements (paragraphs and tables) from heading `title` to the next Heading 1."""
    document = docx.Document(str(path))
    found, inside = [], False
    for child in document.element.body.iterchildren():
        style = child.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        is_h1 = style is not None and style.get(qn("w:val")) == "Heading1"
        text = "".join(t.text or "" for t in child.iter(qn("w:t")))
        if is_h1:
            if inside:
                break
            inside = text == title
        if inside:
            found.append(child)
    assert found, f"no section {title!r}"
    return found


def texts(elements) -> list[str]:
    """Each paragraph's text and each table row's cells, joined by ' | '."""
    out = []
    for element in elements:
        if element.tag == qn("w:tbl"):
            for row in element.iter(qn("w:tr")):
                cells = [
                    "".join(t.text or "" for t in c.iter(qn("w:t"))) for c in row.iter(qn("w:tc"))
                ]
                out.append(" | ".join(cells))
        else:
            out.append("".join(t.text or "" for t in element.iter(qn("w:t"))))
    return out


def test_the_summary_shows_the_regional_opgave_of_the_analysis(demo, tmp_path, no_charts):
    """The sentence and the table per group give the Analysis's totals for the region."""
    analysis = analyse(demo)
    path = docx_vision.write_vision_document(demo, tmp_path / "v.docx")
    lines = texts(section(path, "Samenvatting"))
    total = analysis.gap_total()
    sentence = next(t for t in lines if t.startswith("Over 2025–2030 hebben"))
    assert f"een woonbehoefte van {number(total.need)} woonruimten" in sentence
    assert f"het aanbod is {number(total.capacity)}" in sentence
    assert f"per saldo een opgave van {signed(total.gap)}." in sentence
    for group in analysis.figures.groups:
        values = analysis.gap_total(group_id=group.id).values
        row = [group.label, *(number(v) for v in values[:4]), signed(values[4])]
        assert " | ".join(row) in lines
    region = ["Regio", *(number(v) for v in total.values[:4]), signed(total.gap)]
    assert " | ".join(region) in lines


def test_the_summary_names_the_largest_shortage_and_the_norm_tests(demo, tmp_path, no_charts):
    """The group and the municipality with the largest shortage, and the social-rent test
    in words (Wassenaar cannot reach 30 % with new building alone)."""
    analysis = analyse(demo)
    path = docx_vision.write_vision_document(demo, tmp_path / "v.docx")
    lines = texts(section(path, "Samenvatting"))
    group = max(analysis.figures.groups, key=lambda g: analysis.gap_total(group_id=g.id).shortage)
    shortage = number(analysis.gap_total(group_id=group.id).shortage)
    assert any(f"de aandachtsgroep {group.label} ({shortage})" in t for t in lines)
    out_of_reach = next(t for t in lines if t.startswith("Streven van 30 % niet haalbaar"))
    assert "Wassenaar (nodig 222,3 %)" in out_of_reach and "Delft" not in out_of_reach


def test_the_most_important_agreements_are_those_of_the_largest_shortages(
    demo, tmp_path, no_charts
):
    """At most six agreements, those for the groups with the largest regional shortage
    first, then those without a group in their order; the text points to chapter 6."""
    for i in range(8):
        agreements.add_agreement(demo, f"Extra afspraak {i}")
    analysis = analyse(demo)
    path = docx_vision.write_vision_document(demo, tmp_path / "v.docx")
    lines = texts(section(path, "Samenvatting"))
    total = len(agreements.list_agreements(demo))
    assert any(f"hoofdstuk 6 geeft alle {total} afspraken" in t for t in lines)
    start = lines.index("Afspraak | Aandachtsgroep | Trekker | Doel | Deadline")
    shown = lines[start + 1 : start + 1 + MAX_AGREEMENTS + 1]
    labels = {g.label: analysis.gap_total(group_id=g.id).shortage for g in analysis.figures.groups}
    groups = [row.split(" | ")[1] for row in shown if " | " in row]
    assert len(groups) == MAX_AGREEMENTS
    shortages = [labels.get(g, -1) for g in groups]
    assert shortages == sorted(shortages, reverse=True)
    assert not any(row.startswith("Extra afspraak 7") for row in shown)  # beyond the six


def test_an_empty_vision_says_onbekend_and_what_is_missing(project, tmp_path, no_charts):
    """Without figures: the opgave is 'onbekend' with what is missing, never a 0."""
    path = docx_vision.write_vision_document(project, tmp_path / "v.docx")
    lines = texts(section(path, "Samenvatting"))
    sentence = next(t for t in lines if t.startswith("De opgave over 2025–2027 is nog onbekend"))
    assert "Ontbreekt:" in sentence
    region = next(t for t in lines if t.startswith("Regio | "))
    assert region == "Regio | " + " | ".join(["onbekend"] * 5)
    assert "Er zijn nog geen prestatieafspraken vastgelegd (hoofdstuk 6)." in lines


def test_estimated_need_is_marked_as_in_chapter_3(tmp_path, no_charts):
    """Ouderen estimated for 2026-2030: its need in the summary table carries the mark and
    the note under the table says what it means."""
    project = estimated_region(tmp_path / "raming.thuisplan", end_year=2030)
    older = older_group(project)
    path = docx_vision.write_vision_document(project, tmp_path / "v.docx")
    project.close()
    lines = texts(section(path, "Samenvatting"))
    row = next(t for t in lines if t.startswith(f"{older.label} | "))
    assert row.split(" | ")[1].endswith(f" {ESTIMATE_MARK}")
    assert ESTIMATE_NOTE in lines


def test_the_raadsvoorstel_asks_decisions_and_leaves_the_money_to_the_municipality(
    demo, tmp_path, no_charts
):
    """Proposal with the regional opgave, four numbered decisions, and a financial
    paragraph that is a marked fill-in, without an amount."""
    path = docx_vision.write_vision_document(demo, tmp_path / "v.docx")
    elements = section(path, "Bouwstenen voor het raadsvoorstel")
    lines = texts(elements)
    assert any("per saldo een opgave van +5.521" in t for t in lines)
    assert [t[:3] for t in lines if t[:1].isdigit()] == ["1. ", "2. ", "3. ", "4. "]
    assert any("verdeelsleutel inwoners" in t for t in lines)
    fill_in = next(
        e for e in elements if "".join(t.text or "" for t in e.iter(qn("w:t"))).startswith(FILL_IN)
    )
    assert fill_in.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val")) == "Kader"
    assert not any("€" in t for t in lines)


def test_summary_and_proposal_start_on_pages_of_their_own(demo, tmp_path, no_charts):
    """The summary, the raadsvoorstel and chapter 1 each begin a new page."""
    document = docx.Document(str(docx_vision.write_vision_document(demo, tmp_path / "v.docx")))
    starts = {
        p.text: p.paragraph_format.page_break_before
        for p in document.paragraphs
        if p.style.name == "Heading 1"
    }
    assert starts["Samenvatting"] and starts["Bouwstenen voor het raadsvoorstel"]
    assert starts["1 Inleiding en kader"] and not starts["2 De regio in cijfers"]
