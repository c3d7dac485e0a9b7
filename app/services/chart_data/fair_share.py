"""Data of chart 4: each municipality's fair share of the regional need against what it
actually offers, under a chosen distribution key, from `Analysis.fair_shares_for`."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import DistributionKey
from app.services.analysis import Analysis
from app.services.calculations.fair_share import rounded_difference
from app.services.calculations.sums import sum_or_unknown
from app.services.chart_data.common import (
    DEFAULT_TOP_N,
    ChartText,
    GroupRef,
    gap_notes,
    group_refs,
    known_value,
    others_label,
    rank,
    source_line,
    unknown_label,
)
from app.services.dto import TargetGroupInfo
from app.services.selection import Selection, check_selection, scope_text, selected_years

MAX_NOTE = 300  # characters per line about the key; the calculation lists every name


@dataclass(frozen=True)
class FairShareBar:
    """Fair share and contribution of a municipality (or several); None = unknown."""

    label: str
    municipality_id: int | None
    count: int
    key_share: float | None
    fair_share: float | None
    contribution: int | None
    highlighted: bool = False

    @property
    def difference(self) -> float | None:
        """Contribution minus fair share: negative means it carries less than its share."""
        if self.fair_share is None or self.contribution is None:
            return None
        return self.contribution - self.fair_share

    @property
    def rounded_difference(self) -> int | None:
        """Contribution minus the rounded fair share, as the label beside the bars shows."""
        return rounded_difference(self.contribution, self.fair_share)


@dataclass(frozen=True)
class FairShareChart:
    """Chart 4, for one group (`group`) or all groups together (`group` None)."""

    text: ChartText
    key: DistributionKey
    group: GroupRef | None
    bars: tuple[FairShareBar, ...]


def fair_share_chart(
    analysis: Analysis,
    selection: Selection,
    key: DistributionKey | None = None,
    *,
    top_n: int = DEFAULT_TOP_N,
) -> FairShareChart:
    """Municipalities with the largest differences first (most behind at the top); the
    selected municipality highlighted. `key` None uses the vision's own key."""
    figures = analysis.figures
    check_selection(selection, analysis.names, {g.id for g in figures.groups})
    key = figures.vision.distribution_key if key is None else DistributionKey(key)
    years = selected_years(selection, figures.years)
    totals = analysis.fair_share_by_municipality(key, years=years, group_id=selection.group_id)
    bars = [
        FairShareBar(
            m.name,
            m.id,
            1,
            totals[m.id].key_share,
            totals[m.id].fair_share,
            totals[m.id].contribution,
            highlighted=selection.municipality_id == m.id,
        )
        for m in figures.municipalities
    ]
    ranked = rank(
        bars,
        known=lambda b: b.difference is not None,
        order=lambda b: known_value(b.difference),
        select=lambda b: -abs(known_value(b.difference)),
        top_n=top_n,
        keep=lambda b: b.highlighted,
    )
    shown = list(ranked.shown)
    if ranked.rest:
        shown.append(_sum(others_label(len(ranked.rest)), ranked.rest))
    if ranked.unknown_rest:
        shown.append(_sum(unknown_label(len(ranked.unknown_rest)), ranked.unknown_rest))
    groups = [g for g in figures.groups if selection.group_id in (None, g.id)]
    return FairShareChart(
        _text(analysis, selection, key, years, groups),
        key,
        group_refs(groups)[0] if selection.group_id is not None else None,
        tuple(shown),
    )


def _sum(label: str, bars: list[FairShareBar]) -> FairShareBar:
    return FairShareBar(
        label,
        None,
        len(bars),
        sum_or_unknown(b.key_share for b in bars),
        sum_or_unknown(b.fair_share for b in bars),
        sum_or_unknown(b.contribution for b in bars),
    )


def _text(
    analysis: Analysis,
    selection: Selection,
    key: DistributionKey,
    years: list[int],
    groups: list[TargetGroupInfo],
) -> ChartText:
    figures = analysis.figures
    scope = scope_text(figures, Selection(None, selection.group_id), years)
    indicators = (
        [ind for ind, w in figures.vision.key_weights.items() if w > 0]
        if key is DistributionKey.WEIGHTED_MIX
        else [known_value(key.indicator)]  # a single-figure key names its figure
    )
    key_notes = tuple(
        note if len(note) <= MAX_NOTE else note[: MAX_NOTE - 1] + "…"
        for note in analysis.shares_for(key).missing
    )
    group_ids = {g.id for g in groups}
    return ChartText(
        "Evenredig aandeel en werkelijk aanbod per gemeente",
        f"{scope} · verdeelsleutel: {key.label.lower()}",
        source_line(figures, indicators),
        key_notes + gap_notes(analysis, set(analysis.names), group_ids, years),
    )
