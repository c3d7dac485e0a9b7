"""Evenwichtige verdeling over the years: a municipality's fair share, what it contributes, the
correction for what it already carries, and the carry-over of its shortfall.

Per year y of the plan period, for the groups in the vision's scope:

    F_y  fair share: the region's need in y x the municipality's share under the key
    C_y  contribution: the municipality's capacity in y

and, per municipality, two figures entered with their source:

    K    correction: places it already provides (e.g. beschermd wonen, maatschappelijke
         opvang), counted as contribution, once for the whole period
    B_0  opening backlog: its shortfall from before the plan period (carry-over only)

The correction is a stock that is drawn on as shortfalls arise: R_0 = K, and each year

    carried_y = B_(y-1) with carry-over, else 0      (B_0 = the opening backlog)
    open_y    = max(0, F_y + carried_y - C_y)       what year y leaves open
    used_y    = min(R_(y-1), open_y)                 covered by the correction
    R_y       = R_(y-1) - used_y
    B_y       = open_y - used_y                      the backlog; with carry-over it is
                                                     added to the next year's fair share

A surplus is not carried (as with the taakstelling statushouders: an achterstand moves on to
the next period, a year of doing more than the share does not build up credit), so the
correction is the only credit. Over a run of years a..b (the whole period by default):

    fair share  = sum F_y          contribution = sum C_y
    carried in  = carried_a        correction   = R_(a-1)   (K when a is the first year)
    difference  = contribution + correction - fair share - carried in
    backlog     = B_b with carry-over, else 0 (nothing is carried)

Unknown stays unknown: a figure that depends on an unknown F, C, K or B_0 is None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.services.calculations.sums import sum_or_unknown


@dataclass(frozen=True, slots=True)
class YearFigures:
    """Fair share and contribution of one municipality in one year; None = unknown."""

    year: int
    fair_share: float | None
    contribution: int | None


@dataclass(frozen=True, slots=True)
class YearStep:
    """One year of the calculation above; None = unknown."""

    year: int
    fair_share: float | None
    carried_in: float | None  # the backlog added to this year's fair share (0 without carry-over)
    contribution: int | None
    correction_used: float | None
    backlog: float | None  # open at the end of the year (carried into the next with carry-over)


@dataclass(frozen=True, slots=True)
class Balance:
    """A municipality's figures over a run of years; None = unknown."""

    fair_share: float | None
    carried_in: float | None
    contribution: int | None
    correction: float | None
    backlog: float | None
    steps: tuple[YearStep, ...] = ()

    @property
    def difference(self) -> float | None:
        """Contribution + correction - fair share - carried-in backlog: negative means it
        carries less than its share."""
        parts = (self.contribution, self.correction, self.fair_share, self.carried_in)
        if any(part is None for part in parts):
            return None
        return (
            _known(self.contribution)
            + _known(self.correction)
            - _known(self.fair_share)
            - _known(self.carried_in)
        )

    @property
    def rounded_difference(self) -> int | None:
        """The difference of the figures as documents show them (each rounded to whole
        places), so that a row adds up."""
        parts = (self.contribution, self.correction, self.fair_share, self.carried_in)
        if any(part is None for part in parts):
            return None
        c, k, f, b = (round(_known(part)) for part in parts)
        return c + k - f - b


def _known(value: float | None) -> float:
    assert value is not None  # callers check first
    return value


def balance(
    figures: Sequence[YearFigures],
    *,
    correction: int | None,
    opening_backlog: int | None,
    carry_over: bool,
    first: int | None = None,
    last: int | None = None,
) -> Balance:
    """The balance over the years `first`..`last` (default: all of `figures`, which run
    in order from the first year of the plan period). `correction` is 0 when no correction
    is used and None when one is used but unknown; likewise `opening_backlog`."""
    carried: float | None = 0.0
    if carry_over:
        carried = None if opening_backlog is None else float(opening_backlog)
    left: float | None = None if correction is None else float(correction)
    before = (carried, left)  # the state at the start of `first`
    steps: list[YearStep] = []
    for year_figures in figures:
        if last is not None and year_figures.year > last:
            break
        step, left = _step(year_figures, carried, left)
        carried = step.backlog if carry_over else 0.0
        if first is not None and year_figures.year < first:
            before = (carried, left)
        else:
            steps.append(step)
    backlog = (steps[-1].backlog if steps else before[0]) if carry_over else 0.0
    return Balance(
        fair_share=sum_or_unknown(s.fair_share for s in steps),
        carried_in=before[0],
        contribution=sum_or_unknown(s.contribution for s in steps),
        correction=before[1],
        backlog=backlog,
        steps=tuple(steps),
    )


def _step(
    figures: YearFigures, carried: float | None, left: float | None
) -> tuple[YearStep, float | None]:
    """One year: what stays open, how much of the correction covers it, and what is left
    of the correction after it."""
    due = None if figures.fair_share is None or carried is None else figures.fair_share + carried
    given = figures.contribution
    open_ = None if due is None or given is None else max(0.0, due - given)
    used: float | None = 0.0  # nothing left to draw on: nothing used, known or not
    if left != 0:
        used = None if left is None or open_ is None else min(left, open_)
    backlog = None if open_ is None or used is None else open_ - used
    remaining = None if left is None or used is None else left - used
    return YearStep(figures.year, figures.fair_share, carried, given, used, backlog), remaining
