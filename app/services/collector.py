"""Pause Python's cyclic garbage collector while a bulk of objects is built.

Loading a national vision makes over a million tuples (its cells) and an export hundreds
of thousands of objects (openpyxl cells, chart artists). While they are made, every
collection of the oldest generation walks the whole heap again, the objects made so far
included: loading the national cells took three times as long with the collector on. What
the work leaves behind is collected on the collector's next run after it.

A pause whose objects are kept (the cells of the figures) hands them to the oldest
generation when it ends. Otherwise the first young collection after it walks every one of
them (0.19 s for a national vision) and the next middle one walks them again: 0.1 to
0.2 s of a national opening spent finding that live cells are alive.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_pauses = 0  # pauses under way (several may run in threads)
_was_enabled = True
_kept = False  # whether one of the pauses under way builds objects that are kept


@contextlib.contextmanager
def collector_paused(*, kept: bool = False) -> Iterator[None]:
    """The collector off during the block (also as a decorator), on again after the last
    of overlapping pauses ends, if it was on before the first.

    `kept`: what the block builds lives on (figures, not an export's garbage). When the
    last pause ends, every object then in a young generation moves to the oldest, which
    is walked only by full collections. Garbage in reference cycles made meanwhile waits
    for the next full collection too, so an export, which leaves its workbook behind, does
    not ask for it."""
    global _pauses, _was_enabled, _kept
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
        _kept = _kept or kept
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0:
                if _kept and _was_enabled:
                    # freeze moves the young and middle generations to the permanent one
                    # (and zeroes the count of new objects), unfreeze to the oldest
                    gc.freeze()
                    gc.unfreeze()
                _kept = False
                if _was_enabled:
                    gc.enable()
