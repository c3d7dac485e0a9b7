"""The social rent test against hand-worked figures."""

import pytest

from app.services.calculations.social_rent import SocialRentInput, social_rent_test

NORMS = {"goal": 0.30, "national_average": 0.26, "affordable_norm": 2 / 3}


def run(dwellings, social, planned, planned_social, planned_middle):
    return social_rent_test(
        SocialRentInput(dwellings, social, planned, planned_social, planned_middle), **NORMS
    )


def test_municipality_below_national_average():
    """10,000 dwellings of which 2,000 social (20 %); 1,000 new of which 300 social, 400 middle.
    Projected: 2,300 / 11,000 = 20.909 %. Required for 30 %: (0.3*11,000 - 2,000)/1,000 = 130 %
    -> capped at 100 %, goal not reachable. Affordable: 700/1,000 = 70 % >= 2/3."""
    result = run(10_000, 2_000, 1_000, 300, 400)
    assert result.current_share == pytest.approx(0.20)
    assert result.projected_share == pytest.approx(2_300 / 11_000)
    assert result.below_goal is True
    assert result.must_build_30_percent is True
    assert result.required_social_new_build_share == pytest.approx(1.0)
    assert result.goal_reachable is False
    assert result.needed_social_new_build_share == pytest.approx(1.30)
    assert result.affordable_new_build_share == pytest.approx(0.70)
    assert result.meets_affordable_norm is True
    assert result.missing == ()


def test_a_goal_out_of_reach_is_said_in_words_never_as_a_bare_100_percent():
    """The share shown for the example above says why 100 % is not the answer."""
    from app.services.formatting import required_share_text

    result = run(10_000, 2_000, 1_000, 300, 400)
    text = required_share_text(
        result.required_social_new_build_share,
        result.goal_reachable,
        result.needed_social_new_build_share,
    )
    assert text == "niet haalbaar met nieuwbouw alleen: nodig 130,0 %"
    assert required_share_text(0.4134, True, 0.4134) == "41,3 %"
    assert required_share_text(None, None, None) == "onbekend"


def test_municipality_between_average_and_goal():
    """20,000 dwellings, 5,600 social (28 %): above 26 %, below 30 %. 4,000 new.
    Required: (0.3*24,000 - 5,600)/4,000 = 1,600/4,000 = 40 %."""
    result = run(20_000, 5_600, 4_000, 1_000, 1_000)
    assert result.current_share == pytest.approx(0.28)
    assert result.must_build_30_percent is False
    assert result.below_goal is True
    assert result.required_social_new_build_share == pytest.approx(0.40)
    assert result.goal_reachable is True
    assert result.affordable_new_build_share == pytest.approx(0.5)
    assert result.meets_affordable_norm is False


def test_municipality_above_goal_needs_no_social_new_build():
    """40 % social now: the required share is 0 (never negative)."""
    result = run(10_000, 4_000, 500, 0, 500)
    assert result.required_social_new_build_share == 0.0
    assert result.below_goal is False
    assert result.projected_share == pytest.approx(4_000 / 10_500)


def test_exactly_two_thirds_meets_the_norm():
    """200 social + 400 middle out of 900 is exactly 2/3."""
    assert run(10_000, 3_000, 900, 200, 400).meets_affordable_norm is True


def test_missing_social_rent_figure_is_unknown_and_named():
    """Social rent not entered: shares and conclusions are unknown, and it says what is missing."""
    result = run(10_000, None, 1_000, 300, 400)
    assert result.current_share is None
    assert result.projected_share is None
    assert result.must_build_30_percent is None
    assert result.required_social_new_build_share is None
    assert "sociale huurwoningen" in result.missing
    # What does not depend on it is still computed.
    assert result.affordable_new_build_share == pytest.approx(0.70)


def test_zero_dwellings_is_not_a_division_error():
    """A municipality with 0 dwellings entered gets no share, with the reason."""
    result = run(0, 0, 100, 30, 40)
    assert result.current_share is None
    assert "woningvoorraad (is 0)" in result.missing


def test_no_planned_construction():
    """Nothing planned: no required share and no affordable share, but the current share stands."""
    result = run(10_000, 2_000, 0, 0, 0)
    assert result.current_share == pytest.approx(0.2)
    assert result.projected_share == pytest.approx(0.2)
    assert result.required_social_new_build_share is None
    assert result.affordable_new_build_share is None
    assert "geplande nieuwbouw (is 0)" in result.missing


def test_inconsistent_planned_figures_are_flagged():
    """More social new build than new build in total cannot be right."""
    result = run(10_000, 2_000, 100, 300, 0)
    assert result.projected_share is None
    assert any("meer dan de totale nieuwbouw" in m for m in result.missing)
