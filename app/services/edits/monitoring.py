"""Operations on the monitor: add or delete a measurement, set its delivered figures and
realised values (typed, or read from monitoring workbooks), and override an agreement's
computed status with a reason. Each returns an Edit (see `core`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.models import AgreementStatus
from app.services import measurements
from app.services.edits.core import (
    Changes,
    Edit,
    Topic,
    changes,
    creating_edit,
    deleting_edit,
    update_edit,
)
from app.services.figures import CellChange
from app.services.monitor_collection import (
    AppliedMonitorImport,
    MonitorPlan,
    apply_monitor_import,
    undo_monitor_import,
)
from app.storage import ProjectFile

MONITORING = changes(Topic.MONITORING)


def add_measurement(project: ProjectFile, measured_on: object, text: str, note: str = "") -> Edit:
    """A new, empty measurement; undo removes it, redo brings back the same row."""
    return creating_edit(
        project,
        text,
        MONITORING,
        lambda: measurements.add_measurement(project, measured_on, note),
        lambda made: measurements.delete_measurement(project, made.id),
    )


def delete_measurement(project: ProjectFile, measurement_id: int, text: str) -> Edit:
    """Remove a measurement with its figures; undo puts all of it back."""
    return deleting_edit(
        project, text, MONITORING, lambda: measurements.delete_measurement(project, measurement_id)
    )


def set_delivered(
    project: ProjectFile, measurement_id: int, cells: Sequence[CellChange], text: str
) -> Edit:
    """Write a block of delivered figures (typed or pasted); undo writes back each
    cell's previous value."""
    cells = list(cells)
    recorded: dict[str, list[CellChange]] = {}

    def forward() -> tuple[Any, Changes]:
        previous = measurements.write_delivered(project, measurement_id, cells)
        recorded["old"] = [CellChange(c.cell, old) for c, old in zip(cells, previous, strict=True)]
        return previous, MONITORING

    def backward() -> Changes:
        measurements.write_delivered(project, measurement_id, recorded["old"])
        return MONITORING

    return Edit(text, forward, backward)


def set_realised(
    project: ProjectFile,
    measurement_id: int,
    agreement_id: int,
    year: int,
    value: float | None,
    text: str,
) -> Edit:
    """The realised value of an agreement in a year in this measurement."""

    def write(given: float | None) -> float | None:
        return measurements.set_realised(project, measurement_id, agreement_id, year, given)

    def read() -> float | None:
        return measurements.realised_values(project).get((measurement_id, agreement_id, year))

    return update_edit(text, MONITORING, read, write, value)


def override_status(
    project: ProjectFile,
    agreement_id: int,
    year: int,
    status: AgreementStatus | None,
    reason: str,
    text: str,
) -> Edit:
    """Override the computed status with a reason (None: follow the computed status)."""
    made = changes(Topic.MONITORING, Topic.AGREEMENTS)
    recorded: dict[str, measurements.Override] = {}

    def forward() -> tuple[Any, Changes]:
        recorded["old"] = measurements.set_status_override(
            project, agreement_id, year, status, reason
        )
        return status, made

    def backward() -> Changes:  # an older status may have no reason: put it back as it was
        measurements.restore_status_override(project, agreement_id, year, recorded["old"])
        return made

    return Edit(text, forward, backward)


def import_workbooks(project: ProjectFile, plan: MonitorPlan, text: str) -> Edit:
    """Read filled-in monitoring workbooks into their measurement as one step; undo puts
    every delivered figure and realised value back."""
    recorded: dict[str, AppliedMonitorImport] = {}

    def forward() -> tuple[Any, Changes]:
        recorded["applied"] = apply_monitor_import(project, plan)
        return recorded["applied"], MONITORING

    def backward() -> Changes:
        undo_monitor_import(project, recorded["applied"])
        return MONITORING

    return Edit(text, forward, backward)
