"""The Word woonzorgvisie: chapters, TOC, house style, and numbers equal to the services'."""

from __future__ import annotations

import shutil

import docx
import pytest

from app.models import ActionLine
from app.reports import docx_vision
from app.reports.docx_base import TemplateError
from app.reports.docx_charts import RenderedChart
from app.reports.export_io import ExportCancelled
from app.reports.safe_text import SmallNumbers
from app.resources import template_path
from app.services import measures
from app.services.analysis import analyse
from app.services.formatting import number, signed

CHAPTERS = [
    "Samenvatting",
    "Bouwstenen voor het raadsvoorstel",
    "1 Inleiding en kader",
    "2 De regio in cijfers",
    "3 Analyse per aandachtsgroep",
    "4 Opgave en evenwichtige verdeling",
    "5 Ambities en maatregelen per actielijn",
    "6 Uitvoering: prestatieafspraken",
    "7 Monitoring",
    "8 Verantwoording van de raming",
    "Bijlagen",
]
GAP_HEADER = ["Gemeente", "Behoefte", "Aanbod", "Tekort", "Overschot", "Opgave"]


def _png() -> bytes:
    """A tiny valid PNG (1 x 1 pixel)."""
    import base64

    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    )


@pytest.fixture(scope="module")
def vision_path(demo_template, tmp_path_factory):
    """The demo's woonzorgvisie with its real charts, written once for this module."""
    from app.storage import open_project_file

    folder = tmp_path_factory.mktemp("visie")
    shutil.copyfile(demo_template, folder / "demo.thuisplan")
    with open_project_file(folder / "demo.thuisplan", readonly=True) as project:
        return docx_vision.write_vision_document(project, folder / "visie.docx")


@pytest.fixture
def vision_doc(vision_path):
    """The demo's woonzorgvisie, read back with python-docx."""
    return docx.Document(str(vision_path))


@pytest.fixture
def no_charts(monkeypatch):
    """Skip drawing charts in tests that are about something else (drawing takes seconds)."""
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})


def _headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def _rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _gap_row(total) -> list[str]:
    need, capacity, shortage, surplus, gap = total.values  # all unknown when incomplete
    return [number(need), number(capacity), number(shortage), number(surplus), signed(gap)]


def test_chapters_and_group_sections_present(demo, vision_doc):
    """The summary, the raadsvoorstel's building blocks, chapters 1-8 and Bijlagen, a section
    per active group and per actielijn."""
    assert _headings(vision_doc, 1) == CHAPTERS
    level2 = _headings(vision_doc, 2)
    for i, group in enumerate(analyse(demo).figures.groups, start=1):
        assert f"3.{i} {group.label}" in level2
    for line in ActionLine:
        assert f"5.{int(line)} Actielijn {int(line)}: {line.label}" in level2


def test_cover_toc_header_footer_and_a4(vision_doc):
    """Cover title, a TOC field that Word is not asked to update on opening (no question
    for the reader), A4, title in the header, page numbers."""
    assert vision_doc.paragraphs[0].style.name == "Title"
    assert vision_doc.paragraphs[0].text == "Woonzorgvisie regio Haaglanden (voorbeeld)"
    body = vision_doc.element.body.xml
    assert 'TOC \\o "1-2"' in body
    assert "updateFields" not in vision_doc.settings.element.xml
    assert "w:dirty" not in body
    section = vision_doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert "Woonzorgvisie regio Haaglanden" in section.header.paragraphs[0].text
    assert "PAGE" in section.footer._element.xml and "NUMPAGES" in section.footer._element.xml


def test_example_notice(vision_doc):
    """The demo carries the 'Voorbeeldcijfers, fictief' notice on the cover and in the header."""
    texts = [p.text for p in vision_doc.paragraphs]
    assert any(t.startswith("Voorbeeldcijfers, fictief") for t in texts)
    assert "Voorbeeldcijfers, fictief" in vision_doc.sections[0].header.paragraphs[0].text


def test_no_example_notice_for_a_real_vision(project, tmp_path, no_charts):
    """A user's own vision has no example notice (and exports without any figures)."""
    path = docx_vision.write_vision_document(project, tmp_path / "v.docx")
    document = docx.Document(str(path))
    assert not any("Voorbeeldcijfers" in p.text for p in document.paragraphs)
    assert _headings(document, 1) == CHAPTERS


