"""A house-style template from someone else does no harm: hostile ones are refused (a zip
bomb, an XML bomb, thousands of parts, not a zip) in Dutch and in bounded memory, or
neutralised (a remote attached template, macros, links and fields that reach outside,
unknown parts) with a note saying what was left out; a normal one keeps its styles."""

from __future__ import annotations

import re
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Twips

from app.reports import docx_agreements, docx_template, docx_vision
from app.reports.docx_base import open_template
from app.reports.docx_template import HouseStyle, TemplateError, read_house_style
from tests.unit import hostile_templates as hostile

MEMORY_LIMIT = 20 * 1024 * 1024
HOSTILE_MARKERS = (
    b"vbaProject",
    b"vbaData",
    b'TargetMode="External"',
    b"attachedTemplate",
    b"server",
    b"INCLUDEPICTURE",
    b"DDEAUTO",
    b"OLEObject",
    b"oleObject",
    b"voorbeeld.example",
    b"onbekend.bin",
    b"odttf",
)


@pytest.fixture(scope="module")
def normal(tmp_path_factory) -> Path:
    return hostile.house_style(tmp_path_factory.mktemp("huisstijl") / "huisstijl.docx")


@pytest.fixture
def no_charts(monkeypatch):
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _assert_clean(path: Path) -> None:
    """None of the hostile parts, relationships, links or fields is in the .docx."""
    for name, data in _parts(path).items():
        assert not any(marker in name.encode() for marker in HOSTILE_MARKERS), name
        found = [marker for marker in HOSTILE_MARKERS if marker in data]
        assert not found, (name, found)


def _refused(path: Path, message: str) -> None:
    """Refused with `message`, the file unchanged, in bounded (Python) memory."""
    before = path.read_bytes()
    tracemalloc.start()
    try:
        with pytest.raises(TemplateError, match=message):
            read_house_style(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_LIMIT, f"{peak / 1e6:.1f} MB"
    assert path.read_bytes() == before


def test_normal_house_style_keeps_styles_header_and_logo(normal, tmp_path):
    """A normal template says nothing was left out, and a document on it has its heading
    font, its header with the logo and its footer."""
    style = read_house_style(normal)
    assert style.dropped == () and style.note == ""
    target = tmp_path / "uit.docx"
    open_template(style).save(str(target))
    document = docx.Document(str(target))
    assert document.styles["Heading 1"].font.name == hostile.HOUSE_FONT
    parts = _parts(target)
    assert hostile.logo_png() in parts.values()
    assert "Afdeling Wonen" in document.sections[0].footer.paragraphs[0].text


def test_thuisplans_own_template_loses_nothing_worth_saying():
    """The shipped template passes the same reduction without a note."""
    from app.resources import template_path

    assert read_house_style(template_path("woonzorgvisie.docx")).note == ""


def test_remote_attached_template_is_dropped_and_named(normal, tmp_path):
    """settings.xml attaching \\\\server\\share\\x.dotm: the link goes and the note names it."""
    path = hostile.remote_attached_template(normal, tmp_path / "gekoppeld.docx")
    style = read_house_style(path)
    assert "gekoppeld sjabloon" in style.note and hostile.REMOTE_TEMPLATE in style.note
    target = tmp_path / "uit.docx"
    open_template(style).save(str(target))
    _assert_clean(target)


def test_macros_are_dropped_and_named(normal, tmp_path):
    """vbaProject.bin (and its vbaData) are not taken; the note says 'macro's'."""
    style = read_house_style(hostile.with_macros(normal, tmp_path / "macro.docm"))
    assert "macro's (vbaProject.bin, vbaData.xml)" in style.note
    assert b"vba" not in style.package.lower()


def test_what_reaches_outside_is_neutralised(normal, tmp_path):
    """A header with a web link, a linked picture, INCLUDEPICTURE split over two runs, a
    DDEAUTO field, a VML picture on a share and an OLE object, plus an unknown part and an
    embedded font: all go, each named; PAGE and the shown text stay."""
    style = read_house_style(hostile.reaching_out(normal, tmp_path / "naar-buiten.docx"))
    for phrase in (
        "koppelingen naar buiten (https://voorbeeld.example/volg",
        "\\\\vml-server\\pic.png",
        "velden die iets van buiten halen of uitvoeren (DDEAUTO, INCLUDEPICTURE)",
        "ingesloten objecten",
        "ingesloten lettertypen (font1.odttf)",
        "een onbekend onderdeel (onbekend.bin)",
        "macro's (vbaProject.bin)",  # a stray one that nothing refers to
    ):
        assert phrase in style.note
    target = tmp_path / "uit.docx"
    open_template(style).save(str(target))
    _assert_clean(target)
    header = next(v for k, v in _parts(target).items() if k.startswith("word/header"))
    assert b'w:instr=" PAGE "' in header and b"beeld" in header and b"dde" in header


def test_vision_and_agreements_on_a_hostile_template(demo, normal, tmp_path, no_charts):
    """The real exports on a template with every neutralisable attack: the documents are
    written in the house style and carry none of it."""
    path = hostile.all_hostile_parts(normal, tmp_path / "alles.dotm")
    vision = docx_vision.write_vision_document(demo, tmp_path / "visie.docx", template=path)
    _assert_clean(vision)
    assert docx.Document(str(vision)).styles["Heading 1"].font.name == hostile.HOUSE_FONT
    folder = tmp_path / "afspraken"
    folder.mkdir()
    written = docx_agreements.write_agreement_documents(demo, folder, template=path)
    assert written
    for document in written:
        _assert_clean(document)


def test_a_section_without_page_size_or_margins(demo, normal, tmp_path, no_charts):
    """A template whose section names no page size and no margins (Word then uses its own):
    the vision document is written, its tables sized for A4 with Thuisplan's margins."""
    with zipfile.ZipFile(normal) as archive:
        body = archive.read("word/document.xml")
    bare = re.sub(rb"<w:pgSz[^>]*/>|<w:pgMar[^>]*/>", b"", body)
    assert bare != body
    path = hostile.rewrite(normal, tmp_path / "kaal.docx", replace={"word/document.xml": bare})
    vision = docx_vision.write_vision_document(demo, tmp_path / "visie.docx", template=path)
    grid = docx.Document(str(vision)).tables[0]
    width = sum(column.width for column in grid.columns)
    assert abs(width - Twips(11906 - 2 * 1417)) < len(grid.columns)


def test_zip_bomb_is_refused_without_unpacking(normal, tmp_path):
    """A 1.5 GB part packed into about 1.5 MB: refused from the zip directory."""
    path = hostile.zip_bomb(normal, tmp_path / "bom.docx")
    assert path.stat().st_size < 3 * 1024 * 1024
    _refused(path, "onredelijk groot als het wordt uitgepakt")


@pytest.mark.parametrize("part", ["word/styles.xml", "word/_rels/document.xml.rels"])
def test_entity_expansion_is_refused(normal, tmp_path, part):
    """A 'billion laughs' DOCTYPE in a part that would be read: refused, never expanded."""
    _refused(hostile.entity_bomb(normal, tmp_path / "xml-bom.docx", part), "DOCTYPE/ENTITY")


def test_too_many_parts_is_refused(normal, tmp_path):
    """Five thousand parts: refused from the directory."""
    _refused(hostile.many_parts(normal, tmp_path / "veel.docx"), "onredelijk veel onderdelen")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "geen bruikbaar Word-document"),
        (b"geen word maar tekst", "geen bruikbaar Word-document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "ouder Word-bestand"),
        (b"PK\x03\x04 kapot", "geen bruikbaar Word-document"),
    ],
    ids=["empty", "text", "old-doc", "broken-zip"],
)
def test_not_a_word_file_is_refused(tmp_path, content, message):
    """Whatever is not a .docx gets a Dutch message, not a traceback."""
    path = tmp_path / "sjabloon.docx"
    path.write_bytes(content)
    _refused(path, message)


