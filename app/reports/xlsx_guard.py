"""Checks on an untrusted .xlsx before openpyxl reads it.

A workbook from outside can be anything: another format, password-protected (an
encrypted OLE container), damaged, a zip bomb or an XML bomb. These checks look
only at the file's first bytes and the zip directory (declared sizes, which
Python's zipfile also enforces while reading), then scan the XML parts for a
DOCTYPE and for absurdly deep nesting, all in bounded memory, and refuse with a
Dutch message. openpyxl itself parses through defusedxml when it is installed
(see `defused_parsing_active`).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.parsers import expat

from app.reports.zip_guard import (
    UNREADABLE_ZIP,
    XML_SUFFIXES,
    feed_part,
    is_encrypted,
    is_zip_bomb,
    part_has_dtd,
    sniff,
)
from app.services.errors import ValidationError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_UNCOMPRESSED = 150 * 1024 * 1024
MAX_PART_BYTES = 60 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 5000
# Excel's deepest parts (charts, drawings) nest about 15 levels; openpyxl keeps every
# unknown element inside a row in memory, so 200,000 nested levels in a 3 MB sheet cost
# 150 MB and 5 s (and a 60 MB part would cost gigabytes).
MAX_XML_DEPTH = 100
# openpyxl turns every shared string into Python objects up front (about 40 us each): 880,000
# tiny strings in a 5 MB file took 35 s. A real uitvraag has a few thousand elements there.
MAX_SHARED_STRING_ELEMENTS = 100_000
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")


class UnreadableWorkbookError(ValidationError):
    """The file is not a workbook Thuisplan will read; the message says why."""


def check_workbook_file(path: Path) -> None:
    """Refuse `path` quickly unless it looks like a sound, reasonably sized .xlsx."""
    path = Path(path)
    name = path.name
    kind, size = sniff(path, MAX_FILE_BYTES)
    if kind == "missing":
        raise UnreadableWorkbookError(f"'{name}' bestaat niet of is geen bestand.")
    if kind == "empty":
        raise UnreadableWorkbookError(f"'{name}' is leeg.")
    if kind == "too-big":
        raise UnreadableWorkbookError(
            f"'{name}' is te groot ({size // (1024 * 1024)} MB; maximaal "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB) voor een uitvraag-werkboek."
        )
    if kind == "ole":
        raise UnreadableWorkbookError(_ole_message(path))
    if kind != "zip":
        raise UnreadableWorkbookError(
            f"'{name}' is geen Excel-werkmap (.xlsx). Sla het bestand in Excel op als "
            "'Excel-werkmap (*.xlsx)'."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            _check_directory(archive, name)
            _check_no_dtd(archive, name)
            _check_depth(archive, name)
    except UNREADABLE_ZIP as exc:
        raise UnreadableWorkbookError(damaged_message(name)) from exc


def damaged_message(name: str) -> str:
    """The message for a workbook that cannot be read."""
    return (
        f"'{name}' is beschadigd en kan niet worden gelezen. Open het in Excel, sla het "
        "opnieuw op als .xlsx en probeer het nog eens."
    )


def _ole_message(path: Path) -> str:
    with open(path, "rb") as f:
        data = f.read(MAX_FILE_BYTES)
    if _ENCRYPTION_STREAM in data:
        return (
            f"'{path.name}' is met een wachtwoord beveiligd. Haal het wachtwoord weg "
            "(Bestand > Info > Werkmap beveiligen) en sla het bestand opnieuw op."
        )
    return (
        f"'{path.name}' is een ouder Excel-bestand (.xls) of een ander Office-formaat. "
        "Sla het op als 'Excel-werkmap (*.xlsx)'."
    )


def _check_directory(archive: zipfile.ZipFile, name: str) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise UnreadableWorkbookError(f"'{name}' bevat onredelijk veel onderdelen.")
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise UnreadableWorkbookError(f"'{name}' is geen Excel-werkmap (.xlsx).")
    total = 0
    for entry in entries:
        if is_encrypted(entry):
            raise UnreadableWorkbookError(f"'{name}' is versleuteld en kan niet worden gelezen.")
        total += entry.file_size
        limit = (
            MAX_SHARED_STRINGS_BYTES
            if entry.filename.lower() == "xl/sharedstrings.xml"
            else MAX_PART_BYTES
        )
        if is_zip_bomb(entry):
            raise UnreadableWorkbookError(
                f"'{name}' is onredelijk groot als het wordt uitgepakt en wordt niet gelezen "
                "(mogelijk een 'zip-bom')."
            )
        if entry.file_size > limit or total > MAX_TOTAL_UNCOMPRESSED:
            # Honest data can get here too: the workbook of a very large region.
            raise UnreadableWorkbookError(
                f"'{name}' is onredelijk groot als het wordt uitgepakt (meer dan "
                f"{min(limit, MAX_TOTAL_UNCOMPRESSED) // (1024 * 1024)} MB) en wordt niet "
                "gelezen. Is het een uitvraag-werkboek van een grote regio? Maak dan een "
                "werkboek per gemeente en lees die na elkaar in."
            )


def _check_no_dtd(archive: zipfile.ZipFile, name: str) -> None:
    """No OOXML part needs a DOCTYPE; one is the start of an entity-expansion (XML) bomb."""
    for entry in archive.infolist():
        if entry.filename.lower().endswith(XML_SUFFIXES) and part_has_dtd(archive, entry):
            raise UnreadableWorkbookError(
                f"'{name}' bevat een onveilige XML-constructie (DOCTYPE/ENTITY) en "
                "wordt niet gelezen."
            )


def _check_depth(archive: zipfile.ZipFile, name: str) -> None:
    """No XML part nests deeper than MAX_XML_DEPTH, and the shared strings hold at most
    MAX_SHARED_STRING_ELEMENTS elements (expat, streaming: about 2 s for the 118 MB of a
    national workbook, far less than openpyxl then needs to read it)."""
    for entry in archive.infolist():
        if entry.filename.lower().endswith(XML_SUFFIXES):
            strings = entry.filename.lower() == "xl/sharedstrings.xml"
            _XmlScan(name, MAX_SHARED_STRING_ELEMENTS if strings else None).run(archive, entry)


class _XmlScan:
    """Streams one XML part through expat; refuses it when it nests too deep or (for the
    shared strings) has too many elements."""

    class _Stop(Exception):  # noqa: N818 - a DOCTYPE: the DTD scan's business, not ours
        pass

    def __init__(self, name: str, max_elements: int | None):
        self.name = name
        self.depth = 0
        self.elements = 0
        self.max_elements = max_elements

    def run(self, archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
        parser = expat.ParserCreate()
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.StartDoctypeDeclHandler = self._doctype
        try:
            feed_part(archive, entry, parser)
        except (self._Stop, expat.ExpatError):
            return  # not well-formed: openpyxl refuses it if it reads this part at all

    def _start(self, _name: str, _attributes: dict[str, str]) -> None:
        self.depth += 1
        self.elements += 1
        if self.max_elements is not None and self.elements > self.max_elements:
            raise UnreadableWorkbookError(
                f"'{self.name}' bevat onredelijk veel gedeelde teksten en wordt niet gelezen."
            )
        if self.depth > MAX_XML_DEPTH:
            raise UnreadableWorkbookError(
                f"'{self.name}' bevat een onveilige XML-constructie (extreem diep geneste "
                "elementen) en wordt niet gelezen."
            )

    def _end(self, _name: str) -> None:
        self.depth -= 1

    def _doctype(self, *_args: object) -> None:
        raise self._Stop


def defused_parsing_active() -> bool:
    """Whether openpyxl parses worksheets and shared strings through defusedxml."""
    import openpyxl
    from openpyxl.xml import functions

    return bool(openpyxl.DEFUSEDXML) and functions.iterparse.__module__.startswith("defusedxml")
