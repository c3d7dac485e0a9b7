"""'Sociale huur in Nederland': every municipality's corporation share against the 30 %
goal and the national average, per municipality, COROP area, province and the nation.

Needs no vision: everything comes from the shipped reference data
(`app.services.reference_data`). The share is the part of the housing stock owned by
housing corporations (CBS, reference date most likely 1-1-2023); that is not exactly the
programme's "sociale huur" (corporations also let above the liberalisation limit).

Every aggregate is weighted by the dwellings (CBS, 1-1-2024):

    share(area) = sum(share_m x dwellings_m) / sum(dwellings_m)

so the national figure is `national_corporation_share()`, the one the social rent test
compares each municipality with. A worked example, Flevoland (six municipalities, one
COROP area; shares from corporatiebezit_2023.csv, dwellings from gemeenten_2024.csv):

    municipality     dwellings  share   share x dwellings  estimate  30 % (up)   gap
    Almere              92.353  26,6 %         24.565,898    24.566     27.706  3.140
    Zeewolde             9.712  21,4 %          2.078,368     2.078      2.914    836
    Noordoostpolder     21.202  22,5 %          4.770,450     4.770      6.361  1.591
    Urk                  7.004  13,7 %            959,548       960      2.102  1.142
    Dronten             18.507  24,3 %          4.497,201     4.497      5.553  1.056
    Lelystad            35.647  28,0 %          9.981,160     9.981     10.695    714
    Flevoland          184.425                 46.852,625    46.852              8.479

    share(Flevoland) = 46.852,625 / 184.425 = 25,40 %; all six are below the national
    average of 28,30 %, and together they lack 8.479 corporation dwellings for 30 %.

The gap to the goal of a municipality, in dwellings: how many more corporation dwellings
it would need for 30 % of *today's* stock,

    gap = ceil(goal x dwellings) - estimate,    estimate = round(share x dwellings)

and 0 when its share is at or above the goal. It is a measure of distance, not a
building programme: new dwellings also enlarge the stock (the social rent test of a
vision works that out from its planned construction). An area's gap is the sum of its
municipalities' gaps: a surplus in one municipality does not fill another's shortfall.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from functools import cache

from app.services import catalogue
from app.services.errors import ValidationError
from app.services.reference_data import national_corporation_share, reference_municipalities
from app.services.text_safety import strip_control

NATION = "Nederland"


def goal_share() -> float:
    """The programme's goal for the social rent share of the stock (30 %, 2022)."""
    from app.services.norm_sets import PROGRAMME_2022, find_set

    programme = find_set(PROGRAMME_2022)
    goal = None if programme is None else programme.norm(catalogue.SOCIAL_RENT_GOAL)
    assert goal is not None and goal.value is not None  # shipped: 30 %
    return goal.value


def gap_to_goal(dwellings: int, share: float, estimate: int, goal: float) -> int:
    """Corporation dwellings short of `goal` x today's stock (0 at or above the goal):
    the smallest whole number of dwellings that makes the goal, minus the estimate."""
    if share >= goal:
        return 0
    # The goal as an exact fraction (0.3 -> 3/10), so 0.3 x 1.000 is 300, not 300.00000004.
    needed = math.ceil(Fraction(goal).limit_denominator(10_000) * dwellings)
    return max(0, needed - estimate)


@dataclass(frozen=True)
class DashboardRow:
    """One municipality on the dashboard."""

    code: str
    name: str
    province: str
    corop: str
    dwellings: int  # CBS, 1-1-2024
    share: float  # owned by housing corporations (0-1), CBS, most likely 1-1-2023
    corporation_dwellings: int  # estimate: round(share x dwellings), mixes the two dates
    below_national_average: bool
    gap_to_goal: int  # corporation dwellings short of the goal (0 at or above it)


class AreaLevel(Enum):
    """What an area is: the nation, a province or a COROP area."""

    NATION = "Nederland"
    PROVINCE = "Provincie"
    COROP = "COROP-gebied"


@dataclass(frozen=True)
class AreaFigure:
    """The selection, a province or the nation: its dwelling-weighted share and totals."""

    level: AreaLevel
    name: str  # 'Nederland', 'Flevoland'
    municipalities: int
    dwellings: int
    corporation_dwellings: int  # the sum of the municipalities' estimates
    share: float  # sum(share x dwellings) / sum(dwellings)
    below_national_average: int  # how many of its municipalities
    gap_to_goal: int  # the sum of its municipalities' gaps

    @property
    def label(self) -> str:
        """'Nederland', 'Provincie Flevoland', 'COROP-gebied Flevoland'."""
        return area_label(self.level, self.name)


@dataclass(frozen=True)
class Dashboard:
    """The municipalities of one selection and the figures around them.

    `selection` is None when no municipality matches (a COROP area outside the chosen
    province); `empty_message` then says why, in Dutch.
    """

    province: str  # '' = all provinces
    corop: str  # '' = all COROP areas
    rows: tuple[DashboardRow, ...]
    selection: AreaFigure | None
    province_figure: AreaFigure | None  # the chosen province's (None: no province chosen)
    provinces: tuple[AreaFigure, ...]  # all twelve, by name
    nation: AreaFigure
    goal: float

    @property
    def scope(self) -> str:
        """'Nederland', 'Provincie Flevoland' or 'COROP-gebied Flevoland'."""
        return area_label(*selection_area(self.province, self.corop))

    @property
    def empty_message(self) -> str:
        """Why the selection has no municipalities ('' when it has)."""
        if self.rows:
            return ""
        return (
            f"Het COROP-gebied {self.corop} ligt niet in de provincie {self.province}: deze "
            "selectie bevat geen gemeenten. Kies een ander COROP-gebied of alle COROP-gebieden."
        )


