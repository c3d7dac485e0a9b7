"""The gap table per target group x housing type: need, capacity per kind, gap, shortage and
surplus. In reading order with group totals, or sorted by a column (totals left out, the
grand total kept at the bottom, unknown values last)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models import CapacityKind
from app.services.calculations.gap_table import GapColumn, GapTableRow, row_value, sorted_rows
from app.services.gap_table import GapTable
from app.services.gap_table_text import columns
from app.views.labels import label, vocab
from app.views.numbers import number, signed, unknown

SHORTAGE = QColor("#b2182b")
SURPLUS = QColor("#2166ac")


class GapTableModel(QAbstractTableModel):
    """Model of a GapTable."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = columns()
        self.table: GapTable | None = None
        self.rows: list[GapTableRow] = []
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_table(self, table: GapTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.rows = self._ordered()
        self.endResetModel()

    def _ordered(self) -> list[GapTableRow]:
        if self.table is None:
            return []
        if self.sorted_by is None:
            return self.table.lines()
        column, order = self.sorted_by
        rows = sorted_rows(
            self.table.rows, self.columns[column], descending=order == Qt.SortOrder.DescendingOrder
        )
        return [*rows, self.table.total]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; sorting on the group column restores the reading order."""
        reading_order = column < 0 or self.columns[column] is GapColumn.GROUP
        sorted_by = None if reading_order else (column, order)
        if (sorted_by is None) != (self.sorted_by is None):
            # The group totals come or go: other lines, not the same ones moved.
            self.beginResetModel()
            self.sorted_by = sorted_by
            self.rows = self._ordered()
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        before = self.rows
        self.sorted_by = sorted_by
        self.rows = self._ordered()
        self._follow_moved_rows(before)
        self.layoutChanged.emit()

    def _follow_moved_rows(self, before: list[GapTableRow]) -> None:
        """Persistent indexes (the view's selection and current cell) move with their line."""
        position = {id(row): number for number, row in enumerate(self.rows)}
        old = self.persistentIndexList()
        new = [self.index(position[id(before[i.row()])], i.column()) for i in old]
        self.changePersistentIndexList(old, new)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(column)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if isinstance(column, CapacityKind):
            short = {
                CapacityKind.ALLOCATION: self.tr("w.v. toewijzing"),
                CapacityKind.NEW_BUILD: self.tr("w.v. nieuwbouw"),
                CapacityKind.FLEX: self.tr("w.v. flex"),
                CapacityKind.TRANSFORMATION: self.tr("w.v. transformatie"),
                CapacityKind.OTHER: self.tr("w.v. overig"),
            }
            return short[column]
        return {
            GapColumn.GROUP: self.tr("Aandachtsgroep"),
            GapColumn.HOUSING_TYPE: self.tr("Woonvorm"),
            GapColumn.NEED: self.tr("Woonbehoefte"),
            GapColumn.CAPACITY: self.tr("Aanbod totaal"),
            GapColumn.GAP: self.tr("Opgave"),
            GapColumn.SHORTAGE: self.tr("Tekort"),
            GapColumn.SURPLUS: self.tr("Overschot"),
            GapColumn.MISSING: self.tr("Ontbrekende invoer"),
        }[column]

    def _header_tooltip(self, column) -> str | None:
        # Shortage and surplus are netted per municipality, woonvorm and year before they
        # are added up, so they are not the opgave split in two: say so where it is read.
        if column is GapColumn.SHORTAGE:
            return self.tr(
                "Opgeteld over gemeenten, woonvormen en jaren waar de woonbehoefte groter is "
                "dan het aanbod. Een overschot elders vult een tekort niet aan."
            )
        if column is GapColumn.SURPLUS:
            return self.tr(
                "Opgeteld over gemeenten, woonvormen en jaren waar het aanbod groter is "
                "dan de woonbehoefte."
            )
        if column is GapColumn.GAP:
            return self.tr("Woonbehoefte min aanbod: tekort min overschot.")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        value = row_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column, value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and isinstance(value, int | type(None))
            and column not in (GapColumn.GROUP, GapColumn.HOUSING_TYPE, GapColumn.MISSING)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column is GapColumn.GAP and value:
            return QBrush(SHORTAGE if value > 0 else SURPLUS)
        if role == Qt.ItemDataRole.ToolTipRole and row.missing:
            return self.tr("Ontbreekt: {0}").format("; ".join(row.missing))
        return None

    def _text(self, position: int, column, value) -> str:
        row = self.rows[position]
        if column is GapColumn.GROUP:
            if row.group_id is None:
                return self.tr("Totaal")
            previous = self.rows[position - 1] if position else None
            if (
                self.sorted_by is None
                and previous is not None
                and previous.group_id == row.group_id
            ):
                return ""  # reading order: the group's name once, above its housing types
            return vocab(row.group_label)
        if column is GapColumn.HOUSING_TYPE:
            if row.housing_type is None:
                return self.tr("totaal") if row.group_id is not None else ""
            return label(row.housing_type)
        if column is GapColumn.MISSING:
            return value or ""
        if value is None:
            return unknown()
        return signed(value) if column is GapColumn.GAP else number(value)
