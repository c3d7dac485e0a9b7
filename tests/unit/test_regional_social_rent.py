"""The regional social rent test against figures worked out by hand for three municipalities.

The region (used throughout):

    municipality  dwellings  social  planned  planned social  planned middle  affordable
    A                10,000   2,000    1,000             300             400         700
    B                20,000   5,600    4,000           1,000           1,000       2,000
    C                30,000  12,000    2,000             400             800       1,200
    region           60,000  19,600    7,000           1,700           2,200       3,900

current share    = 19,600 / 60,000                     = 32.667 %  (goal 30 %: met)
projected share  = (19,600 + 1,700) / (60,000 + 7,000) = 21,300 / 67,000 = 31.791 %  (met)
affordable share = 3,900 / 7,000                       = 55.714 %  (2/3: not met)
required social share of new construction = (0.3 x 67,000 - 19,600) / 7,000 = 500 / 7,000
                                          = 7.143 %

Contributions (part of the regional stock / of the regional affordable new construction;
points added to the current, projected and affordable share):

    A  2,000/19,600 = 10.204 %  700/3,900 = 17.949 %  2,000/60,000 = 3.333  2,300/67,000 = 3.433
       700/7,000 = 10.000
    B  5,600/19,600 = 28.571 %  2,000/3,900 = 51.282 %  5,600/60,000 = 9.333  6,600/67,000 = 9.851
       2,000/7,000 = 28.571
    C  12,000/19,600 = 61.224 %  1,200/3,900 = 30.769 %  12,000/60,000 = 20.000
       12,400/67,000 = 18.507  1,200/7,000 = 17.143

A (20 %) and B (28 %) are each below 30 %; the region as a whole is not.
"""

from __future__ import annotations

import pytest

from app.services.calculations.regional_social_rent import (
    MissingFigure,
    regional_social_rent_test,
)
from app.services.calculations.social_rent import SocialRentInput

A, B, C = 1, 2, 3
NAMES = {A: "Aadorp", B: "Beekbergen", C: "Coevorden"}
FIGURES = {
    A: SocialRentInput(10_000, 2_000, 1_000, 300, 400),
    B: SocialRentInput(20_000, 5_600, 4_000, 1_000, 1_000),
    C: SocialRentInput(30_000, 12_000, 2_000, 400, 800),
}


LETTERS = {"A": A, "B": B, "C": C}


def run(**changes: SocialRentInput):
    """The test of the region above, with some municipalities' figures changed."""
    figures = dict(FIGURES)
    figures.update({LETTERS[letter]: value for letter, value in changes.items()})
    return regional_social_rent_test(figures, NAMES, goal=0.30, affordable_norm=2 / 3)


def test_the_three_regional_shares_worked_out_by_hand():
    """The region's shares are sums over sums, against 30 % and 2/3 (see the module)."""
    region = run()
    assert region.dwellings == 60_000
    assert region.social_rent_dwellings == 19_600
    assert region.planned_new_total == 7_000
    assert region.planned_new_social == 1_700
    assert region.planned_new_affordable == 3_900
    assert region.current.share == pytest.approx(19_600 / 60_000)
    assert region.current.share == pytest.approx(0.326667, abs=1e-6)
    assert region.current.meets_norm is True
    assert region.projected.share == pytest.approx(21_300 / 67_000)
    assert region.projected.share == pytest.approx(0.317910, abs=1e-6)
    assert region.projected.meets_norm is True
    assert region.affordable.share == pytest.approx(3_900 / 7_000)
    assert region.affordable.share == pytest.approx(0.557143, abs=1e-6)
    assert region.affordable.meets_norm is False
    assert (region.current.norm, region.affordable.norm) == (0.30, pytest.approx(2 / 3))
    assert region.required_social_new_build_share == pytest.approx(500 / 7_000)
    assert region.goal_reachable is True
    assert region.missing == ()


