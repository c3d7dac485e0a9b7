"""The norms dialog driven as a user drives it: open it from the region step or the menu,
follow another norm set, override, reset, compare, and edit the urgency categories; bad
input shows a Dutch message and changes nothing; undo takes every step back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.services import catalogue, norms, urgency
from app.services.steps import Step
from app.views.norms import NormsDialog
from tests.gui.helpers import cell, click_cell
from tests.unit.test_bad_input import state

GOAL_ROW, AVERAGE_ROW = 0, 4


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def dialog(qtbot, window) -> NormsDialog:
    """The dialog, opened with the region step's button."""
    page = window.current_page()
    assert page.step == Step.REGION
    click(qtbot, page.norms_button)
    opened = window.findChild(NormsDialog)
    qtbot.waitExposed(opened)
    return opened


def _values(dialog) -> list[str]:
    model = dialog.norms_tab.model
    return [cell(model, row, 1) for row in range(model.rowCount())]


def test_the_region_step_and_the_menu_open_one_dialog(qtbot, window, dialog):
    """The region step names the set and says a newer one exists; the menu shows the same
    dialog again (never a second one)."""
    label = window.current_page().norm_set_label.text()
    assert "Voortgangsbrief (2023)" in label and "nieuwere normenset" in label
    dialog.close()
    window.norms_action.trigger()
    assert window.findChildren(NormsDialog) == [dialog] and dialog.isVisible()
    assert "Wet versterking regie volkshuisvesting" in dialog.norms_tab.note.text()


def test_follow_another_set_and_undo(qtbot, window, dialog):
    """Choosing the law: no goal ('geen'), the region step says so; undo brings 30 % back."""
    tab = dialog.norms_tab
    tab.set_combo.setCurrentIndex(tab.set_combo.findData("wet_regie_2026"))
    assert "1 juli 2026" in tab.status.text()
    click(qtbot, tab.follow_button)
    assert _values(dialog)[GOAL_ROW] == "geen"
    assert "Wet versterking regie" in tab.current.text() and tab.note.isHidden()
    assert "Wet versterking regie" in window.current_page().norm_set_label.text()
    window.undo_action.trigger()
    assert _values(dialog)[GOAL_ROW] == "30 %"
    assert norms.norm_set_status(window.session.project).code == "voortgang_2023"


def test_override_reset_and_the_dashboard_average(qtbot, window, dialog):
    """25 % for the goal: marked with today's date, the source shown; reset gives 30 %; the
    dashboard button sets 26 % as the national average."""
    tab = dialog.norms_tab
    click_cell(qtbot, tab.table, GOAL_ROW, 0)
    assert "toewerken naar 30 procent sociale huur" in tab.quote.text()
    qtbot.keyClicks(tab.value_edit, "25 %")
    qtbot.keyClicks(tab.source_edit, "Regionaal akkoord")
    qtbot.keyClicks(tab.date_edit, "1-1-2026")
    click(qtbot, tab.override_button)
    assert _values(dialog)[GOAL_ROW] == "25 %" and cell(tab.model, GOAL_ROW, 4)
    assert "Regionaal akkoord" in tab.quote.text()
    assert tab.value_edit.text() == ""
    click(qtbot, tab.reset_button)
    assert _values(dialog)[GOAL_ROW] == "30 %" and not cell(tab.model, GOAL_ROW, 4)
    click(qtbot, tab.dashboard_button)
    assert _values(dialog)[AVERAGE_ROW] == "26 %"
    values = norms.norm_values(window.session.project)
    assert values[catalogue.NATIONAL_SOCIAL_SHARE] == 0.26


@pytest.mark.parametrize(
    ("typed", "message"),
    [("150", "ligt niet tussen 0 en 100 %"), ("veel", "geen percentage"), ("", "Vul een")],
)
def test_a_bad_share_shows_a_message_and_changes_nothing(qtbot, window, dialog, typed, message):
    """Typed outside 0-100 %, not a number, or nothing: the message bar says why."""
    tab = dialog.norms_tab
    click_cell(qtbot, tab.table, GOAL_ROW, 0)
    before = state(window.session.project)
    qtbot.keyClicks(tab.value_edit, typed)
    click(qtbot, tab.override_button)
    assert message in tab.message.text() and tab.message.isVisible()
    assert state(window.session.project) == before


def test_without_a_chosen_norm_nothing_happens(qtbot, window, dialog):
    """Override or reset with no row chosen: a message, nothing changed."""
    tab = dialog.norms_tab
    tab.table.clearSelection()
    before = state(window.session.project)
    for button in (tab.override_button, tab.reset_button):
        tab.message.clear()
        click(qtbot, button)
        assert "Kies eerst een norm" in tab.message.text()
    assert state(window.session.project) == before


