"""Charts in the Word documents: PNGs rendered by `app.reports.charts`, embedded here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.reports.doc_data import DocumentData
from app.reports.docx_base import figure

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document


def chart(document: Document, data: DocumentData, key: str) -> bool:
    """Embed the chart `key` when it was rendered; returns whether it was."""
    rendered = data.charts.get(key)
    if rendered is None:
        return False
    figure(document, rendered.png, rendered.title, rendered.description)
    return True
