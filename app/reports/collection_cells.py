"""Check the cells of one uitvraag sheet: header, key columns, and every year cell.

Every problem becomes a `CellIssue` (sheet, row, column, value, Dutch reason); a
row with any problem is marked rejected, so "valid rows only" can skip it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Protocol, TypedDict, TypeVar

from app.models import CapacityKind, HousingType
from app.models.rules import MAX_NUMBER
from app.reports.xlsx_formulas import FormulaCell
from app.reports.xlsx_guard import UnreadableWorkbookError
from app.services.collection import (
    CellIssue,
    CollectionLayout,
    CollectionRow,
    ImportedValue,
    RowKey,
    WorkbookReading,
)
from app.services.dto import TargetGroupInfo
from app.services.errors import ValidationError
from app.services.reference_data import normalise_code
from app.services.validation import check_quantity, parse_number, parse_quantity

if TYPE_CHECKING:  # openpyxl is imported when a workbook is read
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet


class Columns(TypedDict):
    """Where a sheet's columns are: key column name -> column, column -> year."""

    keys: dict[str, int]
    years: dict[int, int]


class SheetCell(Protocol):
    """What the reader uses of a cell of a read-only sheet (a ReadOnlyCell or EmptyCell)."""

    @property
    def value(self) -> object: ...
    @property
    def data_type(self) -> str: ...


L = TypeVar("L", HousingType, CapacityKind)
MAX_ROWS = 25_000
MAX_COLUMNS = 64
KEY_COLUMNS = ("Gemeentecode", "Gemeente", "Aandachtsgroep", "Woonvorm")
KIND_COLUMN = "Soort aanbod"


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)


def _shown(value: object) -> str:
    text = "" if value is None else str(value)
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= 60 else text[:57] + "..."


