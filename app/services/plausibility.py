"""Plausibility warnings: entered figures that are possible but unlikely, or impossible for the
municipality's size. A warning never refuses anything; it names the figure, the rule and the
limit, so the officer can check the source (a typo, a figure for the whole region typed in one
municipality, a total typed in a yearly column).

The rules, each with where its limit comes from:
- ABOVE_DWELLINGS: a need or a capacity in one year larger than all dwellings of the
  municipality (CBS woningvoorraad): impossible as a yearly figure.
- ABOVE_SOCIAL_STOCK: allocation from the vrijkomende voorraad in one year larger than the
  municipality's whole social-rent stock: more homes would have to fall vacant than exist.
- HOMELESS_RATE: a yearly need of dak- en thuisloze mensen larger than the number of homeless
  people the municipality would have at the rate of the four big cities (see HOMELESS_SOURCE):
  even the cities with the most homeless people per inhabitant have fewer than that in all.
- OLDER_TARGET: a yearly need of ouderen for a woonvorm more than three times the
  municipality's part of the national target of the programme Wonen en zorg voor ouderen
  (the ouderen estimate's own formula, app.services.estimates.older_people).
- JUMP: a figure of a row that is at least three times (or at most a third of) the year
  before, where the larger of the two is at least 25 homes: often a cumulative or regional
  figure typed into one year.

Estimated need (a raming) is never checked: only what someone typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from app.models import BaselineIndicator, CapacityKind, HousingType
from app.services.analysis import Analysis, CellKey
from app.services.calculations.cells import KINDS, CellInput
from app.services.dto import MunicipalityInfo
from app.services.estimates.older_people import SOURCE as OLDER_SOURCE
from app.services.estimates.older_people import TARGETS
from app.services.formatting import number
from app.services.reference_data import national_totals, reference_municipalities

HOMELESS_COUNT = 26_600  # people aged 18-65, 1 January 2022
HOMELESS_BIG_CITY_SHARE = 0.38  # of them registered in Amsterdam, Rotterdam, Den Haag, Utrecht
BIG_CITIES = ("GM0363", "GM0599", "GM0518", "GM0344")
HOMELESS_SOURCE = (
    "CBS, Dakloze mensen: naar schatting 26,6 duizend dakloze mensen van 18 tot 65 jaar op "
    "1 januari 2022, van wie ruim 38 procent in Amsterdam, Rotterdam, Den Haag of Utrecht "
    "(persbericht september 2023); inwoners van de vier steden: CBS, Kerncijfers wijken en "
    "buurten 2024"
)
OLDER_FACTOR = 3
JUMP_FACTOR = 3
JUMP_MINIMUM = 25
ALLOCATION_INDEX = KINDS.index(CapacityKind.ALLOCATION)


class Rule(StrEnum):
    ABOVE_DWELLINGS = "above_dwellings"
    ABOVE_SOCIAL_STOCK = "above_social_stock"
    HOMELESS_RATE = "homeless_rate"
    OLDER_TARGET = "older_target"
    JUMP = "jump"


@dataclass(frozen=True)
class PlausibilityWarning:
    """One unlikely figure: where it is, what it is, and why it is unlikely (Dutch)."""

    municipality_id: int
    group_id: int
    housing_type: HousingType | None  # None: the group's yearly total
    year: int
    capacity: bool  # False: need
    rule: Rule
    value: int
    limit: int
    reason: str
    source: str = ""  # where the limit comes from, when it is a published figure


def homeless_rate_per_1000() -> float:
    """Homeless people per 1,000 inhabitants in the four big cities together."""
    everyone = reference_municipalities()
    inhabitants = sum(everyone[code].inhabitants for code in BIG_CITIES)
    return HOMELESS_COUNT * HOMELESS_BIG_CITY_SHARE / inhabitants * 1000


def plausibility_warnings(analysis: Analysis) -> list[PlausibilityWarning]:
    """Every warning of the vision's entered figures, by municipality, group, year."""
    figures = analysis.figures
    found = [
        *_size_warnings(analysis),
        *_group_warnings(analysis),
        *_jumps(analysis),
    ]
    order = {m.id: i for i, m in enumerate(figures.municipalities)}
    groups = {g.id: i for i, g in enumerate(figures.groups)}
    return sorted(
        found, key=lambda w: (order[w.municipality_id], groups[w.group_id], w.year, w.rule)
    )


def _entered(analysis: Analysis) -> Iterator[tuple[CellKey, CellInput, bool]]:
    """(cell, its input, whether its need is an estimate) for every cell of the analysis."""
    estimated = analysis.figures.estimated
    for key, cell in analysis.figures.inputs.items():
        yield key, cell, key in estimated


def _yearly(analysis: Analysis, *, capacity: bool) -> dict[tuple[int, int, int], int]:
    """Entered need (or capacity) per municipality x group x year, the known parts summed."""
    totals: dict[tuple[int, int, int], int] = {}
    for (m, g, _t, y), cell, estimated in _entered(analysis):
        if capacity:
            value = sum(v for v in cell.capacity if v is not None)
        else:
            value = 0 if estimated or cell.need is None else cell.need
        if value:
            totals[(m, g, y)] = totals.get((m, g, y), 0) + value
    return totals


