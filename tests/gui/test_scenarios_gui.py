"""Scenarios in the window: the scenario every screen shows (kept by the session), adding,
renaming and deleting scenarios as undoable steps, and the Opgave step's comparison of two
scenarios side by side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from app.services import figures
from app.services.analysis import analyse
from app.services.edits import figures as cell_edits
from app.services.estimates import store
from app.services.estimates.older_people import TARGETS, OlderPeopleTarget
from app.services.progress import Step
from app.services.reference_data import national_totals
from app.services.scenario_comparison import ComparedBy, compare_scenarios
from app.services.target_groups import list_target_groups
from app.views.widgets.scenario_bar import NewScenarioDialog
from tests.gui.helpers import cell
from tests.gui.test_wizard import go_to

Left = Qt.MouseButton.LeftButton
from app.views.pages.gap_page import COMPARE_TAB  # noqa: E402


def older_id(project) -> int:
    return next(g.id for g in list_target_groups(project) if g.code == "older_people")


@pytest.fixture
def two_scenarios(project):
    """The test vision with the ouderen target in 'basis' and twice that in 'ambitieus',
    and capacity 0 for ouderen everywhere (so its gap is known)."""
    base = store.find_scenario(project)
    store.set_estimate(project, base.id, older_id(project), store.default_estimate("older_people"))
    other = store.add_scenario(project, "ambitieus")
    doubled = {t: v * 2 for t, v in TARGETS.items()}
    national = national_totals()["inhabitants_65_plus"]
    store.set_estimate(project, other.id, older_id(project), OlderPeopleTarget(national, doubled))
    empty = figures.empty_cells(project, capacity=True, group_id=older_id(project))
    cell_edits.zero_empty_cells(project, empty, "0").do()
    return project


def open_window(qtbot, launcher, project):
    """A main window on the project (closed here first, as a user's file is)."""
    path = project.path
    project.close()
    window = launcher.open_file(path)
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def scenario_window(qtbot, launcher, two_scenarios):
    return open_window(qtbot, launcher, two_scenarios)


def choose(bar, name: str) -> None:
    """Pick a scenario in a bar's combo box, as a user's choice does (activated)."""
    index = bar.combo.findText(name)
    bar.combo.setCurrentIndex(index)
    bar.combo.activated.emit(index)


def older_page(qtbot, window):
    page = go_to(qtbot, window, Step.NEED)
    page.group_combo.setCurrentIndex(page.group_combo.findData(older_id(window.session.project)))
    return page


# -- choosing ---------------------------------------------------------------------------------
def test_choosing_a_scenario_changes_what_every_screen_shows(qtbot, scenario_window):
    """Choosing 'ambitieus' in the need step shows its ramingen there, and the Opgave step,
    the step statuses and the documents' snapshot use it too; the file does not change."""
    window = scenario_window
    page = older_page(qtbot, window)
    column = page.model.year_column(2025)
    base_value = int(cell(page.model, 0, column))
    before = window.session.project.path.read_bytes()
    choose(page.scenario_bar, "ambitieus")
    assert int(cell(page.model, 0, column)) == pytest.approx(2 * base_value, abs=1)
    assert window.session.analysis().figures.scenario == "ambitieus"
    gap = go_to(qtbot, window, Step.GAP)
    bar = gap.findChild(type(page.scenario_bar))
    assert bar.combo.currentText() == "ambitieus"
    documents = go_to(qtbot, window, Step.DOCUMENTS)
    assert documents.snapshot().analysis.figures.scenario == "ambitieus"
    assert window.session.project.path.read_bytes() == before
    assert window.session.undo_stack.count() == 0  # a choice, not an edit


def test_an_export_in_a_child_process_uses_the_scenario_shown(qtbot, scenario_window, monkeypatch):
    """The child reads a copy of the file and works out the calculations itself: for the
    scenario the window shows, not the base one."""
    from app.reports import child_run
    from tests.unit import child_jobs

    monkeypatch.setenv(child_run.PROCESS_ENV, "1")
    page = older_page(qtbot, scenario_window)
    choose(page.scenario_bar, "ambitieus")
    documents = go_to(qtbot, scenario_window, Step.DOCUMENTS)
    work = documents._export(child_jobs.scenario_of)
    assert work(None, lambda: False)[0] == "ambitieus"


def test_the_session_adopts_only_an_analysis_of_the_scenario_shown(qtbot, two_scenarios):
    """An analysis worked out in the background for another scenario than the one shown is
    not taken over: choosing a scenario while the base one is computed gives the chosen
    one's figures when the background is done."""
    from app.views.session import VisionSession

    session = VisionSession(two_scenarios)
    assert session.request_analysis() is None  # the base scenario's, under way
    other = store.find_scenario(two_scenarios, "ambitieus")
    session.choose_scenario(other.id)
    with qtbot.waitSignal(session.analysis_ready, timeout=60_000):
        pass
    ready = session.ready_analysis()
    assert ready.figures.scenario == "ambitieus"
    assert ready.gap_total() == analyse(two_scenarios, "ambitieus").gap_total()
    session.close()
    session.deleteLater()


def test_typed_figures_are_the_same_in_every_scenario(qtbot, scenario_window):
    """A figure typed under 'basis' shows under 'ambitieus' too; only ramingen differ."""
    from tests.gui.helpers import type_into_cell

    page = older_page(qtbot, scenario_window)
    column = page.model.year_column(2026)
    type_into_cell(qtbot, page.view, 0, column, "3")
    choose(page.scenario_bar, "ambitieus")
    assert cell(page.model, 0, column) == "3"
    assert cell(page.model, 0, column, Qt.ItemDataRole.FontRole) is None


# -- adding, renaming, deleting -------------------------------------------------------------
@pytest.fixture
def new_scenario(qtbot, monkeypatch):
    """Stands in for the add dialog's exec: types the name, picks what to copy, clicks OK;
    records the dialog's message."""
    seen: dict = {}

    def install(name: str, copy_from: str | None):
        def run(dialog):
            dialog.show()
            qtbot.keyClicks(dialog.name_edit, name)
            dialog.copy_combo.setCurrentIndex(
                0 if copy_from is None else dialog.copy_combo.findText(copy_from)
            )
            buttons = dialog.findChild(QDialogButtonBox)
            qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Left)
            seen["message"] = dialog.message.text() if dialog.message.isVisible() else ""
            if dialog.isVisible():
                dialog.reject()
            return dialog.result()

        monkeypatch.setattr(NewScenarioDialog, "exec", run)
        return seen

    return install


