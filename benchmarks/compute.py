"""Opening a vision with all its calculations, and recomputing after one edit."""

from __future__ import annotations

from pathlib import Path

from app.models import HousingType
from app.services import figures
from app.services.analysis import analyse, refreshed
from app.services.figures import Cell
from app.storage import checked, open_project_file
from app.storage.paths import user_data_dir
from benchmarks.report import median_time


def open_and_compute(path: Path, runs: int, *, checked_before: bool = True) -> float:
    """Median seconds to open the file and compute every gap, fair share and social rent
    test, and close it. `checked_before`: as the user's own file is opened again (this
    Thuisplan checked these bytes already, `app.storage.checked`); otherwise as a file
    never seen here, with every check."""

    def action() -> None:
        project = open_project_file(path)
        _compute_all(analyse(project))
        project.close()

    def forget() -> None:
        (user_data_dir() / checked.RECORD_NAME).unlink(missing_ok=True)

    return median_time(action, runs, setup=None if checked_before else forget)


def edit_and_recompute(path: Path, runs: int) -> float:
    """Median seconds to store one changed cell and bring every calculation up to date."""
    project = open_project_file(path)
    state = {"analysis": analyse(project), "value": 0}
    first = state["analysis"]
    _compute_all(first)
    municipality = first.figures.municipalities[len(first.figures.municipalities) // 2]
    group = first.figures.groups[0]
    year = first.figures.years[0]

    def action() -> None:
        state["value"] += 1
        cell = Cell(municipality.code, group.id, HousingType.ROOM, year)
        figures.set_need(project, cell, state["value"])
        analysis = refreshed(state["analysis"], project, {(municipality.id, group.id, year)})
        _compute_all(analysis)
        state["analysis"] = analysis

    try:
        return median_time(action, runs)
    finally:
        project.close()


def _compute_all(analysis) -> tuple:
    """Every calculation of the vision (they are computed on first access)."""
    return analysis.gaps, analysis.fair_shares, analysis.social_rent
