"""Word fields (PAGE, NUMPAGES, SEQ), the running header and footer.

Every field is written with the result it should show, and none is marked for updating
on opening: Word would first ask the reader a question about "fields that may refer to
other files". PAGE and NUMPAGES Word and LibreOffice fill in as they lay the pages out;
the table of contents is `docx_toc`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.reports.docx_logo import HEADER_BOX_MM, Logo, place_logo
from app.reports.docx_table_layout import text_width
from app.reports.safe_text import clean_text

if TYPE_CHECKING:  # python-docx is imported when a document is made
    from docx.document import Document
    from docx.text.paragraph import Paragraph


def add_field(paragraph: Paragraph, instruction: str, shown: str = "") -> None:
    """A complex field: begin, instruction, separate, shown result, end."""
    _char(paragraph, "begin")
    _instruction(paragraph, instruction)
    _char(paragraph, "separate")
    if shown:
        paragraph.add_run(shown)
    _char(paragraph, "end")


def _char(paragraph: Paragraph, kind: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    run._r.append(element)  # type: ignore[arg-type]  # (types-lxml: see docx_base)


def _instruction(paragraph: Paragraph, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    element = OxmlElement("w:instrText")
    element.set(qn("xml:space"), "preserve")
    element.text = f" {instruction} "
    run._r.append(element)  # type: ignore[arg-type]  # (types-lxml: see docx_base)


def header_and_footer(
    document: Document, title: str, subtitle: str = "", logo: Logo | None = None
) -> None:
    """Header with the document's title (and the logo at the left when there is one),
    footer 'Pagina X van Y'; none on the cover page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    head.style = document.styles["Header"]
    head.text = ""
    if logo is not None:
        place_logo(head.add_run(), logo, HEADER_BOX_MM)
        _only_tab_at_right(document, head)
        head.add_run("\t")
    head.add_run(clean_text(title))
    if subtitle:
        head.add_run(f"  ·  {clean_text(subtitle)}")
    head.alignment = WD_ALIGN_PARAGRAPH.LEFT if logo is not None else WD_ALIGN_PARAGRAPH.RIGHT
    foot = section.footer.paragraphs[0]
    foot.style = document.styles["Footer"]
    foot.text = ""
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Pagina ")
    add_field(foot, "PAGE", "1")
    foot.add_run(" van ")
    add_field(foot, "NUMPAGES", "1")


def _only_tab_at_right(document: Document, head: Paragraph) -> None:
    """One tab stop, right-aligned at the right margin: the ones the header style has (Word's
    own sets one in the middle) are cleared."""
    from docx.enum.text import WD_TAB_ALIGNMENT

    stops = head.paragraph_format.tab_stops
    style = head.style
    while style is not None:
        for stop in style.paragraph_format.tab_stops:
            stops.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
        style = style.base_style
    stops.add_tab_stop(text_width(document), WD_TAB_ALIGNMENT.RIGHT)