def area_label(level: AreaLevel, name: str) -> str:
    """'Nederland', 'Provincie Flevoland', 'COROP-gebied Flevoland'."""
    return name if level is AreaLevel.NATION else f"{level.value} {name}"


def selection_area(province: str, corop: str) -> tuple[AreaLevel, str]:
    """The level and name of a selection: its COROP area, else its province, else the
    nation."""
    if corop:
        return AreaLevel.COROP, corop
    return (AreaLevel.PROVINCE, province) if province else (AreaLevel.NATION, NATION)


@cache
def dashboard_rows() -> tuple[DashboardRow, ...]:
    """All 342 municipalities, in the order of the CBS file."""
    average = national_corporation_share()
    goal = goal_share()
    rows = []
    for m in reference_municipalities().values():
        estimate = m.estimated_social_rent_dwellings
        rows.append(
            DashboardRow(
                code=m.code,
                name=m.name,
                province=m.province,
                corop=m.corop,
                dwellings=m.dwellings,
                share=m.corporation_share,
                corporation_dwellings=estimate,
                below_national_average=m.corporation_share < average,
                gap_to_goal=gap_to_goal(m.dwellings, m.corporation_share, estimate, goal),
            )
        )
    return tuple(rows)


def area_figure(level: AreaLevel, name: str, rows: Sequence[DashboardRow]) -> AreaFigure:
    """The dwelling-weighted share and the totals of `rows` (at least one)."""
    if not rows:
        raise ValueError("An area needs at least one municipality")
    dwellings = sum(r.dwellings for r in rows)
    return AreaFigure(
        level=level,
        name=name,
        municipalities=len(rows),
        dwellings=dwellings,
        corporation_dwellings=sum(r.corporation_dwellings for r in rows),
        share=sum(r.share * r.dwellings for r in rows) / dwellings,
        below_national_average=sum(r.below_national_average for r in rows),
        gap_to_goal=sum(r.gap_to_goal for r in rows),
    )


def provinces() -> list[str]:
    """The twelve province names, sorted."""
    return sorted({r.province for r in dashboard_rows()}, key=str.casefold)


def corop_areas(province: str = "") -> list[str]:
    """The COROP areas of `province` (all 40 for ''), sorted."""
    return sorted(
        {r.corop for r in dashboard_rows() if not province or r.province == province},
        key=str.casefold,
    )


def province_of(corop: str) -> str:
    """The province a COROP area lies in (each lies in one), or '' if unknown."""
    return next((r.province for r in dashboard_rows() if r.corop == corop), "")


def social_rent_dashboard(province: str = "", corop: str = "") -> Dashboard:
    """The dashboard for a province and/or COROP area ('' = all); a name that is not one
    of the shipped ones is refused with a Dutch message."""
    province, corop = (
        _checked(province, provinces(), "provincie"),
        _checked(corop, corop_areas(), "COROP-gebied"),
    )
    everyone = dashboard_rows()
    rows = tuple(
        r
        for r in everyone
        if (not province or r.province == province) and (not corop or r.corop == corop)
    )
    by_province = _province_figures()
    return Dashboard(
        province=province,
        corop=corop,
        rows=rows,
        selection=area_figure(*selection_area(province, corop), rows) if rows else None,
        province_figure=next((p for p in by_province if p.name == province), None),
        provinces=by_province,
        nation=_nation(),
        goal=goal_share(),
    )


@cache
def _nation() -> AreaFigure:
    return area_figure(AreaLevel.NATION, NATION, dashboard_rows())


@cache
def _province_figures() -> tuple[AreaFigure, ...]:
    everyone = dashboard_rows()
    return tuple(
        area_figure(AreaLevel.PROVINCE, name, [r for r in everyone if r.province == name])
        for name in provinces()
    )


def _checked(name: str, known: Iterable[str], what: str) -> str:
    """`name` when it is '' or one of `known`; otherwise a ValidationError."""
    if not name or name in known:
        return name
    shown = strip_control(name, keep_newlines=False)[:60]
    raise ValidationError(f"Onbekend {what}: '{shown}'. Kies er een uit de lijst.")


class DashboardColumn(Enum):
    """The columns of the dashboard's table, in order (`column_header` names them)."""

    NAME = "name"
    CODE = "code"
    PROVINCE = "province"
    COROP = "corop"
    DWELLINGS = "dwellings"
    SHARE = "share"
    CORPORATION_DWELLINGS = "corporation_dwellings"
    BELOW_AVERAGE = "below_average"
    GAP = "gap"


def row_value(row: DashboardRow, column: DashboardColumn) -> str | int | float | bool:
    """The raw value of a row in a column."""
    values: dict[DashboardColumn, str | int | float | bool] = {
        DashboardColumn.NAME: row.name,
        DashboardColumn.CODE: row.code,
        DashboardColumn.PROVINCE: row.province,
        DashboardColumn.COROP: row.corop,
        DashboardColumn.DWELLINGS: row.dwellings,
        DashboardColumn.SHARE: row.share,
        DashboardColumn.CORPORATION_DWELLINGS: row.corporation_dwellings,
        DashboardColumn.BELOW_AVERAGE: row.below_national_average,
        DashboardColumn.GAP: row.gap_to_goal,
    }
    return values[column]


def sorted_rows(
    rows: Iterable[DashboardRow], column: DashboardColumn, *, descending: bool = False
) -> list[DashboardRow]:
    """`rows` sorted by a column (text without regard to case), ties by name."""

    def key(row: DashboardRow) -> tuple[str | int | float | bool, str]:
        value = row_value(row, column)
        return (value.casefold() if isinstance(value, str) else value, row.name.casefold())

    return sorted(rows, key=key, reverse=descending)
