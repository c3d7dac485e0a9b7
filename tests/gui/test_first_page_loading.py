"""A window opening on a step whose page's module is not loaded yet shows that step's title
with 'Deze stap wordt geopend…' at once and makes the page when a worker has imported it;
the page then fills as it would have, and nothing waits for ever."""

from __future__ import annotations

import pytest

from app.services.progress import Step
from app.views import main_window as main_window_module
from app.views import settings
from app.views.widgets.loading_page import LoadingPage


@pytest.fixture
def not_loaded(monkeypatch) -> list[str]:
    """Every page counts as not loaded yet (in the test session they are); the steps whose
    module the worker imported are listed."""
    imported: list[str] = []
    real = main_window_module.import_page
    monkeypatch.setattr(main_window_module, "loads_at_once", lambda step: False)
    monkeypatch.setattr(
        main_window_module, "import_page", lambda step: imported.append(step) or real(step)
    )
    return imported


def _made(window, step):
    return lambda: (
        not isinstance(window.current_page(), LoadingPage) and (window.current_page().step == step)
    )


@pytest.mark.parametrize("step", [Step.GAP, Step.NEED, Step.REGION])
def test_the_step_is_on_screen_first_then_its_page(qtbot, launcher, demo_path, not_loaded, step):
    settings.set_last_step(demo_path, step)
    window = launcher.open_file(demo_path)
    stand_in = window.current_page()
    assert isinstance(stand_in, LoadingPage) and stand_in.step == step and stand_in.filling
    assert window.isVisible() and window.sidebar.currentRow() == window.steps.index(step)
    assert stand_in.title() in window.help_panel.toPlainText()
    with qtbot.waitSignal(stand_in.filled, timeout=120_000):
        pass  # sent when the page that took its place shows its figures
    qtbot.waitUntil(_made(window, step), timeout=60_000)
    page = window.current_page()
    assert not page.filling
    assert not_loaded == [step]
    assert window.stack.indexOf(page) == window.steps.index(step)
    assert window.stack.indexOf(stand_in) == -1


def test_the_opgave_page_fills_from_the_background(qtbot, launcher, demo_path, not_loaded):
    """The page made after loading computes behind its 'wordt berekend…' as usual, and the
    step statuses follow once it is filled."""
    settings.set_last_step(demo_path, Step.GAP)
    window = launcher.open_file(demo_path)
    qtbot.waitUntil(_made(window, Step.GAP), timeout=60_000)
    page = window.current_page()
    if page.filling:
        assert page.body.currentWidget() is page.computing
        with qtbot.waitSignal(page.filled, timeout=120_000):
            pass
    assert page.body.currentWidget() is page.content
    assert page.table_model.rowCount() > 0
    qtbot.waitUntil(lambda: bool(window._statuses), timeout=120_000)


def test_another_step_chosen_while_loading_opens_at_once(qtbot, launcher, demo_path, not_loaded):
    settings.set_last_step(demo_path, Step.GAP)
    window = launcher.open_file(demo_path)
    window.show_step(Step.PARTNERS)  # before the worker's result arrives
    assert window.current_page().step == Step.PARTNERS
    assert not isinstance(window.current_page(), LoadingPage)
    qtbot.waitUntil(lambda: Step.GAP in window._pages, timeout=60_000)
    assert window.current_page().step == Step.PARTNERS  # the loaded page does not jump in
    window.show_step(Step.GAP)
    assert window.current_page() is window._pages[Step.GAP]


def test_the_loading_step_chosen_again_stays_the_stand_in(qtbot, launcher, demo_path, not_loaded):
    settings.set_last_step(demo_path, Step.GAP)
    window = launcher.open_file(demo_path)
    stand_in = window.current_page()
    window.show_step(Step.PARTNERS)
    window.show_step(Step.GAP)
    assert window.current_page() in (stand_in, window._pages.get(Step.GAP))
    qtbot.waitUntil(_made(window, Step.GAP), timeout=60_000)


def test_closing_the_window_while_loading_is_harmless(qtbot, launcher, demo_path, not_loaded):
    settings.set_last_step(demo_path, Step.GAP)
    window = launcher.open_file(demo_path)
    window.close()
    qtbot.wait(300)  # the worker's result arrives for a closed window: dropped, no error
    assert not launcher.windows
