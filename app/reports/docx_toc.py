"""The table of contents of the Word vision, right when the document is opened.

A TOC field with `w:updateFields` in the settings (or a field marked dirty) makes Word ask
the reader, on opening, whether to update "fields that may refer to other files": a
question a council member cannot answer, and without updating there are no page numbers.
So nothing asks Word to update. Instead Thuisplan writes the field's result itself, as
Word would: one paragraph per heading of level 1 and 2, a link to a bookmark on the
heading, a dotted tab and a PAGEREF field showing the page. The pages come from laying the
finished document out once with LibreOffice (`docx_render.heading_pages`); Word's layout
with Calibri and LibreOffice's with the metric-compatible Carlito agree. Without
LibreOffice the contents list the headings without page numbers (a reader in Word gets them
with "Veld bijwerken"). Word and LibreOffice both show the result as written, and either
can rebuild the table from the headings on request.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from app.reports.docx_base import paragraph
from app.reports.docx_table_layout import text_width

if TYPE_CHECKING:  # python-docx is imported when a document is made
    from docx.document import Document
    from docx.text.paragraph import Paragraph
    from lxml import etree

LEVELS = 2
INSTRUCTION = f'TOC \\o "1-{LEVELS}" \\h \\z \\u'
BOOKMARK_PREFIX = "_Toc"
FIRST_BOOKMARK = 900_000  # bookmark ids (and name numbers) nothing else in a document uses
_KEY = "_thuisplan_toc"


@dataclass(frozen=True)
class Entry:
    """A heading as the contents list it: level, text and the bookmark on the heading."""

    level: int
    title: str
    bookmark: str


def contents_place(document: Document) -> Paragraph:
    """The title 'Inhoud', after which `write_contents` puts the list."""
    title = paragraph(document, "Inhoud", "Subtitle")
    title.paragraph_format.keep_with_next = True
    return title


def mark_headings(document: Document) -> list[Entry]:
    """Bookmark every heading of level 1 to LEVELS; returns them in document order."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    levels = {f"Heading {level}": level for level in range(1, LEVELS + 1)}
    entries: list[Entry] = []
    for p in document.paragraphs:
        level = levels.get(p.style.name if p.style is not None else "")
        if level is None or not p.text.strip():
            continue
        number = FIRST_BOOKMARK + len(entries)
        name = f"{BOOKMARK_PREFIX}{number}"
        start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{number}" w:name="{name}"/>')
        end = parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{number}"/>')
        element: etree._Element = p._p  # (types-lxml: see docx_base._append_rows)
        element.insert(0 if p._p.pPr is None else 1, start)
        element.append(end)
        entries.append(Entry(level, p.text, name))
    return entries


def write_contents(
    document: Document, place: Paragraph, entries: Sequence[Entry], pages: Sequence[int] | None
) -> None:
    """The TOC field after `place` with one paragraph per entry, and its page when `pages`
    (one per entry) is given; replaces what an earlier call wrote."""
    from docx.oxml import parse_xml

    for old in document.__dict__.pop(_KEY, []):
        old.getparent().remove(old)
    tab = int(text_width(document) / 635)  # EMU -> twips
    styles = {s.name.lower(): s.style_id for s in document.styles if s.name}
    written = []
    anchor: etree._Element = place._p
    for index, entry in enumerate(entries):
        page = None if pages is None else pages[index]
        xml = _entry_xml(entry, page, styles.get(f"toc {entry.level}"), tab)
        xml = xml.replace(_BEGIN, _FIELD_BEGIN if index == 0 else "")
        xml = xml.replace(_END, _FIELD_END if index == len(entries) - 1 else "")
        element = parse_xml(xml)
        anchor.addnext(element)
        anchor = element
        written.append(element)
    document.__dict__[_KEY] = written


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_FIELD_BEGIN = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    f'<w:r><w:instrText xml:space="preserve"> {escape(INSTRUCTION)} </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
)
_FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
# Where the first and the last entry hold the field's ends (escaped text holds no '<').
_BEGIN, _END = "<!--begin-->", "<!--end-->"


def _entry_xml(entry: Entry, page: int | None, style: str | None, tab: int) -> str:
    style_xml = f"<w:pStyle w:val={quoteattr(style)}/>" if style else ""
    indent = "" if style or entry.level == 1 else f'<w:ind w:left="{340 * (entry.level - 1)}"/>'
    number = ""
    if page is not None:
        number = (
            "<w:r><w:tab/></w:r>"
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGEREF '
            f"{entry.bookmark} \\h </w:instrText></w:r>"
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r><w:t>{page}</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
    return (
        f"<w:p {_W}><w:pPr>{style_xml}"
        f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{tab}"/></w:tabs>{indent}</w:pPr>'
        f'{_BEGIN}<w:hyperlink w:anchor={quoteattr(entry.bookmark)} w:history="1">'
        f'<w:r><w:t xml:space="preserve">{escape(entry.title)}</w:t></w:r>{number}'
        f"</w:hyperlink>{_END}</w:p>"
    )
