"""The Opgave step's tab 'Evenwichtige verdeling': the scope, the own list of groups, the
carry-over, the verdeling per municipality and the corrections typed per municipality.
Every control is used the way a user would; refused input leaves the file's bytes alone."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QPoint, Qt

from app.models import FairShareScope
from app.services.distribution import Adjustment
from app.services.edits import distribution as edits
from app.services.progress import Step
from app.views.models.distribution_models import BACKLOG, CARRIED_IN, CORRECTION
from app.views.pages.gap_page import CHART_TAB, DISTRIBUTION_TAB
from tests.gui.helpers import click_cell, type_into_cell
from tests.gui.test_wizard import go_to

CORRECTION_COLUMN, BACKLOG_COLUMN, SOURCE_COLUMN, DATE_COLUMN = 1, 2, 3, 4


@pytest.fixture
def page(qtbot, launcher, demo_path):
    """The example's Opgave step, on the Evenwichtige verdeling tab."""
    window = launcher.open_file(demo_path)
    qtbot.waitExposed(window)
    shown = go_to(qtbot, window, Step.GAP)
    shown.tabs.setCurrentIndex(DISTRIBUTION_TAB)
    return shown


@pytest.fixture
def panel(page):
    return page.distribution


def settings(panel):
    return panel.session.analysis().figures.distribution


def digest(panel) -> str:
    return hashlib.sha256(panel.session.project.path.read_bytes()).hexdigest()


def row_of(model, name: str) -> int:
    return next(i for i, r in enumerate(model.rows) if r.name == name)


def choose_scope(qtbot, panel, key) -> None:
    """Up or down in the scope box, as with the keyboard."""
    panel.scope_combo.setFocus()
    qtbot.keyClick(panel.scope_combo, key)


