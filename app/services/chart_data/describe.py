"""Alternative text for each chart, in Dutch, from its data alone: what the chart compares,
for whom and when, the largest shortage (or the furthest behind) and where, and what is
unknown. Word documents give it to every chart picture, so that a reader who cannot see
the picture hears what it shows (as Dutch government publications require).

Every number is one the chart's data holds; nothing is recomputed here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from app.services.calculations.missing import name_list
from app.services.chart_data.common import known_value
from app.services.chart_data.fair_share import FairShareBar, FairShareChart
from app.services.chart_data.gaps import (
    CumulativeGapChart,
    GapByMunicipalityChart,
    MunicipalityGapBar,
    NeedCapacityChart,
)
from app.services.chart_data.monitor import MonitorChart
from app.services.chart_data.national_social_rent import NationalSocialRentChart
from app.services.chart_data.regional_social_rent import RegionalTestChart
from app.services.chart_data.social_rent import AffordableChart, SocialRentChart
from app.services.formatting import norm_text, number, percent, signed

T = TypeVar("T")
MAX_NAMES = 5


def describe_chart(chart: object) -> str:
    """The alternative text of any chart's data (TypeError for something else)."""
    try:
        describe = _DESCRIBERS[type(chart)]
    except KeyError:
        raise TypeError(f"No description for {type(chart).__name__}") from None
    return " ".join(part for part in describe(chart) if part)


def _need_capacity(chart: NeedCapacityChart) -> list[str]:
    what = "woonvorm" if chart.by_housing_type else "aandachtsgroep"
    known = [b for b in chart.bars if b.need is not None and b.capacity is not None]
    above = [b for b in known if known_value(b.need) > known_value(b.capacity)]
    if above:
        top = max(above, key=lambda b: known_value(b.need) - known_value(b.capacity))
        finding = (
            f"De behoefte ligt het verst boven het aanbod bij {top.label}: behoefte "
            f"{number(top.need)}, aanbod {number(top.capacity)}."
        )
    elif known:
        finding = f"Bij geen enkele {what} is de behoefte groter dan het aanbod."
    else:
        finding = ""
    return [
        f"Staafdiagram dat per {what} de woonbehoefte naast het aanbod zet "
        f"({chart.text.subtitle}).",
        finding,
        _unknown(
            [b.label for b in chart.bars if b.need is None or b.capacity is None],
            noun="woonvormen" if chart.by_housing_type else "aandachtsgroepen",
        ),
    ]


def _gap_by_municipality(chart: GapByMunicipalityChart) -> list[str]:
    single = [b for b in chart.bars if b.municipality_id is not None and b.shortage is not None]
    parts = [
        "Staafdiagram met per gemeente het tekort en het overschot, opgebouwd uit de "
        f"aandachtsgroepen ({chart.text.subtitle}); tekort en overschot zijn niet verrekend."
    ]
    short = _largest(single, lambda b: known_value(b.total_shortage))
    if short is not None:
        parts.append(
            f"Het grootste tekort heeft {short.label}: {number(short.total_shortage)}"
            f"{_mostly(chart, short)}."
        )
    surplus = _largest(single, lambda b: known_value(b.total_surplus))
    if surplus is not None:
        parts.append(
            f"Het grootste overschot heeft {surplus.label}: {number(surplus.total_surplus)}."
        )
    if single and short is None:
        parts.append("Geen enkele gemeente heeft een tekort.")
    parts.append(_unknown([b.label for b in chart.bars if b.shortage is None]))
    return parts


def _mostly(chart: GapByMunicipalityChart, bar: MunicipalityGapBar) -> str:
    """', vooral bij Statushouders (726)' for the group with the bar's largest shortage."""
    labels = {g.id: g.label for g in chart.groups}
    shortage = bar.shortage or {}
    if len(shortage) < 2:
        return ""
    group_id = max(shortage, key=lambda g: shortage[g])
    return f", het meest bij {labels[group_id]} ({number(shortage[group_id])})"


def _cumulative(chart: CumulativeGapChart) -> list[str]:
    if not chart.years:
        return [f"Lijndiagram van de opgetelde opgave ({chart.text.subtitle})."]
    end = chart.years[-1]
    known = [line for line in chart.lines if line.values and line.values[-1] is not None]
    parts = [
        "Lijndiagram van de opgave opgeteld over de jaren, per aandachtsgroep "
        f"({chart.text.subtitle}); boven nul is een tekort, onder nul een overschot."
    ]
    top = _largest(known, lambda line: known_value(line.values[-1]))
    if top is not None and len(chart.lines) > 1:
        parts.append(
            f"Eind {end} is de opgetelde opgave het grootst bij {top.label}: "
            f"{signed(top.values[-1])}."
        )
    elif top is None and known:
        line = known[0]
        parts.append(f"Eind {end} is de opgetelde opgave {signed(line.values[-1])}.")
    parts.append(
        _unknown(
            [line.label for line in chart.lines if line not in known],
            f"eind {end}",
            "aandachtsgroepen",
        )
    )
    return parts


def _fair_share(chart: FairShareChart) -> list[str]:
    single = [b for b in chart.bars if b.municipality_id is not None and b.difference is not None]
    parts = [
        "Staafdiagram dat per gemeente het evenredig aandeel in de regionale behoefte naast "
        f"het werkelijke aanbod zet ({chart.text.subtitle})."
    ]
    behind = _largest(single, lambda b: -known_value(b.difference))
    if behind is not None:
        parts.append(f"Het verst onder haar evenredig aandeel: {_fair_bar(behind)}.")
    ahead = _largest(single, lambda b: known_value(b.difference))
    if ahead is not None:
        parts.append(f"Het verst boven haar evenredig aandeel: {_fair_bar(ahead)}.")
    unknown = [b.label for b in chart.bars if b.difference is None]
    return [*parts, _unknown(unknown)]


