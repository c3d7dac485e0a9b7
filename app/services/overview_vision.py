"""What the overview over many visions keeps of one vision: a small summary, never the whole
`Analysis` (a province reads a hundred national visions one after the other).

Per active group the region's need, capacity, shortage and surplus per year of the vision's
own plan period and over the whole period (the sums of `Analysis.gap_total`, unknown when a
cell is); the social-rent and affordability tests on the region's summed figures, with how
many of its municipalities pass each test; each agreement's status per year as entered.
What was actually delivered (metingen) is not recorded in a vision yet; once it is, it
belongs beside need and capacity in `GroupFigures`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services import catalogue
from app.services.analysis import Analysis
from app.services.calculations.gaps import GapTotal
from app.services.calculations.regional_social_rent import RegionalSocialRent
from app.services.calculations.social_rent import SocialRentResult
from app.services.dto import AgreementInfo, AgreementYearInfo
from app.services.summary import region_item


@dataclass(frozen=True, slots=True)
class GroupFigures:
    """One group of a vision, summed over its municipalities: per year of the vision's plan
    period, and over the whole period."""

    label: str
    years: Mapping[int, GapTotal]
    total: GapTotal


@dataclass(frozen=True, slots=True)
class TestCounts:
    """How many municipalities a test answers yes, no and unknown for."""

    true: int
    false: int
    unknown: int


@dataclass(frozen=True, slots=True)
class RegionTests:
    """The social-rent and affordability tests of a vision's region: the test run on the
    region's summed baseline figures, and per test how many municipalities it holds for."""

    region: RegionalSocialRent
    summary_region: dict[str, Any]  # the vision's summary --json 'region' object
    below_goal: TestCounts
    must_build_30_percent: TestCounts  # below the national average (the field's old name)
    goal_reachable: TestCounts
    meets_affordable_norm: TestCounts
    goal: float | None  # None: the vision's norm set has no such norm
    national_average: float | None
    affordable_norm: float | None


@dataclass(frozen=True, slots=True)
class AgreementStatuses:
    """An agreement with its target, realised value and status per year, as entered."""

    description: str
    municipality: str | None  # its name; None for a regional agreement
    target_group: str | None  # the group's label
    years: Mapping[int, AgreementYearInfo]


@dataclass(frozen=True, slots=True)
class VisionSummary:
    """The part of one vision the overview shows."""

    path: Path
    title: str
    region_name: str
    start_year: int
    end_year: int
    scenario: str
    is_example: bool
    municipalities: tuple[tuple[str, str], ...]  # (CBS code, name)
    groups: tuple[GroupFigures, ...]
    tests: RegionTests
    agreements: tuple[AgreementStatuses, ...]

    @property
    def years(self) -> range:
        return range(self.start_year, self.end_year + 1)


def summarise(
    path: Path,
    analysis: Analysis,
    agreements: Iterable[AgreementInfo],
    group_labels: Mapping[int, str],
) -> VisionSummary:
    """The summary of the vision at `path` (`group_labels`: every group's label by id,
    switched off or not, for the agreements)."""
    figures = analysis.figures
    vision = figures.vision
    names = {m.code: m.name for m in figures.municipalities}
    return VisionSummary(
        path=path,
        title=vision.title,
        region_name=vision.region_name,
        start_year=vision.start_year,
        end_year=vision.end_year,
        scenario=figures.scenario,
        is_example=vision.is_example,
        municipalities=tuple(names.items()),
        groups=_groups(analysis),
        tests=region_tests(analysis),
        agreements=tuple(
            AgreementStatuses(
                a.description,
                None if a.municipality_code is None else names.get(a.municipality_code),
                None if a.group_id is None else group_labels.get(a.group_id),
                a.years,
            )
            for a in agreements
        ),
    )


def _groups(analysis: Analysis) -> tuple[GroupFigures, ...]:
    """Each active group's sums per year (in one pass over the cells) and over the period."""
    by_year = analysis.gap_totals_by(lambda _m, g, y: (g, y))
    return tuple(
        GroupFigures(
            g.label,
            {
                y: by_year.get((g.id, y)) or analysis.gap_total(group_id=g.id, years=[y])
                for y in analysis.figures.years
            },
            analysis.gap_total(group_id=g.id),
        )
        for g in analysis.figures.groups
    )


def region_tests(analysis: Analysis) -> RegionTests:
    """The region's own test (`Analysis.region_social_rent`, the same figures and JSON as
    the vision's `summary --json`), with the vision's norms, and the count of
    municipalities per outcome."""
    figures = analysis.figures
    norm = figures.norm
    goal, average = norm(catalogue.SOCIAL_RENT_GOAL), norm(catalogue.NATIONAL_SOCIAL_SHARE)
    affordable = norm(catalogue.AFFORDABLE_NEW_BUILD)
    codes = {m.id: m.code for m in figures.municipalities}
    region = analysis.region_social_rent
    tests = list(analysis.social_rent.values())
    return RegionTests(
        region=region,
        summary_region=region_item(analysis, codes),
        below_goal=_count(tests, lambda t: t.below_goal),
        must_build_30_percent=_count(tests, lambda t: t.must_build_30_percent),
        goal_reachable=_count(tests, lambda t: t.goal_reachable),
        meets_affordable_norm=_count(tests, lambda t: t.meets_affordable_norm),
        goal=goal,
        national_average=average,
        affordable_norm=affordable,
    )


def _count(
    tests: list[SocialRentResult], outcome: Callable[[SocialRentResult], bool | None]
) -> TestCounts:
    answers = [outcome(t) for t in tests]
    return TestCounts(answers.count(True), answers.count(False), answers.count(None))
