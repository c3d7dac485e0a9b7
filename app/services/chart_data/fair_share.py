"""Data of chart 4: each municipality's fair share of the regional need against what it
actually offers, under a chosen distribution key. For all groups it is the evenwichtige
verdeling over the vision's scope, with correction and carry-over (`Analysis.distribution`);
for one group that group's own fair shares (`Analysis.fair_share_by_municipality`)."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import DistributionKey
from app.services.analysis import Analysis
from app.services.calculations.distribution import Balance
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
from app.services.distribution import Adjustment
from app.services.dto import TargetGroupInfo
from app.services.selection import Selection, check_selection, scope_text, selected_years

MAX_NOTE = 300  # characters per line about the key; the calculation lists every name


@dataclass(frozen=True)
class FairShareBar:
    """Fair share and contribution of a municipality (or several); None = unknown. With
    the verdeling's correction and carry-over: the places already carried (counted as
    contribution), the backlog carried in (added to the fair share) and carried on."""

    label: str
    municipality_id: int | None
    count: int
    key_share: float | None
    fair_share: float | None
    contribution: int | None
    highlighted: bool = False
    correction: float | None = 0.0
    carried_in: float | None = 0.0
    backlog: float | None = 0.0

    @property
    def _balance(self) -> Balance:
        return Balance(
            self.fair_share, self.carried_in, self.contribution, self.correction, self.backlog
        )

    @property
    def difference(self) -> float | None:
        """Contribution + correction - fair share - carried-in backlog: negative means it
        carries less than its share."""
        return self._balance.difference

    @property
    def rounded_difference(self) -> int | None:
        """The difference of the rounded figures, as the label beside the bars shows."""
        return self._balance.rounded_difference

    @property
    def asked(self) -> float | None:
        """What is asked of it: the fair share and the backlog carried in."""
        return sum_or_unknown((self.fair_share, self.carried_in))

    @property
    def given(self) -> float | None:
        """What it gives: its contribution and the correction."""
        return sum_or_unknown((self.contribution, self.correction))


@dataclass(frozen=True)
class FairShareChart:
    """Chart 4, for one group (`group`) or all groups together (`group` None)."""

    text: ChartText
    key: DistributionKey
    group: GroupRef | None
    bars: tuple[FairShareBar, ...]
    carry_over: bool = False  # the bars' backlogs are carried on (shown beside them)


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
    if selection.group_id is None:
        bars = _distribution_bars(analysis, selection, key, years)
        groups = analysis.scope_groups
    else:
        bars = _group_bars(analysis, selection, key, years)
        groups = [g for g in figures.groups if g.id == selection.group_id]
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
    return FairShareChart(
        _text(analysis, selection, key, years, groups),
        key,
        group_refs(groups)[0] if selection.group_id is not None else None,
        tuple(shown),
        carry_over=selection.group_id is None and figures.distribution.carry_over,
    )


def _distribution_bars(
    analysis: Analysis, selection: Selection, key: DistributionKey, years: list[int]
) -> list[FairShareBar]:
    """The evenwichtige verdeling over the scope, with correction and carry-over."""
    shares = analysis.distribution(key, years)
    return [
        FairShareBar(
            m.name,
            m.id,
            1,
            shares[m.id].key_share,
            shares[m.id].fair_share,
            shares[m.id].contribution,
            highlighted=selection.municipality_id == m.id,
            correction=shares[m.id].correction,
            carried_in=shares[m.id].carried_in,
            backlog=shares[m.id].backlog,
        )
        for m in analysis.figures.municipalities
    ]


def _group_bars(
    analysis: Analysis, selection: Selection, key: DistributionKey, years: list[int]
) -> list[FairShareBar]:
    """One group's own fair shares (no correction or carry-over: those are the scope's)."""
    totals = analysis.fair_share_by_municipality(key, years=years, group_id=selection.group_id)
    return [
        FairShareBar(
            m.name,
            m.id,
            1,
            totals[m.id].key_share,
            totals[m.id].fair_share,
            totals[m.id].contribution,
            highlighted=selection.municipality_id == m.id,
        )
        for m in analysis.figures.municipalities
    ]


def _sum(label: str, bars: list[FairShareBar]) -> FairShareBar:
    return FairShareBar(
        label,
        None,
        len(bars),
        sum_or_unknown(b.key_share for b in bars),
        sum_or_unknown(b.fair_share for b in bars),
        sum_or_unknown(b.contribution for b in bars),
        correction=sum_or_unknown(b.correction for b in bars),
        carried_in=sum_or_unknown(b.carried_in for b in bars),
        backlog=sum_or_unknown(b.backlog for b in bars),
    )


def _text(
    analysis: Analysis,
    selection: Selection,
    key: DistributionKey,
    years: list[int],
    groups: list[TargetGroupInfo],
) -> ChartText:
    figures = analysis.figures
    settings = figures.distribution
    scope = scope_text(figures, Selection(None, selection.group_id), years, settings.scope_text)
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
    notes = key_notes + gap_notes(analysis, set(analysis.names), group_ids, years)
    if selection.group_id is None:
        notes += _adjustment_notes(analysis)
    return ChartText(
        "Evenredig aandeel en werkelijk aanbod per gemeente",
        f"{scope} · verdeelsleutel: {key.label.lower()}",
        source_line(figures, indicators),
        notes,
    )


def _adjustment_notes(analysis: Analysis) -> tuple[str, ...]:
    """Which municipalities lack the correction or opening backlog the others have."""
    settings = analysis.figures.distribution
    notes = []
    for used, entered, what in (
        (settings.corrections_used, "correction", "correctie"),
        (settings.backlogs_used, "opening_backlog", "beginachterstand"),
    ):
        absent = [
            m.name
            for m in analysis.figures.municipalities
            if used and getattr(settings.adjustments.get(m.id, Adjustment()), entered) is None
        ]
        if absent:
            notes.append(f"{what}: {', '.join(absent)}")
    return tuple(notes)
