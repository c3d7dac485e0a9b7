"""The parts of a Word package and what a house-style template may keep of them.

Relationships say what a part is (its type) and where it is (its target, inside the
package or, with TargetMode="External", anywhere: a web address, \\\\server\\share).
`classify` decides per relationship; `Findings` collects, in Dutch, what was left out
that the user should know about (macros, links outside, unknown parts); harmless parts
a template simply does not need (document properties, a thumbnail, web settings) go
without a word.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from app.reports import docx_template_xml as xml
from app.services.text_safety import terminal_text

RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PACKAGE_RT = "http://schemas.openxmlformats.org/package/2006/relationships/"
MS_RT = "http://schemas.microsoft.com/office/"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
MAIN = RT + "officeDocument"
# What a house style keeps of the main document, with the content type it is written as.
KEPT = {
    RT + "styles": CT_WML + "styles+xml",
    RT + "numbering": CT_WML + "numbering+xml",
    RT + "theme": "application/vnd.openxmlformats-officedocument.theme+xml",
    RT + "fontTable": CT_WML + "fontTable+xml",
    RT + "settings": CT_WML + "settings+xml",
    RT + "header": CT_WML + "header+xml",
    RT + "footer": CT_WML + "footer+xml",
}
HEADERS = {RT + "header", RT + "footer"}
MACROS = {
    MS_RT + "2006/relationships/vbaProject",
    MS_RT + "2006/relationships/wordVbaData",
    MS_RT + "2006/relationships/keyMapCustomizations",
    MS_RT + "2006/relationships/attachedToolbars",
}
ACTIVE = {
    RT + "oleObject",
    RT + "package",
    RT + "control",
    MS_RT + "2006/relationships/activeXControlBinary",
}
FONT = RT + "font"
ATTACHED_TEMPLATE = RT + "attachedTemplate"
IMAGE = RT + "image"
# Parts a template has but a house style does not need; left out without a word.
SILENT_NAMES = (
    "metadata/core-properties",
    "extended-properties",
    "custom-properties",
    "metadata/thumbnail",
    "digital-signature/origin",
    "webSettings",
    "stylesWithEffects",
    "customXml",
    "footnotes",
    "endnotes",
    "comments",
    "commentsExtended",
    "commentsIds",
    "commentsExtensible",
    "people",
    "glossaryDocument",
    "printerSettings",
    "image",
    "chart",
    "diagramData",
    "diagramLayout",
    "diagramQuickStyle",
    "diagramColors",
    "diagramDrawing",
)
IMAGE_TYPES = {
    "png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    "jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    "jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    "gif": ("image/gif", (b"GIF87a", b"GIF89a")),
    "bmp": ("image/bmp", (b"BM",)),
    "tif": ("image/tiff", (b"II*\x00", b"MM\x00*")),
    "tiff": ("image/tiff", (b"II*\x00", b"MM\x00*")),
    "emf": ("image/x-emf", (b"\x01\x00\x00\x00",)),
    "wmf": ("image/x-wmf", (b"\xd7\xcd\xc6\x9a", b"\x01\x00\x09\x00", b"\x02\x00\x09\x00")),
}


@dataclass(frozen=True)
class Relationship:
    """One relationship of a part; `target` is a part name when internal."""

    rid: str
    type: str
    target: str
    internal: bool

    @classmethod
    def main(cls, target: str) -> Relationship:
        return cls("rId1", MAIN, target, True)

    @property
    def content_type(self) -> str | None:
        """The content type the target is written with; None for what is not kept."""
        if self.type in KEPT:
            return KEPT[self.type]
        if self.type == IMAGE:
            known = IMAGE_TYPES.get(_extension(self.target))
            return known[0] if known else None
        return None

    def looks_like_image(self, data: bytes) -> bool:
        """Whether `data` starts as an image of the kind its name says."""
        known = IMAGE_TYPES.get(_extension(self.target))
        return known is not None and data.startswith(known[1])


def read_relationships(data: bytes, source: str) -> list[Relationship]:
    """The relationships in a .rels part of `source` ('' for the package itself), internal
    targets resolved to part names. A target outside the package counts as external."""
    if not data:
        return []
    rels = []
    for element in xml.parse(data):
        if element.tag != f"{{{RELS_NS}}}Relationship":
            continue
        target = element.get("Target", "")
        internal = element.get("TargetMode", "Internal") != "External"
        name = _part_name(source, target) if internal else None
        rels.append(
            Relationship(element.get("Id", ""), element.get("Type", ""), name or target, bool(name))
        )
    return rels


def _part_name(source: str, target: str) -> str | None:
    """The part name `target` means, seen from `source`; None when it leaves the package."""
    if "://" in target or target.startswith("\\\\"):
        return None
    folder = "" if target.startswith("/") else posixpath.dirname(source)
    name = posixpath.normpath(posixpath.join(folder, target.lstrip("/")))
    return None if name.startswith("..") or name in (".", "") else name


def classify(rel: Relationship, source: str) -> str:
    """What to do with `rel` of a part of kind `source` ('package', 'document', 'header'
    or 'other'): 'main', 'keep', 'image', 'silent', or a kind of finding ('external',
    'attached', 'macro', 'active', 'font', 'unknown')."""
    if not rel.internal:
        return "attached" if rel.type == ATTACHED_TEMPLATE else "external"
    if rel.type in MACROS:
        return "macro"
    if rel.type in ACTIVE:
        return "active"
    if rel.type == FONT:
        return "font"
    if source == "package" and rel.type == MAIN:
        return "main"
    if source == "document" and rel.type in KEPT:
        return "keep"
    if source == "header" and rel.type == IMAGE:
        return "image"
    if source != "header" and rel.type.rsplit("/", 1)[-1] in SILENT_NAMES:
        return "silent"
    if source == "package" and rel.type.startswith(PACKAGE_RT):
        return "silent"
    return "unknown"


_CATEGORIES = {
    "macro": ("macro's", "macro's"),
    "active": ("ingesloten objecten of besturingselementen", None),
    "attached": ("een gekoppeld sjabloon buiten het bestand", None),
    "external": ("een koppeling naar buiten", "koppelingen naar buiten"),
    "field": (
        "een veld dat iets van buiten haalt of uitvoert",
        "velden die iets van buiten halen of uitvoeren",
    ),
    "font": ("ingesloten lettertypen", None),
    "big-image": ("een te grote afbeelding", "te grote afbeeldingen"),
    "unknown": ("een onbekend onderdeel", "onbekende onderdelen"),
}
MAX_DETAILS = 3
MAX_DETAIL_CHARACTERS = 80


class Findings:
    """What was left out of a template that the user should hear about."""

    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}

    def add(self, category: str, detail: str) -> None:
        details = self.found.setdefault(category, [])
        detail = terminal_text(detail)[:MAX_DETAIL_CHARACTERS]
        if detail not in details:
            details.append(detail)

    def add_relationship(self, rel: Relationship, kind: str) -> None:
        if kind in _CATEGORIES:
            self.add(kind, rel.target if not rel.internal else posixpath.basename(rel.target))

    def summary(self) -> tuple[str, ...]:
        """One Dutch phrase per category, with (some of) the names: "macro's (vbaProject.bin)"."""
        phrases = []
        for category, (one, many) in _CATEGORIES.items():
            details = self.found.get(category)
            if not details:
                continue
            label = one if len(details) == 1 or many is None else many
            shown = ", ".join(details[:MAX_DETAILS])
            more = f" en {len(details) - MAX_DETAILS} meer" if len(details) > MAX_DETAILS else ""
            phrases.append(f"{label} ({shown}{more})")
        return tuple(phrases)


def content_types(parts: dict[str, tuple[bytes, str | None]]) -> bytes:
    """[Content_Types].xml for the kept parts: images by extension, XML parts by name."""
    ns = "http://schemas.openxmlformats.org/package/2006/content-types"
    lines = [
        f'<Types xmlns="{ns}">',
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
    ]
    extensions = {_extension(name) for name, (_, kind) in parts.items() if kind is None}
    for extension in sorted(extensions):
        image_type = IMAGE_TYPES[extension][0]
        lines.append(
            f"<Default Extension={quoteattr(extension)} ContentType={quoteattr(image_type)}/>"
        )
    for name, (_, kind) in parts.items():
        if kind is not None:
            lines.append(
                f"<Override PartName={quoteattr('/' + name)} ContentType={quoteattr(kind)}/>"
            )
    lines.append("</Types>")
    return _xml_document(lines)


def relationships_xml(rels: list[Relationship], source: str) -> bytes:
    """A .rels part for `source` with the kept (internal) relationships."""
    lines = [f'<Relationships xmlns="{RELS_NS}">']
    folder = posixpath.dirname(source)
    for rel in rels:
        target = posixpath.relpath(rel.target, folder) if folder else rel.target
        lines.append(
            f"<Relationship Id={quoteattr(rel.rid)} Type={quoteattr(rel.type)} "
            f"Target={quoteattr(target)}/>"
        )
    lines.append("</Relationships>")
    return _xml_document(lines)


def _xml_document(lines: list[str]) -> bytes:
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    return (head + "".join(lines)).encode("utf-8")


def _extension(name: str) -> str:
    return posixpath.splitext(name)[1].lstrip(".").lower()
