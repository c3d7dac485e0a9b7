"""Once the window has settled, the need grid (woonbehoefte) is made and filled ahead while
hidden: opening the step then only paints it. An edit made meanwhile still shows when the
step opens; the checks of the figures wait until the grid is shown."""

from __future__ import annotations

from app.models import HousingType
from app.services.edits import figures as cell_edits
from app.services.figures import Cell, CellChange
from app.services.steps import Step
from app.views import main_window
from app.views.pages.figures_page import FiguresPage


def settled(qtbot, window) -> None:
    qtbot.waitUntil(window.pages_prepared, timeout=120_000)


def test_the_grids_are_filled_ahead_and_opening_one_only_shows_it(
    qtbot, launcher, demo_path, monkeypatch
):
    window = launcher.open_file(demo_path)
    assert not window.pages_prepared()  # the window opens first, on the Regio step
    settled(qtbot, window)
    need = window.page(Step.NEED.value)
    assert not need.isVisible() and need.model.rowCount() > 0  # filled while hidden
    assert Step.CAPACITY.value not in window._pages  # 17,100 rows nationally: not ahead
    refreshed: list[FiguresPage] = []
    real = FiguresPage.refresh
    monkeypatch.setattr(FiguresPage, "refresh", lambda page: refreshed.append(page) or real(page))
    window.show_step(Step.NEED.value)
    qtbot.waitUntil(need.isVisible)
    assert window.current_page() is need and refreshed == []


def test_an_edit_after_the_grid_was_made_ahead_shows_when_it_opens(qtbot, launcher, demo_path):
    window = launcher.open_file(demo_path)
    settled(qtbot, window)
    session, need = window.session, window.page(Step.NEED.value)
    group = need.current_group()
    cell = Cell("GM0503", group.id, HousingType.INDEPENDENT_REGULAR, 2025)
    assert session.perform(cell_edits.set_cells(session.project, [CellChange(cell, 4321)], "x"))
    window.show_step(Step.NEED.value)
    qtbot.waitUntil(need.isVisible)
    row = next(
        r
        for r in need.model.rows
        if r.municipality_code == "GM0503" and r.housing_type is HousingType.INDEPENDENT_REGULAR
    )
    assert row.values[2025] == 4321


def test_a_grid_whose_module_is_still_loading_is_made_later(
    qtbot, launcher, demo_path, monkeypatch
):
    """Not on the window's thread while a worker imports its module: the window looks again
    a moment later, and makes it then."""
    loading = {Step.NEED.value}
    real = main_window.loads_at_once
    monkeypatch.setattr(
        main_window, "loads_at_once", lambda step: step not in loading and real(step)
    )
    window = launcher.open_file(demo_path)
    qtbot.waitUntil(lambda: window._preparing, timeout=120_000)  # the window has settled
    qtbot.wait(3 * main_window.PREPARE_RETRY_MS)
    assert Step.NEED.value not in window._pages and not window.pages_prepared()
    loading.clear()
    settled(qtbot, window)


def test_closing_before_the_grids_are_made_makes_none(qtbot, launcher, demo_path):
    window = launcher.open_file(demo_path)
    window.close()
    qtbot.wait(3 * main_window.PREPARE_RETRY_MS)
    assert Step.NEED.value not in window._pages


def test_a_grid_made_ahead_asks_for_the_plausibility_checks_only_when_shown(
    qtbot, launcher, demo_path
):
    """Checking a national vision's figures takes seconds and some 40 MB: a grid filled
    ahead while hidden does not start it; opening the step does, and marks its cells."""
    window = launcher.open_file(demo_path)
    settled(qtbot, window)
    session, need = window.session, window.page(Step.NEED.value)
    qtbot.wait(100)
    assert session.warnings_at_hand() is None and session._background_warnings is None
    with qtbot.waitSignal(session.warnings_ready, timeout=120_000):
        window.show_step(Step.NEED.value)
    qtbot.waitUntil(lambda: need._marked is session.warnings_at_hand(), timeout=10_000)
    assert need._marked is not None


def test_the_grid_is_painted_before_its_plausibility_checks_start(
    qtbot, launcher, demo_path, monkeypatch
):
    """The checks run in a worker that takes the interpreter from every call Qt makes into
    Python: started before the first paint, they held a national grid back a quarter of a
    second. Opening the step paints the grid first, then starts them."""
    from PySide6.QtCore import QEvent, QObject

    window = launcher.open_file(demo_path)
    settled(qtbot, window)
    session, need = window.session, window.page(Step.NEED.value)
    happened: list[str] = []

    class Paints(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                happened.append("paint")
            return False

    paints = Paints()
    need.view.viewport().installEventFilter(paints)
    real = session.request_warnings
    monkeypatch.setattr(
        session, "request_warnings", lambda **k: happened.append("checks") or real(**k)
    )
    with qtbot.waitSignal(session.warnings_ready, timeout=120_000):
        window.show_step(Step.NEED.value)
    assert happened[:2] == ["paint", "checks"]
    qtbot.waitUntil(lambda: need._marked is session.warnings_at_hand(), timeout=10_000)
    assert need._marked is not None


def test_the_checks_are_asked_for_once_the_step_shows_again_if_it_was_left_unpainted(
    qtbot, launcher, demo_path
):
    """Left before the grid was painted, the step asks for the checks when it next shows."""
    window = launcher.open_file(demo_path)
    settled(qtbot, window)
    session, need = window.session, window.page(Step.NEED.value)
    window.show_step(Step.NEED.value)
    window.show_step(Step.REGION.value)  # before the event loop painted the grid
    qtbot.wait(100)
    assert session._background_warnings is None and session.warnings_at_hand() is None
    with qtbot.waitSignal(session.warnings_ready, timeout=120_000):
        window.show_step(Step.NEED.value)
    qtbot.waitUntil(lambda: need._marked is session.warnings_at_hand(), timeout=10_000)
