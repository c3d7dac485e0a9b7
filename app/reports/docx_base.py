"""Building blocks for Thuisplan's Word documents on a house-style template.

Open the template (Thuisplan's own or the municipality's .docx with the same style
names, checked and reduced by `docx_template`; a missing style is a Dutch
`TemplateError`), then add a cover page, a table of contents field that Word updates
on opening, headings, safe text, tables (rows built once each: python-docx's
`table.cell` is quadratic), figures and captions.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, overload
from xml.sax.saxutils import escape

from app.reports.docx_template import HouseStyle as HouseStyle  # re-exported
from app.reports.docx_template import TemplateError as TemplateError  # re-exported
from app.reports.docx_template import read_house_style
from app.reports.safe_text import clean_text
from app.resources import template_path

REQUIRED_STYLES = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Caption",
    "Header",
    "Footer",
    "List Bullet",
    "Thuisplan Tabel",
)
DEFAULT_TEMPLATE = "woonzorgvisie.docx"

if TYPE_CHECKING:  # python-docx is imported when a document is made, not at start-up
    from docx.document import Document
    from docx.shared import Length
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run
    from lxml import etree


def open_template(template: Path | HouseStyle | None = None) -> Document:
    """A new document on `template` (default: Thuisplan's), emptied, with every
    required style present. A user's template (a path) is first checked and reduced to
    what a house style needs (`docx_template.read_house_style`); pass a HouseStyle read
    once to skip that and to have its note for the user."""
    if template is None:
        return _ready(_load(template_path(DEFAULT_TEMPLATE)), DEFAULT_TEMPLATE)
    style = house_style(template)
    return _ready(_load(io.BytesIO(style.package), style.name), style.name)


@overload
def house_style(template: Path | HouseStyle) -> HouseStyle: ...
@overload
def house_style(template: None) -> None: ...
def house_style(template: Path | HouseStyle | None) -> HouseStyle | None:
    """`template` checked once (a path is read with `read_house_style`); None stays None."""
    if template is None or isinstance(template, HouseStyle):
        return template
    return read_house_style(template)


def _load(source: Path | io.BytesIO, name: str = "") -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    name = name or (source.name if isinstance(source, Path) else "")
    try:
        return docx.Document(source if isinstance(source, io.BytesIO) else str(source))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise TemplateError(
            f"Het sjabloon '{name}' is geen bruikbaar Word-document (.docx)."
        ) from exc
    except Exception as exc:  # lxml raises its own errors for broken XML
        raise TemplateError(f"Het sjabloon '{name}' is beschadigd.") from exc


def _ready(document: Document, name: str) -> Document:
    missing = missing_styles(document)
    if missing:
        raise TemplateError(
            f"Het sjabloon '{name}' mist deze stijlen: {', '.join(missing)}. Voeg ze toe "
            "in Word (Stijlen) of kies het standaardsjabloon van Thuisplan."
        )
    _empty_body(document)
    if not document.sections:  # a template without page settings: A4, as Thuisplan's own
        _add_a4_section(document)
    return document


def _add_a4_section(document: Document) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document.element.body.append(
        parse_xml(
            f'<w:sectPr {nsdecls("w")}><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" '
            'w:right="1417" w:bottom="1247" w:left="1417" w:header="567" w:footer="567" '
            'w:gutter="0"/></w:sectPr>'
        )
    )


def missing_styles(document: Document) -> list[str]:
    """The required style names the document does not define."""
    present = {style.name for style in document.styles}
    return [name for name in REQUIRED_STYLES if name not in present]


def _empty_body(document: Document) -> None:
    from docx.oxml.ns import qn

    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def text(paragraph: Paragraph, value: object, *, bold: bool = False, italic: bool = False) -> Run:
    """Add user text to a paragraph, without characters Word cannot store."""
    run = paragraph.add_run(clean_text(value))
    run.bold = bold or None
    run.italic = italic or None
    return run


OPTIONAL_STYLES = {"Kader": "Normal", "TOC 1": "Normal", "TOC 2": "Normal"}


def paragraph(document: Document, value: object = "", style: str | None = None) -> Paragraph:
    """A paragraph of (cleaned) text; an optional style the template lacks falls back."""
    if style in OPTIONAL_STYLES and style not in {s.name for s in document.styles}:
        style = OPTIONAL_STYLES[style]
    p = document.add_paragraph(style=style)
    if value != "":
        text(p, value)
    return p


def heading(document: Document, value: str, level: int) -> Paragraph:
    """A heading (Heading 1-3); it appears in the table of contents."""
    return document.add_paragraph(clean_text(value), style=f"Heading {level}")


def bullets(document: Document, items: Sequence[str]) -> None:
    """A bulleted list."""
    for item in items:
        paragraph(document, item, "List Bullet")


@dataclass(frozen=True)
class Cell:
    """A table value with its alignment: numbers right, text left."""

    value: str
    numeric: bool = False


def table(
    document: Document,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    total: bool = False,
    weights: Sequence[float] | None = None,
) -> Table:
    """A table in the house style; header row repeated on every page; `total` styles the
    last row as a total. Values are text (already formatted) or `Cell`s. `weights` are
    relative column widths (default: the first column wider, for names)."""
    from docx.enum.table import WD_TABLE_ALIGNMENT

    grid: Table = document.add_table(rows=1, cols=len(header))
    grid.style = document.styles["Thuisplan Tabel"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    _table_look(grid, total)
    widths = _widths(document, len(header), weights)
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width  # the grid LibreOffice reads
    header_row = grid.rows[0]
    _repeat_header(header_row)
    _fill(header_row.cells, [Cell(str(title)) for title in header], widths)
    _append_rows(grid, rows, widths)
    return grid


def _append_rows(grid: Table, rows: Sequence[Sequence[object]], widths: list[Length]) -> None:
    """The body rows, written as WordprocessingML in one go: python-docx's row and cell
    objects cost about a millisecond per cell, which a national appendix cannot afford.
    Each row: kept on one page; each cell: its width; numbers right-aligned."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    twips = [int(width / 635) for width in widths]  # EMU -> twentieths of a point
    parts = [f"<w:tbl {nsdecls('w')}>"]
    for values in rows:
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for value, width in zip(values, twips, strict=True):
            item = value if isinstance(value, Cell) else Cell(str(value))
            align = '<w:pPr><w:jc w:val="right"/></w:pPr>' if item.numeric else ""
            text = escape(clean_text(item.value))
            parts.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p>{align}'
                f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:tc>'
            )
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    body = parse_xml("".join(parts))
    # types-lxml lets an element take children of its own class only; python-docx's
    # element classes (CT_Tbl, CT_Row) are lxml elements that take any.
    grid._tbl.extend(list(body))  # type: ignore[arg-type]


