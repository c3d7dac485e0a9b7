"""Two scenarios side by side ("basis naast eigen scenario"): per group or per municipality
the need and the gap over the plan period under each, and the difference. Unknown reads
'onbekend', never 0."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.scenario_comparison import ComparedBy, Comparison, ComparisonRow
from app.views.labels import vocab
from app.views.numbers import number, signed, unknown

SHORTAGE = QColor("#b2182b")
SURPLUS = QColor("#2166ac")
NAME, FIRST_NEED, FIRST_GAP, SECOND_NEED, SECOND_GAP, DIFFERENCE = range(6)


class ComparisonModel(QAbstractTableModel):
    """Model of a Comparison; the rows are groups or municipalities as `by` says."""

    def __init__(self, by: ComparedBy, parent=None):
        super().__init__(parent)
        self.by = by
        self.comparison: Comparison | None = None

    @property
    def rows(self) -> list[ComparisonRow]:
        return [] if self.comparison is None else self.comparison.rows

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else DIFFERENCE + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == DIFFERENCE:
            return self.tr(
                "De opgave onder het tweede scenario min die onder het eerste; onbekend zolang "
                "een van beide onbekend is."
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        first, second = self._names()
        return [
            self.tr("Aandachtsgroep") if self.by is ComparedBy.GROUP else self.tr("Gemeente"),
            self.tr("Woonbehoefte\n{0}").format(first),
            self.tr("Opgave\n{0}").format(first),
            self.tr("Woonbehoefte\n{0}").format(second),
            self.tr("Opgave\n{0}").format(second),
            self.tr("Verschil"),
        ][section]

    def _names(self) -> tuple[str, str]:
        if self.comparison is None:
            return "", ""
        return self.comparison.first_name, self.comparison.second_name

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        value = _value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column in (FIRST_GAP, SECOND_GAP) and value:
            return QBrush(SHORTAGE if value > 0 else SURPLUS)
        if role == Qt.ItemDataRole.ToolTipRole and column != NAME and value is None:
            return self.tr("Onbekend: er ontbreekt invoer (woonbehoefte of aanbod).")
        return None

    def _text(self, row: ComparisonRow, column: int, value) -> str:
        if column == NAME:
            if row.is_total:
                return self.tr("Totaal")
            return vocab(row.label) if self.by is ComparedBy.GROUP else row.label
        if value is None:
            return unknown()
        return number(value) if column in (FIRST_NEED, SECOND_NEED) else signed(value)


def _value(row: ComparisonRow, column: int) -> int | str | None:
    return {
        NAME: row.label,
        FIRST_NEED: row.first.need,
        FIRST_GAP: row.first.gap,
        SECOND_NEED: row.second.need,
        SECOND_GAP: row.second.gap,
        DIFFERENCE: row.difference,
    }[column]
