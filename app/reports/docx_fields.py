"""Word fields (PAGE, NUMPAGES, SEQ, TOC), the cover page, header and footer.

A TOC field plus `w:updateFields` in the settings makes Word offer to update the
table of contents (and the page numbers) when the document is opened. The field's
result is pre-filled with the chapter titles, so a reader that does not update
fields (LibreOffice's plain conversion, a viewer) still shows a usable contents list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.reports.safe_text import clean_text

if TYPE_CHECKING:  # python-docx is imported when a document is made
    from docx.document import Document
    from docx.text.paragraph import Paragraph


def add_field(paragraph: Paragraph, instruction: str, shown: str = "") -> None:
    """A complex field: begin, instruction, separate, shown result, end."""
    _char(paragraph, "begin", dirty=instruction.startswith("TOC"))
    _instruction(paragraph, instruction)
    _char(paragraph, "separate")
    if shown:
        paragraph.add_run(shown)
    _char(paragraph, "end")


def _char(paragraph: Paragraph, kind: str, *, dirty: bool = False) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    if dirty:
        element.set(qn("w:dirty"), "true")
    run._r.append(element)  # type: ignore[arg-type]  # (types-lxml: see docx_base)


def _instruction(paragraph: Paragraph, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    element = OxmlElement("w:instrText")
    element.set(qn("xml:space"), "preserve")
    element.text = f" {instruction} "
    run._r.append(element)  # type: ignore[arg-type]  # (types-lxml: see docx_base)


def table_of_contents(document: Document, entries: Sequence[tuple[int, str]]) -> None:
    """A TOC field over Heading 1-3, pre-filled with `entries` (level, title)."""
    first = document.add_paragraph(style="TOC 1" if _has(document, "TOC 1") else None)
    _char(first, "begin", dirty=True)
    _instruction(first, 'TOC \\o "1-3" \\h \\z \\u')
    _char(first, "separate")
    paragraphs = [first]
    for index, (level, title) in enumerate(entries):
        style = f"TOC {level}" if _has(document, f"TOC {level}") else None
        p = first if index == 0 else document.add_paragraph(style=style)
        p.add_run(clean_text(title))
        paragraphs.append(p)
    _char(paragraphs[-1], "end")
    update_fields_on_open(document)


def _has(document: Document, style: str) -> bool:
    return any(s.name == style for s in document.styles)


def update_fields_on_open(document: Document) -> None:
    """Ask Word to update all fields (TOC, page numbers) when the document is opened."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        element = OxmlElement("w:updateFields")
        element.set(qn("w:val"), "true")
        settings.append(element)


def header_and_footer(document: Document, title: str, subtitle: str = "") -> None:
    """Header with the document's title, footer 'Pagina X van Y'; none on the cover page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    head.style = document.styles["Header"]
    head.text = ""
    head.add_run(clean_text(title))
    if subtitle:
        head.add_run(f"  ·  {clean_text(subtitle)}")
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = section.footer.paragraphs[0]
    foot.style = document.styles["Footer"]
    foot.text = ""
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Pagina ")
    add_field(foot, "PAGE", "1")
    foot.add_run(" van ")
    add_field(foot, "NUMPAGES", "1")
