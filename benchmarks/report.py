"""Collecting figures and printing them as one line each, with the goal and the verdict."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Figure:
    """One measured figure: value against its baseline, and the goal it must meet."""

    name: str
    scale: str
    value: float  # seconds, or MB for memory
    baseline: float | None
    goal: str
    met: bool
    unit: str = "s"

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.value / self.baseline

    def line(self) -> str:
        value = _fmt(self.value, self.unit)
        base = "-" if self.baseline is None else _fmt(self.baseline, self.unit)
        ratio = "-" if self.ratio is None else f"{self.ratio:5.2f}x"
        verdict = "ok" if self.met else "MISSED"
        return (
            f"{self.name:<34} {self.scale:<9} {value:>10} base {base:>10} ratio {ratio:>7}"
            f"  goal {self.goal:<22} {verdict}"
        )


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def median_time(
    action: Callable[[], object], runs: int, setup: Callable[[], object] | None = None
) -> float:
    """Median wall time of `action` over `runs` runs (`setup` runs untimed before each).

    Each run starts after a full garbage collection, so no run pays for the garbage an
    earlier one (or the other side of a comparison) left behind."""
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        gc.collect()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
