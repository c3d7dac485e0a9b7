"""Charts drawn in worker processes, so the exports write their text meanwhile and the
chart memory (matplotlib, the figures) stays out of the window's process.

`submit` hands a chart's data to a pool of worker processes, started when first needed and
kept for later exports; it returns a `PendingPng` at once. `PendingPng.result` waits for
the image, checking for cancellation meanwhile. When no pool can be started or a worker
dies, the chart is drawn here instead (and later charts too): slower, never wrong.

The workers are started with "spawn", never "fork" (forking a process with Qt's threads
can deadlock), and do not import Qt. `THUISPLAN_CHART_WORKERS=0` draws every chart in
this process (the test suite's default: see tests/conftest.py). The pool is shut down at
interpreter exit (`atexit`) or by `shutdown`.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from app.reports.charts.style import NORMAL, ChartStyle

if TYPE_CHECKING:  # matplotlib is imported where a chart is drawn
    from app.reports.charts.render import ChartData

log = logging.getLogger(__name__)

WORKERS_ENV = "THUISPLAN_CHART_WORKERS"
# Two workers: on a two-core laptop they and the export's own process share the cores
# (measured faster than one worker, see issue 19's note); more would only add memory.
MAX_WORKERS = 2
POLL_SECONDS = 0.05  # how often a wait for an image checks for cancellation
# What a pool that cannot start or lost a worker raises; the chart is then drawn here.
POOL_FAILURES = (BrokenProcessPool, OSError, PermissionError)

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_broken = False  # a pool failed in this process: draw here from now on


def worker_count() -> int:
    """How many worker processes draw charts (0: draw in this process)."""
    configured = os.environ.get(WORKERS_ENV, "").strip()
    if configured.isdigit():
        return min(int(configured), MAX_WORKERS)
    return min(MAX_WORKERS, os.cpu_count() or 1)


class PendingPng:
    """A chart's PNG being drawn by a worker, or to be drawn here when it is asked for."""

    def __init__(self, draw: Callable[[], bytes], future: Future[bytes] | None = None):
        self._draw = draw
        self._future = future
        self._png: bytes | None = None

    def result(self, check: Callable[[], None] = lambda: None) -> bytes:
        """The PNG; waits for the worker, calling `check` (which raises when the export
        is cancelled) while it waits. Drawn here when the pool failed."""
        if self._png is None:
            self._png = self._wait(check) if self._future is not None else self._draw()
        return self._png

    def cancel(self) -> None:
        """Give up on the image: a worker that has not started on it never will."""
        if self._future is not None:
            self._future.cancel()

    def _wait(self, check: Callable[[], None]) -> bytes:
        assert self._future is not None
        while True:
            check()
            try:
                return self._future.result(timeout=POLL_SECONDS)
            except FutureTimeout:
                continue
            except CancelledError:  # the pool was shut down (the program is closing)
                return self._draw()
            except POOL_FAILURES as exc:
                _discard_pool(exc)
                return self._draw()


def submit(
    data: ChartData,
    style: ChartStyle = NORMAL,
    *,
    size: tuple[float, float] | None = None,
    dpi: int = 150,
) -> PendingPng:
    """Start drawing `data` as a PNG (`render.render_png`'s arguments); returns at once."""

    def here() -> bytes:
        return draw_png(data, style, size, dpi)

    pool = _running_pool()
    if pool is None:
        return PendingPng(here)
    try:
        return PendingPng(here, pool.submit(draw_png, data, style, size, dpi, True))
    except (*POOL_FAILURES, RuntimeError) as exc:  # RuntimeError: shut down meanwhile
        _discard_pool(exc)
        return PendingPng(here)


def start() -> None:
    """Start the workers now, when none run yet: an export calls this before it reads its
    data, so that their start-up (a new Python with matplotlib, about a second) overlaps
    the reading instead of delaying the first chart."""
    pool = _running_pool()
    if pool is None:
        return
    try:
        for _ in range(worker_count()):  # each task that finds no idle worker starts one
            pool.submit(_ready)
    except (*POOL_FAILURES, RuntimeError) as exc:
        _discard_pool(exc)


def _ready() -> None:
    """A task that only makes sure its worker has started."""


def draw_png(
    data: ChartData,
    style: ChartStyle,
    size: tuple[float, float] | None,
    dpi: int,
    in_worker: bool = False,
) -> bytes:
    """What a worker runs (`in_worker`: on a figure it keeps for its next chart), and this
    process when there is no pool (the figure is released after)."""
    from app.reports.charts.render import render_png

    return render_png(data, style, size=size, dpi=dpi, keep=in_worker)


def shutdown() -> None:
    """Stop the workers (waiting for them to exit); a later chart starts a new pool."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def _running_pool() -> ProcessPoolExecutor | None:
    global _pool
    with _lock:
        if _pool is None and not _broken and worker_count() > 0:
            try:
                _pool = _start_pool(worker_count())
            except POOL_FAILURES as exc:
                _mark_broken(exc)
        return _pool


def _start_pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing

    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_worker_start,
    )


def _worker_start() -> None:
    """In a new worker: matplotlib's Agg backend only (never Qt), its modules loaded now."""
    os.environ["MPLBACKEND"] = "Agg"
    import app.reports.charts.render  # noqa: F401  (about a second, before the first chart)


def _discard_pool(exc: BaseException) -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
        _mark_broken(exc)
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def _mark_broken(exc: BaseException) -> None:
    global _broken
    if _broken:  # said once
        return
    _broken = True
    log.warning("Grafieken worden in dit proces getekend: de hulpprocessen werken niet (%r)", exc)


atexit.register(shutdown)
