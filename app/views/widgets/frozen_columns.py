"""The first columns of a grid kept in view when it scrolls sideways (Qt's frozen-column
technique): a second table view over the left edge of the grid, on the same model and
selection, showing only those columns and scrolling up and down with the grid."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QTableView


class FrozenColumns(QObject):
    """Keeps the first `count()` columns of `grid` in view (asked anew at each refresh: a
    grid's key columns depend on its model); follows its sizes and scrolling."""

    def __init__(self, grid: QTableView, count: Callable[[], int]):
        super().__init__(grid)
        self.grid, self._count = grid, count
        self.view = QTableView(grid)
        self.view.setObjectName("frozenColumns")
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.verticalHeader().hide()
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(grid.verticalScrollMode())
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setSelectionBehavior(grid.selectionBehavior())
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(grid.alternatingRowColors())
        grid.viewport().stackUnder(self.view)
        grid.horizontalHeader().sectionResized.connect(self._column_resized)
        grid.verticalHeader().sectionResized.connect(self._row_resized)
        grid.verticalScrollBar().valueChanged.connect(self.view.verticalScrollBar().setValue)
        self.view.verticalScrollBar().valueChanged.connect(grid.verticalScrollBar().setValue)
        grid.installEventFilter(self)
        # The grid's viewport changes size after the grid's own Resize event (and without
        # one when the sideways scroll bar comes or goes): follow it, or the overlay keeps
        # the old height, scrolls less far and shows its names out of line at the end.
        grid.viewport().installEventFilter(self)
        self.attach()

    def attach(self) -> None:
        """Take the grid's current model and selection (call after `setModel`)."""
        model = self.grid.model()
        if model is None:
            return
        if self.view.model() is not model:
            self.view.setModel(model)
        self.view.setSelectionModel(self.grid.selectionModel())
        self.refresh()
        model.modelReset.connect(self.refresh)
        model.columnsInserted.connect(self.refresh)
        model.columnsRemoved.connect(self.refresh)

    def refresh(self) -> None:
        """Show only the frozen columns, as wide and tall as the grid's, over its left edge."""
        model = self.view.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            self.view.setColumnHidden(column, column >= self.count)
            if column < self.count:
                self.view.setColumnWidth(column, self.grid.columnWidth(column))
        self.view.verticalHeader().setDefaultSectionSize(
            self.grid.verticalHeader().defaultSectionSize()
        )
        self.view.setFont(self.grid.font())
        self.view.horizontalHeader().setFont(self.grid.horizontalHeader().font())
        self._place()

    @property
    def count(self) -> int:
        return self._count() if self.grid.model() is not None else 0

    def width(self) -> int:
        return sum(self.grid.columnWidth(c) for c in range(self.count))

    def _place(self) -> None:
        self.view.setGeometry(
            self.grid.viewport().x(),
            self.grid.frameWidth(),
            self.width(),
            self.grid.viewport().height() + self.grid.horizontalHeader().height(),
        )
        self.view.horizontalHeader().setFixedHeight(self.grid.horizontalHeader().height())
        self.view.setVisible(self.count > 0 and self.view.model() is not None)

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.count:
            self.view.setColumnWidth(column, new)
            self._place()

    def _row_resized(self, row: int, _old: int, new: int) -> None:
        self.view.setRowHeight(row, new)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.grid and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.Show,
        ):
            self.refresh()
        elif watched is self.grid.viewport() and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)
