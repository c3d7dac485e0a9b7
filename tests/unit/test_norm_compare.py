"""'Wat verandert er?': the differences between two norm sets and their effect on a vision,
worked out by hand for Delft, 's-Gravenhage and Rijswijk.

                 dwellings  social   share   planned  social  middle
  Delft             50.000  16.000  32,0 %     2.000     400     800
  's-Gravenhage    260.000  75.400  29,0 %    10.000   3.000   3.500
  Rijswijk          27.000   6.480  24,0 %     1.000     300     400
  region           337.000  97.880  29,0 %    13.000   3.700   4.700

National average 28,3 % (computed). Goal 30 %:
  needed in new construction = (0,30 x (dwellings + planned) - social) / planned:
  Delft (15.600 - 16.000) / 2.000 < 0 -> 0,0 %; 's-Gravenhage (81.000 - 75.400) / 10.000
  = 56,0 %; Rijswijk (8.400 - 6.480) / 1.000 = 192,0 % (not reachable).
Region: social in new construction 3.700 / 13.000 = 28,5 % (< 30 %); affordable
(3.700 + 4.700) / 13.000 = 64,6 % (< 2/3).
"""

from __future__ import annotations

import pytest

from app.models import BaselineIndicator as B
from app.models import MustBuildRule
from app.services import municipalities, norms
from app.services.analysis import analyse
from app.services.calculations.regional_social_rent import regional_social_rent_test
from app.services.calculations.social_rent import SocialRentInput, social_rent_test
from app.services.norm_compare import Effect, compare_norm_sets
from app.services.norm_sets import HOUSING_ACT_2026, PROGRAMME_2022, PROGRESS_2023, find_set

FIGURES = {
    "GM0503": (50_000, 16_000, 2_000, 400, 800),
    "GM0518": (260_000, 75_400, 10_000, 3_000, 3_500),
    "GM0603": (27_000, 6_480, 1_000, 300, 400),
}
INDICATORS = (
    B.DWELLINGS,
    B.SOCIAL_RENT_DWELLINGS,
    B.PLANNED_NEW_TOTAL,
    B.PLANNED_NEW_SOCIAL,
    B.PLANNED_NEW_MIDDLE,
)
THE_HAGUE = "'s-Gravenhage"


@pytest.fixture
def region(project):
    for code, values in FIGURES.items():
        for indicator, value in zip(INDICATORS, values, strict=True):
            municipalities.set_baseline(project, code, indicator, value)
    return project


def _compare(project, first: str, second: str):
    sets = find_set(first), find_set(second)
    assert None not in sets
    return compare_norm_sets(analyse(project), norms.list_norms(project), *sets)


def test_2023_to_2022_changes_who_must_build(region):
    """2022: below the goal (30 %) must build; 2023: below the average (28,3 %). Only
    's-Gravenhage (29,0 %) lies between. 2/3 was national in 2022, per region (woondeals)
    in 2023: the region's 64,6 % is tested only under 2023."""
    comparison = _compare(region, PROGRESS_2023, PROGRAMME_2022)
    assert comparison.effects == (
        Effect(THE_HAGUE, "Moet sociaal bouwen", "nee", "ja"),
        Effect(
            "Regio",
            "Betaalbaar in de geplande nieuwbouw",
            "64,6 % tegen 2/3 per regio: voldoet niet",
            "64,6 % (geen norm per regio)",
        ),
    )
    assert comparison.categories_added == (
        "Dak- en thuisloze mensen",
        "Uitstromers uit intramurale (zorg)instellingen",
        "Uitstromers uit detentie",
        "Sociaal en medisch urgenten",
    )
    assert len(comparison.categories_dropped) == 6
    changed = {r.code for r in comparison.norms if r.changed}
    assert changed == {
        "min_social_new_build_share",
        "affordable_new_build_share",
        "middle_income_share",
    }


