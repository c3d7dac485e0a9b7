"""A table model over a list of plain rows, described by columns.

Each column says how to read a row, how to show it, and (optionally) how to
edit it: the edit callback goes to the session, so `setData` returns whether
the service accepted the value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from app.views.estimate_style import estimate_brush, estimate_font

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2
SUGGESTIONS_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass
class Column:
    """How one column reads, shows and edits a row."""

    header: str
    value: Callable[[Any], Any]
    text: Callable[[Any], str] | None = None
    edit: Callable[[Any, Any], bool] | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    italic: Callable[[Any], bool] | None = None
    estimated: Callable[[Any], bool] | None = None  # a raming: italic on light blue
    choices: Callable[[], list[tuple[str, Any]]] | None = None  # (label, value) for a combo box
    checkable: bool = False
    # texts offered in an editable combo box; anything else may still be typed
    suggestions: Callable[[], list[str]] | None = None
    header_tooltip: str | None = None  # what the column means, where it comes from


class RowTableModel(QAbstractTableModel):
    """Rows of plain data shown through `Column`s."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show `rows`; keeps the selection when the number of rows is unchanged."""
        rows = list(rows)
        if len(rows) == len(self.rows) and rows:
            self.rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
            )
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_header(self, section: int, text: str) -> None:
        """Rename column `section` (e.g. after the thing it names changed)."""
        self.columns[section].header = text
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, section, section)

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def column_texts(self, section: int) -> list[str | None]:
        """What each row shows in column `section` (None for a check box), without a model
        index per cell: for sizing a long table's columns (`widgets.column_fit`)."""
        column = self.columns[section]
        if column.checkable:
            return [None] * len(self.rows)
        return [_display_text(column, row) for row in self.rows]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].header_tooltip
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and not column.checkable:
            return _display_text(column, row)
        if role == Qt.ItemDataRole.EditRole:
            value = column.value(row)
            # Numbers are edited as text so the services' parser gives the message
            # (a spin box would silently clamp or accept negatives).
            if isinstance(value, int | float) and not isinstance(value, bool):
                return str(value)
            return "" if value is None else value
        if role == Qt.ItemDataRole.CheckStateRole and column.checkable:
            return Qt.CheckState.Checked if column.value(row) else Qt.CheckState.Unchecked
        if role == RAW_ROLE:
            return column.value(row)
        if role == CHOICES_ROLE and column.choices:
            return column.choices()
        if role == SUGGESTIONS_ROLE and column.suggestions:
            return column.suggestions()
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.FontRole and column.italic and column.italic(row):
            font = QFont()
            font.setItalic(True)
            return font
        if column.estimated and column.estimated(row):
            if role == Qt.ItemDataRole.FontRole:
                return estimate_font()
            if role == Qt.ItemDataRole.BackgroundRole:
                return estimate_brush()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.edit and column.checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column.edit:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.edit is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and column.checkable:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        return bool(column.edit(self.rows[index.row()], value))


def _display_text(column: Column, row: Any) -> str:
    if column.text:
        return column.text(row)
    value = column.value(row)
    return "" if value is None else str(value)
