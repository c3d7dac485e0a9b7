"""Collecting figures and printing them as one line each, with the goal and the verdict."""

from __future__ import annotations

import contextlib
import gc
import statistics
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
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
    paired_ratio: float | None = None  # median of per-pair ratios, when measured in pairs

    @property
    def ratio(self) -> float | None:
        if self.paired_ratio is not None:
            return self.paired_ratio
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


@dataclass(frozen=True)
class Paired:
    """Ours against a baseline measured in alternating pairs."""

    ours: float  # median seconds
    baseline: float  # median seconds
    ratio: float  # median of the per-pair ratios ours / baseline

    def figure(self, name: str, scale: str, goal_ratio: float, baseline_name: str) -> Figure:
        """The figure with its goal as a ratio against `baseline_name`."""
        return Figure(
            name,
            scale,
            self.ours,
            self.baseline,
            f"<= {goal_ratio:g}x {baseline_name}",
            self.ratio <= goal_ratio,
            paired_ratio=self.ratio,
        )


def paired_ratio(ours: list[float], baseline: list[float]) -> Paired:
    """Medians of both sides and of the ratios of pairs measured one after the other."""
    ratios = [a / b for a, b in zip(ours, baseline, strict=True)]
    return Paired(statistics.median(ours), statistics.median(baseline), statistics.median(ratios))


def interleaved(
    ours: Callable[[], object],
    baseline: Callable[[], object],
    pairs: int,
    context: Callable[[], AbstractContextManager[object]] = contextlib.nullcontext,
) -> Paired:
    """Run ours and the baseline alternately, `pairs` times each (at least 5), each run
    after a full garbage collection and inside `context()` (the same for both sides)."""
    times: dict[str, list[float]] = {"ours": [], "baseline": []}
    for index in range(max(5, pairs)):
        # Who goes first alternates too, so neither side always runs on a warmer cache.
        order = [("ours", ours), ("baseline", baseline)]
        for side, action in order if index % 2 == 0 else order[::-1]:
            gc.collect()
            with context():
                start = time.perf_counter()
                action()
                times[side].append(time.perf_counter() - start)
    return paired_ratio(times["ours"], times["baseline"])


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