def test_2023_to_the_law_moves_the_test_to_the_region(region):
    """Under the law no goal and no municipal rule: every municipality's test becomes n.v.t.;
    the region's 28,5 % social rent in new construction falls short of 30 % per region."""
    comparison = _compare(region, PROGRESS_2023, HOUSING_ACT_2026)
    by = {(e.subject, e.what): (e.first, e.second) for e in comparison.effects}
    rule = "n.v.t. (norm voor de regio)"
    absent = "n.v.t. (niet in de normenset)"
    assert by[("Delft", "Moet sociaal bouwen")] == ("nee", rule)
    assert by[("Rijswijk (ZH.)", "Moet sociaal bouwen")] == ("ja", rule)
    assert by[(THE_HAGUE, "Onder het streven")] == ("ja", absent)
    assert by[("Delft", "Nodig in nieuwbouw voor het streven")] == ("0,0 %", absent)
    assert by[(THE_HAGUE, "Nodig in nieuwbouw voor het streven")] == ("56,0 %", absent)
    assert by[("Rijswijk (ZH.)", "Nodig in nieuwbouw voor het streven")] == (
        "niet haalbaar met nieuwbouw alleen: nodig 192,0 %",
        absent,
    )
    assert by[("Regio", "Sociale huur in de geplande nieuwbouw")] == (
        "28,5 % (geen norm per regio)",
        "28,5 % tegen 30 % per regio: voldoet niet",
    )
    assert ("Regio", "Betaalbaar in de geplande nieuwbouw") not in by  # per region in both
    assert not any(e.what == "Evenredig aandeel" for e in comparison.effects)
    assert comparison.categories_added[-1] == "Dakloze gezinnen met kinderen"
    assert comparison.categories_dropped == ()


def test_overridden_values_count_under_both_sets(region):
    """A goal of 25 % set by the user stays when comparing: the law then has a goal too, and
    the comparison says the override holds."""
    norms.set_norm(region, "social_rent_goal", 0.25)
    comparison = _compare(region, PROGRESS_2023, HOUSING_ACT_2026)
    assert not any(e.what == "Onder het streven" for e in comparison.effects)
    assert comparison.kept_overrides[0].startswith(
        "Streven aandeel sociale huurwoningen in de woningvoorraad: 25 % (eigen waarde sinds"
    )


def test_the_same_set_changes_nothing(region):
    """A set against itself: no norm differs, no effect."""
    comparison = _compare(region, HOUSING_ACT_2026, HOUSING_ACT_2026)
    assert comparison.effects == () and not any(r.changed for r in comparison.norms)


def test_region_shares_are_sums_and_unknown_when_one_figure_is_missing():
    """The region's shares from the sums (table above), as the one regional test computes
    them; one municipality without planned middle makes only the affordable share unknown.
    The law's set tests 30 % social rent of the new construction per region."""
    inputs = {i: SocialRentInput(*values) for i, values in enumerate(FIGURES.values())}
    names = {i: name for i, name in enumerate(FIGURES)}
    region = regional_social_rent_test(
        inputs, names, goal=None, affordable_norm=2 / 3, social_new_build_norm=0.30
    )
    assert region.current.share == pytest.approx(97_880 / 337_000)
    assert region.projected.share == pytest.approx((97_880 + 3_700) / (337_000 + 13_000))
    assert region.social_new_build.share == pytest.approx(3_700 / 13_000)
    assert region.social_new_build.meets_norm is False  # 28,5 % < 30 %
    assert region.current.meets_norm is None  # the law's set has no goal for the stock
    assert region.required_social_new_build_share is None
    assert region.affordable.share == pytest.approx(8_400 / 13_000)
    inputs[0] = SocialRentInput(50_000, 16_000, 2_000, 400, None)
    partial = regional_social_rent_test(inputs, names, goal=0.30, affordable_norm=2 / 3)
    assert partial.affordable.share is None and partial.social_new_build.share is not None
    assert partial.social_new_build.meets_norm is None  # no regional norm without the law


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (MustBuildRule.BELOW_NATIONAL_AVERAGE, False),  # 29 % is above 28,3 %
        (MustBuildRule.BELOW_GOAL, True),  # 29 % is below 30 %
        (MustBuildRule.REGION, None),  # a rule for the region as a whole
    ],
)
def test_the_rule_decides_who_must_build(rule, expected):
    """'s-Gravenhage under each rule."""
    result = social_rent_test(
        SocialRentInput(*FIGURES["GM0518"]),
        goal=0.30,
        national_average=0.283,
        affordable_norm=2 / 3,
        rule=rule,
    )
    assert result.must_build_30_percent is expected


def test_without_a_goal_the_goal_s_conclusions_are_unknown():
    """A set without a goal: below goal and the needed share unknown, the rest computed."""
    result = social_rent_test(
        SocialRentInput(*FIGURES["GM0518"]),
        goal=None,
        national_average=0.283,
        affordable_norm=None,
    )
    assert result.below_goal is None and result.required_social_new_build_share is None
    assert result.current_share == pytest.approx(0.29)
    assert result.affordable_new_build_share == pytest.approx(0.65)
    assert result.meets_affordable_norm is None