def _size_warnings(analysis: Analysis) -> Iterator[PlausibilityWarning]:
    municipalities = {m.id: m for m in analysis.figures.municipalities}
    for capacity in (False, True):
        what = "het aanbod" if capacity else "de woonbehoefte"
        for (m, g, y), value in _yearly(analysis, capacity=capacity).items():
            dwellings = municipalities[m].value(BaselineIndicator.DWELLINGS)
            if dwellings is not None and value > dwellings:
                yield PlausibilityWarning(
                    m, g, None, y, capacity, Rule.ABOVE_DWELLINGS, value, dwellings,
                    f"In {y} is {what} ({number(value)}) groter dan alle woningen van de "
                    f"gemeente ({number(dwellings)}).",
                )  # fmt: skip
    yield from _allocation_warnings(analysis, municipalities)


def _allocation_warnings(
    analysis: Analysis, municipalities: dict[int, MunicipalityInfo]
) -> Iterator[PlausibilityWarning]:
    allocated: dict[tuple[int, int, int], int] = {}
    for (m, g, _t, y), cell, _estimated in _entered(analysis):
        value = cell.capacity[ALLOCATION_INDEX]
        if value:
            allocated[(m, g, y)] = allocated.get((m, g, y), 0) + value
    for (m, g, y), value in allocated.items():
        stock = municipalities[m].value(BaselineIndicator.SOCIAL_RENT_DWELLINGS)
        if stock is not None and value > stock:
            yield PlausibilityWarning(
                m, g, None, y, True, Rule.ABOVE_SOCIAL_STOCK, value, stock,
                f"In {y} is de toewijzing uit de vrijkomende voorraad ({number(value)}) groter "
                f"dan de hele sociale huurvoorraad van de gemeente ({number(stock)}).",
            )  # fmt: skip


def _group_warnings(analysis: Analysis) -> Iterator[PlausibilityWarning]:
    codes = {g.id: g.code for g in analysis.figures.groups}
    municipalities = {m.id: m for m in analysis.figures.municipalities}
    rate = homeless_rate_per_1000()
    for (m, g, y), value in _yearly(analysis, capacity=False).items():
        inhabitants = municipalities[m].value(BaselineIndicator.INHABITANTS)
        if codes[g] != "homeless" or inhabitants is None:
            continue
        ceiling = round(inhabitants * rate / 1000)
        if value > ceiling:
            yield PlausibilityWarning(
                m, g, None, y, False, Rule.HOMELESS_RATE, value, ceiling,
                f"De woonbehoefte in {y} ({number(value)}) is groter dan het aantal dakloze "
                f"mensen dat de gemeente zou hebben als zij er evenveel per inwoner had als "
                f"de vier grote steden ({number(rate, 1)} per 1.000 inwoners: "
                f"{number(ceiling)}).",
                HOMELESS_SOURCE,
            )  # fmt: skip
    yield from _older_warnings(analysis, codes, municipalities)


def _older_warnings(
    analysis: Analysis, codes: dict[int, str], municipalities: dict[int, MunicipalityInfo]
) -> Iterator[PlausibilityWarning]:
    national = national_totals()["inhabitants_65_plus"]
    for (m, g, t, y), cell, estimated in _entered(analysis):
        older = municipalities[m].value(BaselineIndicator.INHABITANTS_65_PLUS)
        if codes[g] != "older_people" or estimated or cell.need is None or older is None:
            continue
        if t not in TARGETS or not 2022 <= y <= 2030:
            continue
        share = round(TARGETS[t] * older / national / 9)
        if cell.need > OLDER_FACTOR * max(share, 1):
            yield PlausibilityWarning(
                m, g, t, y, False, Rule.OLDER_TARGET, cell.need, OLDER_FACTOR * share,
                f"De woonbehoefte {t.label.lower()} in {y} ({number(cell.need)}) is meer dan "
                f"drie keer het deel van de gemeente in de landelijke opgave voor ouderen "
                f"({number(share)} per jaar, naar haar aandeel in de 65-plussers).",
                OLDER_SOURCE,
            )  # fmt: skip


def _jumps(analysis: Analysis) -> Iterator[PlausibilityWarning]:
    years = analysis.figures.years
    for (m, g, t, y), cell, estimated in _entered(analysis):
        if y == years[0]:
            continue
        before = analysis.figures.inputs.get((m, g, t, y - 1))
        if before is None:
            continue
        estimated_before = (m, g, t, y - 1) in analysis.figures.estimated
        pairs = [
            (False, None if estimated else cell.need, None if estimated_before else before.need),
            (True, cell.capacity_total, before.capacity_total),
        ]
        for capacity, now, then in pairs:
            if now is not None and then is not None and _is_jump(then, now):
                what = "het aanbod" if capacity else "de woonbehoefte"
                yield PlausibilityWarning(
                    m, g, t, y, capacity, Rule.JUMP, now, then,
                    f"{what.capitalize()} {t.label.lower()} springt van {number(then)} in "
                    f"{y - 1} naar {number(now)} in {y}: controleer of het een jaarcijfer is "
                    "(geen totaal over meer jaren of cijfer van de hele regio).",
                )  # fmt: skip


def _is_jump(before: int, now: int) -> bool:
    if max(before, now) < JUMP_MINIMUM:
        return False
    return now >= JUMP_FACTOR * before or now * JUMP_FACTOR <= before