def _fill(cells: Sequence[_Cell], values: Sequence[Cell], widths: list[Length]) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for cell, item, width in zip(cells, values, widths, strict=True):
        cell.width = width  # Word reads the cell widths
        p = cell.paragraphs[0]
        p.add_run(clean_text(item.value))
        if item.numeric:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _widths(document: Document, count: int, weights: Sequence[float] | None) -> list[Length]:
    from docx.shared import Emu, Twips

    section = document.sections[-1]
    # A user's template may give its section no page size or margins (Word then uses its
    # own): the columns are sized for A4 with Thuisplan's margins, as `_add_a4_section`.
    page, left, right = section.page_width, section.left_margin, section.right_margin
    usable = (
        (Twips(11906) if page is None else page)
        - (Twips(1417) if left is None else left)
        - (Twips(1417) if right is None else right)
    )
    weights = list(weights) if weights else [2.6] + [1.0] * (count - 1)
    total = sum(weights)
    return [Emu(int(usable * w / total)) for w in weights]


def _repeat_header(row: _Row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)  # type: ignore[arg-type]  # (types-lxml: see _append_rows)


def _table_look(grid: Table, total: bool) -> None:
    from docx.oxml.ns import qn

    properties = grid._tbl.tblPr
    assert properties is not None  # python-docx makes every table with its properties
    look: etree._Element | None = properties.find(qn("w:tblLook"))
    if look is None:
        from docx.oxml import OxmlElement

        look = OxmlElement("w:tblLook")
        properties.append(look)  # type: ignore[arg-type]  # (types-lxml: see _append_rows)
    for name, on in (("firstRow", True), ("lastRow", total), ("noVBand", True)):
        look.set(qn(f"w:{name}"), "1" if on else "0")
    look.set(qn("w:noHBand"), "0")
    look.set(qn("w:val"), "04A0" if not total else "04E0")


def caption(document: Document, kind: str, value: str) -> Paragraph:
    """'Tabel 3: ...' / 'Figuur 2: ...' with a SEQ field Word can renumber."""
    from app.reports.docx_fields import add_field

    p = document.add_paragraph(style="Caption")
    if kind == "Tabel":  # a table's caption stands above it: keep them on one page
        p.paragraph_format.keep_with_next = True
    p.add_run(f"{kind} ")
    add_field(p, f"SEQ {kind} \\* ARABIC", str(_next_number(document, kind)))
    text(p, f": {value}")
    return p


def _next_number(document: Document, kind: str) -> int:
    counters: dict[str, int] = document.__dict__.setdefault("_thuisplan_counters", {})
    counters[kind] = counters.get(kind, 0) + 1
    return counters[kind]


def figure(document: Document, png: bytes, title: str, width_mm: float = 160) -> None:
    """A chart picture (PNG bytes) with its caption below."""
    import io

    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    document.add_picture(io.BytesIO(png), width=Mm(width_mm))
    document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.paragraphs[-1].paragraph_format.keep_with_next = True
    caption(document, "Figuur", title)


def page_break(document: Document) -> None:
    """Start a new page."""
    from docx.enum.text import WD_BREAK

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(document: Document, target: Path) -> None:
    """Save to `target` (a temporary path from `atomic_target`)."""
    document.save(str(target))
