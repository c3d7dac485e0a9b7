"""A vision with an estimate, as README's startraming makes one: Delft and Rijswijk with the
ouderen need estimated by the base scenario's default method."""

from __future__ import annotations

from pathlib import Path

from app.services.dto import TargetGroupInfo
from app.services.estimates import store
from app.services.target_groups import list_target_groups
from app.services.vision import create_vision
from app.storage import ProjectFile

DELFT, RIJSWIJK = "GM0503", "GM0603"


def estimated_region(path: Path, end_year: int = 2031) -> ProjectFile:
    """A new vision at `path`, 2026 to `end_year`, with the ouderen estimate (open: the
    caller closes it)."""
    project = create_vision(
        path,
        title="Raming",
        municipality_codes=[DELFT, RIJSWIJK],
        start_year=2026,
        end_year=end_year,
    )
    base = store.find_scenario(project)
    store.set_estimate(
        project, base.id, older_group(project).id, store.default_estimate("older_people")
    )
    return project


def older_group(project: ProjectFile) -> TargetGroupInfo:
    """The target group Ouderen."""
    return next(g for g in list_target_groups(project) if g.code == "older_people")
