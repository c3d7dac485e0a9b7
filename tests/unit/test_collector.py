"""The collector paused while a national vision's cells are read (issue 19): what a pause
that keeps its objects built is handed to the oldest generation, so the young collections
after it do not walk every cell again; a pause whose objects are garbage (an export) is
left to the young collections."""

from __future__ import annotations

import gc

from app.services.collector import collector_paused


class Kept:
    """An object the collector tracks (a plain class instance)."""


def _young(objects: list) -> int:
    """How many of `objects` are in the young or middle generation."""
    ids = {id(o) for o in objects}
    return sum(1 for o in gc.get_objects(0) + gc.get_objects(1) if id(o) in ids)


def test_what_a_keeping_pause_built_goes_to_the_oldest_generation():
    was = gc.isenabled()
    gc.enable()
    try:
        gc.collect()
        with collector_paused(kept=True):
            kept = [Kept() for _ in range(5000)]
            assert not gc.isenabled()
        assert gc.isenabled()
        assert gc.get_count()[0] < 100  # no young collection is owed for them
        assert _young(kept) == 0
        assert sum(1 for o in gc.get_objects(2) if type(o) is Kept) >= len(kept)
    finally:
        if not was:
            gc.disable()


def test_a_pause_without_keeping_leaves_its_objects_young_and_nested_pauses_keep_once():
    was = gc.isenabled()
    gc.enable()
    try:
        gc.collect()
        with collector_paused():
            garbage = [Kept() for _ in range(2000)]
        assert _young(garbage) == len(garbage)
        with collector_paused():  # an export running while the figures are read
            with collector_paused(kept=True):
                kept = [Kept() for _ in range(2000)]
            assert not gc.isenabled() and _young(kept) == len(kept)  # not before the last ends
        assert gc.isenabled() and _young(kept) == 0
        with collector_paused():  # the next pause does not keep because an earlier one did
            later = [Kept() for _ in range(2000)]
        assert _young(later) == len(later)
    finally:
        if not was:
            gc.disable()


def test_a_keeping_pause_inside_a_disabled_collector_changes_nothing():
    """The window's tasks keep the collector off themselves (and collect when the last
    ends): a pause within them leaves the generations alone and the collector off."""
    was = gc.isenabled()
    gc.disable()
    try:
        with collector_paused(kept=True):
            kept = [Kept() for _ in range(2000)]
        assert not gc.isenabled() and _young(kept) == len(kept)
    finally:
        if was:
            gc.enable()
