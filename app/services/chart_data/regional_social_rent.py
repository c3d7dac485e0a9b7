"""Data of chart 7: the regional tests (the region's social rent share now and at the end of
the period against the goal, the affordable share of its planned new construction against
2/3), each bar built up from the municipalities' parts, from `Analysis.region_social_rent`."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import BaselineIndicator
from app.services.analysis import Analysis
from app.services.calculations.missing import MissingCell, describe_missing
from app.services.calculations.regional_social_rent import Contribution, RegionalShare
from app.services.chart_data.common import ChartText, others_label, source_line
from app.services.formatting import norm_text
from app.services.selection import Selection, check_selection, period_text

# Municipalities shown one by one; more share one part "Overige" (the colours of the
# group palette run to ten).
MAX_PARTS = 9


@dataclass(frozen=True)
class RegionalPart:
    """A municipality (or the rest, `municipality_id` None) as a part of every bar."""

    label: str
    municipality_id: int | None
    count: int
    highlighted: bool = False


@dataclass(frozen=True)
class RegionalBar:
    """One regional share against its norm; `points` per part (None: the share is unknown)."""

    label: str
    share: float | None
    norm: float | None  # None: the norm set has no regional norm for this share
    norm_label: str
    meets_norm: bool | None
    points: tuple[float, ...] | None


@dataclass(frozen=True)
class RegionalTestChart:
    """Chart 7: the three regional tests, top to bottom."""

    text: ChartText
    parts: tuple[RegionalPart, ...]
    bars: tuple[RegionalBar, ...]


def regional_test_chart(analysis: Analysis, selection: Selection) -> RegionalTestChart:
    """The regional tests; the selected municipality's part is highlighted."""
    figures = analysis.figures
    check_selection(selection, analysis.names, {g.id for g in figures.groups})
    region = analysis.region_social_rent
    groups = _part_groups(region.contributions)
    parts = tuple(
        RegionalPart(
            analysis.names[ids[0]] if len(ids) == 1 else others_label(len(ids)),
            ids[0] if len(ids) == 1 else None,
            len(ids),
            selection.municipality_id in ids and len(ids) == 1,
        )
        for ids in groups
    )
    goal = _norm_label("streven", region.current)
    affordable = _norm_label("norm", region.affordable)
    points = _points(region.contributions, groups)
    bars = (
        _bar("Sociale huur nu", region.current, goal, points[0]),
        _bar(f"Sociale huur eind {figures.years[-1]}", region.projected, goal, points[1]),
        _bar("Betaalbaar deel van de geplande nieuwbouw", region.affordable, affordable, points[2]),
    )
    place = figures.vision.region_name
    text = ChartText(
        "Regionale toets: sociale huur en betaalbaar bouwen",
        f"{'Regio ' + place if place else 'Hele regio'} als geheel · planperiode "
        f"{period_text(figures.years)}",
        source_line(figures, [BaselineIndicator.DWELLINGS]),
        regional_notes(analysis),
    )
    return RegionalTestChart(text, parts, bars)


def _norm_label(kind: str, share: RegionalShare) -> str:
    """'streven 30 %', 'norm 2/3', or 'geen norm' where the norm set has none."""
    return norm_text(share.norm) if share.norm is None else f"{kind} {norm_text(share.norm)}"


def _part_groups(contributions: tuple[Contribution, ...]) -> list[list[int]]:
    """Municipality ids per part: the largest (by dwellings) one by one, the rest together."""
    ordered = sorted(contributions, key=lambda c: -(c.dwellings or 0))
    ids = [c.municipality_id for c in ordered]
    if len(ids) <= MAX_PARTS:
        return [[m] for m in ids]
    return [[m] for m in ids[: MAX_PARTS - 1]] + [ids[MAX_PARTS - 1 :]]


def _points(
    contributions: tuple[Contribution, ...], groups: list[list[int]]
) -> list[tuple[float, ...] | None]:
    """Per test, the points of each part (None when the regional share is unknown)."""
    by_id = {c.municipality_id: c for c in contributions}
    result: list[tuple[float, ...] | None] = []
    for attribute in ("current_points", "projected_points", "affordable_points"):
        values = [[getattr(by_id[m], attribute) for m in ids] for ids in groups]
        if any(v is None for group in values for v in group):
            result.append(None)
        else:
            result.append(tuple(sum(group) for group in values))
    return result


def _bar(
    label: str, share: RegionalShare, norm_label: str, points: tuple[float, ...] | None
) -> RegionalBar:
    known = share.share is not None and points is not None
    return RegionalBar(
        label, share.share, share.norm, norm_label, share.meets_norm, points if known else None
    )


def regional_notes(analysis: Analysis) -> tuple[str, ...]:
    """The figures missing for the shares that are unknown, by input and municipality."""
    cells = [
        MissingCell(item.what, item.place or "de regio")
        for item in analysis.region_social_rent.missing
    ]
    return describe_missing(cells, places=list(analysis.names.values()))
