"""From read workbooks to a preview of the import, and applying it as one undoable step.

Rules: a workbook with any rejected cell contributes nothing, unless the user
chose "alleen de goede regels" (valid rows only): then every row without an
error is taken. A cell that two workbooks give different values is a conflict:
shown, and left unchanged, never silently overwritten.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from app.services import figures
from app.services.collection import (
    CellIssue,
    CollectionRow,
    ImportedValue,
    RowKey,
    WorkbookReading,
)
from app.services.figures import CellChange
from app.storage import ProjectFile


@dataclass(frozen=True)
class PlannedChange:
    """A cell the import will change: old -> new (old None = not entered yet)."""

    row: CollectionRow
    year: int
    old: int | None
    new: int
    sources: tuple[str, ...]  # the workbooks that give this value


@dataclass(frozen=True)
class Conflict:
    """A cell the workbooks disagree about; it is left as it is."""

    row: CollectionRow
    year: int
    current: int | None
    proposals: tuple[tuple[str, int], ...]  # ('gemeente-delft.xlsx, Aanbod regel 12', 40)


@dataclass(frozen=True)
class ImportPlan:
    """The preview of an import: what changes, what conflicts, what was rejected."""

    changes: tuple[PlannedChange, ...]
    conflicts: tuple[Conflict, ...]
    issues: tuple[CellIssue, ...]
    refused: tuple[tuple[str, str], ...]  # (workbook, why it could not be read)
    blocked: tuple[str, ...]  # workbooks with errors from which nothing is taken
    unchanged: int  # accepted values equal to what is already there
    valid_rows_only: bool

    @property
    def has_problems(self) -> bool:
        """Whether anything was rejected, refused or in conflict."""
        return bool(self.issues or self.refused or self.conflicts)


@dataclass(frozen=True)
class AppliedImport:
    """What an applied import changed, for undo and redo."""

    changes: tuple[CellChange, ...]
    previous: tuple[int | None, ...]

    def undo_changes(self) -> list[CellChange]:
        """The changes that put every cell back as it was."""
        return [CellChange(c.cell, old) for c, old in zip(self.changes, self.previous, strict=True)]


def plan_import(
    readings: Sequence[WorkbookReading], *, valid_rows_only: bool = False
) -> ImportPlan:
    """Combine workbook readings into one preview (pure: reads nothing from the file)."""
    refused = tuple((r.workbook, r.refused) for r in readings if r.refused is not None)
    blocked = tuple(
        r.workbook for r in readings if r.refused is None and r.issues and not valid_rows_only
    )
    by_cell: dict[tuple[RowKey, int], list[ImportedValue]] = defaultdict(list)
    for reading in readings:
        if reading.refused is not None or reading.workbook in blocked:
            continue
        for value in reading.values:
            if (value.sheet, value.line) not in reading.rejected_rows:
                by_cell[(value.row.key, value.year)].append(value)
    changes, conflicts, unchanged = [], [], 0
    for values in by_cell.values():
        first = values[0]
        current = first.row.values.get(first.year)
        if len({v.quantity for v in values}) > 1:
            proposals = tuple((_origin(v), v.quantity) for v in values)
            conflicts.append(Conflict(first.row, first.year, current, proposals))
        elif first.quantity == current:
            unchanged += 1
        else:
            sources = tuple(dict.fromkeys(v.workbook for v in values))
            changes.append(PlannedChange(first.row, first.year, current, first.quantity, sources))
    return ImportPlan(
        changes=tuple(changes),
        conflicts=tuple(conflicts),
        issues=tuple(issue for r in readings for issue in r.issues),
        refused=refused,
        blocked=blocked,
        unchanged=unchanged,
        valid_rows_only=valid_rows_only,
    )


def _origin(value: ImportedValue) -> str:
    return f"{value.workbook}, {value.sheet} regel {value.line}"


def apply_import(project: ProjectFile, plan: ImportPlan) -> AppliedImport:
    """Write the plan's changes in ONE `figures.set_cells` call (all or nothing);
    conflicts are left alone. Returns the old values, for undo."""
    changes = tuple(CellChange(c.row.cell(c.year), c.new) for c in plan.changes)
    if not changes:
        return AppliedImport((), ())
    previous = figures.set_cells(project, list(changes))
    return AppliedImport(changes, tuple(previous))


def undo_import(project: ProjectFile, applied: AppliedImport) -> None:
    """Put back every cell an applied import changed."""
    if applied.changes:
        figures.set_cells(project, applied.undo_changes())
