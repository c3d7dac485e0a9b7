"""The monitor of a vision as known at a measurement: each agreement's status per year, and
planned capacity, delivered and need per municipality x group x year, cumulatively; and
what changed since the measurement before.

What a measurement knows: for every figure (a delivered cell, an agreement's realised
value in a year) the value of the latest measurement on or before it that holds the figure,
so a later measurement corrects or adds to the ones before. A realised value that no
measurement holds is the one typed on the agreements page (judged at the end of its year).
Delivered of a municipality x group x year is known when every kind of capacity of every
housing type the group uses has a figure, like planned capacity (`calculations.cells`);
otherwise it is unknown, never the sum of what is known. Statuses: `calculations.monitor`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from app.services.agreements_read import list_agreements
from app.services.analysis import Analysis, Key, analyse
from app.services.calculations.cells import KINDS
from app.services.calculations.monitor import (
    MonitorStatus,
    YearFigures,
    agreement_status,
    cumulative,
    elapsed_share,
)
from app.services.dto import AgreementInfo
from app.services.measurements_read import MeasurementInfo, list_measurements, realised_values
from app.storage import ProjectReader

# (municipality id, group id, housing type, kind, year) -> [(measured on, quantity)]
DeliveredHistory = dict[tuple[int, int, str, str, int], list[tuple[str, int]]]


@dataclass(frozen=True)
class AgreementYearStatus:
    """An agreement in a year as the monitor shows it; `status` is the override when the
    user set one (`overridden`, with `reason`), else `computed`. `measured_on` is the day
    of the measurement the realised value comes from (None: typed on the agreements page)."""

    agreement_id: int
    year: int
    target: float | None
    realised: float | None
    computed: MonitorStatus
    status: MonitorStatus
    overridden: bool = False
    reason: str = ""
    measured_on: dt.date | None = None


@dataclass(frozen=True)
class MonitorState:
    """What is known at one measurement (None: before any measurement)."""

    measurement: MeasurementInfo | None
    statuses: dict[tuple[int, int], AgreementYearStatus]
    delivered: dict[Key, int | None]


@dataclass(frozen=True)
class MonitorData:
    """The monitor at the chosen measurement and the one before it (None if there is none)."""

    analysis: Analysis
    agreements: list[AgreementInfo]
    measurements: list[MeasurementInfo]
    current: MonitorState
    previous: MonitorState | None
    rows: dict[tuple[int, int], list[YearFigures]]  # (municipality, group) -> per year


def monitor_data(
    project: ProjectReader, as_of: dt.date | None = None, analysis: Analysis | None = None
) -> MonitorData:
    """The monitor at the latest measurement on or before `as_of` (the latest of all when
    None); `analysis` is the vision's, when the caller has it already."""
    analysis = analyse(project) if analysis is None else analysis
    measured = list_measurements(project)
    known = [m for m in measured if as_of is None or m.measured_on <= as_of]
    history = _delivered_history(project)
    realised = realised_values(project)
    agreements = list_agreements(project)
    overrides = _overrides(project)

    def state(at: MeasurementInfo | None) -> MonitorState:
        return MonitorState(
            at,
            _statuses(agreements, measured, realised, overrides, at),
            _delivered(analysis, history, at),
        )

    current = state(known[-1] if known else None)
    previous = state(known[-2]) if len(known) >= 2 else None
    return MonitorData(
        analysis, agreements, measured, current, previous, _rows(analysis, current.delivered)
    )


def _delivered_history(project: ProjectReader) -> DeliveredHistory:
    history: DeliveredHistory = {}
    for day, m, g, t, kind, year, quantity in project.fetch(
        "SELECT s.measured_on, v.municipality_id, v.target_group_id, v.housing_type, v.kind, "
        "v.year, v.quantity FROM delivered_value v JOIN measurement s ON s.id = v.measurement_id"
    ):
        history.setdefault((m, g, t, kind, year), []).append((day, quantity))
    for values in history.values():
        values.sort()
    return history


