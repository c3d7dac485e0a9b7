"""Every filter value of every step that has filters shows the right rows (the Soort filter of
the Aanbod step once crashed the step), and the actions next to them do what they say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.models import CapacityKind, HousingType
from app.services import figures
from app.services.edits import figures as cell_edits
from app.services.progress import Step
from app.services.target_groups import list_target_groups, set_group_active
from app.views.models.row_model import CHOICES_ROLE
from tests.gui.helpers import select_block
from tests.gui.test_wizard import go_to


@pytest.fixture
def demo_window(qtbot, launcher, demo_path):
    window = launcher.open_file(demo_path)
    qtbot.waitExposed(window)
    return window


def _every_choice(combo):
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        yield combo.itemData(index)


@pytest.mark.parametrize("step", [Step.NEED, Step.CAPACITY])
def test_every_group_and_municipality_shows_the_groups_own_rows(qtbot, demo_window, step):
    """For every group and every municipality choice the grid holds exactly the group's
    housing types (x every kind of capacity) for the chosen municipalities."""
    page = go_to(qtbot, demo_window, step)
    municipalities = [page.municipality_combo.itemData(i) for i in range(1, 10)]
    for _group_id in _every_choice(page.group_combo):
        group = page.current_group()
        for code in _every_choice(page.municipality_combo):
            rows = page.model.rows
            kinds = len(CapacityKind) if step == Step.CAPACITY else 1
            places = [code] if code else municipalities
            assert len(rows) == len(places) * len(group.housing_types) * kinds
            assert {r.housing_type for r in rows} == set(group.housing_types)
            assert {r.municipality_code for r in rows} == set(places)
            assert not page.message.isVisible()


def test_every_kind_of_capacity_can_be_chosen(qtbot, demo_window):
    """Soort: each kind shows only that kind's rows, labelled, with their stored values;
    'Alle soorten' shows all five again."""
    page = go_to(qtbot, demo_window, Step.CAPACITY)
    group = page.current_group()
    stored = {
        (s.municipality_code, s.housing_type, s.kind): s.values
        for s in figures.capacity_series(page.session.project, group.id)
    }
    for kind in _every_choice(page.kind_combo):
        rows = page.model.rows
        wanted = {CapacityKind(kind)} if kind else set(CapacityKind)
        assert {r.kind for r in rows} == wanted
        for row_number, row in enumerate(rows):
            label = page.model.data(page.model.index(row_number, 2))
            assert label == row.kind.label
            assert row.values == stored.get((row.municipality_code, row.housing_type, row.kind), {})


def test_zero_fill_for_a_group_is_one_undoable_step(qtbot, demo_window):
    """Clearing two need cells and choosing 'alle lege cellen' for the group sets exactly
    those two to 0; one undo empties them again."""
    page = go_to(qtbot, demo_window, Step.NEED)
    project = page.session.project
    group = page.current_group()
    cleared = [
        figures.Cell("GM0503", group.id, group.housing_types[0], 2025),
        figures.Cell("GM0518", group.id, group.housing_types[-1], 2030),
    ]
    page.session.perform(
        cell_edits.set_cells(project, [figures.CellChange(c, None) for c in cleared], "wissen")
    )
    assert figures.empty_cells(project, capacity=False, group_id=group.id) == cleared
    page._update_zero_actions()
    assert page.zero_actions["group"].isEnabled()
    assert not page.zero_actions["municipality"].isEnabled()  # no municipality chosen
    page.zero_actions["group"].trigger()
    assert figures.empty_cells(project, capacity=False, group_id=group.id) == []
    values = {
        (s.municipality_code, s.housing_type): s.values
        for s in figures.need_series(project, group.id)
    }
    assert values[("GM0503", group.housing_types[0])][2025] == 0
    page.session.undo_stack.undo()
    assert figures.empty_cells(project, capacity=False, group_id=group.id) == cleared


def test_zero_fill_of_a_selection_and_of_a_municipality(qtbot, window):
    """A new vision: zero the selection (two cells of Delft's first row), then every empty
    cell of Delft in all groups; the other municipalities stay empty (unknown)."""
    page = go_to(qtbot, window, Step.NEED)
    project = page.session.project
    column = page.model.year_column(2025)
    select_block(qtbot, page.view, 0, column, 0, column + 1)
    page._zero_selection()
    row = page.model.rows[0]
    assert row.values == {2025: 0, 2026: 0}
    page.municipality_combo.setCurrentIndex(page.municipality_combo.findData("GM0503"))
    page._update_zero_actions()
    page.zero_actions["municipality"].trigger()
    assert figures.empty_cells(project, capacity=False, municipality_code="GM0503") == []
    assert figures.empty_cells(project, capacity=False, municipality_code="GM0518")


def test_allocation_helper_uses_the_groups_own_housing_type(qtbot, demo_window):
    """Woonwagenbewoners use only pitches: the helper's rule fills the pitch allocation row
    and never adds regular-home rows the group does not use."""
    page = go_to(qtbot, demo_window, Step.CAPACITY)
    caravans = next(
        g for g in list_target_groups(page.session.project) if g.code == "caravan_dwellers"
    )
    page.group_combo.setCurrentIndex(page.group_combo.findData(caravans.id))
    helper = page.helper
    assert helper.rule_type is HousingType.PITCH
    assert "standplaats" in helper.explanation.text()
    share_column = 1
    index = helper.model.index(0, share_column)
    assert helper.model.setData(index, "10")
    series = figures.capacity_series(page.session.project, caravans.id)
    assert {s.housing_type for s in series} == {HousingType.PITCH}
    ruled = [s for s in series if s.allocation_share is not None]
    assert [(s.municipality_code, s.kind) for s in ruled] == [("GM0503", CapacityKind.ALLOCATION)]
    assert all(r.housing_type is HousingType.PITCH for r in page.model.rows)


def test_a_switched_off_group_is_not_offered_for_an_agreement(qtbot, demo_window):
    """The agreements step's group choices hold the active groups only."""
    project = demo_window.session.project
    students = next(g for g in list_target_groups(project) if g.code == "students")
    set_group_active(project, students.id, False)
    demo_window.session.notify()
    page = go_to(qtbot, demo_window, Step.AGREEMENTS)
    column = next(
        c
        for c in range(page.model.columnCount())
        if page.model.headerData(c, Qt.Orientation.Horizontal) == "Aandachtsgroep"
    )
    choices = page.model.index(0, column).data(CHOICES_ROLE)
    labels = [text for text, _value in choices]
    assert "(Uitwonende) studenten" not in labels
    assert "Ouderen" in labels
