"""The XML of the parts a house-style template keeps, made harmless.

What stays of a template (styles, numbering, theme, fonts, settings, headers and
footers) must not reach outside the document: a reference to a relationship that was
dropped is removed, settings lose the attached template, mail merge and protection,
embedded objects go, a field that fetches or runs something (INCLUDEPICTURE \\\\server\\x,
DDEAUTO, ...) keeps its shown text but loses its instruction, and VML's own links to
files (`src`, `o:href`) go. Parsing never loads a DTD, an entity or anything from the
network, and keeps lxml's limits on depth and text size.
"""

from __future__ import annotations

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_VML = ("urn:schemas-microsoft-com:vml", "urn:schemas-microsoft-com:office:office")
_VML_LINKS = {"src", "href", "althref"}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


# Elements that are nothing but a reference: without it they go as a whole.
_REFERENCES = {
    w(name)
    for name in (
        "headerReference",
        "footerReference",
        "printerSettings",
        "attachedTemplate",
        "dataSource",
        "headerSource",
        "sourceFileName",
        "saveThroughXslt",
        "altChunk",
        "subDoc",
        "embedRegular",
        "embedBold",
        "embedItalic",
        "embedBoldItalic",
    )
}
_EMBEDDED = {w("object"), w("control"), "{urn:schemas-microsoft-com:office:office}OLEObject"}
_SETTINGS_DROPPED = {
    w(name)
    for name in (
        "attachedTemplate",
        "mailMerge",
        "footnotePr",
        "endnotePr",
        "documentProtection",
        "writeProtection",
    )
}
# Fields that only show something of the document itself.
SAFE_FIELDS = {
    "",
    "PAGE",
    "NUMPAGES",
    "SECTIONPAGES",
    "SECTION",
    "DATE",
    "TIME",
    "CREATEDATE",
    "SAVEDATE",
    "PRINTDATE",
    "TITLE",
    "SUBJECT",
    "AUTHOR",
    "FILENAME",
    "STYLEREF",
    "DOCPROPERTY",
    "REF",
    "PAGEREF",
    "SEQ",
}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse(data: bytes) -> etree._Element:
    """Parse a part; lxml.etree.XMLSyntaxError when it is no well-formed XML."""
    return etree.fromstring(data, _PARSER)


def serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def strip_references(root: etree._Element, kept: set[str]) -> None:
    """Remove every reference to a relationship id not in `kept`: the attribute, or the
    whole element when it is only a reference."""
    for element in list(root.iter()):
        for attribute, value in list(element.attrib.items()):
            if not attribute.startswith(f"{{{R}}}") or value in kept:
                continue
            if element.tag in _REFERENCES:
                _remove(element)
                break
            del element.attrib[attribute]


def strip_embedded(root: etree._Element) -> int:
    """Remove embedded objects and controls (OLE, ActiveX); returns how many."""
    found = [e for e in root.iter() if e.tag in _EMBEDDED]
    for element in found:
        _remove(element)
    return len(found)


def strip_vml_links(root: etree._Element) -> list[str]:
    """Remove VML's links to files outside the document; returns their targets."""
    links = []
    for element in root.iter():
        if not isinstance(element.tag, str) or not element.tag.startswith(
            tuple(f"{{{ns}}}" for ns in _VML)
        ):
            continue
        for attribute in list(element.attrib):
            if etree.QName(attribute).localname.lower() in _VML_LINKS:
                links.append(element.attrib.pop(attribute))
    return links


def clean_settings(root: etree._Element) -> None:
    """Settings without an attached template, mail merge, note separators or protection."""
    for element in [e for e in root if e.tag in _SETTINGS_DROPPED]:
        root.remove(element)


def neutralise_fields(root: etree._Element) -> list[str]:
    """Take the instruction out of every field not in SAFE_FIELDS (its shown text stays);
    returns the names of the fields neutralised."""
    names = []
    for simple in [e for e in root.iter(w("fldSimple"))]:
        name = field_name(simple.get(w("instr"), ""))
        if name not in SAFE_FIELDS:
            names.append(name)
            _unwrap(simple)
    open_fields: list[list[etree._Element]] = []
    for element in root.iter(w("fldChar"), w("instrText")):
        if element.tag == w("instrText"):
            if open_fields:
                open_fields[-1].append(element)
            continue
        kind = element.get(w("fldCharType"))
        if kind == "begin":
            open_fields.append([])
        elif kind in ("separate", "end") and open_fields:
            parts = open_fields[-1] if kind == "separate" else open_fields.pop()
            names.extend(_neutralise(parts))
            parts.clear()  # evaluated once, at 'separate' (or at 'end' without one)
    return names


def _neutralise(parts: list[etree._Element]) -> list[str]:
    name = field_name("".join(part.text or "" for part in parts))
    if name in SAFE_FIELDS:
        return []
    for part in parts:
        part.text = ""
    return [name]


def field_name(instruction: str) -> str:
    """'INCLUDEPICTURE' of ' INCLUDEPICTURE "x" \\d '."""
    words = instruction.split()
    return words[0].upper().lstrip("\\") if words else ""


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _unwrap(element: etree._Element) -> None:
    """Replace `element` by its children (a simple field by its shown text)."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)
