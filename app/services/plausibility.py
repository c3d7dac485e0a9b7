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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from app.models import BaselineIndicator, CapacityKind, HousingType
from app.services.analysis import Analysis, Key
from app.services.calculations.cells import KINDS, CellInput
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
    return list(vision_warnings(analysis).warnings)


def vision_warnings(analysis: Analysis) -> VisionWarnings:
    """Every warning of the analysis' entered figures, kept per municipality x group x year."""
    return VisionWarnings(analysis, _Rules(analysis).located(analysis.keys()))


@dataclass(frozen=True)
class VisionWarnings:
    """The warnings of one analysis by the municipality x group x year each is about, so that
    an edit works out again only the years it touched (`patched`)."""

    analysis: Analysis
    located: Mapping[Key, tuple[PlausibilityWarning, ...]]  # only where there are any

    @cached_property
    def warnings(self) -> tuple[PlausibilityWarning, ...]:
        """Every warning, by municipality, group and year (as the vision orders them), then
        by rule; a rule's warnings of one year in the order of the group's housing types."""
        figures = self.analysis.figures
        places = {m.id: i for i, m in enumerate(figures.municipalities)}
        groups = {g.id: i for i, g in enumerate(figures.groups)}
        keys = sorted(self.located, key=lambda k: (places[k[0]], groups[k[1]], k[2]))
        return tuple(w for key in keys for w in self.located[key])

    def of_group(self, group_id: int) -> list[PlausibilityWarning]:
        """The warnings of one group, in the order of `warnings`."""
        return self._by_group.get(group_id, [])

    @cached_property
    def _by_group(self) -> dict[int, list[PlausibilityWarning]]:
        found: dict[int, list[PlausibilityWarning]] = {}
        for warning in self.warnings:
            found.setdefault(warning.group_id, []).append(warning)
        return found

    def patched(self, analysis: Analysis, keys: Iterable[Key]) -> VisionWarnings:
        """The warnings of `analysis`, whose figures differ from this one's only in the cells
        of `keys` (municipality x group x year): those years are checked again, and the year
        after each (a jump compares a figure with the year before)."""
        touched = {k for m, g, y in keys for k in ((m, g, y), (m, g, y + 1))}
        located = {k: w for k, w in self.located.items() if k not in touched}
        located.update(_Rules(analysis).located(touched))
        return VisionWarnings(analysis, located)


# One cell of a municipality x group x year: housing type, input, whether its need is estimated.
_Cell = tuple[HousingType, CellInput, bool]
_FACTS = (
    BaselineIndicator.DWELLINGS,
    BaselineIndicator.SOCIAL_RENT_DWELLINGS,
    BaselineIndicator.INHABITANTS,
    BaselineIndicator.INHABITANTS_65_PLUS,
)