def test_what_changes_between_two_sets(qtbot, window, dialog):
    """The comparison opens on this vision's set against the law, lists the norms with the
    differing ones marked and the effects; the same set twice changes nothing."""
    dialog.tabs.setCurrentIndex(1)
    tab = dialog.compare_tab
    assert tab.first_combo.currentData() == "voortgang_2023"
    assert tab.second_combo.currentData() == "wet_regie_2026"
    assert cell(tab.norm_model, GOAL_ROW, 1) == "ja"
    assert tab.norm_model.headerData(3, Qt.Orientation.Horizontal) == "Wet regie 2025/2026"
    assert tab.effect_model.rowCount() > 0
    assert "Dakloze gezinnen met kinderen" in tab.categories.text()
    tab.second_combo.setCurrentIndex(tab.second_combo.findData("voortgang_2023"))
    tab.second_combo.activated.emit(tab.second_combo.currentIndex())
    assert tab.effect_model.rowCount() == 0
    assert "Geen uitkomst" in tab.summary.text()


def test_urgency_categories_add_rename_retire(qtbot, window, dialog):
    """Add one, rename it, let it retire on a date: it leaves the list, and shows again
    (marked) with the retired ones; undo brings it back."""
    dialog.tabs.setCurrentIndex(2)
    tab = dialog.urgency_tab
    qtbot.keyClicks(tab.name_edit, "Jongeren met schulden")
    click(qtbot, tab.add_button)
    rows = tab.model.rowCount()
    assert cell(tab.model, rows - 1, 0) == "Jongeren met schulden"
    assert cell(tab.model, rows - 1, 1) == "eigen categorie"
    click_cell(qtbot, tab.table, rows - 1, 0)
    qtbot.keyClicks(tab.name_edit, "Jongeren met problematische schulden")
    click(qtbot, tab.rename_button)
    assert cell(tab.model, rows - 1, 0) == "Jongeren met problematische schulden"
    click_cell(qtbot, tab.table, rows - 1, 0)
    tab.date_edit.setText("1-7-2026")
    click(qtbot, tab.retire_button)
    assert tab.model.rowCount() == rows - 1
    tab.show_retired.setChecked(True)
    assert cell(tab.model, rows - 1, 3) == "1 juli 2026"
    window.undo_action.trigger()
    assert "Jongeren met problematische schulden" in norms.urgency_categories(
        window.session.project
    )


@pytest.mark.parametrize(
    ("name", "date", "button", "message"),
    [
        ("", "", "add_button", "mag niet leeg zijn"),
        ("Uitstappende sekswerkers", "", "add_button", "Er is al"),
        ("", "", "rename_button", "mag niet leeg zijn"),
        ("", "morgen", "retire_button", "geen datum"),
        ("", "", "retire_button", "Vul de datum in"),
    ],
)
def test_bad_urgency_input_shows_a_message_and_changes_nothing(
    qtbot, window, dialog, name, date, button, message
):
    """An empty or existing name, a date that is not one: Dutch message, nothing changed."""
    dialog.tabs.setCurrentIndex(2)
    tab = dialog.urgency_tab
    click_cell(qtbot, tab.table, 0, 0)
    before = state(window.session.project)
    qtbot.keyClicks(tab.name_edit, name)
    tab.date_edit.setText(date)
    click(qtbot, getattr(tab, button))
    assert message in tab.message.text()
    assert state(window.session.project) == before


def test_rename_or_retire_without_a_chosen_category(qtbot, window, dialog):
    """No row chosen: the message asks for one, nothing changed."""
    dialog.tabs.setCurrentIndex(2)
    tab = dialog.urgency_tab
    tab.table.clearSelection()
    before = state(window.session.project)
    for button in (tab.rename_button, tab.retire_button):
        click(qtbot, button)
        assert "Kies eerst een categorie" in tab.message.text()
    assert state(window.session.project) == before
    assert len(urgency.list_categories(window.session.project)) == 6


def test_a_read_only_vision_shows_but_does_not_edit(qtbot, launcher, project):
    """Opened read-only: every editor of the dialog is disabled; the comparison works."""
    path = project.path
    project.close()
    window = launcher.open_file(path, readonly=True)
    qtbot.waitExposed(window)
    window.show_norms()
    dialog = window.findChild(NormsDialog)
    assert not any(w.isEnabled() for w in dialog.norms_tab._editors())
    dialog.tabs.setCurrentIndex(2)
    assert not dialog.urgency_tab.add_button.isEnabled()
    dialog.tabs.setCurrentIndex(1)
    assert dialog.compare_tab.effect_model.rowCount() > 0


def test_the_dialog_s_models_follow_the_qt_contract(qtbot, qtmodeltester, dialog):
    """qtmodeltester finds nothing wrong with the norms, comparison and category tables,
    and a renamed header is announced."""
    for index in range(3):
        dialog.tabs.setCurrentIndex(index)
    models = [
        dialog.norms_tab.model,
        dialog.compare_tab.norm_model,
        dialog.compare_tab.effect_model,
        dialog.urgency_tab.model,
    ]
    for model in models:
        qtmodeltester.check(model)
    model = dialog.compare_tab.norm_model
    with qtbot.waitSignal(model.headerDataChanged):
        model.set_header(2, "Eerste")
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Eerste"