def test_broken_xml_in_a_kept_part_is_refused(normal, tmp_path):
    """A header that is no well-formed XML: 'beschadigd', not an lxml error."""
    header = hostile.header_part(normal)
    path = hostile.rewrite(normal, tmp_path / "kapot.docx", replace={header: b"<w:hdr><w:p>"})
    _refused(path, "beschadigd")


def test_oversized_header_image_is_left_out(normal, tmp_path, monkeypatch):
    """A header image over the limit is not taken, and the note says so."""
    monkeypatch.setattr(docx_template, "MAX_IMAGE_BYTES", 40)
    style = read_house_style(normal)
    assert "een te grote afbeelding (image1.png)" in style.note
    target = tmp_path / "uit.docx"
    open_template(style).save(str(target))
    assert not any(name.startswith("word/media/") for name in _parts(target))


def test_image_that_is_no_image_is_left_out(normal, tmp_path):
    """A 'PNG' in the header that is something else is not taken."""
    path = hostile.rewrite(normal, tmp_path / "nep.docx", replace={"word/media/image1.png": b"MZ"})
    assert "een onbekend onderdeel (image1.png)" in read_house_style(path).note


def test_a_dotx_template_is_accepted(normal, tmp_path):
    """Word templates (.dotx, content type 'template.main') work like documents."""
    types = _parts(normal)["[Content_Types].xml"]
    assert b"wordprocessingml.document.main+xml" in types
    types = types.replace(b"document.main+xml", b"template.main+xml")
    path = hostile.rewrite(
        normal, tmp_path / "huisstijl.dotx", replace={"[Content_Types].xml": types}
    )
    style = read_house_style(path)
    assert isinstance(style, HouseStyle) and style.note == ""
    assert open_template(style).styles["Heading 1"].font.name == hostile.HOUSE_FONT


def test_a_part_that_points_back_at_the_main_document(normal, tmp_path):
    """A 'header' that is the main document itself (a loop, or a way to smuggle the body
    back in): left out and named; the document body stays empty."""
    rels = _parts(normal)["word/_rels/document.xml.rels"]
    extra = (
        b'<Relationship Id="rIdLus" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/header" Target="document.xml"/></Relationships>'
    )
    path = hostile.rewrite(
        normal,
        tmp_path / "lus.docx",
        replace={"word/_rels/document.xml.rels": rels.replace(b"</Relationships>", extra)},
    )
    style = read_house_style(path)
    assert "een onbekend onderdeel (document.xml)" in style.note
    assert open_template(style).paragraphs == []
