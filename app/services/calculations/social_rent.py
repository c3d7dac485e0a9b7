"""The social rent test of one municipality against the goal (30 %) and the national average.

current share   = social rent dwellings / dwellings
projected share = (social + planned social new) / (dwellings + planned new), end of period
required share  = share of planned new construction that must be social rent to reach the
                  goal: (goal x (dwellings + planned) - social) / planned, within 0-100 %
must build      = by the norm set's rule: current share below the national average (2023),
                  or below the goal (2022): the municipality must build (at least the
                  minimum social share of new construction, a norm); None where the rule
                  is for the region as a whole (2025/2026) or a figure it needs is unknown;
                  the field keeps its old name `must_build_30_percent`
affordable      = (planned social + planned middle) / planned new, against 2/3
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import MustBuildRule

# Shares are compared with a tolerance so that exactly 2/3 counts as meeting 2/3.
EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class SocialRentInput:
    """The baseline figures the test needs; None = not entered."""

    dwellings: int | None
    social_rent_dwellings: int | None
    planned_new_total: int | None
    planned_new_social: int | None
    planned_new_middle: int | None


@dataclass(frozen=True, slots=True)
class SocialRentResult:
    """Outcome of the test; values are None where an input is missing (see `missing`)."""

    current_share: float | None
    projected_share: float | None
    below_goal: bool | None
    must_build_30_percent: bool | None  # must build at least the minimum share (any norm)
    required_social_new_build_share: float | None  # within 0-100 %
    goal_reachable: bool | None
    needed_social_new_build_share: float | None  # not capped: 1.28 when out of reach
    affordable_new_build_share: float | None
    meets_affordable_norm: bool | None
    missing: tuple[str, ...]


def social_rent_test(
    figures: SocialRentInput,
    *,
    goal: float | None,
    national_average: float | None,
    affordable_norm: float | None,
    rule: MustBuildRule = MustBuildRule.BELOW_NATIONAL_AVERAGE,
) -> SocialRentResult:
    """Run the test; every conclusion needs only the inputs it uses. A norm that is None
    (the norm set names no figure) leaves the conclusions that use it unknown."""
    dwellings, social = figures.dwellings, figures.social_rent_dwellings
    planned, planned_social = figures.planned_new_total, figures.planned_new_social
    planned_middle = figures.planned_new_middle
    missing: list[str] = []
    if dwellings is None:
        missing.append("woningvoorraad")
    elif dwellings == 0:
        missing.append("woningvoorraad (is 0)")
    if social is None:
        missing.append("sociale huurwoningen")
    if planned is None:
        missing.append("geplande nieuwbouw")
    if planned_social is None:
        missing.append("geplande nieuwbouw sociale huur")
    if planned_middle is None:
        missing.append("geplande nieuwbouw middensegment")

    current = social / dwellings if dwellings and social is not None else None
    # (`current` is known only when `social` and `dwellings` are: said again for mypy)
    if current is not None and social is not None and dwellings is not None and social > dwellings:
        missing.append("sociale huurwoningen (meer dan de hele woningvoorraad)")
        current = None
    if planned is not None and planned_social is not None and planned_social > planned:
        missing.append("geplande sociale huur (meer dan de totale nieuwbouw)")
        planned_social = None

    projected = None
    if (
        current is not None
        and dwellings is not None
        and social is not None
        and planned is not None
        and planned_social is not None
    ):
        projected = (social + planned_social) / (dwellings + planned)

    required = reachable = needed = None
    if (
        goal is not None
        and current is not None
        and dwellings is not None
        and social is not None
        and planned is not None
    ):
        if planned == 0:
            missing.append("geplande nieuwbouw (is 0)")
        else:
            raw = (goal * (dwellings + planned) - social) / planned
            needed = max(raw, 0.0)
            required = min(needed, 1.0)
            reachable = raw <= 1.0 + EPSILON

    affordable = meets = None
    if planned and planned_social is not None and planned_middle is not None:
        if planned_social + planned_middle > planned:
            missing.append("geplande betaalbare nieuwbouw (meer dan de totale nieuwbouw)")
        else:
            affordable = (planned_social + planned_middle) / planned
            meets = None if affordable_norm is None else affordable + EPSILON >= affordable_norm

    return SocialRentResult(
        current_share=current,
        projected_share=projected,
        below_goal=_below(current, goal),
        must_build_30_percent=_below(current, _threshold(rule, goal, national_average)),
        required_social_new_build_share=required,
        goal_reachable=reachable,
        needed_social_new_build_share=needed,
        affordable_new_build_share=affordable,
        meets_affordable_norm=meets,
        missing=tuple(dict.fromkeys(missing)),
    )


def _below(share: float | None, threshold: float | None) -> bool | None:
    if share is None or threshold is None:
        return None
    return share + EPSILON < threshold


def _threshold(rule: MustBuildRule, goal: float | None, average: float | None) -> float | None:
    """The share under which a municipality must build social rent; None for a rule about
    the region as a whole."""
    if rule is MustBuildRule.BELOW_GOAL:
        return goal
    if rule is MustBuildRule.BELOW_NATIONAL_AVERAGE:
        return average
    return None
