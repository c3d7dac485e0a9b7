"""What a fair share in `summary --json` lacks, per municipality, without a pass over every
missing input of the region for each municipality.

A fair share depends on its group's need in every municipality and on the municipality's
own capacity: of the region's missing inputs (in the vision's order of municipalities,
groups, years, housing types) it lists the needs and its own. `MissingByMunicipality`
holds that list once and answers, per municipality, how long its part is and what its
first items are: the missing needs of the municipalities before it, all its own, then the
needs of those after it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from app.services.calculations.cells import MissingInput

if TYPE_CHECKING:
    from app.services.analysis import Analysis


class MissingByMunicipality:
    """The missing inputs of one selection, split for `needs_and_own`."""

    def __init__(self, own: Mapping[int, list[MissingInput]], positions: Mapping[int, int]):
        """`own`: municipality id -> its missing inputs, in the vision's order of both;
        `positions`: municipality id -> its place."""
        self._positions = positions
        self._own = own
        self._needs = [item for items in own.values() for item in items if item.kind is None]
        self._need_places = [positions[item.municipality_id] for item in self._needs]

    def needs_and_own(self, municipality_id: int, limit: int) -> tuple[list[MissingInput], int]:
        """The first `limit` missing inputs that are a need or `municipality_id`'s own, in
        order, and how many there are in all."""
        place = self._positions[municipality_id]
        before = bisect_left(self._need_places, place)
        after = bisect_right(self._need_places, place)
        own = self._own.get(municipality_id, [])
        listed = self._needs[: min(before, limit)]
        listed += own[: limit - len(listed)]
        listed += self._needs[after : after + limit - len(listed)]
        return listed, before + len(own) + len(self._needs) - after


# A fair share depends on every need of its group in the region: for an empty vision that is
# thousands of inputs per item, so an item names this many and counts the rest.
MAX_LISTED_MISSING = 25
NOTHING: tuple[list[MissingInput], int] = ([], 0)

JsonObject = dict[str, Any]
Cell = tuple[int, int, int]  # municipality id, group id, year


class MissingIndex:
    """Every missing input of the vision, gathered in one pass and kept per municipality x
    group x year: a gap item lists its cell's, a fair share a selection's (`selection`)."""

    def __init__(self, analysis: Analysis):
        figures = analysis.figures
        self._municipalities = [m.id for m in figures.municipalities]
        self._groups = [g.id for g in figures.groups]
        self._years = figures.years
        self._positions = {m_id: i for i, m_id in enumerate(self._municipalities)}
        self._cells: dict[Cell, list[MissingInput]] = {}
        for m_id in self._municipalities:
            for group in figures.groups:
                for year in self._years:
                    found = analysis.cell_missing(m_id, group, year)
                    if found:
                        self._cells[(m_id, group.id, year)] = found
        self._selections: dict[tuple[object, ...], MissingByMunicipality] = {}

    def cell(self, municipality_id: int, group_id: int, year: int) -> list[MissingInput]:
        """What `Analysis.missing` gives for one municipality x group x year."""
        return self._cells.get((municipality_id, group_id, year), [])

    def selection(
        self, group_ids: Sequence[int], years: Sequence[int] | None = None
    ) -> MissingByMunicipality:
        """What `Analysis.missing(group_ids=..., years=...)` gives (years None: the whole
        period), split per municipality; each selection is put together once."""
        key = (tuple(group_ids), None if years is None else tuple(years))
        if key not in self._selections:
            chosen = set(group_ids)
            groups = [g for g in self._groups if g in chosen]
            wanted = self._years if years is None else [y for y in self._years if y in years]
            own = {}
            for m in self._municipalities:
                found = [i for g in groups for y in wanted for i in self._cells.get((m, g, y), ())]
                if found:
                    own[m] = found
            self._selections[key] = MissingByMunicipality(own, self._positions)
        return self._selections[key]


def listed(
    before: list[JsonObject],
    found: tuple[list[MissingInput], int],
    after: list[JsonObject],
    item: Callable[[MissingInput], JsonObject],
) -> JsonObject:
    """The first MAX_LISTED_MISSING of `before`, the missing inputs `found` (the first of
    them, and how many there are) and `after`, and how many there are in all."""
    first, count = found
    shown = [*before, *(item(i) for i in first[:MAX_LISTED_MISSING]), *after]
    return {
        "missing": shown[:MAX_LISTED_MISSING],
        "missing_count": len(before) + count + len(after),
    }
