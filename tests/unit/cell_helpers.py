"""Building complete cells in tests: every kind of capacity is an expected input, so a
test that means "capacity 80 from new build" enters the other kinds as 0 on purpose."""

from __future__ import annotations

from app.models import CapacityKind, HousingType
from app.services.figures import Cell, CellChange


def capacity(
    code: str, group_id: int, housing_type: HousingType, year: int, **by_kind: int
) -> list[CellChange]:
    """Capacity of one cell for every kind: the given ones (by kind value), the rest 0."""
    unknown = set(by_kind) - {kind.value for kind in CapacityKind}
    assert not unknown, unknown
    return [
        CellChange(Cell(code, group_id, housing_type, year, kind), by_kind.get(kind.value, 0))
        for kind in CapacityKind
    ]
