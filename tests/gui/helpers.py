"""User-level actions on views: click a cell, type into it, press keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication


def click_cell(qtbot, view, row: int, column: int) -> None:
    """Click the cell at (row, column) of a table view."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def type_into_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Click a cell, type `text` (the first key opens the editor) and press Enter."""
    click_cell(qtbot, view, row, column)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the editor's value in a queued call.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)


def select_block(qtbot, view, top: int, left: int, bottom: int, right: int) -> None:
    """Click the top-left cell and shift-click the bottom-right one."""
    click_cell(qtbot, view, top, left)
    index = view.model().index(bottom, right)
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        view.visualRect(index).center(),
    )


def ctrl(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    """What `model` gives for (row, column) in `role`."""
    return model.data(model.index(row, column), role)
