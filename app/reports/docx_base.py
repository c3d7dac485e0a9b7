"""Building blocks for Thuisplan's Word documents on a house-style template.

Open the template (Thuisplan's own or the municipality's .docx with the same style
names, checked and reduced by `docx_template`; a missing style is a Dutch
`TemplateError`), then add a cover page, a table of contents field that Word updates
on opening, headings, safe text, tables (rows built once each: python-docx's
`table.cell` is quadratic), figures and captions.
"""

from __future__ import annotations

import io
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, overload
from xml.sax.saxutils import escape

from app.reports.docx_table_layout import (
    TABLE_TEXT,
    kept_rows,
    row_height_mm,
    table_text_style,
    text_height_mm,
    text_width,
)
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


LANGUAGE = "nl-NL"


def set_language(document: Document) -> None:
    """Dutch as the document's language: in its properties and as the text's default
    (spelling, and the voice a screen reader speaks in), whatever the template said."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document.core_properties.language = LANGUAGE
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = parse_xml(f"<w:rPrDefault {nsdecls('w')}/>")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        run_defaults.append(properties)
    language = properties.find(qn("w:lang"))
    if language is None:
        language = parse_xml(f"<w:lang {nsdecls('w')}/>")
        properties.append(language)
    language.set(qn("w:val"), LANGUAGE)


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
    p = styled_paragraph(document, style)
    _after_table(p)
    if value != "":
        text(p, value)
    return p


def styled_paragraph(document: Document, style: str | None, value: str = "") -> Paragraph:
    """`document.add_paragraph(value, style)`, with the style's id looked up once per
    document: python-docx reads every style of the template again for each paragraph (a
    quarter of a regional vision's writing). An optional style the template lacks falls
    back (`OPTIONAL_STYLES`)."""
    p = document.add_paragraph(value)
    if style is not None:
        p._p.style = style_id(document, style)
    return p


_STYLE_IDS: weakref.WeakKeyDictionary[object, dict[str, str | None]] = weakref.WeakKeyDictionary()


def style_id(document: Document, name: str) -> str | None:
    """The id of the paragraph style `name` (None for the default style, as python-docx
    writes it), remembered for this document."""
    from docx.enum.style import WD_STYLE_TYPE

    ids = _STYLE_IDS.setdefault(document.part, {})
    if name not in ids:
        try:
            # what Paragraph.style's setter calls (python-docx leaves this one unannotated)
            part = document.part
            ids[name] = part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[no-untyped-call]
        except KeyError:
            if name not in OPTIONAL_STYLES:
                raise
            ids[name] = style_id(document, OPTIONAL_STYLES[name])
    return ids[name]


def _after_table(p: Paragraph) -> None:
    """Room above a paragraph that follows a table: Word has no space after a table, and a
    note or caption would touch its bottom rule."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    previous = p._p.getprevious()
    after_table = previous is not None and previous.tag == qn("w:tbl")
    if after_table and p.paragraph_format.space_before is None:
        p.paragraph_format.space_before = Pt(6)


def heading(document: Document, value: str, level: int) -> Paragraph:
    """A heading (Heading 1-3; 1 and 2 appear in the table of contents), kept with the
    paragraph after it also when a template's heading style does not say so."""
    p = styled_paragraph(document, f"Heading {level}", clean_text(value))
    p.paragraph_format.keep_with_next = True
    return p


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
    row_mm: float | None = None,
) -> Table:
    """A table in the house style: header row marked (repeated on every page, read as the
    header by a screen reader), the rows kept together as `docx_table_layout` decides;
    `total` styles the last row as a total. Values are text (already formatted) or `Cell`s.
    `weights` are relative column widths (default: the first column wider, for names);
    `row_mm` a least height of the body rows (room to sign)."""
    grid = _grid(document, len(header), total)
    widths = _widths(document, len(header), weights)
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width  # the grid LibreOffice reads
    cells = [[_cell(value) for value in values] for values in rows]
    titles = [  # a column of numbers has its title on the right too
        Cell(clean_text(title), bool(cells) and all(row[i].numeric for row in cells))
        for i, title in enumerate(header)
    ]
    heights = [
        row_height_mm([c.value for c in row], [w.mm for w in widths]) for row in [titles, *cells]
    ]
    heights[1:] = [max(height, row_mm or 0) for height in heights[1:]]
    style = table_text_style(document)
    _repeat_header(grid.rows[0])
    _fill(grid.rows[0].cells, titles, widths, document)
    kept = kept_rows(heights, text_height_mm(document))
    _append_rows(grid, cells, widths, style, kept, row_mm)
    return grid


