"""The yearly balance of the evenwichtige verdeling (correction and carry-over), against
figures worked out by hand in each docstring. Fair share F = 10 every year throughout."""

import pytest

from app.services.calculations.distribution import YearFigures, balance


def years(*contributions):
    """2025, 2026, ... with fair share 10 and the given contributions."""
    return [YearFigures(2025 + i, 10.0, c) for i, c in enumerate(contributions)]


def test_without_correction_or_carry_over_the_period_adds_up():
    """C = 4, 12, 16: fair share 30, contribution 32, difference +2, nothing carried."""
    result = balance(years(4, 12, 16), correction=0, opening_backlog=0, carry_over=False)
    assert (result.fair_share, result.contribution, result.correction) == (30, 32, 0)
    assert (result.carried_in, result.difference, result.backlog) == (0, 2, 0)


def test_carry_over_adds_the_shortfall_to_the_next_year():
    """C = 4, 12, 8 with carry-over: 2025 due 10, open 6; 2026 due 10 + 6 = 16, open 4;
    2027 due 10 + 4 = 14, open 6. Difference 24 - 30 = -6, backlog 6."""
    result = balance(years(4, 12, 8), correction=0, opening_backlog=0, carry_over=True)
    assert [s.carried_in for s in result.steps] == [0, 6, 4]
    assert [s.backlog for s in result.steps] == [6, 4, 6]
    assert (result.difference, result.backlog) == (-6, 6)


def test_a_surplus_is_not_carried():
    """C = 16, 4, 10: 2025's 6 extra is not kept (open 0); 2026 open 6; 2027 due 16,
    open 6. The period balances (difference 0) but 6 is carried on."""
    result = balance(years(16, 4, 10), correction=0, opening_backlog=0, carry_over=True)
    assert [s.backlog for s in result.steps] == [0, 6, 6]
    assert (result.difference, result.backlog) == (0, 6)


def test_the_correction_covers_the_first_shortfalls():
    """Correction 5, C = 4, 12, 8, carry-over: 2025 open 6, 5 covered, backlog 1; 2026 due
    11, open 0; 2027 due 10, open 2, nothing left to cover it. Difference 24 + 5 - 30 = -1,
    backlog 2."""
    result = balance(years(4, 12, 8), correction=5, opening_backlog=0, carry_over=True)
    assert [s.correction_used for s in result.steps] == [5, 0, 0]
    assert [s.backlog for s in result.steps] == [1, 0, 2]
    assert (result.correction, result.difference, result.backlog) == (5, -1, 2)


def test_the_correction_without_carry_over_counts_once():
    """Correction 5, C = 4, 12, 8, no carry-over: difference 24 + 5 - 30 = -1, no backlog."""
    result = balance(years(4, 12, 8), correction=5, opening_backlog=0, carry_over=False)
    assert (result.correction, result.difference, result.backlog) == (5, -1, 0)
    assert [s.carried_in for s in result.steps] == [0, 0, 0]


def test_a_correction_larger_than_the_shortfalls_is_left_over():
    """Correction 20, C = 4, 12, 8, carry-over: 6 covered in 2025, 2 in 2027; 12 places of
    the correction remain; difference 24 + 20 - 30 = +14, backlog 0."""
    result = balance(years(4, 12, 8), correction=20, opening_backlog=0, carry_over=True)
    assert [s.correction_used for s in result.steps] == [6, 0, 2]
    assert (result.difference, result.backlog) == (14, 0)


def test_the_opening_backlog_is_carried_into_the_first_year():
    """Opening backlog 3, C = 4, 12, 16, carry-over: 2025 due 13, open 9; 2026 due 19,
    open 7; 2027 due 17, open 1. Difference 32 - 30 - 3 = -1, backlog 1."""
    result = balance(years(4, 12, 16), correction=0, opening_backlog=3, carry_over=True)
    assert result.carried_in == 3
    assert [s.backlog for s in result.steps] == [9, 7, 1]
    assert (result.difference, result.backlog) == (-1, 1)


def test_the_opening_backlog_does_not_count_without_carry_over():
    """Without carry-over nothing is carried, the opening backlog neither."""
    result = balance(years(4, 12, 16), correction=0, opening_backlog=3, carry_over=False)
    assert (result.carried_in, result.difference, result.backlog) == (0, 2, 0)


def test_later_years_start_from_what_the_earlier_years_left():
    """Correction 5, C = 4, 12, 8, carry-over, shown 2026-2027: carried in 1 (2025's
    backlog), nothing left of the correction; fair share 20, contribution 20, difference
    20 + 0 - 20 - 1 = -1, backlog 2."""
    result = balance(years(4, 12, 8), correction=5, opening_backlog=0, carry_over=True, first=2026)
    assert (result.fair_share, result.contribution) == (20, 20)
    assert (result.carried_in, result.correction) == (1, 0)
    assert (result.difference, result.backlog) == (-1, 2)
    assert [s.year for s in result.steps] == [2026, 2027]


def test_the_years_up_to_last_only():
    """Shown 2025 only (carry-over, C = 4): fair share 10, contribution 4, backlog 6."""
    result = balance(years(4, 12, 8), correction=0, opening_backlog=0, carry_over=True, last=2025)
    assert (result.fair_share, result.contribution, result.backlog) == (10, 4, 6)


def test_an_unknown_contribution_makes_what_follows_unknown():
    """2026's contribution unknown: 2025 is known, the backlog from 2026 on and the period's
    contribution and difference are not; the fair share is."""
    result = balance(years(4, None, 8), correction=0, opening_backlog=0, carry_over=True)
    assert [s.backlog for s in result.steps] == [6, None, None]
    assert result.fair_share == 30
    assert (result.contribution, result.difference, result.backlog) == (None, None, None)


def test_an_unknown_correction_is_unknown_not_zero():
    """Correction used but unknown: the correction, difference and backlog are unknown."""
    result = balance(years(4, 12, 8), correction=None, opening_backlog=0, carry_over=True)
    assert (result.correction, result.difference, result.backlog) == (None, None, None)
    assert result.contribution == 24


def test_a_used_up_correction_leaves_the_rest_known():
    """A correction of 0 covers nothing, whatever stays open: an unknown year's backlog
    stays unknown, but no unknown use of the correction is invented."""
    result = balance(
        [YearFigures(2025, None, 3)], correction=0, opening_backlog=0, carry_over=False
    )
    assert result.steps[0].correction_used == 0
    assert result.steps[0].backlog is None


def test_rounded_difference_adds_up_the_rounded_figures():
    """Fair share 3 x 1.5 = 4.5, shown as round(4.5) = 4 (halves to even, as every table
    rounds); contribution 3: the difference shown is 3 - 4 = -1, not -1.5 rounded."""
    figures = [YearFigures(2025 + i, 1.5, 1) for i in range(3)]
    result = balance(figures, correction=0, opening_backlog=0, carry_over=False)
    assert result.fair_share == pytest.approx(4.5)
    assert result.rounded_difference == -1
