"""The step on screen is remembered per file for the next start, without writing the
settings while the step is first painted."""

from __future__ import annotations

from app.services.steps import Step
from app.views import settings
from tests.gui.test_grid_first_show import counting


def test_the_step_is_stored_a_moment_later_and_when_the_window_closes(
    qtbot, launcher, demo_path, monkeypatch
):
    """Choosing a step writes nothing at once; the step is stored a moment later, and one
    chosen just before the window closes is stored as it closes."""
    window = launcher.open_file(demo_path)
    writes = counting(monkeypatch, settings, "set_last_step")
    window.show_step(Step.NEED.value)
    assert writes == []
    qtbot.waitUntil(lambda: settings.last_step(demo_path) == Step.NEED.value, timeout=10_000)
    window.show_step(Step.GAP.value)
    window.close()
    assert settings.last_step(demo_path) == Step.GAP.value
    assert len(writes) == 2
