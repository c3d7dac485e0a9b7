"""Rows of the gap table: need, capacity per kind, gap, shortage and surplus of a target group
and housing type, summed over a selection of municipalities and years.

Shortage and surplus are summed per cell (municipality x group x housing type x year), the
one definition in `calculations.gaps`, so the table's totals equal every other total.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.models import CapacityKind, HousingType
from app.services.calculations.cells import KINDS, CellInput

TOTAL_LABEL = "Totaal"
ALL_GROUPS_LABEL = "Alle aandachtsgroepen"


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


def row_from_cells(
    group_id: int,
    group_label: str,
    housing_type: HousingType,
    cells: Iterable[CellInput],
    missing: Sequence[str] = (),
) -> GapTableRow:
    """A row adding up the cells of one group and housing type; each figure is None when a
    cell it depends on is not entered."""
    need: int | None = 0
    by_kind: list[int | None] = [0] * len(KINDS)
    shortage: int | None = 0
    surplus: int | None = 0
    for cell in cells:
        need = None if need is None or cell.need is None else need + cell.need
        for i, value in enumerate(cell.capacity):
            current = by_kind[i]
            by_kind[i] = None if current is None or value is None else current + value
        cell_need, cell_capacity = cell.need, cell.capacity_total
        if cell_need is None or cell_capacity is None:
            shortage = surplus = None
        elif shortage is not None and surplus is not None:
            shortage += max(cell_need - cell_capacity, 0)
            surplus += max(cell_capacity - cell_need, 0)
    known_kinds = [v for v in by_kind if v is not None]
    capacity = None if len(known_kinds) < len(by_kind) else sum(known_kinds)
    return GapTableRow(
        group_id=group_id,
        group_label=group_label,
        housing_type=housing_type,
        need=need,
        capacity_by_kind=dict(zip(KINDS, by_kind, strict=True)),
        capacity=capacity,
        shortage=shortage,
        surplus=surplus,
        missing=tuple(missing),
    )


def total_row(rows: Sequence[GapTableRow], group_id: int | None, group_label: str) -> GapTableRow:
    """The total line of `rows`: a value is known only when it is known in every row."""

    def add(values: Iterable[int | None]) -> int | None:
        values = list(values)
        known = [v for v in values if v is not None]
        return None if len(known) < len(values) else sum(known)

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


def _sortable(value: str | int | None) -> str | int:
    assert value is not None  # only the known values are sorted
    return value.casefold() if isinstance(value, str) else value
