"""Working in threads beside the window (`worker`): the database layer imported by one
thread at a time, and a short switch interval.

The database layer. PySide's import hook reads the source of every module imported after
it, and asking a pydantic module for `__wrapped__` on the way runs that module's
`__getattr__`, which imports. When two threads imported SQLModel (pydantic) at once,
Python broke the resulting cycle by handing one of them a half-made module ("cannot import
name ... from partially initialized module pydantic.errors"): two runs in five of two
plain threads, and seen when a worker loaded the steps' pages while another worked out the
figures. `import_database_layer` imports SQLModel completely under a lock; what imports
the layer early in a session calls it first (the steps' pages as they load, the step
statuses), and once it is done every later import finds the modules whole. (A lock around
every import is no remedy: PySide puts its own `__import__` back, and half-serialized
imports deadlock.) The hook is not safe against imports in other threads either, even of
other modules: one run in six to eight still failed while the window's thread imported
meanwhile, so a failed attempt is repeated (Python has taken the half-made modules out).

The switch interval. A thread doing Python work keeps the interpreter for up to
`sys.getswitchinterval()` (5 ms by default) each time the window's thread asks for it, and
painting a table asks hundreds of times (every call from Qt into Python): with the figures
being checked in the background, a grid's first paint took seconds instead of a tenth of
one. At 1 ms, scrolling a national grid to its end in four steps while its figures were
checked took 0.72 s; at 0.2 ms it takes 0.25 s. The worker pays only while the window
is busy: checking a national vision beside a thread calling into Python without pause took
1.56 s instead of 1.45 s, and the same 1.3-1.4 s as before when the window is idle.
"""

from __future__ import annotations

import importlib
import logging
import math
import sys
import threading

SWITCH_INTERVAL = 0.0002  # seconds
ATTEMPTS = 3  # of importing the database layer (see above)
_log = logging.getLogger(__name__)
_lock = threading.Lock()
_database_layer = False  # SQLModel completely imported


def prepare() -> None:
    """Shorten the switch interval (before the first worker thread starts)."""
    if not math.isclose(sys.getswitchinterval(), SWITCH_INTERVAL):  # kept in microseconds
        sys.setswitchinterval(SWITCH_INTERVAL)


def import_database_layer() -> None:
    """Import SQLModel, pydantic and SQLAlchemy completely, one thread at a time; at once
    when that has been done."""
    global _database_layer
    if _database_layer:
        return
    with _lock:
        for attempt in range(1, ATTEMPTS + 1):
            if _database_layer:
                return
            try:
                importlib.import_module("sqlmodel")
            except ImportError as error:
                if "partially initialized" not in str(error) or attempt == ATTEMPTS:
                    raise
                _log.info("SQLModel opnieuw geladen (poging %d): %s", attempt + 1, error)
            else:
                _database_layer = True
