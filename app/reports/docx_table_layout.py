"""How a Word table falls over pages: which rows stay with the next one, and the paragraph
style of the text in its cells.

A table that fits on a page is kept whole (every row but the last stays with the next, and
the caption above stays with the table): Word and LibreOffice then move it to the next page
instead of leaving a row or two at the bottom. A longer table may split, with its header row
repeated, but never leaves its header with one row on a page nor its last row alone on the
next. Whether a table fits is estimated from its text and column widths (an estimate on
the safe side: a table that just fits may still be moved).

The cell text has its own paragraph style, 'Tabeltekst' (9 pt, little spacing): otherwise
the Normal style's size and spacing would override the table style's in Word and
LibreOffice alike, and the two programs could break pages differently.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # python-docx is imported when a document is made
    from docx.document import Document
    from docx.shared import Length

TABLE_TEXT = "Tabeltekst"
TEXT_POINTS = 9.0
CHAR_MM = 1.62  # a generous average character width of 9 pt Calibri/Carlito
LINE_MM = 3.9  # a 9 pt line, single spacing
ROW_EXTRA_MM = 2.2  # cell margins, paragraph spacing and the rule between rows
CELL_MARGINS_MM = 3.0  # left and right, 85 twips each
PAGE_SHARE = 0.8  # a table kept whole may take this much of the text height at most


def table_text_style(document: Document) -> str:
    """The style id of 'Tabeltekst', added to the document when its template lacks it."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    for style in document.styles:
        if style.name == TABLE_TEXT:
            return str(style.style_id)
    style = document.styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(TEXT_POINTS)
    layout = style.paragraph_format
    layout.space_before, layout.space_after = Pt(1), Pt(1)
    layout.line_spacing = 1.0
    return str(style.style_id)


def row_height_mm(values: Sequence[str], widths_mm: Sequence[float]) -> float:
    """The estimated height of a row with these cell texts in columns this wide."""
    lines = 1
    for value, width in zip(values, widths_mm, strict=True):
        per_line = max(int((width - CELL_MARGINS_MM) / CHAR_MM), 1)
        cell = sum(max(math.ceil(len(part) / per_line), 1) for part in value.split("\n"))
        lines = max(lines, cell)
    return lines * LINE_MM + ROW_EXTRA_MM


def kept_rows(heights_mm: Sequence[float], text_height_mm: float) -> set[int]:
    """The body rows (0-based) whose paragraphs keep with the next row: all but the last
    when the table (with its header, heights_mm[0] is the header's) fits within
    PAGE_SHARE of the text height; else the first and the one before the last, so a split
    never leaves the header with a single row nor a single row on a page of its own."""
    body = len(heights_mm) - 1
    if body <= 1:
        return set()
    if sum(heights_mm) <= PAGE_SHARE * text_height_mm:
        return set(range(body - 1))
    return {0, body - 2}


def text_height_mm(document: Document) -> float:
    """The height of the text area of the last section (A4 with Thuisplan's margins when
    the template does not say)."""
    from docx.shared import Emu, Twips

    section = document.sections[-1]
    page, top, bottom = section.page_height, section.top_margin, section.bottom_margin
    height = (
        (Twips(16838) if page is None else page)
        - (Twips(1417) if top is None else top)
        - (Twips(1247) if bottom is None else bottom)
    )
    return float(Emu(height).mm)


def text_width(document: Document) -> Length:
    """The width of the text area of the last section. A user's template may give its
    section no page size or margins (Word then uses its own): A4 with Thuisplan's margins,
    as `docx_base._add_a4_section`."""
    from docx.shared import Emu, Twips

    section = document.sections[-1]
    page = Twips(11906) if section.page_width is None else section.page_width
    left = Twips(1417) if section.left_margin is None else section.left_margin
    right = Twips(1417) if section.right_margin is None else section.right_margin
    return Emu(page - left - right)
