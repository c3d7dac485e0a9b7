"""Find every formula in an .xlsx: on every sheet, in every row and column.

The uitvraag promises that a formula is refused wherever it is, also in a column
Thuisplan does not read (a `=HYPERLINK(...)` in the municipality-name column) or
on a sheet it does not read. openpyxl reads only the columns asked for, so every
sheet the workbook names (the parts its relationships point to, as Excel and
openpyxl find them) is streamed here (expat, bounded memory) and every `<f>` in a
cell of the SpreadsheetML namespace is reported with its sheet title and place.
Run it after `xlsx_guard.check_workbook_file` has refused bombs and DTDs.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from app.reports.xlsx_guard import UnreadableWorkbookError, damaged_message
from app.reports.zip_guard import UNREADABLE_ZIP, feed_part

MAX_FORMULAS = 1000  # more is no uitvraag; the message says so instead of listing them
MAX_SHEETS = 1000  # sheets (and relationships) looked at: far more than any workbook has
_MAIN = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",  # Strict Open XML
)
_RELATIONSHIPS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
_REFERENCE = re.compile(r"([A-Z]{1,3})([0-9]{1,7})", re.ASCII)
_SHOWN = 60


@dataclass(frozen=True)
class FormulaCell:
    """A cell holding a formula: the sheet's title, its row and column (1-based), and
    the start of the formula ('' for a cell that shares another cell's formula)."""

    sheet: str
    row: int
    column: int
    formula: str


def formula_cells(path: Path) -> list[FormulaCell]:
    """Every formula cell of the workbook at `path`, in file order."""
    found: list[FormulaCell] = []
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for part, title in sheet_titles(archive).items():
                if part in names:  # a missing sheet part: openpyxl calls it damaged
                    _CellScan(title, found).run(archive, archive.getinfo(part))
    except UNREADABLE_ZIP as exc:
        raise UnreadableWorkbookError(damaged_message(Path(path).name)) from exc
    return found


def sheet_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Part name ('xl/worksheets/sheet2.xml') -> the sheet's title, from the workbook."""
    targets = {}
    for attributes in _elements(archive, "xl/_rels/workbook.xml.rels", "Relationship"):
        target = attributes.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        targets[attributes.get("Id")] = posixpath.normpath(part)
    titles = {}
    for attributes in _elements(archive, "xl/workbook.xml", "sheet"):
        ids = [v for k, v in attributes.items() if k.split(" ")[0] in _RELATIONSHIPS]
        if ids and ids[0] in targets and "name" in attributes:
            titles[targets[ids[0]]] = attributes["name"]
    return titles


def _elements(archive: zipfile.ZipFile, part: str, local_name: str) -> list[dict[str, str]]:
    """The attributes of every `local_name` element in `part` (none if it is missing)."""
    found: list[dict[str, str]] = []
    if part not in archive.namelist():
        return found
    parser = expat.ParserCreate(namespace_separator=" ")

    def start(name: str, attributes: dict[str, str]) -> None:
        if name.rsplit(" ", 1)[-1] == local_name and len(found) < MAX_SHEETS:
            found.append(attributes)

    parser.StartElementHandler = start
    try:
        feed_part(archive, archive.getinfo(part), parser)
    except expat.ExpatError:
        return []  # a damaged part: openpyxl refuses the workbook when it reads it
    return found


class _CellScan:
    """Streams one XML part, noting every formula cell with its row and column."""

    def __init__(self, sheet: str, found: list[FormulaCell]):
        self.sheet = sheet
        self.found = found
        self.row = self.column = 0
        self.formula: list[str] | None = None  # text of the <f> being read
        self.parser = expat.ParserCreate(namespace_separator=" ")

    def run(self, archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
        """Scan `entry` (once: an expat parser reads one document)."""
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        try:
            feed_part(archive, entry, self.parser)
        except expat.ExpatError:
            return  # not well-formed: openpyxl refuses it if it reads this part at all

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(" ")
        if namespace not in _MAIN:
            return
        if local == "row":
            self.row = _number(attributes.get("r"), self.row + 1)
            self.column = 0
        elif local == "c":
            self._place(attributes.get("r"))
        elif local == "f":
            self.formula = []
            self.parser.CharacterDataHandler = self._text  # only here: text is costly

    def _place(self, reference: str | None) -> None:
        match = _REFERENCE.fullmatch(reference or "")
        if match is None:
            self.column += 1
            return
        self.column = 0
        for letter in match.group(1):  # 'AB' -> 28
            self.column = self.column * 26 + ord(letter) - ord("A") + 1
        self.row = int(match.group(2))

    def _text(self, data: str) -> None:
        if self.formula is not None and sum(map(len, self.formula)) < _SHOWN:
            self.formula.append(data)

    def _end(self, name: str) -> None:
        namespace, _, local = name.rpartition(" ")
        if namespace in _MAIN and local == "f" and self.formula is not None:
            text = "".join(self.formula)[:_SHOWN]
            self.found.append(FormulaCell(self.sheet, self.row, self.column, text))
            self.formula = None
            self.parser.CharacterDataHandler = None
            if len(self.found) > MAX_FORMULAS:
                raise UnreadableWorkbookError(
                    f"Het werkboek bevat meer dan {MAX_FORMULAS:,} formules; een uitvraag-"
                    "werkboek bevat er geen. Vul de aantallen zelf in.".replace(",", ".")
                )


def _number(text: str | None, default: int) -> int:
    return int(text) if text and text.isascii() and text.isdigit() and len(text) < 8 else default
