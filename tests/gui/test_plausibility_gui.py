"""The Controle window: it lists the warnings, follows every edit, and shows a warned figure
in its step on a double click. The warnings are worked out in the background, never on the
GUI thread: after an edit only the touched cells are checked again."""

from __future__ import annotations

import threading

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
    wait_for_warnings(qtbot, dialog)
    return window, dialog


def wait_for_warnings(qtbot, dialog):
    """Until the background has worked the warnings out and the window shows them."""
    qtbot.waitUntil(lambda: "gecontroleerd" not in dialog.summary.text(), timeout=10_000)


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
    assert dialog.summary.text() == "De cijfers worden gecontroleerd…"
    wait_for_warnings(qtbot, dialog)
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
    qtbot.waitUntil(lambda: window.session.request_warnings() is not None, timeout=10_000)
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


@pytest.fixture
def checks(monkeypatch):
    """Every check of municipality x group x year, with the thread that made it: all checks
    go through `_Rules.located`, the whole vision's and an edit's alike."""
    from app.services import plausibility

    made = []
    real = plausibility._Rules.located

    def located(rules, keys):
        keys = list(keys)
        made.append((threading.current_thread() is threading.main_thread(), keys))
        return real(rules, keys)

    monkeypatch.setattr(plausibility._Rules, "located", located)
    return made


def test_the_gui_thread_checks_only_what_an_edit_touched(qtbot, launcher, warned, checks):
    """Switching groups checks nothing; typing a plausible 40 over Delft's 437 checks that
    municipality x group x year (and the year after, for jumps) on the GUI thread, nothing
    else, and the mark goes at once; a change of everything is checked in the background,
    and the marks come back from there."""
    page = _homeless_need(qtbot, launcher, warned)
    cell = _cell(page, DELFT, HousingType.INDEPENDENT_REGULAR, 2026)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert [on_gui for on_gui, _keys in checks] == [False]  # the vision, in the background
    checks.clear()
    for index in range(page.group_combo.count()):
        page.group_combo.setCurrentIndex(index)
    assert checks == []
    homeless = group_id(page.session.project, "homeless")
    page.group_combo.setCurrentIndex(page.group_combo.findData(homeless))
    from tests.gui.helpers import type_into_cell

    type_into_cell(qtbot, page.view, cell.row(), cell.column(), "40")
    delft = next(
        m.id for m in page.session.ready_analysis().figures.municipalities if m.code == DELFT
    )
    assert [(on_gui, sorted(keys)) for on_gui, keys in checks] == [
        (True, [(delft, homeless, 2026), (delft, homeless, 2027)])
    ]
    assert _mark(page) is None
    checks.clear()
    page.session.undo_stack.undo()  # an edit of one cell again: patched on the GUI thread
    assert [on_gui for on_gui, _keys in checks] == [True]
    assert _mark(page) is not None
    checks.clear()
    page.session.notify()  # everything may have changed: worked out again, off this thread
    assert _mark(page) is None
    page.session.analysis()  # as the step statuses ask for the calculations
    qtbot.waitUntil(lambda: _mark(page) is not None, timeout=10_000)
    assert [on_gui for on_gui, _keys in checks] == [False]


def _mark(page):
    cell = _cell(page, DELFT, HousingType.INDEPENDENT_REGULAR, 2026)
    return cell.data(Qt.ItemDataRole.BackgroundRole)


def test_many_warnings_open_at_once_and_rows_fit_as_they_come_into_view(qtbot, controle):
    """A national vision has some 90,000 warnings. Fitting every row to its wrapped reason
    (again for each column's resize) held the window still for minutes: the rows in view
    are fitted, and the others when they scroll into view."""
    from dataclasses import replace

    _window, dialog = controle
    real = dialog.session.warnings_at_hand()
    many = [replace(w, year=2025 + n % 10) for n in range(2_500) for w in real.warnings]
    bulk = type("Bulk", (), {"analysis": real.analysis, "warnings": tuple(many)})()
    dialog.session.request_warnings = lambda: bulk
    table, fitted = dialog.table, []
    real_fit = table.resizeRowToContents
    table.resizeRowToContents = lambda row: fitted.append(row) or real_fit(row)
    dialog.refresh()
    qtbot.wait(50)  # the fits asked for by the columns' resizes, once the loop is back
    assert dialog.model.rowCount() == 5_000 and "5000" in dialog.summary.text()
    in_view = table.rowAt(table.viewport().height() - 1)
    # a fit measures the rows in view, a screenful on either side and the last screenful;
    # the columns' resizes ask for one, once the loop is back
    assert 0 < in_view < 100 and 0 < len(fitted) <= 8 * (in_view + 1)
    assert all(table.rowHeight(r) == table.sizeHintForRow(r) for r in range(in_view + 1))
    far = 4_000
    assert table.rowHeight(far) != table.sizeHintForRow(far)  # not measured yet
    table.scrollTo(dialog.model.index(far, 0), table.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: table.rowHeight(far) == table.sizeHintForRow(far), timeout=5_000)
    assert len(fitted) <= 16 * (in_view + 1)  # against 5,000 rows, each measured often


def test_the_keyboard_lands_on_whole_rows_among_many_warnings(qtbot, controle):
    """Rows are fitted a screenful around the view and at the end: Page Down and Ctrl+End
    go to a row that is wholly in view, its reason wrapped, not cut off below."""
    from dataclasses import replace

    _window, dialog = controle
    real = dialog.session.warnings_at_hand()
    many = [replace(w, year=2025 + n % 10) for n in range(1_500) for w in real.warnings]
    bulk = type("Bulk", (), {"analysis": real.analysis, "warnings": tuple(many)})()
    dialog.session.request_warnings = lambda: bulk
    dialog.refresh()
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.wait(50)

    def wholly_in_view(row: int) -> bool:
        top = table.rowViewportPosition(row)
        return (
            table.rowHeight(row) == table.sizeHintForRow(row)
            and top >= 0
            and top + table.rowHeight(row) <= table.viewport().height()
        )

    for key, modifier in (
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
    ):
        before = table.currentIndex().row()
        qtbot.keyClick(table, key, modifier)
        qtbot.waitUntil(lambda b=before: table.currentIndex().row() != b, timeout=5_000)
        qtbot.wait(50)  # the rows that came into view are fitted
        assert wholly_in_view(table.currentIndex().row())
    assert table.currentIndex().row() == dialog.model.rowCount() - 1
