"""The monitor's rules: an agreement's status in a year, and delivered against planned and
needed, cumulatively. Plain Python: no database, no Qt.

Status of an agreement in year Y, judged on a reference day D (the date of the measurement
the realised value comes from; see `app.services.monitor`):

- no target or no realised value: **onbekend**;
- realised >= target: **gerealiseerd**;
- otherwise, with the elapsed share s of year Y on D
  (s = 0 on or before 1 January Y, s = 1 on or after 1 January Y+1, in between the days
  since 1 January Y divided by the days of year Y): when the year is over (s = 1) the
  target is missed: **achter**; while it runs (s < 1), realised >= target x s - T is
  **op schema**, where the tolerance T = 10 % of |target| (TOLERANCE); else **achter**.

So a target of 100 in 2026 judged on 1-7-2026 (s = 181/365 = 0.4959) is op schema from a
realised 39.59 (49.59 - 10) and achter below; judged on 1-1-2027 only 100 or more counts.
The rule assumes more is better (homes delivered, places realised), as the agreements of
a woonzorgvisie are. A status set by hand (with its reason) overrides the computed one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

TOLERANCE = 0.10  # share of the target that a running year may lag behind its pace


class MonitorStatus(StrEnum):
    """The computed (or overridden) status of an agreement in a year."""

    REALISED = "realised"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """The Dutch word."""
        return {
            "realised": "gerealiseerd",
            "on_track": "op schema",
            "behind": "achter",
            "unknown": "onbekend",
        }[self.value]


def elapsed_share(year: int, day: dt.date) -> float:
    """The share of `year` that has passed on `day` (0 before it begins, 1 once it ended)."""
    start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    if day <= start:
        return 0.0
    if day >= end:
        return 1.0
    return (day - start).days / (end - start).days


def agreement_status(target: float | None, realised: float | None, share: float) -> MonitorStatus:
    """The status by the module's rule, from target, realised value and elapsed share."""
    if target is None or realised is None:
        return MonitorStatus.UNKNOWN
    if realised >= target:
        return MonitorStatus.REALISED
    if share >= 1.0:
        return MonitorStatus.BEHIND
    if realised >= target * share - TOLERANCE * abs(target):
        return MonitorStatus.ON_TRACK
    return MonitorStatus.BEHIND


@dataclass(frozen=True)
class YearFigures:
    """Planned capacity, delivered and need of one municipality x group in one year, and
    the same summed from the first year of the plan period (None: unknown)."""

    year: int
    planned: int | None
    delivered: int | None
    need: int | None
    planned_cumulative: int | None
    delivered_cumulative: int | None
    need_cumulative: int | None


def cumulative(
    years: Sequence[int],
    planned: Mapping[int, int | None],
    delivered: Mapping[int, int | None],
    need: Mapping[int, int | None],
) -> list[YearFigures]:
    """Each year's figures with their running totals; a running total is unknown from the
    first unknown year on (never the sum of what is known)."""
    totals: list[int | None] = [0, 0, 0]
    result = []
    for year in years:
        values = (planned.get(year), delivered.get(year), need.get(year))
        totals = [
            None if t is None or v is None else t + v for t, v in zip(totals, values, strict=True)
        ]
        result.append(YearFigures(year, *values, *totals))
    return result
