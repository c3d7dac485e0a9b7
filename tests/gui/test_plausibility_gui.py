"""The Controle window: it lists the warnings, follows every edit, and shows a warned figure
in its step on a double click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.models import CapacityKind, HousingType
from app.services import figures
from app.services.figures import Cell, CellChange
from app.services.steps import Step
from app.services.target_groups import list_target_groups

DELFT, RIJSWIJK = "GM0503", "GM0603"


def group_id(project, code):
    return next(g for g in list_target_groups(project) if g.code == code).id


@pytest.fixture
def warned(project):
    """Delft's homeless need of 2026 is 437 (the four big cities' rate gives at most 436,
    see tests/unit/test_plausibility.py); Rijswijk allocates 9,228 homes of a 9,227 stock."""
    homeless, status = group_id(project, "homeless"), group_id(project, "status_holders")
    figures.set_cells(
        project,
        [
            CellChange(Cell(DELFT, homeless, HousingType.INDEPENDENT_REGULAR, 2026), 437),
            CellChange(
                Cell(
                    RIJSWIJK, status, HousingType.INDEPENDENT_REGULAR, 2025, CapacityKind.ALLOCATION
                ),
                9_228,
            ),
        ],
    )
    return project


@pytest.fixture
def controle(qtbot, launcher, warned):
    path = warned.path
    warned.close()
    window = launcher.open_file(path)
    qtbot.waitExposed(window)
    window.check_action.trigger()
    dialog = window._plausibility
    qtbot.waitExposed(dialog)
    return window, dialog


def rows(dialog):
    model = dialog.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_menu_opens_the_list_of_warnings(controle):
    window, dialog = controle
    assert window.check_action.shortcut() == QKeySequence("Ctrl+Shift+K")
    listed = rows(dialog)
    assert [r[:5] for r in listed] == [
        ["Delft", "Dak- en thuisloze mensen", "alle woonvormen", "2026", "Woonbehoefte"],
        ["Rijswijk (ZH.)", "Statushouders", "alle woonvormen", "2025", "Aanbod"],
    ]
    assert "Aantal waarschuwingen: 2" in dialog.summary.text()


def test_an_edit_that_resolves_a_warning_removes_it(qtbot, controle):
    """Typing 400 over Delft's 437 in the need grid: the warning goes, the other stays."""
    window, dialog = controle
    dialog.table.doubleClicked.emit(dialog.model.index(0, 0))
    page = window.current_page()
    assert page.step == Step.NEED
    index = page.view.currentIndex()
    assert page.model.rows[index.row()].municipality_code == DELFT
    assert page.model.year_at(index.column()) == 2026
    # the grid's own edit path (typing in the grid is tested in test_wizard; here the
    # Controle window has the keyboard on the offscreen platform)
    assert page.model.setData(index, "400", Qt.ItemDataRole.EditRole)
    assert [r[0] for r in rows(dialog)] == ["Rijswijk (ZH.)"]


def test_a_capacity_warning_opens_the_capacity_step(controle):
    window, dialog = controle
    dialog.table.doubleClicked.emit(dialog.model.index(1, 2))
    page = window.current_page()
    assert page.step == Step.CAPACITY
    assert page.current_group().code == "status_holders"
    row = page.model.rows[page.view.currentIndex().row()]
    assert row.municipality_code == RIJSWIJK


def test_undo_brings_a_warning_back_and_closing_keeps_the_window(qtbot, controle):
    window, dialog = controle
    dialog.table.doubleClicked.emit(dialog.model.index(0, 0))
    page = window.current_page()
    assert page.model.setData(page.view.currentIndex(), "400", Qt.ItemDataRole.EditRole)
    assert len(rows(dialog)) == 1
    window.undo_action.trigger()
    assert len(rows(dialog)) == 2
    dialog.close()
    window.check_action.trigger()
    assert window._plausibility is dialog and dialog.isVisible()


def test_no_warnings_says_so(qtbot, window):
    window.check_action.trigger()
    dialog = window._plausibility
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text().startswith("Geen waarschuwingen")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def _homeless_need(qtbot, launcher, warned):
    """The need step on the homeless group, with the calculations at hand (as the
    background calculation makes them soon after opening)."""
    from tests.gui.test_wizard import go_to

    path = warned.path
    warned.close()
    window = launcher.open_file(path)
    qtbot.waitExposed(window)
    window.session.analysis()
    page = go_to(qtbot, window, Step.NEED)
    homeless = group_id(window.session.project, "homeless")
    page.group_combo.setCurrentIndex(page.group_combo.findData(homeless))
    window.activateWindow()  # typing needs the window to have the keyboard
    qtbot.waitUntil(window.isActiveWindow)
    return page


def _cell(page, code, housing_type, year, kind=None):
    model = page.model
    row = next(
        i
        for i, r in enumerate(model.rows)
        if (r.municipality_code, r.housing_type, r.kind) == (code, housing_type, kind)
    )
    return model.index(row, model.year_column(year))


def test_the_grid_marks_a_warned_figure_with_its_reason(qtbot, launcher, warned):
    """Delft's 437 homeless in 2026 gets the warm background and 'Controle: …' in its
    tooltip once the calculations are at hand; the cell beside it does not."""
    from app.views.models.grid_model import WARNING_COLOUR

    page = _homeless_need(qtbot, launcher, warned)
    cell = _cell(page, DELFT, HousingType.INDEPENDENT_REGULAR, 2026)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == WARNING_COLOUR
    assert "Controle: " in cell.data(Qt.ItemDataRole.ToolTipRole)
    beside = _cell(page, DELFT, HousingType.INDEPENDENT_REGULAR, 2025)
    assert beside.data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_mark_goes_when_the_figure_is_made_plausible(qtbot, launcher, warned):
    from tests.gui.helpers import type_into_cell

    page = _homeless_need(qtbot, launcher, warned)
    cell = _cell(page, DELFT, HousingType.INDEPENDENT_REGULAR, 2026)
    type_into_cell(qtbot, page.view, cell.row(), cell.column(), "40")
    cell = _cell(page, DELFT, HousingType.INDEPENDENT_REGULAR, 2026)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Controle" not in (cell.data(Qt.ItemDataRole.ToolTipRole) or "")


def test_choosing_another_group_does_not_redo_the_warnings(qtbot, launcher, warned, monkeypatch):
    """The warnings are worked out once per calculation: switching groups reuses them (a
    national vision takes seconds), an edit's new calculation works them out again."""
    from app.services import plausibility

    page = _homeless_need(qtbot, launcher, warned)
    calls = []
    real = plausibility.plausibility_warnings
    monkeypatch.setattr(plausibility, "plausibility_warnings", lambda a: calls.append(a) or real(a))
    for index in range(page.group_combo.count()):
        page.group_combo.setCurrentIndex(index)
    assert calls == []
    page.session.notify()  # the figures changed: a new calculation
    page.session.analysis()
    page.refresh()
    assert len(calls) == 1
