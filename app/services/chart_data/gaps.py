"""Data of the gap charts: need vs capacity (1), gap per municipality (2) and the
cumulative gap over the years (3). Numbers come from the gap table and `Analysis`."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.analysis import Analysis
from app.services.calculations.gaps import GapTotal, cumulative
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
    style_index,
    unknown_label,
)
from app.services.dto import TargetGroupInfo
from app.services.gap_table import GapTable
from app.services.selection import Selection, check_selection, scope_text, selected_years


@dataclass(frozen=True)
class NeedCapacityBar:
    """Need and capacity of a group (or, for one group, of a housing type); None = unknown."""

    label: str
    style_index: int
    need: int | None
    capacity: int | None


@dataclass(frozen=True)
class NeedCapacityChart:
    """Chart 1: grouped bars of need and capacity."""

    text: ChartText
    by_housing_type: bool
    bars: tuple[NeedCapacityBar, ...]


def need_capacity_chart(analysis: Analysis, table: GapTable) -> NeedCapacityChart:
    """Per group from the table's group totals; per housing type when it holds one group."""
    styles = {g.id: style_index(g) for g in analysis.figures.groups}
    one_group = len(table.group_totals) == 1
    rows = table.rows if one_group else table.group_totals
    bars = tuple(
        NeedCapacityBar(
            row.housing_label if one_group else row.group_label,
            styles[known_value(row.group_id)],  # a group's rows and totals name it
            row.need,
            row.capacity,
        )
        for row in rows
    )
    title = (
        f"Woonbehoefte en aanbod per woonvorm: {table.group_totals[0].group_label}"
        if one_group
        else "Woonbehoefte en aanbod per aandachtsgroep"
    )
    text = ChartText(title, table.scope, source_line(analysis.figures), table.notes)
    return NeedCapacityChart(text, one_group, bars)


@dataclass(frozen=True)
class MunicipalityGapBar:
    """Shortage and surplus of a municipality (or of several) per group id; None = unknown."""

    label: str
    municipality_id: int | None  # None: a bar for several municipalities
    count: int
    shortage: dict[int, int] | None
    surplus: dict[int, int] | None
    highlighted: bool = False

    @property
    def total_shortage(self) -> int | None:
        return None if self.shortage is None else sum(self.shortage.values())

    @property
    def total_surplus(self) -> int | None:
        return None if self.surplus is None else sum(self.surplus.values())


@dataclass(frozen=True)
class GapByMunicipalityChart:
    """Chart 2: diverging bars, shortage to one side and surplus to the other, per group."""

    text: ChartText
    groups: tuple[GroupRef, ...]
    bars: tuple[MunicipalityGapBar, ...]


def gap_by_municipality_chart(
    analysis: Analysis, selection: Selection, *, top_n: int = DEFAULT_TOP_N
) -> GapByMunicipalityChart:
    """Every municipality (the selected one highlighted), largest imbalance first for the
    top N; the rest summed in an "Overige" bar. Shortage and surplus are never netted."""
    figures = analysis.figures
    check_selection(selection, analysis.names, {g.id for g in figures.groups})
    years = selected_years(selection, figures.years)
    groups = [g for g in figures.groups if selection.group_id in (None, g.id)]
    totals = analysis.gap_totals_by(
        lambda m, g, y: (m, g), group_id=selection.group_id, years=years
    )
    bars = [
        _municipality_bar(m.id, m.name, [totals[(m.id, g.id)] for g in groups], groups, selection)
        for m in figures.municipalities
    ]
    ranked = rank(
        bars,
        known=lambda b: b.shortage is not None,
        order=lambda b: known_value(b.total_surplus) - known_value(b.total_shortage),
        select=lambda b: -(known_value(b.total_shortage) + known_value(b.total_surplus)),
        top_n=top_n,
        keep=lambda b: b.highlighted,
    )
    shown = list(ranked.shown)
    if ranked.rest:
        shown.append(_sum_bars(others_label(len(ranked.rest)), ranked.rest))
    if ranked.unknown_rest:
        count = len(ranked.unknown_rest)
        shown.append(MunicipalityGapBar(unknown_label(count), None, count, None, None))
    text = ChartText(
        "Opgave per gemeente: tekort en overschot",
        scope_text(figures, Selection(None, selection.group_id), years),
        source_line(figures),
        gap_notes(analysis, set(analysis.names), {g.id for g in groups}, years),
    )
    return GapByMunicipalityChart(text, group_refs(groups), tuple(shown))


def _municipality_bar(
    m_id: int,
    name: str,
    totals: list[GapTotal],
    groups: list[TargetGroupInfo],
    selection: Selection,
) -> MunicipalityGapBar:
    known = all(t.complete for t in totals)
    return MunicipalityGapBar(
        label=name,
        municipality_id=m_id,
        count=1,
        shortage=(
            {g.id: known_value(t.shortage) for g, t in zip(groups, totals, strict=True)}
            if known
            else None
        ),
        surplus=(
            {g.id: known_value(t.surplus) for g, t in zip(groups, totals, strict=True)}
            if known
            else None
        ),
        highlighted=selection.municipality_id == m_id,
    )


def _sum_bars(label: str, bars: list[MunicipalityGapBar]) -> MunicipalityGapBar:
    shortage: dict[int, int] = {}
    surplus: dict[int, int] = {}
    for bar in bars:
        for g, value in (bar.shortage or {}).items():
            shortage[g] = shortage.get(g, 0) + value
        for g, value in (bar.surplus or {}).items():
            surplus[g] = surplus.get(g, 0) + value
    return MunicipalityGapBar(label, None, len(bars), shortage, surplus)


@dataclass(frozen=True)
class GapLine:
    """Cumulative gap per year of a group (style_index None: all groups together)."""

    label: str
    style_index: int | None
    values: tuple[int | None, ...]


@dataclass(frozen=True)
class CumulativeGapChart:
    """Chart 3: the gap added up from the first selected year; None from an unknown year on."""

    text: ChartText
    years: tuple[int, ...]
    lines: tuple[GapLine, ...]


def cumulative_gap_chart(
    analysis: Analysis, selection: Selection, *, per_group: bool = True
) -> CumulativeGapChart:
    """One line per group (or for the selected group), or one for all groups together."""
    figures = analysis.figures
    check_selection(selection, analysis.names, {g.id for g in figures.groups})
    years = selected_years(selection, figures.years)
    groups = [g for g in figures.groups if selection.group_id in (None, g.id)]
    split = per_group or selection.group_id is not None
    totals = analysis.gap_totals_by(
        (lambda m, g, y: (g, y)) if split else (lambda m, g, y: (0, y)),
        group_id=selection.group_id,
        municipality_id=selection.municipality_id,
        years=years,
    )
    series = (
        [(g.label, style_index(g), g.id) for g in groups]
        if split
        else [("Alle aandachtsgroepen", None, 0)]
    )
    lines = []
    for label, style, key in series:
        per_year = [totals.get((key, y)) for y in years]
        values = [t.gap if t is not None and t.complete else None for t in per_year]
        lines.append(GapLine(label, style, tuple(cumulative(values))))
    places = (
        set(analysis.names) if selection.municipality_id is None else {selection.municipality_id}
    )
    text = ChartText(
        "Cumulatieve opgave over de jaren",
        scope_text(figures, selection, years),
        source_line(figures),
        gap_notes(analysis, places, {g.id for g in groups}, years),
    )
    return CumulativeGapChart(text, tuple(years), tuple(lines))
