"""Operations on the vision itself and its region: details, status, plan period, the
distribution key, municipalities and their baseline figures. Each returns an Edit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from app.models import BaselineIndicator, DistributionKey
from app.services import municipalities
from app.services import vision as vision_service
from app.services.dto import BaselineValue
from app.services.edits.core import (
    EVERYTHING,
    Changes,
    Edit,
    Topic,
    changes,
    deleting_edit,
    update_edit,
)
from app.services.tombstone import restore_deleted
from app.services.vision_read import get_vision
from app.storage import ProjectFile

VISION = changes(Topic.VISION)
MUNICIPALITIES = changes(Topic.MUNICIPALITIES)


def update_vision(project: ProjectFile, text: str, **fields: Any) -> Edit:
    """Change title, region_name, author or status."""
    return update_edit(
        text,
        VISION,
        lambda: {name: getattr(get_vision(project), name) for name in fields},
        lambda values: vision_service.update_vision(project, **values),
        fields,
    )


def set_plan_period(
    project: ProjectFile, start_year: int, end_year: int, text: str, *, drop_outside: bool = False
) -> Edit:
    """A new plan period. Figures outside it are refused unless `drop_outside`; even then
    the edit can be undone: it keeps the dropped rows and puts them back."""
    recorded: dict[str, Any] = {}
    made = Changes(EVERYTHING)

    def forward() -> tuple[Any, Changes]:
        old = get_vision(project)
        recorded["old"] = (old.start_year, old.end_year)
        recorded["dropped"] = vision_service.set_plan_period(
            project, start_year, end_year, drop_outside=drop_outside
        )
        return recorded["dropped"], made

    def backward() -> Changes:
        vision_service.set_plan_period(project, *recorded["old"])
        restore_deleted(project, recorded["dropped"])
        return made

    return Edit(text, forward, backward)


def set_distribution_key(
    project: ProjectFile,
    key: DistributionKey,
    weights: dict[BaselineIndicator, float] | None,
    text: str,
) -> Edit:
    """Choose the verdeelsleutel (and the weights of the mix)."""

    def read() -> tuple[DistributionKey, dict[BaselineIndicator, float]]:
        vision = get_vision(project)
        return vision.distribution_key, dict(vision.key_weights)

    return update_edit(
        text,
        VISION,
        read,
        lambda value: vision_service.set_distribution_key(project, value[0], value[1]),
        (key, weights),
    )


def add_municipalities(project: ProjectFile, codes: Sequence[str], text: str) -> Edit:
    """Add municipalities with their CBS figures; undo removes them (redo brings back the
    very same rows)."""
    codes = list(codes)
    recorded: dict[str, Any] = {}
    made = Changes(EVERYTHING)

    def forward() -> tuple[Any, Changes]:
        if "tombstones" in recorded:
            for tombstone in reversed(recorded.pop("tombstones")):
                restore_deleted(project, tombstone)
            return codes, made
        municipalities.add_municipalities(project, codes)
        return codes, made

    def backward() -> Changes:
        recorded["tombstones"] = [
            municipalities.remove_municipality(project, code) for code in codes
        ]
        return made

    return Edit(text, forward, backward)


def remove_municipality(project: ProjectFile, code: str, text: str) -> Edit:
    """Remove a municipality with every figure entered for it."""
    return deleting_edit(
        project,
        text,
        Changes(EVERYTHING),
        lambda: municipalities.remove_municipality(project, code),
    )


def set_baseline(
    project: ProjectFile, code: str, indicator: BaselineIndicator, value: int | None, text: str
) -> Edit:
    """Enter (or clear) a baseline figure; undo restores value, source and date as they were."""
    return _baseline_edit(
        project,
        code,
        indicator,
        text,
        lambda: municipalities.set_baseline(project, code, indicator, value),
    )


def reset_baseline(
    project: ProjectFile, code: str, indicator: BaselineIndicator, text: str
) -> Edit:
    """Put back the CBS figure (or unknown)."""
    return _baseline_edit(
        project,
        code,
        indicator,
        text,
        lambda: municipalities.reset_baseline(project, code, indicator),
    )


def _baseline_edit(
    project: ProjectFile,
    code: str,
    indicator: BaselineIndicator,
    text: str,
    write: Callable[[], BaselineValue],
) -> Edit:
    recorded: dict[str, Any] = {}
    made = changes(Topic.MUNICIPALITIES)

    def forward() -> tuple[Any, Changes]:
        recorded["old"] = municipalities.baseline_of(project, code, indicator)
        return write(), made

    def backward() -> Changes:
        municipalities.restore_baseline(project, code, indicator, recorded["old"])
        return made

    return Edit(text, forward, backward)
