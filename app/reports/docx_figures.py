"""Charts in the Word documents: PNGs rendered by `app.reports.charts`, embedded here.

The workers draw the images while the text is written: `chart` writes a chart's paragraph
and caption at once and leaves the picture to `place_pictures`, which puts every picture in
its place, in document order, once the text is done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.reports.doc_data import DocumentData
from app.reports.docx_base import figure_later

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document


def chart(document: Document, data: DocumentData, key: str) -> bool:
    """Embed the chart `key` when it is rendered (its picture by `place_pictures`);
    returns whether it is."""
    rendered = data.charts.get(key)
    if rendered is None:
        return False
    put = figure_later(document, rendered.title, rendered.description)
    data.pictures.append(lambda: put(rendered.png))
    return True


def place_pictures(data: DocumentData) -> None:
    """Put the pictures `chart` left out in their places, in document order (so they are
    numbered as if put at once), waiting for the workers drawing them."""
    while data.pictures:
        data.pictures.pop(0)()