def test_each_municipality_contribution_worked_out_by_hand():
    """Its figures, its part of the regional totals and its points, in the vision's order."""
    region = run()
    a, b, c = region.contributions
    assert [x.municipality_id for x in (a, b, c)] == [A, B, C]
    assert (a.social_rent_dwellings, a.planned_new_affordable) == (2_000, 700)
    assert a.share_of_social_rent == pytest.approx(0.102041, abs=1e-6)
    assert b.share_of_social_rent == pytest.approx(0.285714, abs=1e-6)
    assert c.share_of_social_rent == pytest.approx(0.612245, abs=1e-6)
    assert a.share_of_affordable_new_build == pytest.approx(0.179487, abs=1e-6)
    assert b.share_of_affordable_new_build == pytest.approx(0.512821, abs=1e-6)
    assert c.share_of_affordable_new_build == pytest.approx(0.307692, abs=1e-6)
    assert [x.current_points for x in (a, b, c)] == pytest.approx([2 / 60, 5.6 / 60, 0.2])
    assert [x.projected_points for x in (a, b, c)] == pytest.approx(
        [2_300 / 67_000, 6_600 / 67_000, 12_400 / 67_000]
    )
    assert [x.affordable_points for x in (a, b, c)] == pytest.approx([0.1, 2 / 7, 1.2 / 7])


def test_the_points_of_the_municipalities_add_up_to_the_regional_share():
    """The chart stacks the points: their sum is the region's share, exactly."""
    region = run()
    for share, points in (
        (region.current, [c.current_points for c in region.contributions]),
        (region.projected, [c.projected_points for c in region.contributions]),
        (region.affordable, [c.affordable_points for c in region.contributions]),
    ):
        assert sum(points) == pytest.approx(share.share)
    assert sum(c.share_of_social_rent for c in region.contributions) == pytest.approx(1)


def test_a_region_below_the_goal_where_new_construction_cannot_reach_it():
    """C with 3,000 social instead of 12,000: 10,600 / 60,000 = 17.667 % now, 12,300 / 67,000
    = 18.358 % at the end; required (20,100 - 10,600) / 7,000 = 135.714 %: out of reach."""
    region = run(C=SocialRentInput(30_000, 3_000, 2_000, 400, 800))
    assert region.current.share == pytest.approx(10_600 / 60_000)
    assert region.current.meets_norm is False
    assert region.projected.share == pytest.approx(12_300 / 67_000)
    assert region.projected.meets_norm is False
    assert region.required_social_new_build_share == 1.0
    assert region.goal_reachable is False
    assert region.needed_social_new_build_share == pytest.approx(9_500 / 7_000)


def test_one_unknown_stock_makes_the_regional_shares_unknown_and_names_it():
    """Never the share of the known municipalities: B's social rent stock unknown makes the
    current and projected share unknown; the affordable share does not use it."""
    region = run(B=SocialRentInput(20_000, None, 4_000, 1_000, 1_000))
    assert region.current.share is None and region.current.meets_norm is None
    assert region.projected.share is None
    assert region.current.missing == (MissingFigure(B, "sociale huurwoningen", "Beekbergen"),)
    assert region.current.missing[0].description == "sociale huurwoningen van Beekbergen"
    assert region.projected.missing == region.current.missing
    assert region.affordable.share == pytest.approx(3_900 / 7_000)
    assert region.affordable.missing == ()
    assert region.social_rent_dwellings is None
    assert region.required_social_new_build_share is None
    b = region.contributions[1]
    assert b.social_rent_dwellings is None and b.share_of_social_rent is None
    # the others' parts of an unknown total are unknown too
    assert region.contributions[0].share_of_social_rent is None
    assert region.contributions[0].current_points is None
    assert region.contributions[0].dwellings == 10_000


def test_an_unknown_planned_middle_makes_only_the_affordable_share_unknown():
    """C's planned middle segment unknown: affordable unknown, the stock shares stand."""
    region = run(C=SocialRentInput(30_000, 12_000, 2_000, 400, None))
    assert region.affordable.share is None
    assert [m.description for m in region.affordable.missing] == [
        "geplande nieuwbouw middensegment van Coevorden"
    ]
    assert region.current.share == pytest.approx(19_600 / 60_000)
    assert region.projected.share == pytest.approx(21_300 / 67_000)
    assert region.contributions[2].planned_new_affordable is None


