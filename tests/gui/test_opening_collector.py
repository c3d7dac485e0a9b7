"""Opening a vision does not hold the window still for a full garbage collection: every
task of the opening (the calculations, the cells, the steps' modules and statuses, the
plausibility checks) keeps what it builds, so resuming the collector after them hands
their objects to the oldest generation instead of walking them (0.35 s, twice, for a
national vision)."""

from __future__ import annotations

import gc

from app.services.steps import Step
from app.views import worker


def test_opening_a_vision_and_its_grid_collects_nothing_in_full_on_resuming(
    qtbot, launcher, demo_path, monkeypatch
):
    collected: list[int] = []
    real = gc.collect
    monkeypatch.setattr(gc, "collect", lambda *a: collected.append(1) or real(*a))
    window = launcher.open_file(demo_path)
    qtbot.waitUntil(window.pages_prepared, timeout=120_000)
    with qtbot.waitSignal(window.session.warnings_ready, timeout=120_000):
        window.show_step(Step.NEED.value)
    qtbot.waitUntil(lambda: not worker.collector_paused() and gc.isenabled(), timeout=60_000)
    assert collected == []
