"""Operations on estimates and scenarios (startraming), and on filling the shipped baseline
figures into an older file. Each returns an Edit (see `core`)."""

from __future__ import annotations

from typing import Any

from app.models import BaselineIndicator
from app.services import municipalities
from app.services.dto import BaselineValue
from app.services.edits.core import (
    Changes,
    Edit,
    Topic,
    changes,
    creating_edit,
    deleting_edit,
    update_edit,
)
from app.services.estimates import store
from app.services.estimates.parameters import Parameters
from app.storage import ProjectFile

ESTIMATES = changes(Topic.NEED)  # an estimate changes the need of every empty cell
SHIPPED = changes(Topic.MUNICIPALITIES)


def set_estimate(
    project: ProjectFile,
    scenario_id: int,
    group_id: int,
    parameters: Parameters | None,
    text: str,
) -> Edit:
    """Estimate a group's need (None: remove the estimate); undo puts back what was stored,
    redo exactly what the first do stored."""
    recorded: dict[str, store.Raw] = {}

    def forward() -> tuple[Any, Changes]:
        if "new" not in recorded:
            recorded["new"] = store.raw_of(parameters)
        recorded["old"] = store.restore_estimate(project, scenario_id, group_id, recorded["new"])
        return parameters, ESTIMATES

    def backward() -> Changes:
        store.restore_estimate(project, scenario_id, group_id, recorded["old"])
        return ESTIMATES

    return Edit(text, forward, backward)


def add_scenario(project: ProjectFile, name: str, copy_from: int | None, text: str) -> Edit:
    return creating_edit(
        project,
        text,
        ESTIMATES,
        lambda: store.add_scenario(project, name, copy_from),
        lambda created: store.delete_scenario(project, created.id),
    )


def rename_scenario(project: ProjectFile, scenario_id: int, name: str, text: str) -> Edit:
    return update_edit(
        text,
        ESTIMATES,
        lambda: next(s.name for s in store.list_scenarios(project) if s.id == scenario_id),
        lambda value: store.rename_scenario(project, scenario_id, value),
        name,
    )


def delete_scenario(project: ProjectFile, scenario_id: int, text: str) -> Edit:
    return deleting_edit(
        project, text, ESTIMATES, lambda: store.delete_scenario(project, scenario_id)
    )


def fill_shipped_figures(project: ProjectFile, text: str) -> Edit:
    """Fill empty stocks and 65+ counts from the shipped data; undo empties them again."""
    recorded: dict[str, list[tuple[str, BaselineIndicator, BaselineValue | None]]] = {}

    def forward() -> tuple[Any, Changes]:
        before = {
            (m.code, indicator): m.baseline.get(indicator)
            for m in municipalities.list_municipalities(project)
            for indicator in municipalities.SHIPPED
        }
        filled = municipalities.fill_shipped_figures(project)
        recorded["old"] = [(code, ind, before[(code, ind)]) for code, ind, _ in filled]
        return filled, SHIPPED

    def backward() -> Changes:
        for code, indicator, old in recorded["old"]:
            empty = BaselineValue(None, "", "", user_entered=False)
            municipalities.restore_baseline(project, code, indicator, old or empty)
        return SHIPPED

    return Edit(text, forward, backward)