def test_every_missing_figure_is_named_once_per_share():
    """Several municipalities missing several figures: each named, in the vision's order."""
    region = run(
        A=SocialRentInput(None, 2_000, None, 300, 400),
        C=SocialRentInput(30_000, 12_000, 2_000, None, 800),
    )
    assert [m.description for m in region.projected.missing] == [
        "woningvoorraad van Aadorp",
        "geplande nieuwbouw van Aadorp",
        "geplande nieuwbouw sociale huur van Coevorden",
    ]
    assert [m.municipality_id for m in region.missing] == [A, A, C]


def test_figures_the_municipal_test_refuses_are_refused_for_the_region():
    """0 dwellings, more social than dwellings, more planned social than planned, or social
    and middle together more than planned: refused with the reason, share unknown."""
    cases = {
        "woningvoorraad van Aadorp (is 0)": SocialRentInput(0, 0, 1_000, 300, 400),
        "sociale huurwoningen van Aadorp (meer dan de hele woningvoorraad)": SocialRentInput(
            1_000, 2_000, 1_000, 300, 400
        ),
        "geplande sociale huur van Aadorp (meer dan de totale nieuwbouw)": SocialRentInput(
            10_000, 2_000, 100, 300, 0
        ),
        "geplande betaalbare nieuwbouw van Aadorp (meer dan de totale nieuwbouw)": (
            SocialRentInput(10_000, 2_000, 1_000, 600, 600)
        ),
    }
    for reason, figures in cases.items():
        region = run(A=figures)
        shares = [region.current, region.projected, region.affordable]
        unknown = [s for s in shares if s.share is None]
        assert unknown, reason
        assert all([m.description for m in s.missing] == [reason] for s in unknown), reason
        assert [m.description for m in region.missing] == [reason]


def test_no_planned_construction_in_the_region():
    """Nothing planned anywhere: the projected share is today's, the affordable share and
    the required share are unknown with the reason."""
    nothing = {
        letter: SocialRentInput(FIGURES[m].dwellings, FIGURES[m].social_rent_dwellings, 0, 0, 0)
        for letter, m in LETTERS.items()
    }
    region = run(**nothing)
    assert region.projected.share == pytest.approx(19_600 / 60_000)
    assert region.affordable.share is None
    assert [m.description for m in region.affordable.missing] == [
        "geplande nieuwbouw in de regio (is 0)"
    ]
    assert region.affordable.missing[0].municipality_id is None
    assert region.required_social_new_build_share is None
    assert all(c.share_of_affordable_new_build is None for c in region.contributions)


def test_one_municipality_planning_nothing_still_counts():
    """A planning nothing: it adds 0 to the planned totals, the region is still known.
    Projected (19,600 + 1,400) / (60,000 + 6,000) = 31.818 %; affordable 3,200 / 6,000."""
    region = run(A=SocialRentInput(10_000, 2_000, 0, 0, 0))
    assert region.projected.share == pytest.approx(21_000 / 66_000)
    assert region.affordable.share == pytest.approx(3_200 / 6_000)
    assert region.contributions[0].share_of_affordable_new_build == 0


def test_exactly_the_norm_meets_it():
    """Affordable exactly 2/3 of the region's new construction meets the norm."""
    region = regional_social_rent_test(
        {A: SocialRentInput(100, 30, 900, 200, 400)}, NAMES, goal=0.30, affordable_norm=2 / 3
    )
    assert region.affordable.meets_norm is True
    assert region.current.meets_norm is True  # 30 / 100 is exactly the goal


def test_a_region_without_municipalities_is_unknown_not_an_error():
    """No municipality at all: every share unknown, with the reason."""
    region = regional_social_rent_test({}, {}, goal=0.30, affordable_norm=2 / 3)
    assert region.current.share is None and region.affordable.share is None
    assert region.current.missing[0].description == "gemeenten (de regio heeft er geen)"
    assert region.contributions == ()