class SheetReader:
    """Collects the accepted values and the issues of one workbook's sheets."""

    def __init__(self, workbook: str, layout: CollectionLayout, *, planned: bool = False):
        self.workbook = workbook
        self.layout = layout
        # 'Gepland <year>' columns (the monitoring workbook's) are read-only: not read
        self._planned = {f"gepland {y}" for y in layout.years} if planned else set()
        self.values: list[ImportedValue] = []
        self.issues: list[CellIssue] = []
        self.rejected: set[tuple[str, int]] = set()
        self._formulas_seen: set[tuple[str, int, int]] = set()  # reported with their year
        self._groups = {" ".join(g.label.split()).casefold(): g for g in layout.groups}
        self._inactive = {" ".join(label.split()).casefold() for label in layout.inactive_labels}

    def result(self) -> WorkbookReading:
        """The reading of the workbook."""
        return WorkbookReading(
            self.workbook, tuple(self.values), tuple(self.issues), frozenset(self.rejected)
        )

    def issue(self, sheet: str, row: int, column: str, value: object, reason: str) -> None:
        """Record a rejected cell; its row is rejected with it."""
        self.issues.append(CellIssue(self.workbook, sheet, row, column, _shown(value), reason))
        if row > 1:
            self.rejected.add((sheet, row))

    def formulas(self, cells: Sequence[FormulaCell], sheets: Sequence[str]) -> None:
        """Refuse every formula cell of the workbook, wherever it is (the year cells
        already read are reported once, with their year); `sheets` are the names of
        the sheets read, matched to the titles as `read_sheet` was."""
        names = {name.casefold(): name for name in sheets}
        for cell in cells:
            sheet = names.get(cell.sheet.casefold(), cell.sheet)
            if (sheet, cell.row, cell.column) in self._formulas_seen:
                continue
            place = f"{_letter(cell.column)}{cell.row}"
            self.issue(sheet, cell.row, _letter(cell.column), f"={cell.formula}", _formula(place))

    def sheet_missing(self, sheet: str) -> None:
        """Record that a sheet the layout needs is not there."""
        self.issue(sheet, 0, "", "", f"Het werkblad '{sheet}' ontbreekt.")

    def sheet_without_cells(self, sheet: str) -> None:
        """Record that a sheet the layout needs is a chart sheet, without cells to read."""
        self.issue(
            sheet, 0, "", "", f"Het werkblad '{sheet}' is een grafiekblad, geen blad met cijfers."
        )

    def read_sheet(self, worksheet: ReadOnlyWorksheet, sheet: str, *, capacity: bool) -> None:
        """Check every cell of one data sheet."""
        # A hostile file can claim a huge dimension; forget it so rows are not padded to it.
        worksheet.reset_dimensions()
        # types-openpyxl gives the read-only sheet Worksheet's iter_rows, self type and all.
        rows: Iterator[tuple[SheetCell, ...]]
        rows = worksheet.iter_rows(min_row=1, max_col=MAX_COLUMNS)  # type: ignore[misc]
        header = next(rows, ())
        columns = self._header(sheet, header, capacity)
        seen: dict[RowKey, int] = {}
        for line, cells in enumerate(rows, start=2):
            if line > MAX_ROWS:
                raise UnreadableWorkbookError(
                    f"'{self.workbook}' heeft meer dan {MAX_ROWS:,} regels op het blad "
                    f"'{sheet}'; dat is geen uitvraag-werkboek.".replace(",", ".")
                )
            if columns is not None and any(c.value not in (None, "") for c in cells):
                self._row(sheet, line, cells, columns, capacity, seen)

    def _header(self, sheet: str, header: tuple[SheetCell, ...], capacity: bool) -> Columns | None:
        """Column positions of the keys and the years, or None if a key column is missing."""
        wanted = [*KEY_COLUMNS, KIND_COLUMN] if capacity else list(KEY_COLUMNS)
        keys: dict[str, int] = {}
        years: dict[int, int] = {}
        for col, cell in enumerate(header, start=1):
            value = cell.value
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            self._header_cell(sheet, col, value, wanted, keys, years)
        missing = [name for name in wanted if name not in keys]
        for name in missing:
            self.issue(sheet, 1, name, "", f"De kolom '{name}' ontbreekt.")
        return None if missing else {"keys": keys, "years": years}

    def _header_cell(
        self,
        sheet: str,
        col: int,
        value: object,
        wanted: list[str],
        keys: dict[str, int],
        years: dict[int, int],
    ) -> None:
        text = " ".join(str(value).split())
        place = f"{_letter(col)}"
        match = next((name for name in wanted if name.casefold() == text.casefold()), None)
        year = _year(value)
        if text.casefold() in self._planned:
            return
        if match is not None:
            if match in keys:
                self.issue(sheet, 1, place, value, f"De kolom '{match}' staat er twee keer in.")
            keys[match] = col
        elif year is not None:
            if year not in self.layout.years:
                first, last = self.layout.years[0], self.layout.years[-1]
                self.issue(
                    sheet, 1, place, value, f"{year} valt buiten de planperiode {first}–{last}."
                )
            elif year in years.values():
                self.issue(sheet, 1, place, value, f"Het jaar {year} staat er twee keer in.")
            else:
                years[col] = year
        else:
            self.issue(sheet, 1, place, value, f"Onbekende kolom '{_shown(value)}'.")

    def _row(
        self,
        sheet: str,
        line: int,
        cells: tuple[SheetCell, ...],
        columns: Columns,
        capacity: bool,
        seen: dict[RowKey, int],
    ) -> None:
        row = self._key(sheet, line, cells, columns["keys"], capacity)
        if row is None:
            return
        if row.key in seen:
            first = seen[row.key]
            reason = f"Dubbele regel: dezelfde combinatie staat ook op regel {first}."
            self.issue(sheet, line, "Gemeentecode", row.municipality_code, reason)
            self.issue(
                sheet,
                first,
                "Gemeentecode",
                row.municipality_code,
                f"Dubbele regel: dezelfde combinatie staat ook op regel {line}.",
            )
            return
        seen[row.key] = line
        for col, year in columns["years"].items():
            cell = cells[col - 1]
            if cell.data_type == "f":
                self._formulas_seen.add((sheet, line, col))
            self._value(sheet, line, f"{_letter(col)} ({year})", cell, row, year)

    def _key(
        self,
        sheet: str,
        line: int,
        cells: tuple[SheetCell, ...],
        keys: dict[str, int],
        capacity: bool,
    ) -> CollectionRow | None:
        def text(name: str) -> str:
            value = cells[keys[name] - 1].value
            return "" if value is None else " ".join(str(value).split())

        problems = len(self.issues)
        code = normalise_code(text("Gemeentecode"))
        if code not in self.layout.municipality_names:
            reason = f"Gemeentecode '{_shown(text('Gemeentecode'))}' hoort niet bij deze visie."
            self.issue(sheet, line, "Gemeentecode", text("Gemeentecode"), reason)
        group = self._group(sheet, line, text("Aandachtsgroep"))
        housing = self._label(sheet, line, "Woonvorm", text("Woonvorm"), HousingType)
        kind = None
        if capacity:
            kind = self._label(sheet, line, KIND_COLUMN, text(KIND_COLUMN), CapacityKind)
        if len(self.issues) > problems or group is None or housing is None:
            return None
        row = self.layout.row((code, group.id, housing, kind))
        if row is None:
            reason = f"De woonvorm '{housing.label}' hoort niet bij '{group.label}' in deze visie."
            self.issue(sheet, line, "Woonvorm", housing.label, reason)
        return row

    def _group(self, sheet: str, line: int, label: str) -> TargetGroupInfo | None:
        wanted = label.casefold()
        group = self._groups.get(wanted)
        if group is None:
            reason = (
                f"De aandachtsgroep '{_shown(label)}' staat uit in deze visie."
                if wanted in self._inactive
                else f"Onbekende aandachtsgroep '{_shown(label)}'."
            )
            self.issue(sheet, line, "Aandachtsgroep", label, reason)
        return group

    def _label(self, sheet: str, line: int, column: str, label: str, enum: type[L]) -> L | None:
        try:
            return enum.from_label(label)
        except ValueError:
            what = "woonvorm" if enum is HousingType else "soort aanbod"
            self.issue(sheet, line, column, label, f"Onbekende {what} '{_shown(label)}'.")
            return None

    def _value(
        self, sheet: str, line: int, column: str, cell: SheetCell, row: CollectionRow, year: int
    ) -> None:
        try:
            quantity = cell_quantity(cell)
        except ValidationError as error:
            self.issue(sheet, line, column, cell.value, error.message)
            return
        if quantity is None:
            return
        if row.computed:
            if quantity != row.values.get(year):
                self.issue(
                    sheet,
                    line,
                    column,
                    cell.value,
                    "Deze waarde wordt berekend uit de vrijkomende sociale huurwoningen × het "
                    "toewijzingspercentage; pas dat aan in Thuisplan.",
                )
            return
        self.values.append(ImportedValue(row, year, quantity, self.workbook, sheet, line))


