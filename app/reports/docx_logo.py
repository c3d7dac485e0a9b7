"""The municipality's logo: the first picture in the house-style template's header.

Thuisplan's own template keeps its header free for it (templates/README.md says how to put
a logo in). A user's template passes `docx_template`'s guard first, which keeps a header's
pictures within a size limit. When there is a logo, the documents show it on the cover and
at the left of the running header, scaled to fit a box, with alternative text.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.reports.docx_base import describe_picture

if TYPE_CHECKING:  # python-docx is imported when a document is made
    from docx.document import Document
    from docx.section import _Header
    from docx.text.run import Run

COVER_BOX_MM = (70.0, 28.0)  # width, height
HEADER_BOX_MM = (45.0, 11.0)
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


@dataclass(frozen=True)
class Logo:
    """The logo's picture and the alternative text the template gave it (or 'Logo')."""

    image: bytes
    description: str


def take_logo(document: Document) -> Logo | None:
    """The first picture in the template's header, taken out of it (the header is rebuilt
    around it); None when the header has none or it cannot be read."""
    section = document.sections[0]
    for header in (section.header, section.first_page_header):
        if header.is_linked_to_previous:
            continue
        logo = _take_from(header)
        if logo is not None:
            return logo
    return None


def _take_from(header: _Header) -> Logo | None:
    from docx.image.image import Image
    from docx.oxml.ns import qn

    for blip in header._element.iter(f"{{{A}}}blip"):
        part = header.part.related_parts.get(blip.get(f"{{{R}}}embed") or "")
        image = getattr(part, "blob", None)
        if not isinstance(image, bytes):
            continue
        try:
            Image.from_blob(image)  # a picture python-docx can place again
        except Exception:  # python-docx raises its own errors for unknown formats
            continue
        drawing = next((e for e in blip.iterancestors() if e.tag == qn("w:drawing")), None)
        properties = next(drawing.iter(f"{{{WP}}}docPr"), None) if drawing is not None else None
        description = (properties.get("descr") if properties is not None else "") or "Logo"
        run = next((e for e in blip.iterancestors() if e.tag == qn("w:r")), None)
        if run is not None and run.getparent() is not None:
            run.getparent().remove(run)
        return Logo(image, description)
    return None


def place_logo(run: Run, logo: Logo, box_mm: tuple[float, float]) -> None:
    """The logo in `run`, as large as fits in the box (width, height in mm)."""
    from docx.image.image import Image
    from docx.shared import Mm

    picture = Image.from_blob(logo.image)
    ratio = picture.px_width / max(picture.px_height, 1)
    width, height = box_mm
    if width / height > ratio:
        width = height * ratio
    else:
        height = width / ratio
    shape = run.add_picture(io.BytesIO(logo.image), width=Mm(width), height=Mm(height))
    describe_picture(shape._inline, "Logo", logo.description)


def cover_logo(document: Document, logo: Logo | None) -> None:
    """The logo at the top of the cover page, when there is one."""
    if logo is not None:
        place_logo(document.add_paragraph().add_run(), logo, COVER_BOX_MM)
