"""The need grid's first show does little work: with the calculations at hand it reads no
figures from the file, works each row's values out once (the column widths and the total
row read them from there) and asks the rows for a value only for the cells on screen."""

from __future__ import annotations

from app.services import figures
from app.services.steps import Step
from app.views.models import grid_model


def counting(monkeypatch, owner, name) -> list:
    """Replace `owner.name` by a wrapper that records each call; the list of calls."""
    calls: list = []
    real = getattr(owner, name)

    def wrapper(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


def test_the_first_show_reads_no_figures_and_each_row_once(qtbot, launcher, demo_path, monkeypatch):
    """A small window (a few rows on screen) opening the need step once the calculations are
    there: no need_series read, one values list per row, and row.value() asked for fewer
    cells than three per visible cell (it was twice per cell of the grid, for the widths)."""
    window = launcher.open_file(demo_path)
    window.resize(700, 420)
    qtbot.waitUntil(lambda: window.session.ready_analysis() is not None, timeout=120_000)
    reads = counting(monkeypatch, figures, "need_series")
    rows_worked_out = counting(monkeypatch, grid_model, "_shown_values")
    values_asked = counting(monkeypatch, grid_model.GridRow, "value")
    window.show_step(Step.NEED.value)
    qtbot.wait(50)  # painted
    page = window.current_page()
    model, view = page.model, page.view
    assert reads == []
    assert len(rows_worked_out) == len(model.rows) > 0
    on_screen = view.rowAt(view.viewport().height() - 1)
    visible = (on_screen if on_screen >= 0 else model.rowCount() - 1) + 1
    assert visible < len(model.rows)  # the test says something only with rows off screen
    assert 0 < len(values_asked) <= 3 * visible * len(model.years)
