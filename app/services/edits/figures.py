"""Operations on need and capacity: typed, pasted, cleared or zeroed cells, source notes,
the allocation rule and the vacancies it follows, and an uitvraag import."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.models import HousingType
from app.services import figures, municipalities
from app.services.collection_plan import ImportPlan, apply_import, undo_import
from app.services.edits.core import Changes, Edit, Topic
from app.services.figures import Cell, CellChange
from app.storage import ProjectFile


def _topics(changes: Sequence[CellChange]) -> frozenset[Topic]:
    kinds = {c.cell.kind is None for c in changes}
    return frozenset(Topic.NEED if need else Topic.CAPACITY for need in kinds)


def set_cells(project: ProjectFile, changes: Sequence[CellChange], text: str) -> Edit:
    """Write a block of need or capacity cells (a typed figure, a paste, a clear, a fill, a
    zero fill); undo writes back each cell's previous value, found by its natural key."""
    changes = list(changes)
    topics = _topics(changes)
    recorded: dict[str, Any] = {}

    def forward() -> tuple[Any, Changes]:
        written = figures.write_cells(project, changes)
        recorded["old"] = [
            CellChange(c.cell, old) for c, old in zip(changes, written.previous, strict=True)
        ]
        recorded["keys"] = written.keys
        return written, Changes(topics, written.keys, tuple(changes))

    def backward() -> Changes:
        figures.write_cells(project, recorded["old"])
        return Changes(topics, recorded["keys"], tuple(recorded["old"]))

    return Edit(text, forward, backward)


def zero_empty_cells(project: ProjectFile, cells: Sequence[Cell], text: str) -> Edit:
    """'Lege cellen op 0': say on purpose that nothing is needed or comes."""
    return set_cells(project, [CellChange(cell, 0) for cell in cells], text)


def set_source_note(project: ProjectFile, row: Cell, note: str, text: str) -> Edit:
    """The source note of a grid row; undo puts the previous note back."""
    topic = Topic.NEED if row.kind is None else Topic.CAPACITY
    recorded: dict[str, str] = {}

    def forward() -> tuple[Any, Changes]:
        recorded["old"] = figures.set_source_note(project, row, note)
        return note, Changes(frozenset({topic}))

    def backward() -> Changes:
        figures.set_source_note(project, row, recorded["old"])
        return Changes(frozenset({topic}))

    return Edit(text, forward, backward)


def set_allocation_rule(
    project: ProjectFile,
    municipality_code: str,
    group_id: int,
    share_percent: float | None,
    housing_type: HousingType,
    text: str,
) -> Edit:
    """Let a group's allocation row follow vacancies x share (None: stop following);
    undo restores the row's rule and numbers as they were."""
    recorded: dict[str, figures.AllocationState] = {}
    made = Changes(frozenset({Topic.CAPACITY}))

    def forward() -> tuple[Any, Changes]:
        recorded["old"] = figures.set_allocation_rule(
            project, municipality_code, group_id, share_percent, housing_type
        )
        return share_percent, made

    def backward() -> Changes:
        figures.restore_allocation(
            project, municipality_code, group_id, recorded["old"], housing_type
        )
        return made

    return Edit(text, forward, backward)


def set_vacancies(
    project: ProjectFile, municipality_code: str, year: int, count: int | None, text: str
) -> Edit:
    """Vrijkomende sociale huurwoningen of a municipality in a year (allocation rows follow)."""
    recorded: dict[str, int | None] = {}
    made = Changes(frozenset({Topic.CAPACITY, Topic.MUNICIPALITIES}))

    def forward() -> tuple[Any, Changes]:
        recorded["old"] = municipalities.vacancies(project, municipality_code).get(year)
        municipalities.set_vacancies(project, municipality_code, year, count)
        return count, made

    def backward() -> Changes:
        municipalities.set_vacancies(project, municipality_code, year, recorded["old"])
        return made

    return Edit(text, forward, backward)


def import_workbooks(project: ProjectFile, plan: ImportPlan, text: str) -> Edit:
    """Read filled-in uitvraag workbooks in as one step; undo puts every cell back."""
    recorded: dict[str, Any] = {}
    made = Changes(frozenset({Topic.NEED, Topic.CAPACITY}))

    def forward() -> tuple[Any, Changes]:
        recorded["applied"] = apply_import(project, plan)
        return recorded["applied"], made

    def backward() -> Changes:
        undo_import(project, recorded["applied"])
        return made

    return Edit(text, forward, backward)
