"""Accessibility of the Word documents, as Dutch government publications require: every
picture has alternative text (the charts' say what they show), tables have marked header
rows, the language and title are set, headings are real heading styles; and the
municipality's logo from the house-style template is on the cover and in the header."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from PIL import Image

from app.reports import docx_vision
from app.reports.docx_agreements import write_agreement_documents
from app.reports.docx_template import read_house_style
from app.resources import template_path
from app.storage import open_project_file

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
LOGO_TEXT = "Logo van de gemeente Voorbeeld"


def logo_template(folder: Path) -> Path:
    """Thuisplan's template with a logo in its header, as the README tells a user."""
    picture = io.BytesIO()
    Image.new("RGB", (300, 100), (200, 30, 40)).save(picture, "PNG")
    document = docx.Document(str(template_path("woonzorgvisie.docx")))
    place = document.sections[0].header.paragraphs[0]
    place.text = ""
    shape = place.add_run().add_picture(io.BytesIO(picture.getvalue()), width=Mm(40))
    shape._inline.docPr.set("descr", LOGO_TEXT)
    path = folder / "huisstijl-met-logo.docx"
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def exported(demo_template, tmp_path_factory) -> dict[str, Path]:
    """The demo's vision (real charts) and agreements on a template with a logo."""
    folder = tmp_path_factory.mktemp("toegankelijk")
    shutil.copyfile(demo_template, folder / "demo.thuisplan")
    template = read_house_style(logo_template(folder))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("THUISPLAN_SOFFICE", "")
        with open_project_file(folder / "demo.thuisplan", readonly=True) as project:
            vision = docx_vision.write_vision_document(
                project, folder / "visie.docx", template=template
            )
            (folder / "afspraken").mkdir()
            written = write_agreement_documents(project, folder / "afspraken", template=template)
    return {"vision": vision, **{p.stem: p for p in written}}


def pictures(path: Path) -> list[tuple[str, str]]:
    """(part, alternative text) of every picture in the body, headers and footers."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = ElementTree.fromstring(archive.read(name))
                found += [(name, p.get("descr", "")) for p in root.iter(f"{WP}docPr")]
    return found


def test_every_picture_in_every_document_has_alternative_text(exported):
    """No picture without a description, in the vision and in every agreements document."""
    for path in exported.values():
        found = pictures(path)
        assert found, path.name  # at least the logo
        assert all(text.strip() for _, text in found), path.name


def test_the_charts_say_what_they_show(exported):
    """The chart pictures of the vision describe what is compared and where the largest
    shortage is, from the chart data."""
    texts = [t for part, t in pictures(exported["vision"]) if part == "word/document.xml"]
    charts = [t for t in texts if t != LOGO_TEXT]
    assert len(charts) >= 5
    assert all(t.startswith(("Staafdiagram", "Lijndiagram")) for t in charts)
    assert any("Het grootste tekort heeft 's-Gravenhage" in t for t in charts)
    assert any("De behoefte ligt het verst boven het aanbod bij" in t for t in charts)


def test_the_logo_is_on_the_cover_and_in_the_header(exported):
    """The template's logo, with its own alternative text, leads the cover page and stands
    in the running header; the hint in Thuisplan's template never shows."""
    for path in exported.values():
        document = docx.Document(str(path))
        cover = document.paragraphs[0]._p
        assert [p.get("descr") for p in cover.iter(f"{WP}docPr")] == [LOGO_TEXT]
        header = document.sections[0].header._element
        assert [p.get("descr") for p in header.iter(f"{WP}docPr")] == [LOGO_TEXT]
        assert "plaats hier het logo" not in "".join(header.itertext())


def test_tables_have_marked_header_rows(exported):
    """The first row of every table is marked as its header (and repeats on each page)."""
    for path in exported.values():
        for table in docx.Document(str(path)).tables:
            marker = table.rows[0]._tr.trPr.find(qn("w:tblHeader"))
            assert marker is not None and marker.get(qn("w:val")) == "true"


def test_language_and_title_are_set(exported):
    """Dutch in the properties and as the text's default; the vision's title as title."""
    for path in exported.values():
        document = docx.Document(str(path))
        assert document.core_properties.language == "nl-NL"
        assert document.core_properties.title == "Woonzorgvisie regio Haaglanden (voorbeeld)"
        defaults = document.styles.element.find(qn("w:docDefaults"))
        language = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
        assert language.get(qn("w:val")) == "nl-NL"


def test_a_template_in_english_still_gives_a_dutch_document(demo, tmp_path, monkeypatch):
    """A template whose default language is English: the document's text is Dutch."""
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    own = docx.Document(str(template_path("woonzorgvisie.docx")))
    defaults = own.styles.element.find(qn("w:docDefaults"))
    defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}").set(qn("w:val"), "en-US")
    own.save(str(tmp_path / "engels.docx"))
    path = docx_vision.write_vision_document(
        demo, tmp_path / "v.docx", template=tmp_path / "engels.docx"
    )
    styles = docx.Document(str(path)).styles.element
    assert 'w:val="nl-NL"' in ElementTree.tostring(styles).decode().replace("ns0:", "w:")


def test_headings_are_heading_styles(exported):
    """Every chapter and section title is a Heading 1-3 paragraph: no bold Normal text
    standing in for one (the contents and a screen reader's list of headings rely on it)."""
    document = docx.Document(str(exported["vision"]))
    styles = {p.style.name for p in document.paragraphs if p.text.startswith(("1 ", "3.1 ", "8 "))}
    assert styles <= {"Heading 1", "Heading 2", "TOC 1", "TOC 2"}
    for p in document.paragraphs:
        if p.style.name.startswith("Heading"):
            assert p.paragraph_format.keep_with_next  # never alone at the bottom of a page
        bold = [r.bold for r in p.runs if r.text.strip()]
        assert not (bold and all(bold) and p.style.name == "Normal"), p.text
