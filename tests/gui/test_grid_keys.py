"""Working in the grids as in a spreadsheet: Enter goes one row down, a refusal appears
below the grid (the rows never move under the mouse), the Bron column uses the room left,
and the partners' table keeps its column widths after an edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.progress import Step
from tests.gui.helpers import click_cell, type_into_cell
from tests.gui.test_wizard import go_to


def test_enter_after_typing_goes_one_row_down(qtbot, window):
    page = go_to(qtbot, window, Step.NEED)
    column = page.model.year_column(2025)
    type_into_cell(qtbot, page.view, 0, column, "7")
    assert page.model.rows[0].values[2025] == 7
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (1, column)


def test_enter_without_typing_goes_one_row_down_and_stops_at_the_last(qtbot, window):
    page = go_to(qtbot, window, Step.NEED)
    column = page.model.year_column(2026)
    click_cell(qtbot, page.view, 0, column)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.view.currentIndex().row() == 1
    last = page.model.rowCount() - 1
    click_cell(qtbot, page.view, last, column)
    qtbot.keyClick(page.view, Qt.Key.Key_Enter)
    assert page.view.currentIndex().row() == last


def test_a_refusal_shows_below_the_grid_and_the_grid_stays_put(qtbot, window):
    page = go_to(qtbot, window, Step.NEED)
    QApplication.processEvents()  # the layout settles after the step's texts are set
    page.layout_.activate()
    top = page.view.mapTo(page, page.view.rect().topLeft()).y()
    type_into_cell(qtbot, page.view, 0, page.model.year_column(2025), "-3")
    assert page.message.isVisible() and page.message.text()
    assert page.view.mapTo(page, page.view.rect().topLeft()).y() == top
    assert page.message.mapTo(page, page.message.rect().topLeft()).y() > top


def test_the_bron_column_takes_the_room_left(qtbot, window):
    page = go_to(qtbot, window, Step.NEED)
    header = page.view.horizontalHeader()
    assert header.stretchLastSection()
    assert page.model.note_column == page.model.columnCount() - 1


def test_partners_keep_their_column_widths_after_an_edit(qtbot, window):
    page = go_to(qtbot, window, Step.PARTNERS)
    for name in ("Woonbron", "Stichting Maatschappelijke Opvang Haaglanden"):
        qtbot.keyClicks(page.name_edit, name)
        qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    widths = [page.table.columnWidth(c) for c in range(page.model.columnCount())]
    type_into_cell(qtbot, page.table, 0, 0, "GGZ")
    assert sorted(p.name for p in page.model.rows)[0] == "GGZ"
    assert [page.table.columnWidth(c) for c in range(page.model.columnCount())] == widths


def test_the_names_stay_in_view_when_the_grid_scrolls_to_later_years(qtbot, window):
    """The capacity grid scrolled fully right: municipality, woonvorm and kind still show
    over its left edge, row for row, with the grid's widths and selection."""
    page = go_to(qtbot, window, Step.CAPACITY)
    window.resize(900, 600)
    view = page.view
    frozen = view.frozen
    assert frozen is not None and frozen.count == page.model.key_columns == 3
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    QApplication.processEvents()
    assert view.horizontalScrollBar().value() > 0  # the grid did scroll
    overlay = frozen.view
    assert overlay.isVisible() and overlay.x() == view.viewport().x()
    shown = [c for c in range(page.model.columnCount()) if not overlay.isColumnHidden(c)]
    assert shown == [0, 1, 2]
    assert [overlay.columnWidth(c) for c in shown] == [view.columnWidth(c) for c in shown]
    assert overlay.selectionModel() is view.selectionModel()
    view.verticalScrollBar().setValue(2)
    assert overlay.verticalScrollBar().value() == 2


def test_a_cell_under_the_names_scrolls_out_from_under_them(qtbot, window):
    page = go_to(qtbot, window, Step.CAPACITY)
    window.resize(900, 600)
    view = page.view
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    first_year = page.model.index(0, page.model.key_columns)
    view.scrollTo(first_year)
    assert view.visualRect(first_year).left() >= view.frozen.width()


def test_the_names_stay_in_line_with_the_figures_at_the_end_of_the_grid(qtbot, window):
    """Scrolled to the last row with the sideways scroll bar showing: each name beside its
    own figures (the overlay once stopped a row short, half a row out of line)."""
    page = go_to(qtbot, window, Step.NEED)
    window.resize(900, 500)
    QApplication.processEvents()
    view, overlay = page.view, page.view.frozen.view
    for column in range(page.model.key_columns, page.model.columnCount()):
        view.setColumnWidth(column, 200)  # wider than the grid: the sideways bar shows
    qtbot.waitUntil(view.horizontalScrollBar().isVisible)  # the case: it takes the grid's room
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert overlay.viewport().height() == view.viewport().height()
    last = page.model.rowCount() - 1
    assert view.rowViewportPosition(last) + view.rowHeight(last) <= view.viewport().height()
    for row in range(last - 5, last + 1):
        assert overlay.rowViewportPosition(row) == view.rowViewportPosition(row), row