def test_group_tables_equal_the_services(demo, vision_doc):
    """Each group's table: per municipality and the region, the analysis' gap totals."""
    analysis = analyse(demo)
    tables = [t for t in vision_doc.tables if _rows(t)[0] == GAP_HEADER]
    groups = analysis.figures.groups
    assert len(tables) == len(groups) + 1  # one per group, plus chapter 4's
    for table, group in zip(tables, groups, strict=False):
        rows = _rows(table)[1:]
        for row, m in zip(rows, analysis.figures.municipalities, strict=False):
            total = analysis.gap_total(group_id=group.id, municipality_id=m.id)
            assert row == [m.name, *_gap_row(total)]
        assert rows[-1] == ["Regio", *_gap_row(analysis.gap_total(group_id=group.id))]
    overall = _rows(tables[-1])
    assert overall[-1] == ["Regio", *_gap_row(analysis.gap_total())]


def test_time_tables_follow_the_cumulative_gap(demo, vision_doc):
    """The 'verloop in de tijd' tables show each year's gap and the cumulative gap."""
    analysis = analyse(demo)
    tables = [t for t in vision_doc.tables if _rows(t)[0][0] == "Jaar"]
    group = analysis.figures.groups[0]
    cumulative = analysis.cumulative_gap(group_id=group.id)
    for row, year in zip(_rows(tables[0])[1:], analysis.figures.years, strict=True):
        total = analysis.gap_total(group_id=group.id, years=[year])
        assert row == [str(year), *_gap_row(total), signed(cumulative[year])]


def test_appendix_tables_per_municipality(demo, vision_doc):
    """Bijlage A: per municipality, each group's period totals and the municipality total."""
    analysis = analyse(demo)
    tables = [  # (the summary's table per group ends with the region, not 'Totaal')
        t
        for t in vision_doc.tables
        if _rows(t)[0][0] == "Aandachtsgroep" and _rows(t)[-1][0] == "Totaal"
    ]
    assert len(tables) == len(analysis.figures.municipalities)
    for table, m in zip(tables, analysis.figures.municipalities, strict=True):
        rows = _rows(table)[1:]
        for row, g in zip(rows, analysis.figures.groups, strict=False):
            assert row == [
                g.label,
                *_gap_row(analysis.gap_total(group_id=g.id, municipality_id=m.id)),
            ]
        assert rows[-1] == ["Totaal", *_gap_row(analysis.gap_total(municipality_id=m.id))]


def test_social_rent_goal_out_of_reach_is_said_in_words(demo, vision_doc):
    """Table 3 never shows a bare 100,0 % for Wassenaar (it would need 222,3 %); the text
    under it names the municipalities for which the goal is out of reach."""
    table = next(
        t for t in vision_doc.tables if _rows(t)[0][0:2] == ["Gemeente", "Sociale huur nu"]
    )
    wassenaar = next(r for r in _rows(table) if r[0] == "Wassenaar")
    assert wassenaar[4] == "niet haalbaar met nieuwbouw alleen: nodig 222,3 %"
    assert all(r[4] != "100,0 %" for r in _rows(table))
    texts = [p.text for p in vision_doc.paragraphs]
    sentence = next(t for t in texts if "niet haalbaar met nieuwbouw alleen: ook als" in t)
    assert "Wassenaar (nodig 222,3 %)" in sentence and "Delft" not in sentence


def test_fair_share_table_uses_the_key_shares(demo, vision_doc):
    """The fair-share table shows each municipality's key share as a percentage."""
    from app.services.formatting import percent

    analysis = analyse(demo)
    table = next(t for t in vision_doc.tables if _rows(t)[0][:2] == ["Gemeente", "Aandeel sleutel"])
    for row, m in zip(_rows(table)[1:], analysis.figures.municipalities, strict=True):
        assert row[1] == percent(analysis.key_shares.shares[m.id])


def test_real_charts_embedded_with_captions(demo, vision_doc):
    """The vision embeds the charts module's PNGs: five overview charts (the regional test
    among them) and one per group."""
    groups = analyse(demo).figures.groups
    assert len(vision_doc.inline_shapes) == 5 + len(groups)
    captions = [p.text for p in vision_doc.paragraphs if p.style.name == "Caption"]
    assert sum(c.startswith("Figuur") for c in captions) == 5 + len(groups)
    assert f"Figuur 3: {groups[0].label}: woonbehoefte en aanbod per woonvorm" in captions
    assert any(c.startswith("Figuur 2: Regionale toets") for c in captions)


