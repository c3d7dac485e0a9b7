"""The cells and totals kept per municipality x group (issue 19): read as one mapping,
exactly like the plain dict they replace, and an edit makes a new one that copies only the
parts it touches and leaves the one it came from as it was (worker threads may read it)."""

from __future__ import annotations

import random
import sys
import tracemalloc

import pytest

from app.models import HousingType as H
from app.services.calculations.cells import CellInput
from app.services.calculations.gaps import GapTotal
from app.services.calculations.parted import CellInputs, GapTotals

TYPES = (H.ROOM, H.FLEX, H.STUDENT)


def _cells(municipalities: int, groups: int, years: int) -> dict:
    rng = random.Random(municipalities)
    return {
        (m, g, t, y): CellInput(rng.choice([None, 0, rng.randint(1, 99)]), (1, None, 2, 3, 4))
        for m in range(1, municipalities + 1)
        for g in range(1, groups + 1)
        for t in TYPES
        for y in range(2025, 2025 + years)
    }


def _as_plain(cells: CellInputs) -> dict:
    return {key: cells[key] for key in cells}


def test_reads_like_the_plain_dict():
    plain = _cells(4, 3, 5)
    cells = CellInputs(plain)
    assert len(cells) == len(plain) and cells == plain and plain == cells
    assert dict(cells.items()) == plain and sorted(cells) == sorted(plain)
    assert sorted(map(repr, cells.values())) == sorted(map(repr, plain.values()))
    assert cells.keys() | {(9, 9, H.ROOM, 2025)} == plain.keys() | {(9, 9, H.ROOM, 2025)}
    for key in [(1, 1, H.ROOM, 2025), (4, 3, H.STUDENT, 2029)]:
        assert key in cells and cells[key] == plain[key] == cells.get(key)
    for absent in [(1, 1, H.PITCH, 2025), (5, 1, H.ROOM, 2025), (1, 1, H.ROOM, 2030)]:
        assert absent not in cells and cells.get(absent) is None
        assert cells.get(absent, "geen") == "geen"
        with pytest.raises(KeyError) as raised:
            cells[absent]
        assert raised.value.args == (absent,)
    assert "GM0503" not in cells and (1, 1) not in cells
    assert cells.part(2, 3) == {k: v for k, v in plain.items() if k[:2] == (2, 3)}
    assert cells.part(5, 1) == {} and set(cells.parts()) == {k[:2] for k in plain}
    assert cells.has_group(3) and not cells.has_group(4)
    assert CellInputs() == {} and len(CellInputs()) == 0


def test_patched_equals_the_dict_changed_the_same_way_and_leaves_the_old_one():
    """Random sets, new cells and removals (also emptying whole parts), over and over."""
    rng = random.Random(19)
    plain = _cells(5, 4, 3)
    cells = CellInputs(plain)
    for _ in range(40):
        keys = list(plain) + [(rng.randint(1, 7), rng.randint(1, 5), H.ROOM, 2031)]
        changes = {
            rng.choice(keys): rng.choice([None, CellInput(rng.randint(0, 9))])
            for _ in range(rng.randint(1, 30))
        }
        if rng.random() < 0.2:  # empty a whole municipality x group
            changes.update(dict.fromkeys([k for k in plain if k[:2] == (2, 2)]))
        if rng.random() < 0.1:  # and a whole municipality
            changes.update(dict.fromkeys([k for k in plain if k[0] == 3]))
        before, snapshot = cells, _as_plain(cells)
        cells = cells.patched(changes)
        for key, cell in changes.items():
            if cell is None:
                plain.pop(key, None)
            else:
                plain[key] = cell
        assert cells == plain and len(cells) == len(plain)
        assert all(cells.part(*place) for place in cells.parts())  # no empty parts kept
        assert cells.has_group(2) == any(k[1] == 2 for k in plain)
        assert before == snapshot  # the cells an edit started from did not change


def test_an_edit_shares_every_part_it_does_not_touch():
    cells = CellInputs(_cells(20, 5, 4))
    changes = {(3, 2, H.ROOM, 2026): CellInput(7), (3, 2, H.FLEX, 2027): None}
    patched = cells.patched(changes)
    shared = [place for place in cells.parts() if patched.part(*place) is cells.part(*place)]
    assert len(shared) == len(cells.parts()) - 1 and (3, 2) not in shared
    gone = cells.patched(dict.fromkeys([key for key in cells if key[0] == 3]))
    assert {m for m, _g in gone.parts()} == set(range(1, 21)) - {3}
    assert len(gone) == len(cells) - 5 * len(TYPES) * 4 and gone.part(3, 2) == {}


def test_an_edit_of_a_large_vision_allocates_for_its_own_part_only():
    """One edit of 120,000 cells in 1,000 parts allocates less than a tenth of what a copy
    of all the cells takes (the old layout copied them all on every edit)."""
    cells = CellInputs(_cells(100, 10, 40))
    whole = sys.getsizeof(dict(cells.items()))
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        patched = cells.patched({(50, 5, H.ROOM, 2030): CellInput(1)})
        used = tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()
    assert patched[(50, 5, H.ROOM, 2030)] == CellInput(1)
    assert used < whole / 10, (used, whole)


def test_totals_keep_their_order_through_edits():
    """Totals iterate in the order they came (municipality, group, year), also after an
    edit changed some of them: readers list them in that order."""
    keys = [(m, g, y) for m in (5, 1, 3) for g in (2, 1) for y in (2026, 2025)]
    totals = GapTotals({key: GapTotal(i, i, 0, 0, 0, 1) for i, key in enumerate(keys)})
    assert list(totals) == keys
    patched = totals.patched({(1, 1, 2025): GapTotal(None, 3, None, None, 1, 1)})
    assert list(patched) == keys and patched[(1, 1, 2025)].need is None
    assert totals[(1, 1, 2025)].need == 7
    assert [v.capacity for v in patched.values()] == [*range(7), 3, *range(8, 12)]
