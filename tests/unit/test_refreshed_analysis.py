"""After one edit, the patched analysis equals a full reload, without reloading the world."""

from __future__ import annotations

import pytest

from app.models import CapacityKind, HousingType
from app.services import figures
from app.services.analysis import analyse, refreshed
from app.services.figures import Cell, CellChange
from app.services.summary import summary_data


@pytest.mark.parametrize("value", [0, 7, 5000, None])
def test_patched_analysis_equals_a_full_reload(demo, value):
    """Change need and capacity of two cells (also emptying them): every gap, fair share and
    social rent figure equals what a fresh analysis gives."""
    before = analyse(demo)
    assert before.gaps and before.fair_shares and before.social_rent  # computed: get patched
    delft = next(m for m in before.figures.municipalities if m.code == "GM0503")
    group = before.figures.groups[2]
    changes = [
        CellChange(Cell("GM0503", group.id, HousingType.INDEPENDENT_REGULAR, 2026), value),
        CellChange(Cell("GM0503", group.id, HousingType.ROOM, 2027, CapacityKind.OTHER), value),
    ]
    figures.set_cells(demo, changes)
    patched = refreshed(before, demo, {(delft.id, group.id, 2026), (delft.id, group.id, 2027)})
    assert summary_data(patched) == summary_data(analyse(demo))


def test_groups_not_touched_keep_their_fair_share_objects(demo):
    """Only the edited group's fair shares are recomputed; the others are carried over."""
    before = analyse(demo)
    old = before.fair_shares
    delft = before.figures.municipalities[0]
    group = before.figures.groups[0]
    figures.set_need(demo, Cell(delft.code, group.id, HousingType.ROOM, 2025), 3)
    patched = refreshed(before, demo, {(delft.id, group.id, 2025)})
    other = [s for s in patched.fair_shares if s.group_id != group.id]
    assert all(any(s is o for o in old) for s in other)


def test_filtered_totals_equal_a_scan_of_every_cell(demo):
    """gap_total through its index gives the same sums as adding up every cell of
    municipality x group x housing type x year that matches, for every combination of
    filters, also after a patched edit."""
    from app.services.calculations.gaps import total

    analysis = analyse(demo)
    delft, group = analysis.figures.municipalities[0], analysis.figures.groups[1]
    figures.set_need(demo, Cell(delft.code, group.id, HousingType.ROOM, 2027), 123)
    assert analysis.gap_index  # built before the patch, so the patch must keep it right
    analysis = refreshed(analysis, demo, {(delft.id, group.id, 2027)})
    for m in (None, delft.id):
        for g in (None, group.id):
            for years in (None, [2027], [2025, 2030]):
                f = analysis.figures
                expected = total(
                    f.cell(km.id, kg.id, t, ky).gap
                    for km in f.municipalities
                    for kg in f.groups
                    for t in kg.housing_types
                    for ky in f.years
                    if (m is None or km.id == m)
                    and (g is None or kg.id == g)
                    and (years is None or ky in years)
                )
                assert analysis.gap_total(municipality_id=m, group_id=g, years=years) == expected


def test_a_large_edit_reloads_the_same_scenario(demo, monkeypatch):
    """More changed cells than are worth patching: the analysis is reloaded, under the
    scenario it was of (not the base one)."""
    import app.services.analysis as analysis_module
    from app.services.estimates import store

    other = store.add_scenario(demo, "ander")
    before = analyse(demo, "ander")
    monkeypatch.setattr(analysis_module, "MAX_PATCHED_CELLS", 1)
    delft = before.figures.municipalities[0]
    group = before.figures.groups[0]
    keys = {(delft.id, group.id, 2025), (delft.id, group.id, 2026)}
    assert refreshed(before, demo, keys).figures.scenario == "ander" == other.name
