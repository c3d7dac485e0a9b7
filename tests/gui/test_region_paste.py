"""Paste from Excel into the region step's baseline table: a block of figures from the
current cell right and down, stored as one undoable step; a block that does not fit or a
cell that is no whole number changes nothing and says why."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.models import BaselineIndicator as B
from app.services.progress import Step
from app.views.models.municipality_models import BASELINE_COLUMNS
from app.views.pages.region_page import FIRST_FIGURE_COLUMN
from tests.gui.helpers import click_cell, ctrl
from tests.gui.test_wizard import go_to


def _page(qtbot, window):
    page = go_to(qtbot, window, Step.REGION)
    return page


def _values(page, indicator):
    return [m.value(indicator) for m in page.model.rows]


def _column(indicator) -> int:
    return FIRST_FIGURE_COLUMN + BASELINE_COLUMNS.index(indicator)


def test_a_block_from_excel_fills_the_cells_as_one_step(qtbot, window):
    page = _page(qtbot, window)
    first, second = BASELINE_COLUMNS[0], BASELINE_COLUMNS[1]
    before = (_values(page, first), _values(page, second))
    QGuiApplication.clipboard().setText("1.200\t300\r\n2.400\t600\r\n")
    click_cell(qtbot, page.table, 0, _column(first))
    ctrl(qtbot, page.table, Qt.Key.Key_V)
    assert _values(page, first)[:2] == [1200, 2400]
    assert _values(page, second)[:2] == [300, 600]
    window.undo_action.trigger()  # one step undoes the whole block
    assert (_values(page, first), _values(page, second)) == before


def test_a_block_that_does_not_fit_changes_nothing(qtbot, window, messages):
    page = _page(qtbot, window)
    digest = hashlib.sha256(window.session.project.path.read_bytes()).hexdigest()
    last = BASELINE_COLUMNS[-1]
    QGuiApplication.clipboard().setText("1\t2\n")
    click_cell(qtbot, page.table, 0, _column(last))
    ctrl(qtbot, page.table, Qt.Key.Key_V)
    assert hashlib.sha256(window.session.project.path.read_bytes()).hexdigest() == digest
    assert not window.undo_action.isEnabled()
    assert messages == ["Wat u plakt past niet in de basiscijfers vanaf deze cel."]


def test_a_cell_that_is_no_whole_number_changes_nothing(qtbot, window, messages):
    page = _page(qtbot, window)
    indicator = B.DWELLINGS
    before = _values(page, indicator)
    QGuiApplication.clipboard().setText("1000\nveel\n")
    click_cell(qtbot, page.table, 0, _column(indicator))
    ctrl(qtbot, page.table, Qt.Key.Key_V)
    assert _values(page, indicator) == before
    assert not window.undo_action.isEnabled()
    assert len(messages) == 1 and messages[0].startswith(
        "'s-Gravenhage, woningen: 'veel' is geen getal"
    )
