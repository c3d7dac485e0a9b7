"""The missing inputs a fair share lists in `summary --json`, split per municipality once,
are those a filter over every missing input of the selection gives, in the same order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.models import CapacityKind, HousingType
from app.services.calculations.cells import MissingInput
from app.services.summary_missing import (
    MAX_LISTED_MISSING,
    MissingByMunicipality,
    listed,
)

MUNICIPALITIES = [7, 3, 9, 1]  # ids in the vision's order (not sorted)
KINDS = [None, CapacityKind.ALLOCATION, CapacityKind.NEW_BUILD]


@st.composite
def selections(draw) -> list[MissingInput]:
    """Missing inputs in the vision's order: municipality first, then year, then kind."""
    items = []
    for municipality in MUNICIPALITIES:
        for year in range(2025, 2025 + draw(st.integers(0, 4))):
            for kind in draw(st.lists(st.sampled_from(KINDS), max_size=3, unique=True)):
                items.append(MissingInput(municipality, 1, HousingType.ROOM, year, kind))
    return items


def _split(items: list[MissingInput]) -> MissingByMunicipality:
    own: dict[int, list[MissingInput]] = {}
    for item in items:
        own.setdefault(item.municipality_id, []).append(item)
    return MissingByMunicipality(own, {m: i for i, m in enumerate(MUNICIPALITIES)})


def _naive(items: list[MissingInput], municipality: int) -> list[MissingInput]:
    return [i for i in items if i.is_need or i.municipality_id == municipality]


@given(selections(), st.integers(0, 30))
def test_needs_and_own_is_the_filter_over_all(items, limit):
    """For every municipality: the first `limit` and the count of the plain filter."""
    split = _split(items)
    for municipality in MUNICIPALITIES:
        expected = _naive(items, municipality)
        assert split.needs_and_own(municipality, limit) == (expected[:limit], len(expected))


@given(selections(), st.integers(0, 3), st.integers(0, 3))
def test_listed_cuts_the_whole_list_and_counts_it(items, before, after):
    """What comes before and after the inputs is listed while there is room, always counted."""
    split = _split(items)
    head = [{"input": "baseline", "n": n} for n in range(before)]
    tail = [{"input": "correction", "n": n} for n in range(after)]
    found = split.needs_and_own(3, MAX_LISTED_MISSING)
    result = listed(head, found, tail, lambda item: {"item": item})
    everything = [*head, *({"item": i} for i in _naive(items, 3)), *tail]
    assert result == {"missing": everything[:MAX_LISTED_MISSING], "missing_count": len(everything)}
