"""The Monitor step driven as a user drives it: add and delete a measurement, type and paste
delivered figures, type realised values, override a status with a reason, the filters, the
chart and the changes since the previous measurement."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.models import AgreementStatus
from app.services import agreements, measurements
from app.services.calculations.monitor import MonitorStatus
from app.services.progress import Step
from tests.gui.helpers import click_cell, ctrl, type_into_cell
from tests.gui.test_wizard import go_to


@pytest.fixture
def demo_window(qtbot, launcher, demo_path):
    window = launcher.open_file(demo_path)
    qtbot.waitExposed(window)
    return window


def _add(qtbot, page, date: str) -> None:
    page.date_edit.setText(date)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)


def _delivered(window) -> dict:
    project = window.session.project
    listed = measurements.list_measurements(project)
    return {m.label: measurements.delivered_values(project, m.id) for m in listed}


def test_add_a_measurement_and_refuse_one_outside_the_period(qtbot, window):
    """'1-1-2026' adds 'meting per 1-1-2026' and chooses it; '1-1-2030' (the period is
    2025-2027) is refused with a Dutch message and the file keeps its bytes; undo removes
    the measurement again."""
    page = go_to(qtbot, window, Step.MONITOR)
    assert not page.delete_button.isEnabled()
    _add(qtbot, page, "1-1-2026")
    assert page.measurement_combo.currentText() == "meting per 1-1-2026"
    assert page.delete_button.isEnabled()
    before = window.session.project.path.read_bytes()
    _add(qtbot, page, "1-1-2030")
    assert "buiten de planperiode" in page.message.text()
    assert window.session.project.path.read_bytes() == before
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert measurements.list_measurements(window.session.project) == []
    assert page.measurement_combo.count() == 0


def test_type_and_paste_delivered_figures(qtbot, window):
    """A typed figure lands in the chosen measurement; a negative or decimal one is refused
    with the reason and the old value stays; a pasted block is one undoable step."""
    page = go_to(qtbot, window, Step.MONITOR)
    _add(qtbot, page, "1-7-2026")
    row = page.model.rows[0]
    column = page.model.year_column(2025)
    type_into_cell(qtbot, page.view, 0, column, "7")
    (stored,) = _delivered(window).values()
    assert [
        (c.municipality_code, c.housing_type, c.kind, c.year, q) for c, q in stored.items()
    ] == [(row.municipality_code, row.housing_type, row.kind, 2025, 7)]
    for bad, reason in (("-1", "negatief"), ("2,5", "geen geheel getal")):
        type_into_cell(qtbot, page.view, 0, column, bad)
        assert reason in page.message.text()
        assert list(next(iter(_delivered(window).values())).values()) == [7]
    QGuiApplication.clipboard().setText("1\t2\r\n3\t4\r\n")
    click_cell(qtbot, page.view, 1, column)
    ctrl(qtbot, page.view, Qt.Key.Key_V)
    assert sorted(next(iter(_delivered(window).values())).values()) == [1, 2, 3, 4, 7]
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert list(next(iter(_delivered(window).values())).values()) == [7]


def test_a_year_not_yet_begun_is_refused_in_the_grid(qtbot, window):
    """A measurement per 1-1-2026 cannot hold 2026: the message says so, nothing stored."""
    page = go_to(qtbot, window, Step.MONITOR)
    _add(qtbot, page, "1-1-2026")
    type_into_cell(qtbot, page.view, 0, page.model.year_column(2026), "3")
    assert "nog niet begonnen" in page.message.text()
    assert _delivered(window) == {"meting per 1-1-2026": {}}


def test_delete_a_measurement_and_undo(qtbot, window):
    """'Meting verwijderen' removes the chosen measurement with its figures; undo puts both
    back."""
    page = go_to(qtbot, window, Step.MONITOR)
    _add(qtbot, page, "1-1-2027")
    type_into_cell(qtbot, page.view, 0, page.model.year_column(2025), "5")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert _delivered(window) == {}
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert [list(v.values()) for v in _delivered(window).values()] == [[5]]


def _row_of(page, agreement_id: int, year: int) -> int:
    rows = page.lights.model.rows
    return next(i for i, r in enumerate(rows) if (r.agreement_id, r.year) == (agreement_id, year))


def test_realised_values_statuses_and_overrides(qtbot, demo_window):
    """A realised value typed in the Afspraken tab goes into the chosen measurement and the
    status follows the rule; an override without a reason is
    refused and changes nothing; with a reason it is shown as an override; 'Berekende status
    volgen' takes it back. (60 of 160 on 1-10-2026: 160 x 273/365 - 16 = 103.7, achter.)"""
    page = go_to(qtbot, demo_window, Step.MONITOR)
    _add(qtbot, page, "1-10-2026")
    page.tabs.setCurrentWidget(page.lights)
    deal = agreements.list_agreements(demo_window.session.project)[0]
    row = _row_of(page, deal.id, 2026)
    type_into_cell(qtbot, page.lights.table, row, 4, "60")
    shown = page.lights.model.rows[_row_of(page, deal.id, 2026)]
    assert (shown.realised, shown.status) == (60, MonitorStatus.BEHIND)
    assert page.lights.model.index(row, 5).data() == "achter"
    click_cell(qtbot, page.lights.table, row, 0)
    page.lights.override_combo.setCurrentIndex(
        page.lights.override_combo.findData(AgreementStatus.ON_TRACK.value)
    )
    before = demo_window.session.project.path.read_bytes()
    qtbot.mouseClick(page.lights.override_button, Qt.MouseButton.LeftButton)
    assert "reden" in page.message.text()
    assert demo_window.session.project.path.read_bytes() == before
    qtbot.keyClicks(page.lights.reason_edit, "Oplevering in september")
    qtbot.mouseClick(page.lights.override_button, Qt.MouseButton.LeftButton)
    row = _row_of(page, deal.id, 2026)
    assert page.lights.model.index(row, 5).data() == "op schema (met de hand; berekend: achter)"
    assert page.lights.model.index(row, 6).data() == "Oplevering in september"
    click_cell(qtbot, page.lights.table, row, 0)
    qtbot.mouseClick(page.lights.follow_button, Qt.MouseButton.LeftButton)
    assert page.lights.model.rows[_row_of(page, deal.id, 2026)].overridden is False


