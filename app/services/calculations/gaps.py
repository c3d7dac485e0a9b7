"""Gap (opgave) = need - capacity, with shortage and surplus kept apart."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Gap:
    """Need and capacity of one cell (e.g. municipality x group x year); None = not entered."""

    need: int | None
    capacity: int | None

    @property
    def gap(self) -> int | None:
        """Need minus capacity: positive is a shortage, negative a surplus."""
        if self.need is None or self.capacity is None:
            return None
        return self.need - self.capacity

    @property
    def shortage(self) -> int | None:
        gap = self.gap
        return None if gap is None else max(gap, 0)

    @property
    def surplus(self) -> int | None:
        gap = self.gap
        return None if gap is None else max(-gap, 0)

    @property
    def missing(self) -> tuple[str, ...]:
        """Which inputs are not entered (Dutch)."""
        return tuple(
            name
            for name, value in (("woonbehoefte", self.need), ("aanbod", self.capacity))
            if value is None
        )


@dataclass(frozen=True, slots=True)
class GapTotal:
    """Sum over cells. Shortage and surplus are summed per cell, so a surplus in one
    municipality never hides a shortage in another. `need` to `surplus` cover the cells
    whose gap is known; `unknown` counts the others (then the total is incomplete).
    `all_need` and `all_capacity` add up every cell where that input is known, and
    `need_missing`/`capacity_missing` count where it is not."""

    need: int
    capacity: int
    shortage: int
    surplus: int
    unknown: int
    all_need: int = 0
    all_capacity: int = 0
    need_missing: int = 0
    capacity_missing: int = 0

    @property
    def gap(self) -> int:
        return self.shortage - self.surplus

    @property
    def complete(self) -> bool:
        return self.unknown == 0

    @property
    def values(self) -> tuple[int, int, int, int, int] | tuple[None, None, None, None, None]:
        """Need, capacity, shortage, surplus and gap as documents show them. A sum over only
        the known cells is not the total, so each is None when a cell it needs is unknown:
        need when a need cell is missing, capacity when a capacity cell is, and shortage,
        surplus and gap when either is (a known need beside unknown capacity is still
        worth reading)."""
        need = self.all_need if self.need_missing == 0 else None
        capacity = self.all_capacity if self.capacity_missing == 0 else None
        if not self.complete:
            return (need, capacity, None, None, None)
        return (self.need, self.capacity, self.shortage, self.surplus, self.gap)


def compute_gaps(
    need: Mapping[K, int], capacity: Mapping[K, int], keys: Iterable[K]
) -> dict[K, Gap]:
    """The gap for every key; a key absent from `need` or `capacity` is unknown there."""
    return {key: Gap(need.get(key), capacity.get(key)) for key in keys}


def total(gaps: Iterable[Gap]) -> GapTotal:
    """Add up cells, keeping shortage and surplus apart."""
    need = capacity = shortage = surplus = unknown = 0
    all_need = all_capacity = need_missing = capacity_missing = 0
    for cell in gaps:
        if cell.need is None:
            need_missing += 1
        else:
            all_need += cell.need
        if cell.capacity is None:
            capacity_missing += 1
        else:
            all_capacity += cell.capacity
        gap = cell.gap
        if gap is None:
            unknown += 1
            continue
        need += cell.need  # type: ignore[operator]
        capacity += cell.capacity  # type: ignore[operator]
        if gap > 0:
            shortage += gap
        else:
            surplus -= gap
    return GapTotal(
        need,
        capacity,
        shortage,
        surplus,
        unknown,
        all_need,
        all_capacity,
        need_missing,
        capacity_missing,
    )


def cumulative(values: Sequence[int | None]) -> list[int | None]:
    """Running sum over the years; from the first unknown year on the sum is unknown."""
    result: list[int | None] = []
    running: int | None = 0
    for value in values:
        running = None if running is None or value is None else running + value
        result.append(running)
    return result
