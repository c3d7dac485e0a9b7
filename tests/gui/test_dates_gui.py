"""Dates on screen: an agreement's deadline is typed and shown the Dutch way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import agreements
from app.services.progress import Step
from tests.gui.helpers import click_cell, type_into_cell
from tests.gui.test_wizard import go_to


def _deadline_column(page) -> int:
    count = page.model.columnCount()
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(count)]
    return headers.index("Deadline")


def test_deadline_typed_dutch_is_shown_dutch(qtbot, window, messages):
    """'31 december 2030' typed in the table is stored as ISO and shown as 31-12-2030, the
    editor opens with 31-12-2030; a year stays a year; a day that does not exist is
    refused with a Dutch message and the old deadline stays."""
    page = go_to(qtbot, window, Step.AGREEMENTS)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    column = _deadline_column(page)
    type_into_cell(qtbot, page.table, 0, column, "31 december 2030")
    project = window.session.project
    assert agreements.list_agreements(project)[0].deadline == "2030-12-31"
    assert page.model.index(0, column).data() == "31-12-2030"
    click_cell(qtbot, page.table, 0, column)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert QApplication.focusWidget().text() == "31-12-2030"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    type_into_cell(qtbot, page.table, 0, column, "31-02-2031")
    assert "februari 2031 heeft 28 dagen" in messages[-1]
    assert agreements.list_agreements(project)[0].deadline == "2030-12-31"
    type_into_cell(qtbot, page.table, 0, column, "2031")
    assert page.model.index(0, column).data() == "2031"
