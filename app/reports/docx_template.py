"""A municipality's house-style Word template, read as untrusted input.

A template arrives by e-mail or from a share, like a workbook, and whatever python-docx
finds in it is copied into every exported document. So it passes the same guard as a
workbook (file size, number of parts, unpacked size and ratio from the zip directory,
no DTD) and only what a house style needs is taken: styles, numbering, theme, font
table, settings (without an attached template), and the headers and footers with their
images within a size limit. Macros, embedded objects, links outside the document and
unknown parts are left out, and `HouseStyle.note` tells the user what was. The result
is a fresh, minimal .docx in memory; the template file itself is only read.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from app.reports import docx_template_xml as xml
from app.reports import zip_guard
from app.reports.docx_template_parts import (
    HEADERS,
    Findings,
    Relationship,
    classify,
    content_types,
    read_relationships,
    relationships_xml,
)
from app.reports.export_io import ExportError
from app.services.text_safety import terminal_text

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_ENTRIES = 1000
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_PART_BYTES = 50 * 1024 * 1024  # any part, from the zip directory: larger is refused
MAX_XML_BYTES = 8 * 1024 * 1024  # a part that is kept and parsed
MAX_IMAGE_BYTES = 5 * 1024 * 1024  # one header or footer image; larger ones are left out
MAX_IMAGES_BYTES = 20 * 1024 * 1024
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
MAIN_CONTENT_TYPE = CT_WML + "document.main+xml"


class TemplateError(ExportError):
    """The chosen Word template cannot be used; the message says why."""


@dataclass(frozen=True)
class HouseStyle:
    """A checked template: `package` is the reduced .docx, `dropped` what was left out."""

    name: str
    package: bytes
    dropped: tuple[str, ...] = ()

    @property
    def note(self) -> str:
        """For the user: what was left out of the template, or '' when nothing was."""
        if not self.dropped:
            return ""
        return (
            f"Uit het sjabloon '{self.name}' is weggelaten wat een huisstijl niet nodig "
            f"heeft: {'; '.join(self.dropped)}. De stijlen, kop- en voetteksten van het "
            "sjabloon worden wel gebruikt."
        )


def read_house_style(path: Path) -> HouseStyle:
    """Check the template at `path` and keep what a house style needs; TemplateError (a
    Dutch message) when it cannot or must not be used."""
    path = Path(path)
    name = terminal_text(path.name)
    _check_file(path, name)
    try:
        with zipfile.ZipFile(path) as archive:
            _check_directory(archive, name)
            package, findings = _Reducer(archive, name).run()
    except zip_guard.UNREADABLE_ZIP as exc:
        raise TemplateError(_not_a_document(name)) from exc
    except (etree.XMLSyntaxError, KeyError) as exc:
        raise TemplateError(f"Het sjabloon '{name}' is beschadigd.") from exc
    return HouseStyle(name, package, findings.summary())


def _not_a_document(name: str) -> str:
    return (
        f"Het sjabloon '{name}' is geen bruikbaar Word-document (.docx). Sla het in Word op "
        "als 'Word-document (*.docx)' of 'Word-sjabloon (*.dotx)'."
    )


def _check_file(path: Path, name: str) -> None:
    kind, size = zip_guard.sniff(path, MAX_FILE_BYTES)
    if kind == "missing":
        raise TemplateError(f"Het sjabloon '{name}' bestaat niet of is geen bestand.")
    if kind == "too-big":
        raise TemplateError(
            f"Het sjabloon '{name}' is te groot ({size // (1024 * 1024)} MB; maximaal "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB)."
        )
    if kind == "ole":
        raise TemplateError(
            f"Het sjabloon '{name}' is een ouder Word-bestand (.doc) of met een wachtwoord "
            "beveiligd. Haal een wachtwoord weg en sla het op als 'Word-document (*.docx)'."
        )
    if kind != "zip":
        raise TemplateError(_not_a_document(name))


def _check_directory(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse from the zip directory alone, before any part is unpacked."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise TemplateError(
            f"Het sjabloon '{name}' bestaat uit onredelijk veel onderdelen ({len(entries)}; "
            f"een Word-sjabloon heeft er enkele tientallen) en wordt niet gebruikt."
        )
    total = 0
    for entry in entries:
        if zip_guard.is_encrypted(entry):
            raise TemplateError(f"Het sjabloon '{name}' is versleuteld en wordt niet gebruikt.")
        total += entry.file_size
        if (
            zip_guard.is_zip_bomb(entry)
            or entry.file_size > MAX_PART_BYTES
            or total > MAX_TOTAL_UNCOMPRESSED
        ):
            raise TemplateError(
                f"Het sjabloon '{name}' is onredelijk groot als het wordt uitgepakt en wordt "
                "niet gebruikt (mogelijk een 'zip-bom')."
            )


class _Reducer:
    """Walks the template's relationships from the main document and writes a new
    package with only the parts a house style needs."""

    def __init__(self, archive: zipfile.ZipFile, name: str):
        self.archive = archive
        self.name = name
        self.findings = Findings()
        self.parts: dict[str, tuple[bytes, str | None]] = {}  # name -> (bytes, content type)
        self.rels: dict[str, list[Relationship]] = {}  # part name -> its kept relationships
        self.image_bytes = 0
        self.main = ""

    def run(self) -> tuple[bytes, Findings]:
        main = self.main = self._main_part()
        body = self._xml(main)
        kept = self._follow(main, "document")
        section = body.find(f"{{{xml.W}}}body/{{{xml.W}}}sectPr")
        document = etree.Element(xml.w("document"), nsmap={"w": xml.W, "r": xml.R})
        body_out = etree.SubElement(document, xml.w("body"))
        if section is not None:
            body_out.append(section)
            self._clean(document, kept, main)
        self.parts[main] = (xml.serialise(document), MAIN_CONTENT_TYPE)
        self._report_stray_macros()
        return self._package(main), self.findings

    def _main_part(self) -> str:
        main = None
        for rel in read_relationships(self._raw("_rels/.rels", required=True), ""):
            kind = classify(rel, "package")
            if kind == "main" and main is None and self._exists(rel.target):
                main = rel.target
            else:
                self.findings.add_relationship(rel, kind)
        if main is None:
            raise TemplateError(_not_a_document(self.name))
        return main

    def _follow(self, source: str, source_kind: str) -> set[str]:
        """Keep what `source`'s relationships point to, as far as a part of `source_kind`
        may; returns the ids kept."""
        kept_rels = []
        for rel in read_relationships(self._raw(_rels_name(source)), source):
            kind = classify(rel, source_kind)
            if rel.internal and rel.target == self.main:
                kind = "unknown"  # a part that claims to be the main document again
            if kind in ("keep", "image") and self._exists(rel.target):
                if self._keep(rel, kind):
                    kept_rels.append(rel)
                continue
            self.findings.add_relationship(rel, kind)
        self.rels[source] = kept_rels
        return {rel.rid for rel in kept_rels}

    def _keep(self, rel: Relationship, kind: str) -> bool:
        if rel.target in self.parts:
            return True
        if kind == "image":  # in a header or footer
            return self._keep_image(rel)
        root = self._xml(rel.target)
        kept = self._follow(rel.target, "header" if rel.type in HEADERS else "other")
        self._clean(root, kept, rel.target)
        self.parts[rel.target] = (xml.serialise(root), rel.content_type)
        return True

    def _keep_image(self, rel: Relationship) -> bool:
        entry = self.archive.getinfo(rel.target)
        data = zip_guard.read_part(self.archive, entry, MAX_IMAGE_BYTES)
        if data is None or self.image_bytes + len(data) > MAX_IMAGES_BYTES:
            self.findings.add("big-image", posixpath.basename(rel.target))
            return False
        if rel.content_type is None or not rel.looks_like_image(data):
            self.findings.add("unknown", posixpath.basename(rel.target))
            return False
        self.image_bytes += len(data)
        self.parts[rel.target] = (data, None)
        return True

    def _clean(self, root: etree._Element, kept: set[str], part: str) -> None:
        xml.strip_references(root, kept)
        if xml.strip_embedded(root) and not self.findings.found.get("active"):
            self.findings.add("active", f"in {posixpath.basename(part)}")
        for target in xml.strip_vml_links(root):
            self.findings.add("external", target)
        for field in xml.neutralise_fields(root):
            self.findings.add("field", field)
        if root.tag == xml.w("settings"):
            xml.clean_settings(root)

    def _xml(self, name: str) -> etree._Element:
        return xml.parse(self._raw(name, required=True))

    def _raw(self, name: str, *, required: bool = False) -> bytes:
        """An XML part's bytes (b'' for a missing optional one), without a DTD and within
        MAX_XML_BYTES, else TemplateError."""
        if not self._exists(name):
            if required:
                raise TemplateError(_not_a_document(self.name))
            return b""
        data = zip_guard.read_part(self.archive, self.archive.getinfo(name), MAX_XML_BYTES)
        if data is None:
            raise TemplateError(
                f"Het sjabloon '{self.name}' heeft een onredelijk groot onderdeel "
                f"({terminal_text(name)}) en wordt niet gebruikt."
            )
        if zip_guard.has_dtd(data):
            raise TemplateError(
                f"Het sjabloon '{self.name}' bevat een onveilige XML-constructie "
                "(DOCTYPE/ENTITY) en wordt niet gebruikt."
            )
        return data

    def _exists(self, name: str) -> bool:
        try:
            self.archive.getinfo(name)
        except KeyError:
            return False
        return True

    def _report_stray_macros(self) -> None:
        """Macros that no relationship names are not taken either; still say they were there."""
        for entry in self.archive.infolist():
            base = posixpath.basename(entry.filename).lower()
            if base in ("vbaproject.bin", "vbadata.xml") and entry.filename not in self.parts:
                self.findings.add("macro", posixpath.basename(entry.filename))

    def _package(self, main: str) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            package.writestr("[Content_Types].xml", content_types(self.parts))
            package.writestr("_rels/.rels", relationships_xml([Relationship.main(main)], ""))
            for name, (data, _type) in self.parts.items():
                package.writestr(name, data)
            for source, rels in self.rels.items():
                if rels:
                    package.writestr(_rels_name(source), relationships_xml(rels, source))
        return out.getvalue()


def _rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{base}.rels")
