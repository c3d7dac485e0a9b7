"""Operations on the vision's norms: choose a norm set, override or reset a norm, and edit
the urgency categories (add, rename, retire). Each returns an Edit (see `core`).

A vision's norms are a few rows: each operation records the whole norm state before it
(undo puts that back exactly) and after it (redo puts that back, with the same ids).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.services import norms, urgency
from app.services.edits.core import Changes, Edit, Topic, changes
from app.services.norm_state import NormState, norm_state, restore_norm_state
from app.storage import ProjectFile

NORMS = changes(Topic.NORMS)


def state_edit(project: ProjectFile, text: str, write: Callable[[], Any]) -> Edit:
    """An edit of the norm state: `write` on the first do, exact states after that."""
    recorded: dict[str, Any] = {}

    def forward() -> tuple[Any, Changes]:
        if "after" in recorded:
            restore_norm_state(project, recorded["after"])
            return recorded["result"], NORMS
        before: NormState = norm_state(project)
        recorded["result"] = write()
        recorded["before"], recorded["after"] = before, norm_state(project)
        return recorded["result"], NORMS

    def backward() -> Changes:
        restore_norm_state(project, recorded["before"])
        return NORMS

    return Edit(text, forward, backward)


def choose_norm_set(project: ProjectFile, code: str, text: str) -> Edit:
    """Follow another norm set (overridden values and the user's own categories stay)."""
    return state_edit(project, text, lambda: norms.choose_norm_set(project, code))


def set_norm(
    project: ProjectFile,
    code: str,
    value: float,
    text: str,
    *,
    reference_date: str = "",
    source: str = "",
) -> Edit:
    """Override a norm with the user's own value (dated today)."""
    return state_edit(
        project,
        text,
        lambda: norms.set_norm(project, code, value, reference_date=reference_date, source=source),
    )


def use_dashboard_average(project: ProjectFile, text: str) -> Edit:
    """Compare with the dashboard's 26 % (2021) instead of the computed average."""
    return state_edit(project, text, lambda: norms.use_dashboard_average(project))


def reset_norm(project: ProjectFile, code: str, text: str) -> Edit:
    """Put back the norm set's value."""
    return state_edit(project, text, lambda: norms.reset_norm(project, code))


def add_urgency_category(project: ProjectFile, label: str, text: str) -> Edit:
    return state_edit(project, text, lambda: urgency.add_category(project, label))


def rename_urgency_category(project: ProjectFile, category_id: int, label: str, text: str) -> Edit:
    return state_edit(project, text, lambda: urgency.rename_category(project, category_id, label))


def retire_urgency_category(project: ProjectFile, category_id: int, date: str, text: str) -> Edit:
    """The category stops applying on `date`."""
    return state_edit(project, text, lambda: urgency.retire_category(project, category_id, date))
