"""The need/capacity grid: rows of municipality x housing type (x kind), a column per year,
row and column totals, and the row's source note."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models import CapacityKind, HousingType
from app.views.estimate_style import estimate_brush, estimate_font
from app.views.labels import label
from app.views.numbers import number, unknown


@dataclass
class GridRow:
    """One row of the grid."""

    municipality_code: str
    municipality_name: str
    housing_type: HousingType
    kind: CapacityKind | None
    note: str = ""
    values: dict[int, int] = field(default_factory=dict)
    allocation_share: float | None = None
    vacancies: dict[int, int] = field(default_factory=dict)
    estimates: dict[int, int] = field(default_factory=dict)  # year -> raming (need only)
    estimate_reasons: dict[int, str] = field(default_factory=dict)  # year -> why none

    @property
    def computed(self) -> bool:
        """True when the row follows the allocation rule (vacancies x share)."""
        return self.allocation_share is not None

    def value(self, year: int) -> int | None:
        """What the cell shows: the typed figure, else the raming, else None (unknown)."""
        typed = self.values.get(year)
        return self.estimates.get(year) if typed is None else typed

    def is_estimated(self, year: int) -> bool:
        """True when nobody typed a figure and the cell shows a raming."""
        return year not in self.values and year in self.estimates


@dataclass(frozen=True)
class Total:
    """The cells a total adds up (None: unknown) and how many of them are a raming."""

    values: list[int | None]
    estimated: int = 0


def grid_rows(series, municipalities, housing_types, kinds, vacancies=None) -> list[GridRow]:
    """A row per municipality x housing type x kind (in that order), with the stored
    series' values and note where there is one; `vacancies` is municipality code -> year ->
    vrijkomende woningen, for the rows the allocation rule computes."""
    stored = {(s.municipality_code, s.housing_type, s.kind): s for s in series}
    vacancies = vacancies or {}
    rows = []
    for municipality in municipalities:
        for housing_type in housing_types:
            for kind in kinds:
                found = stored.get((municipality.code, housing_type, kind))
                rows.append(
                    GridRow(
                        municipality.code,
                        municipality.name,
                        housing_type,
                        kind,
                        note=found.source_note if found else "",
                        values=dict(found.values) if found else {},
                        allocation_share=found.allocation_share if found else None,
                        vacancies=vacancies.get(municipality.code, {}),
                    )
                )
    return rows


class FigureGridModel(QAbstractTableModel):
    """Model of the grid. Edits are handed to `write(row, year, text)` and
    `write_note(row, text)`, which return whether the value was accepted. A need cell
    nobody typed shows its raming (the rows' `estimates`), marked as one; `estimate_note`
    says how it was estimated (method, formula, parameters) in its tooltip."""

    def __init__(
        self,
        write: Callable[[GridRow, int, str], bool],
        write_note: Callable[[GridRow, str], bool],
        parent=None,
    ):
        super().__init__(parent)
        self.write = write
        self.write_note = write_note
        self.rows: list[GridRow] = []
        self.years: list[int] = []
        self.capacity = False
        self.estimate_note = ""
        self.warnings: dict[tuple[str, HousingType | None, int], list[str]] = {}
        self._totals: dict[tuple[int | None], Total] = {}  # the total row's, per year
        self._values: list[list[int | None]] | None = None  # see cell_values

    # -- layout -------------------------------------------------------------------------
    @property
    def key_columns(self) -> int:
        return 3 if self.capacity else 2

    def year_column(self, year: int) -> int:
        return self.key_columns + self.years.index(year)

    def year_at(self, column: int) -> int | None:
        offset = column - self.key_columns
        return self.years[offset] if 0 <= offset < len(self.years) else None

    @property
    def total_column(self) -> int:
        return self.key_columns + len(self.years)

    @property
    def note_column(self) -> int:
        return self.total_column + 1

    def is_total_row(self, row: int) -> bool:
        return row == len(self.rows)

    def set_content(
        self, rows: list[GridRow], years: list[int], capacity: bool, estimate_note: str = ""
    ) -> bool:
        """Show new rows; a reload with the same shape keeps selection and scroll position.
        Returns True when the shape changed (the view may want to resize its columns)."""
        self.estimate_note = estimate_note
        self._totals, self._values = {}, None
        same_shape = (
            capacity == self.capacity
            and years == self.years
            and [self._key(r) for r in rows] == [self._key(r) for r in self.rows]
        )
        if same_shape and rows:
            self.rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
            return False
        self.beginResetModel()
        self.rows, self.years, self.capacity = rows, list(years), capacity
        self.endResetModel()
        return True

    def refresh_values(self) -> None:
        """The rows' values were changed in place: repaint the numbers and totals."""
        self._totals, self._values = {}, None
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.key_columns), self.index(self.rowCount() - 1, self.total_column)
            )

    @staticmethod
    def _key(row: GridRow) -> tuple:
        return row.municipality_code, row.housing_type, row.kind

    def cell_values(self) -> list[list[int | None]]:
        """What every row shows in its year columns (the typed figure, else the raming,
        else None: unknown), worked out once per content: the total row and the column
        widths read these lists, not thousands of cells one by one."""
        if self._values is None:
            self._values = [_shown_values(row, self.years) for row in self.rows]
        return self._values

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows) + 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.note_column + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        keys = [self.tr("Gemeente"), self.tr("Woonvorm")]
        if self.capacity:
            keys.append(self.tr("Soort aanbod"))
        if section < self.key_columns:
            return keys[section]
        if section == self.total_column:
            return self.tr("Totaal")
        if section == self.note_column:
            return self.tr("Bron")
        return str(self.year_at(section))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if self.is_total_row(row):
            return self._total_row_data(column, role)
        grid_row = self.rows[row]
        year = self.year_at(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(grid_row, column, year)
        if role == Qt.ItemDataRole.EditRole:
            if year is not None:  # a raming is not typed text: typing replaces it
                value = grid_row.values.get(year)
                return "" if value is None else str(value)
            return grid_row.note if column == self.note_column else None
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            year is not None or column == self.total_column
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(grid_row, column, year)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.note_column:  # the column may be too narrow for a long note
                return self._display(grid_row, column, None) or None
            if column == self.total_column:
                return self._total_tooltip(self._total(grid_row, None))
            return self._tooltip(grid_row, year)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(grid_row, column, year)
        return None

    def set_warnings(self, warnings: dict[tuple[str, HousingType | None, int], list[str]]) -> None:
        """Plausibility warnings per (municipality code, housing type or None for the whole
        group, year): those cells get a warm background and the reason in their tooltip."""
        if warnings == self.warnings:
            return
        self.warnings = warnings
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def warnings_of(self, row: GridRow, year: int | None) -> list[str]:
        """The plausibility warnings that concern the cell of `row` in `year`."""
        if year is None:
            return []
        code = row.municipality_code
        return self.warnings.get((code, row.housing_type, year), []) + self.warnings.get(
            (code, None, year), []
        )

    def _background(self, row: GridRow, column: int, year: int | None) -> QBrush | None:
        if self.warnings_of(row, year) and not row.is_estimated(year or 0):
            return QBrush(QColor(WARNING_COLOUR))
        if year is not None and row.computed:
            return QBrush(QColor("#e1e8f2"))
        if (year is not None and row.is_estimated(year)) or (
            column == self.total_column and self._total(row, None).estimated
        ):
            return estimate_brush()
        return None

    def _font(self, row: GridRow, column: int, year: int | None) -> QFont | None:
        if column == self.total_column:
            return _bold() if not self._total(row, None).estimated else estimate_font(bold=True)
        if year is not None and row.is_estimated(year):
            return estimate_font()
        return None

    def _display(self, row: GridRow, column: int, year: int | None) -> str | None:
        if column == 0:
            return row.municipality_name
        if column == 1:
            return label(row.housing_type)
        if column == 2 and self.capacity:
            return label(row.kind) if row.kind else ""
        if year is not None:
            value = row.value(year)
            return "" if value is None else number(value)
        if column == self.total_column:
            return self._total_text(self._total(row, None))
        if column == self.note_column:
            if row.computed and not row.note:
                return self.tr("Berekend: vrijkomende woningen × {0} %").format(
                    number(row.allocation_share, 1)
                )
            return row.note
        return None

    def _tooltip(self, row: GridRow, year: int | None) -> str | None:
        warned = self.warnings_of(row, year)
        plain = self._plain_tooltip(row, year)
        if not warned:
            return plain
        lines = [self.tr("Controle: {0}").format(reason) for reason in warned]
        if plain and plain.startswith("<p>"):  # already rich text (a raming's note)
            return _paragraphs(lines) + plain
        return _paragraphs([*lines, *([plain] if plain else [])])

    def _plain_tooltip(self, row: GridRow, year: int | None) -> str | None:
        if row.computed and year is not None:
            vacancies = row.vacancies.get(year)
            if vacancies is None:
                return self.tr("Berekend: vul de vrijkomende woningen van {0} in").format(year)
            return self.tr("Berekend: {0} vrijkomende woningen × {1} %").format(
                number(vacancies), number(row.allocation_share, 1)
            )
        if year is None or year in row.values:
            return None
        if row.is_estimated(year):
            replace = self.tr("Typ een getal om de raming te vervangen.")
            return _paragraphs([*self.estimate_note.splitlines(), replace])
        empty = self.tr("Leeg = onbekend. Vul 0 in als er niets is.")
        reason = row.estimate_reasons.get(year)
        return self.tr("Geen raming: {0}.").format(reason) + "\n" + empty if reason else empty

    def _total_row_data(self, column: int, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.key_columns:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Totaal")
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            return QBrush(QColor("#f3f3f3")) if role == Qt.ItemDataRole.BackgroundRole else None
        year = self.year_at(column)
        if year is None and column != self.total_column:
            return _bold() if role == Qt.ItemDataRole.FontRole else self._plain_total(role)
        total = self._total(None, year)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._total_text(total)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._total_tooltip(total)
        if role == Qt.ItemDataRole.FontRole:
            return estimate_font(bold=True) if total.estimated else _bold()
        if role == Qt.ItemDataRole.BackgroundRole:
            return estimate_brush() if total.estimated else QBrush(QColor("#f3f3f3"))
        return None

    @staticmethod
    def _plain_total(role):
        """The total row's grey, in the columns without a figure (housing type, note)."""
        return QBrush(QColor("#f3f3f3")) if role == Qt.ItemDataRole.BackgroundRole else None

    # -- totals -------------------------------------------------------------------------
    def _total(self, row: GridRow | None, year: int | None) -> Total:
        """What a total adds up: a row's years, a year's rows, or (both None) all. The
        total row's are kept until the figures change (each is read for several roles,
        and in a national grid each adds up thousands of cells)."""
        if row is None and (year,) in self._totals:
            return self._totals[(year,)]
        rows = self.rows if row is None else [row]
        years = self.years if year is None else [year]
        if row is None:  # the total row: from the rows' values, worked out once
            shown = self.cell_values()
            columns = range(len(self.years)) if year is None else [self.years.index(year)]
            values = [r[c] for r in shown for c in columns]
        else:
            values = [row.value(y) for y in years]
        estimated = sum(r.is_estimated(y) for r in rows for y in years)
        total = Total(values, estimated)
        if row is None:
            self._totals[(year,)] = total
        return total

    def _total_text(self, total: Total) -> str:
        """The sum, or 'onbekend' when a cell it adds up is empty: a total is never the sum
        of only the cells that happen to be filled (as everywhere in Thuisplan)."""
        cells = total.values
        if not cells or all(v is None for v in cells):
            return ""
        if any(v is None for v in cells):
            return unknown()
        return number(sum(cells))  # type: ignore[arg-type]

    def _total_tooltip(self, total: Total) -> str | None:
        count = len(total.values)
        empty = sum(v is None for v in total.values)
        lines = []
        if total.estimated:
            lines.append(
                self.tr("Geraamd: alle cellen zijn een raming.")
                if total.estimated == count
                else self.tr("Deels geraamd: {0} van de {1} cellen zijn een raming.").format(
                    number(total.estimated), number(count)
                )
            )
        if empty and empty != count:
            lines.append(
                self.tr(
                    "Onbekend: {0} van de {1} cellen zijn leeg. Vul ze in, of zet ze op 0 als "
                    "er niets is."
                ).format(number(empty), number(count))
            )
        return "\n".join(lines) or None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_total_row(index.row()):
            return flags
        row = self.rows[index.row()]
        year = self.year_at(index.column())
        if (year is not None and not row.computed) or index.column() == self.note_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if self.is_total_row(index.row()):
            return False
        row = self.rows[index.row()]
        year = self.year_at(index.column())
        if year is not None:
            return self.write(row, year, str(value))
        if index.column() == self.note_column:
            return self.write_note(row, str(value))
        return False


def _shown_values(row: GridRow, years: list[int]) -> list[int | None]:
    """`row.value(year)` for each of `years`, in one go."""
    shown = {**row.estimates, **row.values} if row.estimates else row.values
    return [shown.get(year) for year in years]


WARNING_COLOUR = "#fde2c0"  # a plausibility warning: warm, apart from estimates' blue


def _paragraphs(lines: list[str]) -> str:
    """Lines as rich text, which a tooltip wraps (a formula line can be long)."""
    return "".join(f"<p>{escape(line)}</p>" for line in lines if line)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
