"""Gap (opgave) = need - capacity, with shortage and surplus kept apart.

The one definition of tekort and overschot: per cell at the finest grain the data has —
municipality x group x housing type x year — the gap is need minus capacity; a positive gap
is a shortage, a negative one a surplus. Housing types do not substitute for each other (a
surplus of regular homes does not house someone who needs 24-hour care), so every total
adds up the cells' shortages and surpluses separately and never nets them first.

Unknown stays unknown: a total whose cells are not all known is not a number. `GapTotal`
holds None for every figure that depends on a missing input.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Gap:
    """Need and capacity of one cell; None = not (completely) entered."""

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


class GapTotal(NamedTuple):
    """The sum of cells. Each figure is None when a cell it depends on is unknown: need when
    a need is missing, capacity when a capacity is, shortage, surplus and gap when either
    is. `unknown` counts the cells whose gap is unknown, `cells` all cells added.

    A named tuple, not a frozen dataclass: opening a national vision makes 41,000 of them,
    and a tuple is made in less than half the time."""

    need: int | None
    capacity: int | None
    shortage: int | None
    surplus: int | None
    unknown: int = 0
    cells: int = 0

    @property
    def gap(self) -> int | None:
        """Need minus capacity (= shortage minus surplus), None when anything is unknown."""
        if self.shortage is None or self.surplus is None:
            return None
        return self.shortage - self.surplus

    @property
    def complete(self) -> bool:
        return self.unknown == 0

    @property
    def values(self) -> tuple[int | None, int | None, int | None, int | None, int | None]:
        """Need, capacity, shortage, surplus and gap, as tables show them."""
        return (self.need, self.capacity, self.shortage, self.surplus, self.gap)


EMPTY_TOTAL = GapTotal(0, 0, 0, 0, 0, 0)


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def total(gaps: Iterable[Gap]) -> GapTotal:
    """Add up cells, keeping shortage and surplus apart (per cell, never netted)."""
    need: int | None = 0
    capacity: int | None = 0
    shortage: int | None = 0
    surplus: int | None = 0
    unknown = cells = 0
    for cell in gaps:
        cells += 1
        need = _add(need, cell.need)
        capacity = _add(capacity, cell.capacity)
        gap = cell.gap
        if gap is None:
            unknown += 1
            shortage = surplus = None
        elif shortage is not None and surplus is not None:
            if gap > 0:
                shortage += gap
            else:
                surplus -= gap
    return GapTotal(need, capacity, shortage, surplus, unknown, cells)


def combine(totals: Iterable[GapTotal]) -> GapTotal:
    """The total of totals: the same as `total` over all their cells (added up inline, not
    through `_add`: a national vision's period totals combine 40,000 year totals)."""
    need: int | None = 0
    capacity: int | None = 0
    shortage: int | None = 0
    surplus: int | None = 0
    unknown = cells = 0
    for part in totals:
        if need is not None:
            need = None if part.need is None else need + part.need
        if capacity is not None:
            capacity = None if part.capacity is None else capacity + part.capacity
        if shortage is not None:
            shortage = None if part.shortage is None else shortage + part.shortage
        if surplus is not None:
            surplus = None if part.surplus is None else surplus + part.surplus
        unknown += part.unknown
        cells += part.cells
    return GapTotal(need, capacity, shortage, surplus, unknown, cells)


def compute_gaps(
    need: Mapping[K, int], capacity: Mapping[K, int], keys: Iterable[K]
) -> dict[K, Gap]:
    """The gap for every key; a key absent from `need` or `capacity` is unknown there."""
    return {key: Gap(need.get(key), capacity.get(key)) for key in keys}


def cumulative(values: Sequence[int | None]) -> list[int | None]:
    """Running sum over the years; from the first unknown year on the sum is unknown."""
    result: list[int | None] = []
    running: int | None = 0
    for value in values:
        running = None if running is None or value is None else running + value
        result.append(running)
    return result