def test_the_partner_and_status_filters(qtbot, demo_window):
    """The partner filter keeps the agreements that partner is party to; the status filter
    keeps one status."""
    page = go_to(qtbot, demo_window, Step.MONITOR)
    lights = page.lights
    everything = len(lights.model.rows)
    partner_index = lights.partner_combo.findText("Gemeente Delft")
    lights.partner_combo.setCurrentIndex(partner_index)
    partner = lights.partner_combo.currentData()
    assert 0 < len(lights.model.rows) < everything
    assert all(partner in r.party_ids for r in lights.model.rows)
    lights.partner_combo.setCurrentIndex(0)
    lights.status_combo.setCurrentIndex(lights.status_combo.findData("behind"))
    assert [r.status for r in lights.model.rows] == [MonitorStatus.BEHIND]
    lights.status_combo.setCurrentIndex(0)
    assert len(lights.model.rows) == everything


def test_chart_follows_group_and_municipality(qtbot, demo_window):
    """The chart tab draws the chosen group for the region, or one municipality."""
    page = go_to(qtbot, demo_window, Step.MONITOR)
    page.tabs.setCurrentWidget(page.chart)
    chart = page.chart
    chart.group_combo.setCurrentIndex(1)
    assert chart.canvas.data.text.title == f"Monitor: {chart.group_combo.currentText()}"
    assert chart.canvas.data.text.subtitle.startswith("Regio")
    chart.place_combo.setCurrentIndex(chart.place_combo.findText("Delft"))
    assert chart.canvas.data.text.subtitle.startswith("Delft")
    assert [line.label for line in chart.canvas.data.lines] == [
        "Woonbehoefte",
        "Gepland aanbod",
        "Gerealiseerd",
    ]


def test_changes_since_the_previous_measurement(qtbot, demo_window):
    """A new measurement per 1-10-2026 holding 100 for the 2026 allocations (70 on 1-7) lists
    exactly that change (and its status: 103.7 is needed by then); choosing the example's
    first measurement says there is nothing to compare with."""
    page = go_to(qtbot, demo_window, Step.MONITOR)
    deal = agreements.list_agreements(demo_window.session.project)[0]
    _add(qtbot, page, "1-10-2026")
    page.tabs.setCurrentWidget(page.lights)
    type_into_cell(qtbot, page.lights.table, _row_of(page, deal.id, 2026), 4, "100")
    page.tabs.setCurrentWidget(page.changes)
    assert [(c.year, c.before, c.after) for c in page.changes.model.rows] == [
        (2026, "70 (op schema)", "100 (achter)")
    ]
    assert "sinds de meting per 1-7-2026" in page.changes.note.text()
    page.measurement_combo.setCurrentIndex(page.measurement_combo.findText("meting per 1-1-2026"))
    assert page.changes.model.rows == []
    assert "geen eerdere meting" in page.changes.note.text()
