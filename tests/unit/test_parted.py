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
from app.services.calculations.parted import CellInputs, Deferred, GapTotals

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


def _deferred(plain: dict) -> tuple[CellInputs, list]:
    """`plain` kept in deferred parts, and the list of the parts made so far."""
    made: list = []
    by_part: dict = {}
    for key, cell in plain.items():
        by_part.setdefault(key[:2], {})[key] = cell

    def maker(place, part):
        return lambda: made.append(place) or dict(part)

    parts = {place: Deferred(maker(place, part), len(part)) for place, part in by_part.items()}
    return CellInputs.of_parts(parts), made


def test_deferred_parts_read_like_the_plain_dict_and_are_made_once_when_asked_for():
    """Cells read but not made yet (opening needs only their totals) answer every question
    as the plain dict does; each part is made the first time something looks into it, and
    only then, also when a version patched from it shares the part."""
    plain = _cells(4, 3, 5)
    cells, made = _deferred(plain)
    assert len(cells) == len(plain) and made == []  # the size needs no part made
    assert cells.has_group(3) and not cells.has_group(4) and made == []
    assert cells[(2, 3, H.FLEX, 2026)] == plain[(2, 3, H.FLEX, 2026)] and made == [(2, 3)]
    assert cells.get((2, 3, H.ROOM, 2025)) == plain[(2, 3, H.ROOM, 2025)] and made == [(2, 3)]
    assert (1, 1, H.ROOM, 2025) in cells and made == [(2, 3), (1, 1)]
    assert cells.part(5, 1) == {} and (9, 9, H.ROOM, 2025) not in cells
    patched = cells.patched({(4, 2, H.ROOM, 2025): CellInput(7), (1, 2, H.ROOM, 2025): None})
    assert made[2:] == [(4, 2), (1, 2)]  # the parts the edit copies
    assert patched[(4, 2, H.ROOM, 2025)] == CellInput(7) and (1, 2, H.ROOM, 2025) not in patched
    assert patched.part(3, 3) == plain_part(plain, 3, 3) and cells.part(3, 3) == plain_part(
        plain, 3, 3
    )
    assert made.count((3, 3)) == 1  # shared by both versions, made once
    assert cells == plain and sorted(cells) == sorted(plain)
    assert sorted(made) == sorted({key[:2] for key in plain})  # each part made once
    assert len(patched) == len(plain) - 1


def plain_part(plain: dict, m: int, g: int) -> dict:
    return {key: cell for key, cell in plain.items() if key[:2] == (m, g)}


def test_a_deferred_part_asked_for_in_two_threads_at_once_gives_both_the_same_cells():
    """Worker threads read the calculations while the window does. Two threads that ask for
    a part being made both make it (the same cells: nothing is locked for this rare case);
    once made, every later question gets those cells and what they were made from is let
    go."""
    import threading

    both_in, finish = threading.Barrier(2), threading.Event()
    calls = []

    def make():
        calls.append(threading.current_thread().name)
        both_in.wait(5)  # each thread is making the part
        finish.wait(5)
        return {(1, 1, H.ROOM, 2025): CellInput(3)}

    deferred = Deferred(make, 1)
    results: dict = {}
    threads = [
        threading.Thread(target=lambda n=name: results.update({n: deferred.made()}), name=name)
        for name in ("venster", "taak")
    ]
    for thread in threads:
        thread.start()
    finish.set()
    for thread in threads:
        thread.join(5)
    assert sorted(calls) == ["taak", "venster"]
    assert results["venster"] == results["taak"] == {(1, 1, H.ROOM, 2025): CellInput(3)}
    later = deferred.made()
    assert any(later is made for made in results.values()) and len(calls) == 2
    assert deferred._make is None and len(deferred) == 1


def test_make_all_makes_every_deferred_part_until_told_to_stop():
    plain = _cells(3, 2, 2)
    cells, made = _deferred(plain)
    asked = []
    cells.make_all(lambda: asked.append(1) or len(made) == 2)  # a cancelled task
    assert len(made) == 2 and len(asked) == 2
    cells.make_all()
    assert sorted(made) == sorted({key[:2] for key in plain})  # the rest, each once
    cells.make_all()
    assert len(made) == len({key[:2] for key in plain}) and cells == plain