def test_adding_a_scenario_copies_ramingen_and_is_undoable(qtbot, scenario_window, new_scenario):
    """'Scenario toevoegen…' with a copy of 'basis': the new scenario has basis's ramingen
    and is shown at once; undo removes it and the screens show 'basis' again."""
    window = scenario_window
    page = older_page(qtbot, window)
    column = page.model.year_column(2025)
    base_value = cell(page.model, 0, column)
    new_scenario("hoog", "basis")
    page.scenario_bar.add_action.trigger()
    assert window.session.scenario().name == "hoog"
    assert page.scenario_bar.combo.currentText() == "hoog"
    assert cell(page.model, 0, column) == base_value
    window.session.undo_stack.undo()
    assert [s.name for s in store.list_scenarios(window.session.project)] == ["basis", "ambitieus"]
    assert window.session.scenario().name == "basis"
    assert page.scenario_bar.combo.currentText() == "basis"


def test_an_empty_scenario_has_no_ramingen(qtbot, scenario_window, new_scenario):
    """A new scenario copying nothing shows empty cells where 'basis' had ramingen."""
    page = older_page(qtbot, scenario_window)
    new_scenario("leeg", None)
    page.scenario_bar.add_action.trigger()
    assert cell(page.model, 0, page.model.year_column(2025)) == ""


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "mag niet leeg zijn"), ("Ambitieus", "Er is al een scenario 'ambitieus'")],
)
def test_a_refused_scenario_name_changes_nothing(
    qtbot, scenario_window, new_scenario, name, message
):
    """An empty or taken name: the reason in the dialog, the same bytes, nothing to undo."""
    window = scenario_window
    page = older_page(qtbot, window)
    before = window.session.project.path.read_bytes()
    seen = new_scenario(name, None)
    page.scenario_bar.add_action.trigger()
    assert message in seen["message"]
    assert window.session.project.path.read_bytes() == before
    assert window.session.undo_stack.count() == 0


