"""Operations on the evenwichtige verdeling: its scope, the carry-over of shortfalls, and per
municipality the correction and opening backlog. Each returns an Edit; undo puts back
exactly what was stored before."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from app.models import FairShareScope
from app.services import distribution_input
from app.services.distribution import Adjustment, read_settings
from app.services.edits.core import Changes, Edit, Topic, changes, combined_edit, update_edit
from app.services.vision_read import list_municipalities
from app.storage import ProjectFile

DISTRIBUTION = changes(Topic.DISTRIBUTION)


def set_scope(
    project: ProjectFile, scope: FairShareScope, group_ids: Iterable[int] | None, text: str
) -> Edit:
    """Share out the urgent groups, all active groups or the vision's own list (`group_ids`
    replaces that list; None keeps it)."""
    wanted = None if group_ids is None else frozenset(group_ids)

    def read() -> tuple[FairShareScope, frozenset[int]]:
        settings = read_settings(project)
        return settings.scope, settings.chosen

    def write(value: tuple[FairShareScope, frozenset[int] | None]) -> Any:
        return distribution_input.set_scope(project, value[0], value[1])

    return update_edit(text, DISTRIBUTION, read, write, (scope, wanted))


def set_carry_over(project: ProjectFile, on: bool, text: str) -> Edit:
    """Add a municipality's shortfall of a year to its fair share of the next (or not)."""
    return update_edit(
        text,
        DISTRIBUTION,
        lambda: read_settings(project).carry_over,
        lambda value: distribution_input.set_carry_over(project, value),
        on,
    )


def set_adjustment(project: ProjectFile, code: str, adjustment: Adjustment, text: str) -> Edit:
    """Enter (or clear) a municipality's correction, opening backlog, source and date."""
    recorded: dict[str, Adjustment] = {}

    def forward() -> tuple[Any, Changes]:
        recorded["old"] = distribution_input.adjustment_of(project, code)
        return distribution_input.set_adjustment(project, code, adjustment), DISTRIBUTION

    def backward() -> Changes:
        distribution_input.set_adjustment(project, code, recorded["old"], check_population=False)
        return DISTRIBUTION

    return Edit(text, forward, backward)


def fill_corrections(project: ProjectFile, text: str) -> Edit | None:
    """A correction of 0 for every municipality that has none (one undo step); None when
    every municipality has one."""
    settings = read_settings(project)
    edits = []
    for municipality in list_municipalities(project):
        old = settings.adjustments.get(municipality.id, Adjustment())
        if old.correction is None:
            new = replace(old, correction=0)
            edits.append(set_adjustment(project, municipality.code, new, text))
    return combined_edit(text, edits) if edits else None
