"""Pause Python's cyclic garbage collector while a bulk of objects is built.

Loading a national vision makes over a million tuples (its cells) and an export hundreds
of thousands of objects (openpyxl cells, chart artists). While they are made, every
collection of the oldest generation walks the whole heap again, the objects made so far
included: loading the national cells took three times as long with the collector on. What
the work leaves behind is collected on the collector's next run after it.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_pauses = 0  # pauses under way (several may run in threads)
_was_enabled = True


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off during the block (also as a decorator), on again after the last
    of overlapping pauses ends, if it was on before the first."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