def cell_quantity(cell: SheetCell) -> int | None:
    """The whole number in a year cell, None when empty; raises ValidationError (Dutch)."""
    value = _plain_value(cell, "een geheel aantal")
    if value is None:
        return None
    if isinstance(value, str):  # the grid's rule for typed text: '1.234', ' 12 ', ...
        try:
            return parse_quantity(value)
        except ValidationError as error:
            if any(ch.isdigit() for ch in value):
                raise  # the number's own problem: a decimal, negative, too large
            raise ValidationError(
                f"'{_shown(value)}' is tekst, geen getal. Vul een geheel aantal in (0 of meer)."
            ) from error
    return check_quantity(value)


def cell_number(cell: SheetCell) -> float | None:
    """The number in a cell (decimals allowed: '12,5'), None when empty; raises
    ValidationError (Dutch)."""
    value = _plain_value(cell, "een getal")
    if value is None:
        return None
    if isinstance(value, str):
        return parse_number(value)
    if not isinstance(value, int | float) or value != value or abs(value) > MAX_NUMBER:
        raise ValidationError(f"'{_shown(value)}' is geen bruikbaar getal.")
    return float(value)


def _plain_value(cell: SheetCell, wanted: str) -> object:
    """The cell's value, None when empty; a formula, error value, truth value or date is
    refused (`wanted`: what to fill in instead, 'een getal')."""
    value = cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=")):
        raise ValidationError(_formula(getattr(cell, "coordinate", "")))
    if cell.data_type == "e":
        raise ValidationError(f"Bevat de foutwaarde {value}. Vul {wanted} in.")
    if isinstance(value, bool):
        raise ValidationError(f"Bevat WAAR/ONWAAR, geen getal. Vul {wanted} in.")
    if isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
        raise ValidationError(f"Bevat een datum of tijd, geen getal. Vul {wanted} in.")
    return value


def _formula(place: str) -> str:
    """The reason a formula cell is refused, naming the cell ('B3') when known."""
    where = f"Cel {place} bevat" if place else "Bevat"
    return f"{where} een formule. Thuisplan leest geen formules: vul de waarde zelf in."


def _year(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*\d{4}\s*", value):
        value = int(value)
    if isinstance(value, int) and 1900 <= value <= 2200:
        return value
    return None
