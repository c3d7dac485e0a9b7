"""The evenwichtige verdeling per municipality: over which groups (the vision's scope), with
the corrections and opening backlogs entered per municipality and, when the vision says so,
the carry-over of a shortfall into the next year (see `calculations.distribution` for the
formula).

A correction or opening backlog is optional, but once one municipality has one the others
need one too: a municipality without it is unknown (0 is a figure someone enters), as
everywhere in Thuisplan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models import DistributionKey, FairShareScope
from app.services.calculations.distribution import Balance, YearFigures, balance
from app.services.calculations.gaps import EMPTY_TOTAL
from app.services.dto import TargetGroupInfo
from app.storage import ProjectReader

if TYPE_CHECKING:
    from app.services.analysis import Analysis

# Files made before the scope could be chosen share out every active group; so do new ones
# until the vision chooses otherwise (the 2025/2026 norms make the urgent groups the rule).
DEFAULT_SCOPE = FairShareScope.ACTIVE
EMPTY_SCOPE = "geen aandachtsgroepen in de verdeling"
# How a text names the groups of each scope, after 'over' ('verdeeld over ...').
SCOPE_TEXT = {
    FairShareScope.URGENT: "verplicht urgenten",
    FairShareScope.ACTIVE: "alle aandachtsgroepen",
    FairShareScope.CHOSEN: "gekozen aandachtsgroepen",
}


@dataclass(frozen=True)
class Adjustment:
    """What was entered for a municipality: correction and opening backlog (None: not
    entered), with their source and reference date (ISO text)."""

    correction: int | None = None
    opening_backlog: int | None = None
    source: str = ""
    reference_date: str = ""

    @property
    def empty(self) -> bool:
        return (self.correction, self.opening_backlog, self.source, self.reference_date) == (
            None,
            None,
            "",
            "",
        )


@dataclass(frozen=True)
class DistributionSettings:
    """The vision's choices for the evenwichtige verdeling."""

    scope: FairShareScope = DEFAULT_SCOPE
    chosen: frozenset[int] = frozenset()  # group ids on the vision's own list
    carry_over: bool = False
    adjustments: Mapping[int, Adjustment] = field(default_factory=dict)  # by municipality id

    @property
    def corrections_used(self) -> bool:
        """Whether any municipality has a correction (then every one needs one)."""
        return any(a.correction is not None for a in self.adjustments.values())

    @property
    def backlogs_used(self) -> bool:
        """Whether the opening backlogs count: carry-over on and one entered somewhere."""
        return self.carry_over and any(
            a.opening_backlog is not None for a in self.adjustments.values()
        )

    @property
    def scope_text(self) -> str:
        """The scope's groups in a sentence: 'verplicht urgenten', 'alle aandachtsgroepen'."""
        return SCOPE_TEXT[self.scope]

    def in_scope(self, group: TargetGroupInfo) -> bool:
        """Whether an (active) group is shared out."""
        if self.scope is FairShareScope.URGENT:
            return group.mandatory_urgency
        if self.scope is FairShareScope.CHOSEN:
            return group.id in self.chosen
        return True

    def correction(self, municipality_id: int) -> int | None:
        """The correction that counts: 0 when none is used anywhere, None when unknown."""
        if not self.corrections_used:
            return 0
        return self.adjustments.get(municipality_id, Adjustment()).correction

    def opening_backlog(self, municipality_id: int) -> int | None:
        """The opening backlog that counts: 0 when none is used, None when unknown."""
        if not self.backlogs_used:
            return 0
        return self.adjustments.get(municipality_id, Adjustment()).opening_backlog


def read_settings(project: ProjectReader) -> DistributionSettings:
    """The vision's scope, own list of groups, carry-over and adjustments."""
    scope, carry_over = project.fetch(
        "SELECT fair_share_scope, carry_over FROM vision ORDER BY id LIMIT 1"
    )[0]
    chosen = frozenset(
        row[0] for row in project.fetch("SELECT target_group_id FROM fair_share_group")
    )
    adjustments = {
        row[0]: Adjustment(*row[1:])
        for row in project.fetch(
            "SELECT municipality_id, correction, opening_backlog, source, reference_date "
            "FROM fair_share_adjustment"
        )
    }
    return DistributionSettings(FairShareScope(scope), chosen, bool(carry_over), adjustments)


