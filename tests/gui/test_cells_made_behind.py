"""Opening a vision works out its calculations from the totals alone (issue 19); the cells
that the grids, the gap table and the exports read are made right after, in a worker,
not on the window's thread when a grid first shows."""

from __future__ import annotations

import threading

from app.services.figures import Cell, set_need
from app.services.target_groups import list_target_groups


def test_the_cells_are_made_in_a_worker_once_the_calculations_arrive(qtbot, project, monkeypatch):
    import app.services.analysis as analysis_module
    from app.views.session import VisionSession

    for group in list_target_groups(project)[:2]:
        for code in ("GM0503", "GM0518"):
            set_need(project, Cell(code, group.id, group.housing_types[0], 2026), 4)
    made_in: list[str] = []
    cells_of = analysis_module._cells_of
    monkeypatch.setattr(
        analysis_module,
        "_cells_of",
        lambda *args: made_in.append(threading.current_thread().name) or cells_of(*args),
    )
    session = VisionSession(project)
    try:
        assert session.request_analysis() is None
        with qtbot.waitSignal(session.analysis_ready, timeout=60_000):
            pass
        analysis = session.ready_analysis()
        # the calculations make no cell (tests/unit/test_quick_analysis.py); the worker
        # started with their arrival makes the four parts with figures
        qtbot.waitUntil(lambda: len(made_in) == 4, timeout=20_000)
        main = threading.main_thread().name
        assert main not in made_in
        group = analysis.figures.groups[0]
        municipality = analysis.figures.municipalities[0]
        cell = analysis.figures.cell(municipality.id, group.id, group.housing_types[0], 2026)
        assert cell.need == 4 and len(made_in) == 4  # made already: not again here
    finally:
        session.close()
        session.deleteLater()
