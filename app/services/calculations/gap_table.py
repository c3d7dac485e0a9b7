"""Rows of the gap table: need, capacity per kind, gap, shortage and surplus of a target group
and housing type, summed over a selection of municipalities and years.

Shortage and surplus are summed per municipality x housing type x year, so a surplus of
rooms in one place never hides a shortage of sheltered places in another. (The totals
of `Analysis.gap_total` net housing types within a municipality x group x year, so
their shortage can be smaller; need, capacity and gap are the same.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from app.models import CapacityKind, HousingType

TOTAL_LABEL = "Totaal"
ALL_GROUPS_LABEL = "Alle aandachtsgroepen"


@dataclass(frozen=True, slots=True)
class DetailSums:
    """Sums over entered cells; a cell with nothing entered adds nothing."""

    need: int = 0
    capacity: Mapping[CapacityKind, int] = field(default_factory=dict)
    shortage: int = 0
    surplus: int = 0


def add_up(parts: Iterable[DetailSums]) -> DetailSums:
    """The sum of several DetailSums (shortage and surplus added, never netted)."""
    need = shortage = surplus = 0
    capacity: dict[CapacityKind, int] = {}
    for part in parts:
        need += part.need
        shortage += part.shortage
        surplus += part.surplus
        for kind, quantity in part.capacity.items():
            capacity[kind] = capacity.get(kind, 0) + quantity
    return DetailSums(need, capacity, shortage, surplus)


@dataclass(frozen=True)
class GapTableRow:
    """One line of the table; values are None when an input in the selection is missing."""

    group_id: int | None  # None: the total of all groups
    group_label: str
    housing_type: HousingType | None  # None: a total line
    need: int | None
    capacity_by_kind: dict[CapacityKind, int | None]
    capacity: int | None
    shortage: int | None
    surplus: int | None
    missing: tuple[str, ...] = ()

    @property
    def gap(self) -> int | None:
        """Need minus capacity: positive is a shortage, negative a surplus."""
        if self.need is None or self.capacity is None:
            return None
        return self.need - self.capacity

    @property
    def is_total(self) -> bool:
        return self.housing_type is None

    @property
    def housing_label(self) -> str:
        return TOTAL_LABEL if self.housing_type is None else self.housing_type.label


def make_row(
    group_id: int | None,
    group_label: str,
    housing_type: HousingType | None,
    sums: DetailSums,
    *,
    need_known: bool,
    capacity_known: bool,
    missing: Sequence[str] = (),
) -> GapTableRow:
    """A row from sums; what depends on a missing input becomes None."""
    both = need_known and capacity_known
    return GapTableRow(
        group_id=group_id,
        group_label=group_label,
        housing_type=housing_type,
        need=sums.need if need_known else None,
        capacity_by_kind={
            kind: sums.capacity.get(kind, 0) if capacity_known else None for kind in CapacityKind
        },
        capacity=sum(sums.capacity.values()) if capacity_known else None,
        shortage=sums.shortage if both else None,
        surplus=sums.surplus if both else None,
        missing=tuple(missing),
    )


def total_row(rows: Sequence[GapTableRow], group_id: int | None, group_label: str) -> GapTableRow:
    """The total line of `rows`: a value is known only when it is known in every row."""

    def add(values: Iterable[int | None]) -> int | None:
        values = list(values)
        return None if any(v is None for v in values) else sum(values)  # type: ignore[misc]

    return GapTableRow(
        group_id=group_id,
        group_label=group_label,
        housing_type=None,
        need=add(r.need for r in rows),
        capacity_by_kind={k: add(r.capacity_by_kind[k] for r in rows) for k in CapacityKind},
        capacity=add(r.capacity for r in rows),
        shortage=add(r.shortage for r in rows),
        surplus=add(r.surplus for r in rows),
        missing=tuple(dict.fromkeys(m for r in rows for m in r.missing)),
    )


class GapColumn(StrEnum):
    """The table's columns, with their Dutch headers (capacity kinds in between)."""

    GROUP = "Aandachtsgroep"
    HOUSING_TYPE = "Woonvorm"
    NEED = "Woonbehoefte"
    CAPACITY = "Aanbod totaal"
    GAP = "Opgave"
    SHORTAGE = "Tekort"
    SURPLUS = "Overschot"
    MISSING = "Ontbrekende invoer"


def row_value(row: GapTableRow, column: GapColumn | CapacityKind) -> str | int | None:
    """The raw value of a cell (None = unknown), for sorting and copying."""
    if isinstance(column, CapacityKind):
        return row.capacity_by_kind[column]
    return {
        GapColumn.GROUP: row.group_label,
        GapColumn.HOUSING_TYPE: row.housing_label,
        GapColumn.NEED: row.need,
        GapColumn.CAPACITY: row.capacity,
        GapColumn.GAP: row.gap,
        GapColumn.SHORTAGE: row.shortage,
        GapColumn.SURPLUS: row.surplus,
        GapColumn.MISSING: "; ".join(row.missing),
    }[column]


def sorted_rows(
    rows: Iterable[GapTableRow], column: GapColumn | CapacityKind, *, descending: bool = False
) -> list[GapTableRow]:
    """Rows ordered by a column; unknown values always last, whichever the direction."""
    rows = list(rows)
    known = [r for r in rows if row_value(r, column) is not None]
    unknown = [r for r in rows if row_value(r, column) is None]
    known.sort(key=lambda r: _sortable(row_value(r, column)), reverse=descending)
    return known + unknown


def _sortable(value: str | int | None):
    return value.casefold() if isinstance(value, str) else value