@dataclass(frozen=True)
class MunicipalityDistribution:
    """A municipality's fair share over the scope, against what it contributes."""

    municipality_id: int
    key_share: float | None
    balance: Balance
    missing: tuple[str, ...] = ()
    # which of the vision's inputs it lacks: its correction, its opening backlog
    lacks_correction: bool = False
    lacks_opening_backlog: bool = False
    depends_on: tuple[int, ...] = ()  # the years whose need and capacity its figures use

    @property
    def fair_share(self) -> float | None:
        return self.balance.fair_share

    @property
    def contribution(self) -> int | None:
        return self.balance.contribution

    @property
    def correction(self) -> float | None:
        return self.balance.correction

    @property
    def carried_in(self) -> float | None:
        return self.balance.carried_in

    @property
    def backlog(self) -> float | None:
        return self.balance.backlog

    @property
    def difference(self) -> float | None:
        return self.balance.difference

    @property
    def rounded_difference(self) -> int | None:
        return self.balance.rounded_difference


def distribute(
    analysis: Analysis, key: DistributionKey | None = None, years: Iterable[int] | None = None
) -> dict[int, MunicipalityDistribution]:
    """Per municipality its fair share over the scope's groups in `years` (default: the
    whole plan period) under `key` (default: the vision's), with correction and carry-over."""
    figures = analysis.figures
    wanted = set(figures.years if years is None else years)
    chosen = [y for y in figures.years if y in wanted] or figures.years
    run = _Run(analysis, key, chosen)
    return {m.id: run.municipality(m.id, m.name) for m in figures.municipalities}


class _Run:
    """One calculation of `distribute`: what every municipality shares."""

    def __init__(self, analysis: Analysis, key: DistributionKey | None, chosen: list[int]):
        figures = analysis.figures
        self.analysis = analysis
        self.settings = figures.distribution
        self.shares = analysis.shares_for(figures.vision.distribution_key if key is None else key)
        self.first, self.last = chosen[0], chosen[-1]
        self.years = [
            y for y in figures.years if y <= self.last
        ]  # the recursion runs from the start
        recursive = self.settings.carry_over or self.settings.corrections_used
        self.depends = self.years if recursive else chosen  # where an unknown can come from
        self.groups = analysis.scope_groups
        self.need, unknown = _regional_need(analysis, self.groups, self.years)
        self.missing = list(self.shares.missing)
        if not self.groups:
            self.missing.append(EMPTY_SCOPE)
        absent = {m for y in self.depends for m in unknown[y]}
        if absent:
            names = [m.name for m in figures.municipalities if m.id in absent]
            self.missing.append("woonbehoefte van " + ", ".join(names))

    def municipality(self, municipality_id: int, name: str) -> MunicipalityDistribution:
        share = self.shares.shares.get(municipality_id)
        yearly = [
            YearFigures(y, _times(self.need[y], share), self._capacity(municipality_id, y))
            for y in self.years
        ]
        correction = self.settings.correction(municipality_id)
        opening = self.settings.opening_backlog(municipality_id)
        figures = balance(
            yearly,
            correction=correction,
            opening_backlog=opening,
            carry_over=self.settings.carry_over,
            first=self.first,
            last=self.last,
        )
        missing = list(self.missing)
        if self.groups and any(f.contribution is None for f in yearly if f.year in self.depends):
            missing.append(f"aanbod van {name}")
        if correction is None:
            missing.append(f"correctie van {name}")
        if opening is None:
            missing.append(f"beginachterstand van {name}")
        return MunicipalityDistribution(
            municipality_id,
            share,
            figures,
            tuple(missing),
            lacks_correction=correction is None,
            lacks_opening_backlog=opening is None,
            depends_on=tuple(self.depends),
        )

    def _capacity(self, municipality_id: int, year: int) -> int | None:
        """The municipality's capacity for the scope's groups in `year` (None: unknown)."""
        if not self.groups:
            return None
        index = self.analysis.gap_index
        total = 0
        for group in self.groups:
            value = index.get((municipality_id, group.id), {}).get(year, EMPTY_TOTAL).capacity
            if value is None:
                return None
            total += value
        return total


def _regional_need(
    analysis: Analysis, groups: Sequence[TargetGroupInfo], years: Sequence[int]
) -> tuple[dict[int, int | None], dict[int, set[int]]]:
    """Per year the region's need for `groups` (None when a need is unknown or there are no
    groups), and the municipalities whose need is unknown in that year."""
    index = analysis.gap_index
    need: dict[int, int | None] = {}
    unknown: dict[int, set[int]] = {}
    for year in years:
        total, absent = 0, set()
        for m in analysis.figures.municipalities:
            for group in groups:
                value = index.get((m.id, group.id), {}).get(year, EMPTY_TOTAL).need
                if value is None:
                    absent.add(m.id)
                else:
                    total += value
        need[year] = None if absent or not groups else total
        unknown[year] = absent
    return need, unknown


def _times(need: int | None, share: float | None) -> float | None:
    return None if need is None or share is None else need * share