class _Rules:
    """Every rule, with what it needs of the analysis looked up once (a national vision
    has some 40,000 municipality x group x year to check)."""

    def __init__(self, analysis: Analysis):
        figures = analysis.figures
        self.inputs = figures.inputs
        self.estimated = figures.estimated
        self.first_year = figures.years[0] if figures.years else None
        self.types = {g.id: g.housing_types for g in figures.groups}
        self.codes = {g.id: g.code for g in figures.groups}
        # dwellings, social-rent stock, inhabitants, inhabitants aged 65+
        self.facts = {m.id: tuple(m.value(f) for f in _FACTS) for m in figures.municipalities}
        self.rate = homeless_rate_per_1000()
        self.national = national_totals()["inhabitants_65_plus"]
        self.names = {t: t.label.lower() for t in HousingType}

    def located(self, keys: Iterable[Key]) -> dict[Key, tuple[PlausibilityWarning, ...]]:
        """The warnings of each of `keys` that has any."""
        found = {}
        for key in keys:
            warnings = self.at(*key)
            if warnings:
                found[key] = tuple(warnings)
        return found

    def at(self, m: int, g: int, y: int) -> list[PlausibilityWarning]:
        """The warnings of one municipality x group x year, ordered by rule."""
        cells = self._cells(m, g, y)
        if not cells:
            return []
        need = sum(c.need for _t, c, estimated in cells if not estimated and c.need)
        capacity = sum(v for _t, c, _e in cells for v in c.capacity if v is not None)
        allocated = sum(c.capacity[ALLOCATION_INDEX] or 0 for _t, c, _e in cells)
        dwellings, stock, inhabitants, older = self.facts[m]
        found = []
        if dwellings is not None:
            found += _above_dwellings(m, g, y, need, capacity, dwellings)
        if allocated and stock is not None and allocated > stock:
            found.append(_above_social_stock(m, g, y, allocated, stock))
        code = self.codes[g]
        if need and code == "homeless" and inhabitants is not None:
            found += self._homeless(m, g, y, need, inhabitants)
        if y != self.first_year:
            found += self._jumps(m, g, y, cells)
        if code == "older_people" and older is not None and 2022 <= y <= 2030:
            found += self._older(m, g, y, cells, older)
        return found

    def _cells(self, m: int, g: int, y: int) -> list[_Cell]:
        """(housing type, input, whether its need is an estimate) of each cell with input."""
        part, estimated = self.inputs.part(m, g), self.estimated
        found = []
        for t in self.types.get(g, ()):
            cell = part.get((m, g, t, y))
            if cell is not None:
                found.append((t, cell, bool(estimated) and (m, g, t, y) in estimated))
        return found

    def _homeless(
        self, m: int, g: int, y: int, need: int, inhabitants: int
    ) -> list[PlausibilityWarning]:
        ceiling = round(inhabitants * self.rate / 1000)
        if need <= ceiling:
            return []
        return [
            PlausibilityWarning(
                m, g, None, y, False, Rule.HOMELESS_RATE, need, ceiling,
                f"De woonbehoefte in {y} ({number(need)}) is groter dan het aantal dakloze "
                f"mensen dat de gemeente zou hebben als zij er evenveel per inwoner had als "
                f"de vier grote steden ({number(self.rate, 1)} per 1.000 inwoners: "
                f"{number(ceiling)}).",
                HOMELESS_SOURCE,
            )
        ]  # fmt: skip

    def _older(
        self, m: int, g: int, y: int, cells: list[_Cell], older: int
    ) -> list[PlausibilityWarning]:
        found = []
        for t, cell, estimated in cells:
            if estimated or cell.need is None or t not in TARGETS:
                continue
            share = round(TARGETS[t] * older / self.national / 9)
            if cell.need > OLDER_FACTOR * max(share, 1):
                found.append(PlausibilityWarning(
                    m, g, t, y, False, Rule.OLDER_TARGET, cell.need, OLDER_FACTOR * share,
                    f"De woonbehoefte {self.names[t]} in {y} ({number(cell.need)}) is meer "
                    f"dan drie keer het deel van de gemeente in de landelijke opgave voor "
                    f"ouderen ({number(share)} per jaar, naar haar aandeel in de 65-plussers).",
                    OLDER_SOURCE,
                ))  # fmt: skip
        return found

    def _jumps(self, m: int, g: int, y: int, cells: list[_Cell]) -> list[PlausibilityWarning]:
        """A need or capacity at least three times (or at most a third of) the year before."""
        found = []
        estimated_cells, part = self.estimated, self.inputs.part(m, g)
        for t, cell, estimated in cells:
            before = part.get((m, g, t, y - 1))
            if before is None:
                continue
            now, then = (None, None) if estimated else (cell.need, before.need)
            if (
                now is not None
                and then is not None
                and _is_jump(then, now)
                and not (estimated_cells and (m, g, t, y - 1) in estimated_cells)
            ):
                found.append(self._jump(m, g, t, y, False, now, then))
            now, then = cell.capacity_total, before.capacity_total
            if now is not None and then is not None and _is_jump(then, now):
                found.append(self._jump(m, g, t, y, True, now, then))
        return found

    def _jump(
        self, m: int, g: int, t: HousingType, y: int, capacity: bool, now: int, then: int
    ) -> PlausibilityWarning:
        what = "Het aanbod" if capacity else "De woonbehoefte"
        return PlausibilityWarning(
            m, g, t, y, capacity, Rule.JUMP, now, then,
            f"{what} {self.names[t]} springt van {number(then)} in {y - 1} naar {number(now)} "
            f"in {y}: controleer of het een jaarcijfer is (geen totaal over meer jaren of "
            "cijfer van de hele regio).",
        )  # fmt: skip


def _above_dwellings(
    m: int, g: int, y: int, need: int, capacity: int, dwellings: int
) -> list[PlausibilityWarning]:
    found = []
    for is_capacity, value in ((False, need), (True, capacity)):
        if value and value > dwellings:
            what = "het aanbod" if is_capacity else "de woonbehoefte"
            found.append(PlausibilityWarning(
                m, g, None, y, is_capacity, Rule.ABOVE_DWELLINGS, value, dwellings,
                f"In {y} is {what} ({number(value)}) groter dan alle woningen van de "
                f"gemeente ({number(dwellings)}).",
            ))  # fmt: skip
    return found


def _above_social_stock(m: int, g: int, y: int, allocated: int, stock: int) -> PlausibilityWarning:
    return PlausibilityWarning(
        m, g, None, y, True, Rule.ABOVE_SOCIAL_STOCK, allocated, stock,
        f"In {y} is de toewijzing uit de vrijkomende voorraad ({number(allocated)}) groter "
        f"dan de hele sociale huurvoorraad van de gemeente ({number(stock)}).",
    )  # fmt: skip


def _is_jump(before: int, now: int) -> bool:
    if before < JUMP_MINIMUM and now < JUMP_MINIMUM:
        return False
    return now >= JUMP_FACTOR * before or now * JUMP_FACTOR <= before