def test_renaming_a_scenario_is_undoable(qtbot, scenario_window, monkeypatch, messages):
    """'Naam wijzigen…' renames the scenario shown; a taken name is refused with a message
    and nothing changes; undo brings the old name back."""
    window = scenario_window
    page = older_page(qtbot, window)
    answers = iter([("Hoog", True), ("ambitieus", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    page.scenario_bar.rename_action.trigger()
    assert page.scenario_bar.combo.itemText(0) == "Hoog"
    before = window.session.project.path.read_bytes()
    page.scenario_bar.rename_action.trigger()
    assert messages == ["Er is al een scenario 'ambitieus'."]
    assert window.session.project.path.read_bytes() == before
    window.session.undo_stack.undo()
    assert [s.name for s in store.list_scenarios(window.session.project)][0] == "basis"


def test_deleting_a_scenario_asks_and_is_undoable(qtbot, scenario_window, monkeypatch):
    """The base scenario cannot be deleted; another is, after a Yes, and the screens show
    'basis'; No changes nothing; undo brings it back with its ramingen."""
    window = scenario_window
    page = older_page(qtbot, window)
    bar = page.scenario_bar
    assert not bar.delete_action.isEnabled()
    choose(bar, "ambitieus")
    assert bar.delete_action.isEnabled()
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    before = window.session.project.path.read_bytes()
    bar.delete_action.trigger()
    assert window.session.project.path.read_bytes() == before
    bar.delete_action.trigger()
    assert [s.name for s in store.list_scenarios(window.session.project)] == ["basis"]
    assert window.session.scenario().name == "basis" and bar.combo.count() == 1
    window.session.undo_stack.undo()
    assert (
        len(
            store.list_estimates(
                window.session.project, store.find_scenario(window.session.project, "ambitieus").id
            )
        )
        == 1
    )


# -- comparing --------------------------------------------------------------------------------
def test_compare_with_scenario_puts_both_side_by_side(qtbot, scenario_window):
    """'Vergelijk met scenario…' lists the other scenario; choosing it shows, per group and
    per municipality, the gap under both and the difference, as compare_scenarios has it;
    a gap that is unknown reads 'onbekend', never 0."""
    window = scenario_window
    page = go_to(qtbot, window, Step.GAP)
    menu = page.compare_button.menu()
    menu.aboutToShow.emit()  # as opening the menu does
    assert [a.text() for a in menu.actions()] == ["ambitieus"]
    menu.actions()[0].trigger()
    assert page.tabs.currentIndex() == COMPARE_TAB
    project = window.session.project
    expected = compare_scenarios(
        analyse(project, "basis"), analyse(project, "ambitieus"), ComparedBy.GROUP
    )
    model = page.comparison.by_group
    older = next(i for i, r in enumerate(model.rows) if r.label == "Ouderen")
    row = expected.rows[older]
    assert row.first.gap is not None and row.difference == row.second.gap - row.first.gap
    assert model.data(model.index(older, 5), Qt.ItemDataRole.UserRole) == row.difference
    assert cell(model, 0, 2) == "onbekend"  # dak- en thuislozen: nothing entered
    places = page.comparison.by_municipality
    assert places.rowCount() == 4 and cell(places, 3, 0) == "Totaal"


def test_the_comparison_follows_the_filters(qtbot, scenario_window):
    """With Delft and Ouderen chosen, the group table is Delft's and the municipality table
    is Ouderen's."""
    window = scenario_window
    page = go_to(qtbot, window, Step.GAP)
    page.tabs.setCurrentIndex(COMPARE_TAB)
    analysis = window.session.analysis()
    delft = analysis.figures.municipalities[0]
    older = older_id(window.session.project)
    page.municipality_combo.setCurrentIndex(page.municipality_combo.findData(delft.id))
    page.group_combo.setCurrentIndex(page.group_combo.findData(older))
    first, second = (
        analyse(window.session.project, "basis"),
        analyse(window.session.project, "ambitieus"),
    )
    by_group = compare_scenarios(first, second, ComparedBy.GROUP, municipality_id=delft.id)
    by_place = compare_scenarios(first, second, ComparedBy.MUNICIPALITY, group_id=older)
    assert [r.difference for r in page.comparison.by_group.rows] == [
        r.difference for r in by_group.rows
    ]
    assert [r.difference for r in page.comparison.by_municipality.rows] == [
        r.difference for r in by_place.rows
    ]
    assert "Delft" in page.comparison.group_title.text()


def test_with_one_scenario_there_is_nothing_to_compare(qtbot, window):
    """One scenario: the menu says so (disabled), the tab explains how to add one."""
    page = go_to(qtbot, window, Step.GAP)
    menu = page.compare_button.menu()
    menu.aboutToShow.emit()
    assert [(a.text(), a.isEnabled()) for a in menu.actions()] == [
        ("Er is nog maar één scenario", False)
    ]
    page.tabs.setCurrentIndex(COMPARE_TAB)
    assert "nog maar één scenario" in page.comparison.note.text()
    assert page.comparison.by_group.rowCount() == 0


def test_the_comparison_is_of_the_scenario_shown(qtbot, scenario_window):
    """After choosing 'ambitieus', the comparison puts it first, beside 'basis'."""
    window = scenario_window
    choose(older_page(qtbot, window).scenario_bar, "ambitieus")
    page = go_to(qtbot, window, Step.GAP)
    page.tabs.setCurrentIndex(COMPARE_TAB)
    assert page.comparison.by_group.comparison.first_name == "ambitieus"
    assert page.comparison.other_combo.currentText() == "basis"


def test_the_scenario_to_compare_with_is_chosen_in_the_tab(qtbot, launcher, two_scenarios):
    """With three scenarios, picking the third in the tab's own combo box compares with it;
    the Vergelijk menu then lists both others and choosing one there selects it in the tab."""
    empty = store.add_scenario(two_scenarios, "leeg")
    window = open_window(qtbot, launcher, two_scenarios)
    page = go_to(qtbot, window, Step.GAP)
    page.tabs.setCurrentIndex(COMPARE_TAB)
    comparison = page.comparison
    assert comparison.by_group.comparison.second_name == "ambitieus"
    index = comparison.other_combo.findData(empty.id)
    comparison.other_combo.setCurrentIndex(index)
    comparison.other_combo.activated.emit(index)  # as a user's choice does
    assert comparison.by_group.comparison.second_name == "leeg"
    assert "onder 'leeg' min die onder 'basis'" in comparison.note.text()
    menu = page.compare_button.menu()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["ambitieus", "leeg"]
    menu.actions()[0].trigger()
    assert comparison.other_combo.currentText() == "ambitieus"
    assert comparison.by_group.comparison.second_name == "ambitieus"