def test_charts_are_embedded(demo, tmp_path, monkeypatch):
    """Every rendered chart becomes a picture with a 'Figuur' caption."""
    charts = {
        "social_rent": RenderedChart("Sociale huur", _png(), "Staafdiagram van de sociale huur."),
        "fair_share": RenderedChart("Verdeling", _png(), "Staafdiagram van de verdeling."),
    }
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: charts)
    path = docx_vision.write_vision_document(demo, tmp_path / "v.docx")
    document = docx.Document(str(path))
    assert len(document.inline_shapes) == 2
    captions = [p.text for p in document.paragraphs if p.text.startswith("Figuur")]
    assert captions == ["Figuur 1: Sociale huur", "Figuur 2: Verdeling"]


def test_user_text_made_safe(demo, tmp_path, no_charts):
    """Control characters are dropped; ë, ï, € and very long text survive."""
    long_text = "Reünie van naïeve € 5-plannen \x0b\x01 " + "lang " * 400
    measures.set_ambition(demo, ActionLine.PREVENTION, long_text)
    path = docx_vision.write_vision_document(demo, tmp_path / "v.docx")
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert any(t.startswith("Reünie van naïeve € 5-plannen  lang") for t in texts)


def test_small_number_protection(demo, tmp_path, no_charts):
    """With protection on, tables show '<5' and never a count from 1 to 4."""
    path = docx_vision.write_vision_document(
        demo, tmp_path / "v.docx", small_numbers=SmallNumbers(True)
    )
    document = docx.Document(str(path))
    cells = [
        c for t in document.tables if _rows(t)[0] == GAP_HEADER for r in _rows(t)[1:] for c in r[1:]
    ]
    assert "<5" in cells
    assert not any(c.lstrip("+\u2212") in {"1", "2", "3", "4"} for c in cells)


def test_own_template_with_the_same_styles(demo, tmp_path, no_charts):
    """A municipality's template with the same style names is used (its fonts kept)."""
    own = tmp_path / "huisstijl.docx"
    document = docx.Document(str(template_path("woonzorgvisie.docx")))
    document.styles["Heading 1"].font.name = "Georgia"
    document.save(str(own))
    path = docx_vision.write_vision_document(demo, tmp_path / "v.docx", template=own)
    assert docx.Document(str(path)).styles["Heading 1"].font.name == "Georgia"


def test_template_missing_a_style_is_reported(demo, tmp_path, no_charts):
    """A template without 'Thuisplan Tabel' and 'Caption' gives a Dutch message naming them."""
    own = tmp_path / "kaal.docx"
    docx.Document().save(str(own))  # python-docx's default: no 'Thuisplan Tabel'
    with pytest.raises(TemplateError, match="mist deze stijlen: .*Thuisplan Tabel"):
        docx_vision.write_vision_document(demo, tmp_path / "v.docx", template=own)
    assert not (tmp_path / "v.docx").exists()


def test_template_that_is_not_a_docx(demo, tmp_path, no_charts):
    """A template that is no Word document is refused in Dutch."""
    own = tmp_path / "sjabloon.docx"
    own.write_text("geen word")
    with pytest.raises(TemplateError, match="geen bruikbaar Word-document"):
        docx_vision.write_vision_document(demo, tmp_path / "v.docx", template=own)


def test_cancel_leaves_no_file(demo, tmp_path, no_charts):
    """Cancelling halfway raises ExportCancelled and leaves the folder as it was."""
    calls = []

    def cancel_at_chapter_3() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(ExportCancelled):
        docx_vision.write_vision_document(
            demo, tmp_path / "v.docx", is_cancelled=cancel_at_chapter_3
        )
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".docx"] == []


def test_template_is_generated_by_the_committed_script(tmp_path):
    """templates/build_template.py rebuilds a template with every required style."""
    import runpy

    from app.reports.docx_base import missing_styles

    script = template_path("build_template.py")
    out = tmp_path / "t.docx"
    module = runpy.run_path(str(script))
    module["build"](out)
    assert missing_styles(docx.Document(str(out))) == []