def _grid(document: Document, columns: int, total: bool) -> Table:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    grid: Table = document.add_table(rows=1, cols=columns)
    grid.style = document.styles["Thuisplan Tabel"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    _table_look(grid, total)
    return grid


def _cell(value: object) -> Cell:
    item = value if isinstance(value, Cell) else Cell(str(value))
    return Cell(clean_text(item.value), item.numeric)


def _append_rows(
    grid: Table,
    rows: Sequence[Sequence[Cell]],
    widths: list[Length],
    style: str,
    kept: set[int],
    row_mm: float | None = None,
) -> None:
    """The body rows, written as WordprocessingML in one go: python-docx's row and cell
    objects cost about a millisecond per cell, which a national appendix cannot afford.
    Each row: kept on one page, and with the next row when its index is in `kept`; each
    cell: its width; numbers right-aligned; a line break where the text has one."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    twips = [int(width / 635) for width in widths]  # EMU -> twentieths of a point
    height = f'<w:trHeight w:val="{round(row_mm * 56.7)}" w:hRule="atLeast"/>' if row_mm else ""
    parts = [f"<w:tbl {nsdecls('w')}>"]
    for index, values in enumerate(rows):
        keep = "<w:keepNext/>" if index in kept else ""
        parts.append(f"<w:tr><w:trPr><w:cantSplit/>{height}</w:trPr>")
        for item, width in zip(values, twips, strict=True):
            align = '<w:jc w:val="right"/>' if item.numeric else ""
            lines = '</w:t><w:br/><w:t xml:space="preserve">'.join(
                escape(line) for line in item.value.split("\n")
            )
            parts.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:pPr>'
                f'<w:pStyle w:val="{escape(style)}"/>{keep}{align}</w:pPr>'
                f'<w:r><w:t xml:space="preserve">{lines}</w:t></w:r></w:p></w:tc>'
            )
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    body = parse_xml("".join(parts))
    # types-lxml lets an element take children of its own class only; python-docx's
    # element classes (CT_Tbl, CT_Row) are lxml elements that take any.
    grid._tbl.extend(list(body))  # type: ignore[arg-type]


def _fill(
    cells: Sequence[_Cell], values: Sequence[Cell], widths: list[Length], document: Document
) -> None:
    """The header row: kept with the first body row."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for cell, item, width in zip(cells, values, widths, strict=True):
        cell.width = width  # Word reads the cell widths
        p = cell.paragraphs[0]
        p._p.style = style_id(document, TABLE_TEXT)
        p.paragraph_format.keep_with_next = True
        p.add_run(clean_text(item.value))
        if item.numeric:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _widths(document: Document, count: int, weights: Sequence[float] | None) -> list[Length]:
    """Column widths in whole twips (the unit Word stores them in) that add up to the
    text width exactly: rounded per column they could be a little wider than the page."""
    from docx.shared import Twips

    usable = int(text_width(document) / 635)  # EMU -> twips
    weights = list(weights) if weights else [2.6] + [1.0] * (count - 1)
    total = sum(weights)
    columns = [int(usable * w / total) for w in weights]
    for index in range(usable - sum(columns)):  # fewer than `count` twips left over
        columns[index] += 1
    return [Twips(width) for width in columns]


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

    p = styled_paragraph(document, "Caption")
    _after_table(p)
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


def figure(
    document: Document, png: bytes, title: str, description: str, width_mm: float = 160
) -> None:
    """A chart picture (PNG bytes) with its alternative text (what a screen reader says
    instead of the picture) and its caption below."""
    figure_later(document, title, description, width_mm)(png)


def figure_later(
    document: Document, title: str, description: str, width_mm: float = 160
) -> Callable[[bytes], None]:
    """`figure` with the picture left out: its paragraph and caption now, the picture when
    the returned function is called with the PNG. The document is the same as `figure`'s
    when the pictures are put in the order of their paragraphs and nothing else numbered
    by python-docx (pictures, relations) is added in between."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    p = document.add_paragraph()  # what python-docx's add_picture adds the picture to
    run = p.add_run()
    _after_table(p)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.keep_with_next = True
    caption(document, "Figuur", title)

    def put(png: bytes) -> None:
        shape = run.add_picture(io.BytesIO(png), width=Mm(width_mm))
        describe_picture(shape._inline, title, description)

    return put


def describe_picture(drawing: etree._Element, title: str, description: str) -> None:
    """Give a picture (a wp:inline or wp:anchor) its title and alternative text."""
    from docx.oxml.ns import qn

    properties = drawing.find(qn("wp:docPr"))
    assert properties is not None  # python-docx and Word write one for every picture
    properties.set("title", clean_text(title)[:250])
    properties.set("descr", clean_text(description) or clean_text(title))


def closing_paragraph(document: Document) -> None:
    """A tiny empty last paragraph: Word ends a document that ends with a table with an
    empty paragraph of its own, which can spill onto a page of its own."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    p = paragraph(document)
    p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    # the paragraph mark's size sets the height of an empty paragraph
    mark = parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>')
    p._p.get_or_add_pPr().append(mark)  # type: ignore[arg-type]  # (types-lxml: see above)


def page_break(document: Document) -> None:
    """Start a new page."""
    from docx.enum.text import WD_BREAK

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(document: Document, target: Path) -> None:
    """Save to `target` (a temporary path from `atomic_target`)."""
    document.save(str(target))
