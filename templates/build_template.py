"""Build templates/woonzorgvisie.docx: Thuisplan's Word house style.

Run from the repository root: `.venv/bin/python templates/build_template.py`.
The template carries styles (A4, Dutch, Calibri/Cambria-like fonts, dark blue headings,
the table style 'Thuisplan Tabel' with 'Tabeltekst' for its cells, caption, contents,
header and footer styles) and a header that is the place for the municipality's logo;
the documents are filled by app/reports/docx_*.py. A municipality can replace it with
its own .docx that has the same style names (see REQUIRED_STYLES there), or put its logo
in this one's header (templates/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

BLUE = RGBColor(0x1F, 0x4E, 0x79)
ACCENT = RGBColor(0x2E, 0x75, 0xB6)
BODY_FONT = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito
TABLE_STYLE = "Thuisplan Tabel"
TABLE_TEXT = "Tabeltekst"  # the paragraphs in table cells (app/reports/docx_table_layout.py)
LOGO_HINT = (
    "Logo: plaats hier het logo van de gemeente (dubbelklik in de koptekst, dan Invoegen > "
    "Afbeeldingen). Thuisplan zet het op het voorblad en in de koptekst; deze tekst verschijnt "
    "niet in de documenten."
)

TABLE_STYLE_XML = f"""
<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="ThuisplanTabel">
  <w:name w:val="{TABLE_STYLE}"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="40"/>
  <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="18"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/>
      <w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="lastRow">
    <w:rPr><w:b/></w:rPr>
    <w:tcPr><w:tcBorders>
      <w:top w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/>
    </w:tcBorders></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="band1Horz">
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EAF1F8"/></w:tcPr>
  </w:tblStylePr>
</w:style>
"""


def build(target: Path) -> None:
    """Write the template to `target`."""
    document = Document()
    _page(document)
    _language_and_fonts(document)
    _paragraph_styles(document)
    document.styles.element.append(parse_xml(TABLE_STYLE_XML))
    _logo_place(document)
    _remove_body(document)
    document.core_properties.title = "Thuisplan huisstijl"
    document.core_properties.author = "Thuisplan"
    document.save(target)


def _page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin, section.bottom_margin = Mm(25), Mm(22)
    section.header_distance = section.footer_distance = Mm(10)


def _language_and_fonts(document) -> None:
    """Dutch spelling and the body font as document defaults."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in run_defaults.findall(qn("w:lang")):
        run_defaults.remove(old)
    run_defaults.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="nl-NL" w:eastAsia="nl-NL"/>'))
    normal = document.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15


def _paragraph_styles(document) -> None:
    styles = document.styles
    _font(styles["Title"], 28, BLUE, bold=True)
    styles["Title"].paragraph_format.space_after = Pt(12)
    _border_none(styles["Title"])
    _font(styles["Subtitle"], 15, ACCENT)
    for level, size, before in ((1, 16, 18), (2, 13, 12), (3, 11.5, 10)):
        style = styles[f"Heading {level}"]
        _font(style, size, BLUE, bold=True)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True
    _font(styles["Caption"], 9, BLUE, bold=False, italic=True)
    styles["Caption"].paragraph_format.space_after = Pt(10)
    for name in ("Header", "Footer"):
        style = styles[name] if name in styles else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        _font(style, 8.5, RGBColor(0x59, 0x59, 0x59))
    notice = styles.add_style("Kader", WD_STYLE_TYPE.PARAGRAPH)
    notice.base_style = styles["Normal"]
    _font(notice, 10.5, RGBColor(0x7F, 0x3F, 0x00), bold=True)
    notice.element.get_or_add_pPr().append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="24" w:space="8" '
            'w:color="C55A11"/></w:pBdr>'
        )
    )
    notice.element.get_or_add_pPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="FBE5D6"/>')
    )
    for level in (1, 2):  # compact: the contents of a regional vision fit on one page
        style = styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size = Pt(10.5 if level == 1 else 10)
        style.paragraph_format.left_indent = Mm(6 * (level - 1))
        style.paragraph_format.space_before = Pt(5 if level == 1 else 0)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.line_spacing = 1.0
    cells = styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    cells.base_style = styles["Normal"]
    cells.font.size = Pt(9)
    cells.paragraph_format.space_before = cells.paragraph_format.space_after = Pt(1)
    cells.paragraph_format.line_spacing = 1.0


def _logo_place(document) -> None:
    """The header holds the place for the municipality's logo, with a hint for the user."""
    header = document.sections[0].header
    header.is_linked_to_previous = False
    hint = header.paragraphs[0]
    hint.style = document.styles["Header"]
    hint.text = LOGO_HINT


def _font(style, size, colour, *, bold=None, italic=None) -> None:
    style.font.name = "Cambria" if style.name in ("Title",) else BODY_FONT
    style.font.size = Pt(size)
    style.font.color.rgb = colour
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    # Heading styles of the default template name a theme font; drop it so ours counts.
    fonts = style.element.rPr.find(qn("w:rFonts")) if style.element.rPr is not None else None
    if fonts is not None:
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)


def _border_none(style) -> None:
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def _remove_body(document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("woonzorgvisie.docx")
    build(out)
    print(f"Sjabloon geschreven: {out}")
