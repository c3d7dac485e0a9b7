"""Opening a vision on the Opgave step (the step remembered for it): the step is on screen at
once saying that the opgave is being computed, the figures follow from the background, and
edits made meanwhile are neither lost nor overwritten by figures from before them."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from app.services.analysis import analyse
from app.services.edits import figures as cell_edits
from app.services.figures import Cell, CellChange
from app.services.gap_table import gap_table
from app.services.progress import Step
from app.services.selection import Selection
from app.views import application, settings
from app.views import session as session_module
from app.views.pages import gap_page as gap_page_module

DELFT = "GM0503"


@pytest.fixture
def remembered_gap(demo_path):
    """The example vision, last seen on its Opgave step."""
    settings.set_last_step(demo_path, Step.GAP)
    return demo_path


def direct_table(project):
    """The whole region's table, computed here from the file as it is now."""
    analysis = analyse(project)
    years = analysis.figures.years
    return gap_table(analysis, Selection(None, None, years[0], years[-1]))


def shown(page):
    """The rows the page's table shows, with their totals and notes."""
    return page.table_model.table.rows, page.table_model.table.total, page.notes.text()


def expected(page, table):
    notes = " — " + " ".join(table.notes) if table.notes else ""
    return table.rows, table.total, page.scope_line() + notes


def an_edit(session, table):
    """Delft's need in the table's first line (group and woonvorm), 2025, set to 5000."""
    first = table.rows[0]
    cell = Cell(DELFT, first.group_id, first.housing_type, 2025)
    return cell_edits.set_cells(session.project, [CellChange(cell, 5000)], "x")


def test_the_step_shows_at_once_and_the_figures_follow(qtbot, launcher, remembered_gap):
    """Before any event is handled the window is up on the Opgave step with 'wordt
    berekend…' and an empty table (nothing that reads as a zero); then the page shows the
    same table as the services give directly."""
    window = launcher.open_file(remembered_gap)
    page = window.current_page()
    assert window.isVisible() and page.step == Step.GAP
    assert page.filling and page.body.currentWidget() is page.computing
    assert "wordt berekend" in page.computing.label.text()
    assert page.table_model.rowCount() == 0
    with qtbot.waitSignal(page.filled, timeout=120_000):
        pass
    assert not page.filling and page.body.currentWidget() is page.content
    assert shown(page) == expected(page, direct_table(window.session.project))
    assert window.session.ready_analysis() is not None


def test_an_edit_while_the_calculations_run_is_kept(qtbot, launcher, remembered_gap, monkeypatch):
    """Calculations made from the figures before an edit are dropped: they are made again,
    and the table shows the figures with the edit (the same as computed directly); undo
    brings back the figures from before."""
    computed, release = threading.Event(), threading.Event()
    real = session_module._analyse

    def held(project, scenario, holder, progress, is_cancelled):
        result = real(project, scenario, holder, progress, is_cancelled)
        computed.set()
        release.wait()
        return result

    before = direct_table_of(remembered_gap)
    monkeypatch.setattr(session_module, "_analyse", held)
    window = launcher.open_file(remembered_gap)
    page, session = window.current_page(), window.session
    try:
        qtbot.waitUntil(computed.is_set, timeout=120_000)  # from the figures before the edit
        assert page.filling and session.computing()
        monkeypatch.setattr(session_module, "_analyse", real)
        assert session.perform(an_edit(session, before))
    finally:
        release.set()
    with qtbot.waitSignal(page.filled, timeout=120_000):
        pass
    after = direct_table(session.project)
    assert after.total != before.total  # the edit shows in the totals
    assert shown(page) == expected(page, after)
    session.undo_stack.undo()
    assert shown(page) == expected(page, before)


def test_an_edit_while_the_first_table_is_made_is_kept(
    qtbot, launcher, remembered_gap, monkeypatch
):
    """The calculations are there and the first table is being made in the background when
    an edit comes: that table is dropped and the page shows the one with the edit."""
    release, started = threading.Event(), []
    real = gap_page_module._table_work

    def held(analysis, selection, progress, is_cancelled):
        started.append(analysis)
        release.wait()
        return real(analysis, selection, progress, is_cancelled)

    monkeypatch.setattr(gap_page_module, "_table_work", held)
    window = launcher.open_file(remembered_gap)
    page, session = window.current_page(), window.session
    before = direct_table_of(remembered_gap)
    try:
        qtbot.waitUntil(lambda: len(started) == 1, timeout=120_000)
        assert page.filling and page.body.currentWidget() is page.computing
        assert session.perform(an_edit(session, before))
        assert page.filling  # the held table is of the figures before the edit
    finally:
        release.set()
    with qtbot.waitSignal(page.filled, timeout=120_000):
        pass
    assert len(started) == 2 and started[0] is not started[1]
    after = direct_table(session.project)
    assert after.total != before.total
    assert shown(page) == expected(page, after)


def test_statuses_follow_once_the_step_is_filled(qtbot, launcher, remembered_gap):
    """The sidebar's statuses are worked out after the Opgave step has its figures."""
    window = launcher.open_file(remembered_gap)
    page = window.current_page()
    assert window.step_status.text() == ""
    with qtbot.waitSignal(page.filled, timeout=120_000):
        pass
    qtbot.waitUntil(lambda: window.step_status.text() != "", timeout=120_000)


def direct_table_of(path):
    from app.storage import open_project_file

    project = open_project_file(path, readonly=True)
    try:
        return direct_table(project)
    finally:
        project.close()


def test_the_probe_marks_the_step_shown_before_its_figures(
    qapp, messages, remembered_gap, monkeypatch
):
    """At start-up the probe marks 'shown' when the Opgave step is on screen with its
    computing panel and the event loop answers, while the calculations still run, and
    'usable' once the step shows its figures (the benchmark's two lines)."""
    from tests.gui.conftest import delete_closed_widgets

    release, events, made = threading.Event(), [], []
    real = session_module._analyse

    def held(project, scenario, holder, progress, is_cancelled):
        release.wait(120)
        return real(project, scenario, holder, progress, is_cancelled)

    class Recording(application.Launcher):
        def __init__(self, parent=None):
            super().__init__(parent)
            made.append(self)

    def mark(event):
        page = next(iter(made[0].windows.values())).current_page()
        events.append((event, page.filling, page.body.currentWidget() is page.computing))
        release.set()  # the calculations end only after the step was shown
        if event == "usable":
            QTimer.singleShot(0, qapp.quit)

    monkeypatch.setattr(session_module, "_analyse", held)
    monkeypatch.setattr(application, "Launcher", Recording)
    monkeypatch.setattr(application.probe, "mark", mark)
    QTimer.singleShot(120_000, qapp.quit)  # never hangs the suite
    try:
        application.run_gui(qapp, [str(remembered_gap)])
    finally:
        release.set()
        for window in made[0].windows.values():
            window.close()
        made[0].start_window.close()
        made[0].start_window.deleteLater()
        made[0].deleteLater()
        delete_closed_widgets()
    assert events == [("shown", True, True), ("usable", False, False)]