def tick(qtbot, panel, label: str) -> None:
    """Click the check box of a group on the own list."""
    item = next(
        panel.group_list.item(i)
        for i in range(panel.group_list.count())
        if panel.group_list.item(i).text() == label
    )
    rect = panel.group_list.visualItemRect(item)
    spot = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(panel.group_list.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def test_the_tab_shows_the_services_verdeling(panel):
    """One row per municipality with the analysis' figures; without correction or
    carry-over those columns are hidden."""
    shares = panel.session.analysis().distribution()
    assert [r.share for r in panel.model.rows] == list(shares.values())
    delft = panel.model.rows[row_of(panel.model, "Delft")]
    assert panel.model.data(panel.model.index(row_of(panel.model, "Delft"), 2)) == (
        f"{round(delft.share.fair_share):,}".replace(",", ".")
    )
    for column in (CARRIED_IN, CORRECTION, BACKLOG):
        assert panel.table.isColumnHidden(column)
    assert "Telt mee" in panel.scope_note.text()


def test_choosing_the_urgent_groups_changes_the_verdeling_and_undo_restores(qtbot, panel):
    """Up from 'Alle actieve aandachtsgroepen' is 'Verplicht urgenten': only the flagged
    groups count; undo goes back."""
    before = [r.share.fair_share for r in panel.model.rows]
    choose_scope(qtbot, panel, Qt.Key.Key_Up)
    assert settings(panel).scope is FairShareScope.URGENT
    urgent = [g.label for g in panel.session.analysis().scope_groups]
    assert "Statushouders" not in urgent and "Dak- en thuisloze mensen" in urgent
    assert [r.share.fair_share for r in panel.model.rows] != before
    panel.session.undo_stack.undo()
    assert settings(panel).scope is FairShareScope.ACTIVE
    assert panel.scope_combo.currentData() == FairShareScope.ACTIVE
    assert [r.share.fair_share for r in panel.model.rows] == before


def test_the_own_list_starts_from_the_groups_shown_and_follows_ticks(qtbot, panel):
    """Down to 'Gekozen aandachtsgroepen': the list appears with every group ticked (the
    ones shown until now); unticking Statushouders takes it out of the verdeling."""
    assert not panel.group_list.isVisible()
    choose_scope(qtbot, panel, Qt.Key.Key_Down)
    assert panel.group_list.isVisible()
    groups = panel.session.analysis().figures.groups
    assert settings(panel).chosen == {g.id for g in groups}
    tick(qtbot, panel, "Statushouders")
    assert "Statushouders" not in [g.label for g in panel.session.analysis().scope_groups]
    assert len(settings(panel).chosen) == len(groups) - 1


def test_unticking_the_last_group_is_refused(qtbot, panel, messages):
    """An own list without groups cannot be: a message, the file unchanged, the group still
    ticked on screen."""
    groups = panel.session.analysis().figures.groups
    panel.session.perform(
        edits.set_scope(panel.session.project, FairShareScope.CHOSEN, [groups[0].id], "x")
    )
    before = digest(panel)
    tick(qtbot, panel, groups[0].label)
    assert messages and "ten minste één aandachtsgroep" in messages[-1]
    assert digest(panel) == before
    assert panel.group_list.item(0).checkState() == Qt.CheckState.Checked


def test_carry_over_shows_the_backlogs(qtbot, panel):
    """Ticking 'Tekort doorschuiven' turns carry-over on and shows the backlog columns;
    each backlog is the calculation's."""
    box = panel.carry_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert settings(panel).carry_over
    assert not panel.table.isColumnHidden(BACKLOG)
    shares = panel.session.analysis().distribution()
    assert [r.share.backlog for r in panel.model.rows] == [s.backlog for s in shares.values()]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not settings(panel).carry_over and panel.table.isColumnHidden(BACKLOG)


def test_a_typed_correction_counts_and_the_others_must_follow(qtbot, page, panel):
    """60 places typed for 's-Gravenhage: the others read 'ontbreekt' and their difference
    is unknown; 'Lege correcties op 0' fills them, and the correction counts in the
    difference and in chart 4."""
    table, model = panel.adjustment_table, panel.adjustments
    hague = row_of(model, "'s-Gravenhage")
    type_into_cell(qtbot, table, hague, CORRECTION_COLUMN, "60")
    assert model.rows[hague].entry.correction == 60
    delft = row_of(model, "Delft")
    assert model.data(model.index(delft, CORRECTION_COLUMN)) == "ontbreekt"
    assert panel.model.rows[row_of(panel.model, "Delft")].share.difference is None
    assert panel.fill_button.isEnabled()
    qtbot.mouseClick(panel.fill_button, Qt.MouseButton.LeftButton)
    assert model.rows[delft].entry.correction == 0
    share = panel.model.rows[row_of(panel.model, "'s-Gravenhage")].share
    assert share.correction == 60
    assert share.difference == pytest.approx(share.contribution + 60 - share.fair_share)
    page.tabs.setCurrentIndex(CHART_TAB)
    page.charts.chart_combo.setCurrentIndex(3)
    bar = next(b for b in page.charts.canvas.data.bars if b.label == "'s-Gravenhage")
    assert bar.correction == 60


def test_source_and_date_are_stored_with_the_correction(qtbot, panel):
    """A source and a date typed beside the correction are kept; the date shows Dutch."""
    table, model = panel.adjustment_table, panel.adjustments
    row = row_of(model, "Delft")
    type_into_cell(qtbot, table, row, CORRECTION_COLUMN, "12")
    type_into_cell(qtbot, table, row, SOURCE_COLUMN, "Zorgkantoor, capaciteit BW")
    type_into_cell(qtbot, table, row, DATE_COLUMN, "1 januari 2025")
    assert model.rows[row].entry == Adjustment(12, None, "Zorgkantoor, capaciteit BW", "2025-01-01")
    assert model.data(model.index(row, DATE_COLUMN)) == "01-01-2025"


@pytest.mark.parametrize(
    "column, text, said",
    [
        (CORRECTION_COLUMN, "veel", "geen getal"),
        (CORRECTION_COLUMN, "2,5", "geen geheel getal"),
        (CORRECTION_COLUMN, "999999", "meer dan het aantal inwoners van Delft"),
        (BACKLOG_COLUMN, "-3", "negatief"),
        (DATE_COLUMN, "gisteren", "peildatum"),
    ],
)
def test_bad_input_in_the_corrections_changes_nothing(qtbot, panel, messages, column, text, said):
    """A refused value: a Dutch message naming the municipality, the file's bytes unchanged,
    the cell as it was."""
    model = panel.adjustments
    row = row_of(model, "Delft")
    before = digest(panel)
    type_into_cell(qtbot, panel.adjustment_table, row, column, text)
    assert messages and said.lower() in messages[-1].lower()
    assert digest(panel) == before
    assert model.rows[row].entry == Adjustment()


def test_the_years_filter_applies_to_the_verdeling(qtbot, page, panel):
    """From 2029 on: the figures of 2029-2030, as the service computes them."""
    page.first_year.setValue(2029)
    shares = panel.session.analysis().distribution(years=[2029, 2030])
    assert [r.share for r in panel.model.rows] == list(shares.values())


def test_a_read_only_vision_shows_the_verdeling_but_offers_no_changes(qtbot, launcher, demo_path):
    """Opened read-only: the figures show, the controls are off, the cells not editable."""
    window = launcher.open_file(demo_path, readonly=True)
    page = go_to(qtbot, window, Step.GAP)
    page.tabs.setCurrentIndex(DISTRIBUTION_TAB)
    panel = page.distribution
    assert panel.model.rowCount() == 9
    for widget in (panel.scope_combo, panel.carry_box, panel.group_list, panel.fill_button):
        assert not widget.isEnabled()
    click_cell(qtbot, panel.adjustment_table, 0, CORRECTION_COLUMN)
    qtbot.keyClick(panel.adjustment_table, Qt.Key.Key_F2)
    assert panel.adjustment_table.state() != panel.adjustment_table.State.EditingState
