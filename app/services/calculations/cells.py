"""What is entered for one cell — municipality x group x housing type x year — and which of
its expected inputs are missing.

A group uses a set of housing types (woonvormen). For each of them one need and one
capacity per kind of capacity are expected in every year of the plan period; a housing
type the group does not use has no cells at all. An expected input that nobody entered is
missing, and everything that depends on it is unknown.
"""

from __future__ import annotations

from functools import lru_cache
from operator import is_
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
    return list(_labels(_state(cell), housing_type))


def group_cell_labels(types: tuple[HousingType, ...], cells: list[CellInput]) -> list[str]:
    """What is missing in the cells of one municipality x group x year (one per housing
    type), briefly: 'woonbehoefte' when no housing type has its need, else per housing type."""
    return list(_group_labels(types, tuple(map(_state, cells))))


# A cell's state for its labels: (need missing, per kind whether its capacity is missing).
# Labels depend on nothing else, and a vision has few distinct states, so they are made
# once per state (a national vision asks for labels of about a million cells).
_State = tuple[bool, tuple[bool, ...]]
_ALL_ENTERED: tuple[bool, ...] = (False,) * len(KINDS)


def _state(cell: CellInput) -> _State:
    capacity = cell.capacity
    missing = _ALL_ENTERED if None not in capacity else tuple(map(is_, capacity, NO_CAPACITY))
    return cell.need is None, missing


@lru_cache(maxsize=4096)
def _labels(state: _State, housing_type: HousingType | None) -> tuple[str, ...]:
    need_missing, missing = state
    suffix = "" if housing_type is None else f" {housing_type.label.lower()}"
    labels = [NEED_LABEL + suffix] if need_missing else []
    if all(missing):
        labels.append(CAPACITY_LABEL + suffix)
    else:
        comma = "," if suffix else ""
        labels += [
            f"{CAPACITY_LABEL} {kind.label.lower()}{comma}{suffix}"
            for kind, absent in zip(KINDS, missing, strict=True)
            if absent
        ]
    return tuple(labels)


@lru_cache(maxsize=4096)
def _group_labels(types: tuple[HousingType, ...], states: tuple[_State, ...]) -> tuple[str, ...]:
    labels: list[str] = []
    if all(need_missing for need_missing, _ in states):
        labels.append(NEED_LABEL)
        states = tuple((False, missing) for _, missing in states)
    if all(all(missing) for _, missing in states):
        labels.append(CAPACITY_LABEL)
        states = tuple((need_missing, _ALL_ENTERED) for need_missing, _ in states)
    for housing_type, state in zip(types, states, strict=True):
        labels += _labels(state, housing_type)
    return tuple(labels)