def _delivered(
    analysis: Analysis, history: DeliveredHistory, at: MeasurementInfo | None
) -> dict[Key, int | None]:
    """Per municipality x group x year the delivered over every housing type and kind of
    capacity the group uses, as `at` knows it; None when one of them has no figure. One
    pass over the figures the file holds (not a look for every housing type and kind of
    every cell: a national vision has 1.6 million)."""
    keys = analysis.keys()
    if at is None:  # before the first measurement nothing is known to be delivered
        return dict.fromkeys(keys)
    types = {g.id: {t.value for t in g.housing_types} for g in analysis.figures.groups}
    kinds = {kind.value for kind in KINDS}
    day = at.measured_on.isoformat()
    totals: dict[Key, int] = {}
    counts: dict[Key, int] = {}
    for (m, g, t, kind, y), values in history.items():
        if t not in types.get(g, ()) or kind not in kinds:
            continue
        known = [quantity for measured_on, quantity in values if measured_on <= day]
        if known:
            totals[(m, g, y)] = totals.get((m, g, y), 0) + known[-1]
            counts[(m, g, y)] = counts.get((m, g, y), 0) + 1
    expected = {g: len(used) * len(kinds) for g, used in types.items()}
    return {
        key: totals[key] if expected[key[1]] and counts.get(key) == expected[key[1]] else None
        for key in keys
    }


def _rows(
    analysis: Analysis, delivered: Mapping[Key, int | None]
) -> dict[tuple[int, int], list[YearFigures]]:
    years = analysis.figures.years
    result = {}
    for (m, g), by_year in analysis.gap_index.items():
        planned = {y: gap.capacity for y, gap in by_year.items()}
        need = {y: gap.need for y, gap in by_year.items()}
        done = {y: delivered.get((m, g, y)) for y in years}
        result[(m, g)] = cumulative(years, planned, done, need)
    return result


# (target, realised typed on the agreements page, status set by hand, its reason)
StoredYear = tuple[float | None, float | None, str | None, str]


def _overrides(project: ProjectReader) -> dict[tuple[int, int], StoredYear]:
    """(agreement, year) -> (target, typed realised, status, reason) as stored."""
    rows = project.fetch(
        "SELECT agreement_id, year, target, realised, status, status_reason FROM agreement_year"
    )
    return {(a, y): (target, typed, status, reason) for a, y, target, typed, status, reason in rows}


def _statuses(
    agreements: list[AgreementInfo],
    measured: list[MeasurementInfo],
    realised: Mapping[tuple[int, int, int], float],
    stored: Mapping[tuple[int, int], StoredYear],
    at: MeasurementInfo | None,
) -> dict[tuple[int, int], AgreementYearStatus]:
    usable = [m for m in measured if at is not None and m.measured_on <= at.measured_on]
    result = {}
    for (agreement_id, year), (target, typed, status, reason) in stored.items():
        found = [
            (m, realised[key]) for m in usable if (key := (m.id, agreement_id, year)) in realised
        ]
        day, value = (found[-1][0].measured_on, found[-1][1]) if found else (None, typed)
        share = elapsed_share(year, day) if day is not None else 1.0
        computed = agreement_status(target, value, share)
        shown = MonitorStatus(status) if status else computed
        result[(agreement_id, year)] = AgreementYearStatus(
            agreement_id, year, target, value, computed, shown, bool(status), reason, day
        )
    for m in reversed(usable):  # realised values of years without a stored row: the latest
        for (mid, agreement_id, year), value in realised.items():
            if mid == m.id and (agreement_id, year) not in result:
                result[(agreement_id, year)] = _without_target(agreement_id, year, value, m)
    return result


def _without_target(
    agreement_id: int, year: int, value: float, m: MeasurementInfo
) -> AgreementYearStatus:
    unknown = MonitorStatus.UNKNOWN
    return AgreementYearStatus(
        agreement_id, year, None, value, unknown, unknown, measured_on=m.measured_on
    )
