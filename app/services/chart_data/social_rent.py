"""Data of chart 5 (social rent share now and at the end of the period, against the goal
and the national average) and chart 6 (affordable share of planned construction against
2/3), from `Analysis.social_rent`. Both cover the whole plan period: planned construction
is entered for the period, not per year."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from statistics import median
from typing import TypeVar

from app.models import BaselineIndicator
from app.services import catalogue
from app.services.analysis import Analysis, VisionFigures
from app.services.calculations.missing import MissingCell, describe_missing, name_list
from app.services.calculations.social_rent import SocialRentResult
from app.services.chart_data.common import (
    DEFAULT_TOP_N,
    ChartText,
    Ranked,
    known_value,
    others_label,
    rank,
    source_line,
    unknown_label,
)
from app.services.formatting import norm_text, percent
from app.services.norm_words import must_build_note
from app.services.selection import Selection, check_selection, period_text

# Which of the test's missing inputs matter for which chart.
_NOT_FOR_SOCIAL = ("middensegment", "betaalbare")
_NOT_FOR_AFFORDABLE = ("woningvoorraad", "sociale huurwoningen")

Range = tuple[float, float]


@dataclass(frozen=True)
class SocialRentBar:
    """Shares (0-1) of a municipality; for several, the median with its range."""

    label: str
    municipality_id: int | None
    count: int
    current: float | None
    projected: float | None
    must_build_count: int  # how many in the bar are below the national average
    current_range: Range | None = None
    projected_range: Range | None = None
    highlighted: bool = False


@dataclass(frozen=True)
class SocialRentChart:
    """Chart 5: lowest current share first."""

    text: ChartText
    goal: float | None  # None: the norm set names no goal (no line)
    national_average: float | None
    bars: tuple[SocialRentBar, ...]
    min_new_build: float | None  # the least social share of new construction of who must
    out_of_reach: tuple[str, ...] = ()  # who cannot reach the goal with new building alone
    must_build_note: str = ""  # what '*' means under the vision's rule ('' marks nobody)


@dataclass(frozen=True)
class AffordableBar:
    """Affordable share (0-1) of planned construction; for several, the median and range."""

    label: str
    municipality_id: int | None
    count: int
    share: float | None
    below_norm_count: int
    share_range: Range | None = None
    highlighted: bool = False


@dataclass(frozen=True)
class AffordableChart:
    """Chart 6: lowest share first."""

    text: ChartText
    norm: float | None  # None: the norm set names no affordable share (no line)
    bars: tuple[AffordableBar, ...]


def social_rent_chart(
    analysis: Analysis, selection: Selection, *, top_n: int = DEFAULT_TOP_N
) -> SocialRentChart:
    """The municipalities with the lowest social rent share (the selected one always)."""
    figures = analysis.figures
    check_selection(selection, analysis.names, {g.id for g in figures.groups})
    goal = figures.norm(catalogue.SOCIAL_RENT_GOAL)
    average = figures.norm(catalogue.NATIONAL_SOCIAL_SHARE)
    bars = []
    for m in figures.municipalities:
        test = analysis.social_rent[m.id]
        bars.append(
            SocialRentBar(
                m.name,
                m.id,
                1,
                test.current_share,
                test.projected_share,
                int(bool(test.must_build_30_percent)),
                highlighted=selection.municipality_id == m.id,
            )
        )
    ranked = _rank(bars, lambda b: b.current, top_n)
    shown = list(ranked.shown)
    if ranked.rest:
        shown.append(_social_summary(others_label(len(ranked.rest)), ranked.rest))
    if ranked.unknown_rest:
        count = len(ranked.unknown_rest)
        shown.append(SocialRentBar(unknown_label(count), None, count, None, None, 0))
    end = figures.years[-1]
    text = ChartText(
        "Aandeel sociale huur per gemeente: nu en eind planperiode",
        f"{_region(figures)} · nu en eind {end} (met de geplande nieuwbouw)",
        source_line(figures, [BaselineIndicator.DWELLINGS]),
        _notes(analysis, lambda t: None in (t.current_share, t.projected_share), _NOT_FOR_SOCIAL),
    )
    minimum = figures.norm(catalogue.MIN_SOCIAL_NEW_BUILD)
    return SocialRentChart(
        text,
        goal,
        average,
        tuple(shown),
        minimum,
        _out_of_reach(analysis, goal),
        must_build_note(figures),
    )


def affordable_chart(
    analysis: Analysis, selection: Selection, *, top_n: int = DEFAULT_TOP_N
) -> AffordableChart:
    """The municipalities with the lowest affordable share (the selected one always)."""
    figures = analysis.figures
    check_selection(selection, analysis.names, {g.id for g in figures.groups})
    norm = figures.norm(catalogue.AFFORDABLE_NEW_BUILD)
    bars = []
    for m in figures.municipalities:
        test = analysis.social_rent[m.id]
        below = test.meets_affordable_norm is False
        bars.append(
            AffordableBar(
                m.name,
                m.id,
                1,
                test.affordable_new_build_share,
                int(below),
                highlighted=selection.municipality_id == m.id,
            )
        )
    ranked = _rank(bars, lambda b: b.share, top_n)
    shown = list(ranked.shown)
    if ranked.rest:
        shares = [known_value(b.share) for b in ranked.rest]
        shown.append(
            AffordableBar(
                others_label(len(ranked.rest)),
                None,
                len(ranked.rest),
                median(shares),
                sum(b.below_norm_count for b in ranked.rest),
                (min(shares), max(shares)),
            )
        )
    if ranked.unknown_rest:
        count = len(ranked.unknown_rest)
        shown.append(AffordableBar(unknown_label(count), None, count, None, 0))
    text = ChartText(
        "Betaalbaar aandeel van de geplande nieuwbouw",
        f"{_region(figures)} · geplande nieuwbouw {period_text(figures.years)}"
        " · betaalbaar = sociale huur en middensegment",
        source_line(figures),
        _notes(analysis, lambda t: t.affordable_new_build_share is None, _NOT_FOR_AFFORDABLE),
    )
    return AffordableChart(text, norm, tuple(shown))


Bar = TypeVar("Bar", SocialRentBar, AffordableBar)


def _rank(bars: list[Bar], value: Callable[[Bar], float | None], top_n: int) -> Ranked[Bar]:
    return rank(
        bars,
        known=lambda b: value(b) is not None,
        order=lambda b: known_value(value(b)),
        top_n=top_n,
        keep=lambda b: b.highlighted,
    )


def _social_summary(label: str, bars: list[SocialRentBar]) -> SocialRentBar:
    """Median and range of the shares of several municipalities (the projected ones only
    when every projection is known)."""
    current = [b.current for b in bars if b.current is not None]
    projected = [b.projected for b in bars if b.projected is not None]
    if len(projected) < len(bars):
        projected = []
    return SocialRentBar(
        label,
        None,
        len(bars),
        median(current),
        median(projected) if projected else None,
        sum(b.must_build_count for b in bars),
        (min(current), max(current)),
        (min(projected), max(projected)) if projected else None,
    )


def _out_of_reach(analysis: Analysis, goal: float | None) -> tuple[str, ...]:
    """A line naming the municipalities that cannot reach the goal with new construction
    alone, with the share they would need (over 100 %)."""
    if goal is None:
        return ()
    names = [
        f"{analysis.names[m_id]} (nodig {percent(test.needed_social_new_build_share)})"
        for m_id, test in analysis.social_rent.items()
        if test.goal_reachable is False
    ]
    if not names:
        return ()
    return (
        f"Streven {norm_text(goal)} niet haalbaar met nieuwbouw alleen: "
        + name_list(names, 5)
        + ".",
    )


def _region(figures: VisionFigures) -> str:
    region = figures.vision.region_name
    return f"Regio {region}" if region else "Hele regio"


def _notes(
    analysis: Analysis,
    is_unknown: Callable[[SocialRentResult], bool],
    not_relevant: tuple[str, ...],
) -> tuple[str, ...]:
    """The inputs missing for the municipalities whose share is unknown."""
    cells = [
        MissingCell(item, analysis.names[m_id])
        for m_id, test in analysis.social_rent.items()
        if is_unknown(test)
        for item in test.missing
        if not any(word in item for word in not_relevant)
    ]
    return describe_missing(cells, places=list(analysis.names.values()))