def _fair_bar(bar: FairShareBar) -> str:
    return (
        f"{bar.label}, aanbod {number(bar.contribution)} tegen een evenredig aandeel van "
        f"{number(bar.fair_share)} ({signed(bar.rounded_difference)})"
    )


def _social_rent(chart: SocialRentChart) -> list[str]:
    single = [b for b in chart.bars if b.municipality_id is not None and b.current is not None]
    parts = [
        "Staafdiagram van het aandeel sociale huur in de woningvoorraad per gemeente, nu en "
        f"aan het eind van de planperiode ({chart.text.subtitle}), met het streven van "
        f"{norm_text(chart.goal)} en het landelijk gemiddelde van "
        f"{percent(chart.national_average)} als lijnen."
    ]
    if single:
        low = min(single, key=lambda b: known_value(b.current))
        high = max(single, key=lambda b: known_value(b.current))
        parts.append(
            f"Het laagste aandeel nu heeft {low.label} ({percent(low.current)}), het hoogste "
            f"{high.label} ({percent(high.current)})."
        )
    below = sum(b.must_build_count for b in chart.bars)
    if below:
        parts.append(
            f"{_count(below, 'gemeente zit', 'gemeenten zitten')} onder het landelijk "
            f"gemiddelde en {'bouwt' if below == 1 else 'bouwen'} ten minste "
            f"{norm_text(chart.min_new_build)} sociale huur in de nieuwbouw."
        )
    parts.extend(chart.out_of_reach)
    parts.append(_unknown([b.label for b in chart.bars if b.current is None]))
    return parts


def _affordable(chart: AffordableChart) -> list[str]:
    single = [b for b in chart.bars if b.municipality_id is not None and b.share is not None]
    parts = [
        "Staafdiagram van het betaalbare aandeel van de geplande nieuwbouw per gemeente "
        f"({chart.text.subtitle}), tegen de norm van {norm_text(chart.norm)}."
    ]
    if single:
        low = min(single, key=lambda b: known_value(b.share))
        parts.append(f"Het laagste aandeel heeft {low.label}: {percent(low.share)}.")
    below = sum(b.below_norm_count for b in chart.bars)
    if below:
        parts.append(f"{_count(below, 'gemeente blijft', 'gemeenten blijven')} onder de norm.")
    parts.append(_unknown([b.label for b in chart.bars if b.share is None]))
    return parts


def _regional_test(chart: RegionalTestChart) -> list[str]:
    parts = [
        "Staafdiagram (liggend) van de regionale toets: het aandeel sociale huur nu en aan het "
        "eind van de planperiode en het betaalbare deel van de geplande nieuwbouw, voor de "
        f"regio als geheel ({chart.text.subtitle}), opgebouwd uit de bijdrage per gemeente."
    ]
    for bar in chart.bars:
        if bar.share is None:
            parts.append(f"{bar.label}: onbekend.")
        elif bar.norm is None:
            parts.append(f"{bar.label}: {percent(bar.share)} (geen norm per regio).")
        else:
            verdict = "gehaald" if bar.meets_norm else "niet gehaald"
            parts.append(f"{bar.label}: {percent(bar.share)} ({bar.norm_label}: {verdict}).")
    return parts


def _national(chart: NationalSocialRentChart) -> list[str]:
    areas = [b for b in chart.bars if not b.total]
    parts = [
        f"Staafdiagram (liggend) van het aandeel corporatiewoningen ({chart.text.subtitle}), "
        f"met het streven van {norm_text(chart.goal)} en het landelijk gemiddelde van "
        f"{percent(chart.national_average)} als lijnen."
    ]
    if areas:
        low = min(areas, key=lambda b: b.share)
        high = max(areas, key=lambda b: b.share)
        parts.append(
            f"Het laagste aandeel heeft {low.label} ({percent(low.share)}), het hoogste "
            f"{high.label} ({percent(high.share)})."
        )
    return parts


def _monitor(chart: MonitorChart) -> list[str]:
    parts = [
        f"Lijndiagram van de woonbehoefte, het geplande aanbod en wat is gerealiseerd, "
        f"opgeteld over de jaren ({chart.text.subtitle})."
    ]
    for line in chart.lines:
        known = [
            (year, v) for year, v in zip(chart.years, line.values, strict=True) if v is not None
        ]
        if known:
            year, value = known[-1]
            parts.append(f"{line.label}: {number(value)} tot en met {year}.")
        else:
            parts.append(f"{line.label}: onbekend.")
    return parts


def _largest(items: Sequence[T], value: Callable[[T], float]) -> T | None:
    """The item with the largest positive value, or None when none is above zero."""
    best = max(items, key=value, default=None)
    return best if best is not None and value(best) > 0 else None


def _unknown(labels: list[str], when: str = "", noun: str = "gemeenten") -> str:
    if not labels:
        return ""
    return f"Onbekend{' ' + when if when else ''}: {name_list(labels, MAX_NAMES, noun)}."


def _count(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


_DESCRIBERS: dict[type, Callable[[Any], list[str]]] = {
    NeedCapacityChart: _need_capacity,
    GapByMunicipalityChart: _gap_by_municipality,
    CumulativeGapChart: _cumulative,
    FairShareChart: _fair_share,
    SocialRentChart: _social_rent,
    AffordableChart: _affordable,
    RegionalTestChart: _regional_test,
    NationalSocialRentChart: _national,
    MonitorChart: _monitor,
}
