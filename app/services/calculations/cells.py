"""What is entered for one cell — municipality x group x housing type x year — and which of
its expected inputs are missing.

A group uses a set of housing types (woonvormen). For each of them one need and one
capacity per kind of capacity are expected in every year of the plan period; a housing
type the group does not use has no cells at all. An expected input that nobody entered is
missing, and everything that depends on it is unknown.
"""

from __future__ import annotations

from typing import NamedTuple

from app.models import CapacityKind, HousingType
from app.services.calculations.gaps import Gap

KINDS: tuple[CapacityKind, ...] = tuple(CapacityKind)
NO_CAPACITY: tuple[int | None, ...] = (None,) * len(KINDS)
NEED_LABEL, CAPACITY_LABEL = "woonbehoefte", "aanbod"


class CellInput(NamedTuple):
    """The need and the capacity per kind (in KINDS order) of one cell; None = not entered.
    A named tuple: a national vision makes hundreds of thousands (a frozen dataclass takes
    three times as long to make)."""

    need: int | None = None
    capacity: tuple[int | None, ...] = NO_CAPACITY

    @property
    def capacity_total(self) -> int | None:
        """All kinds together; unknown when any kind is not entered."""
        total = 0
        for value in self.capacity:
            if value is None:
                return None
            total += value
        return total

    @property
    def gap(self) -> Gap:
        return Gap(self.need, self.capacity_total)

    @property
    def missing_kinds(self) -> tuple[CapacityKind, ...]:
        return tuple(
            kind for kind, value in zip(KINDS, self.capacity, strict=True) if value is None
        )


NOTHING = CellInput()


class MissingInput(NamedTuple):
    """An expected input nobody entered: the need (kind None) or one kind of capacity (a
    named tuple, as CellInput: a national summary names over a million)."""

    municipality_id: int
    group_id: int
    housing_type: HousingType
    year: int
    kind: CapacityKind | None

    @property
    def is_need(self) -> bool:
        return self.kind is None

    @property
    def label(self) -> str:
        """'woonbehoefte zelfstandig regulier' or 'aanbod nieuwbouw, zelfstandig regulier'."""
        housing = self.housing_type.label.lower()
        if self.kind is None:
            return f"{NEED_LABEL} {housing}"
        return f"{CAPACITY_LABEL} {self.kind.label.lower()}, {housing}"


def missing_inputs(
    cell: CellInput, municipality_id: int, group_id: int, housing_type: HousingType, year: int
) -> list[MissingInput]:
    """The expected inputs of one cell that are not entered."""
    found = []
    if cell.need is None:
        found.append(MissingInput(municipality_id, group_id, housing_type, year, None))
    for kind, value in zip(KINDS, cell.capacity, strict=True):
        if value is None:
            found.append(MissingInput(municipality_id, group_id, housing_type, year, kind))
    return found


def cell_labels(cell: CellInput, housing_type: HousingType | None = None) -> list[str]:
    """What is missing in one housing type's cell, for a note: 'woonbehoefte', 'aanbod' (no
    kind entered) or 'aanbod nieuwbouw'; with `housing_type` its name is added."""
    suffix = "" if housing_type is None else f" {housing_type.label.lower()}"
    labels = [NEED_LABEL + suffix] if cell.need is None else []
    kinds = cell.missing_kinds
    if len(kinds) == len(KINDS):
        labels.append(CAPACITY_LABEL + suffix)
    else:
        comma = "," if suffix else ""
        labels += [f"{CAPACITY_LABEL} {kind.label.lower()}{comma}{suffix}" for kind in kinds]
    return labels


def group_cell_labels(types: tuple[HousingType, ...], cells: list[CellInput]) -> list[str]:
    """What is missing in the cells of one municipality x group x year (one per housing
    type), briefly: 'woonbehoefte' when no housing type has its need, else per housing type."""
    labels: list[str] = []
    if all(c.need is None for c in cells):
        labels.append(NEED_LABEL)
        cells = [CellInput(0, c.capacity) for c in cells]
    if all(len(c.missing_kinds) == len(KINDS) for c in cells):
        labels.append(CAPACITY_LABEL)
        cells = [CellInput(c.need, (0,) * len(KINDS)) for c in cells]
    for housing_type, cell in zip(types, cells, strict=True):
        labels += cell_labels(cell, housing_type)
    return labels
