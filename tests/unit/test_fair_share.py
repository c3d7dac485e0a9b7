"""Fair share (evenwichtige verdeling) against hand-worked figures."""

import pytest

from app.models import BaselineIndicator as B
from app.models import DistributionKey
from app.services.calculations.fair_share import fair_shares, key_shares

NAMES = {1: "Groot", 2: "Klein"}
BASELINE = {
    1: {
        B.INHABITANTS: 75_000,
        B.HOUSEHOLDS: 30_000,
        B.DWELLINGS: 32_000,
        B.SOCIAL_RENT_DWELLINGS: 12_000,
    },
    2: {
        B.INHABITANTS: 25_000,
        B.HOUSEHOLDS: 10_000,
        B.DWELLINGS: 8_000,
        B.SOCIAL_RENT_DWELLINGS: None,
    },
}


def test_inhabitants_key_divides_by_population():
    """75,000 and 25,000 inhabitants: shares 75 % and 25 %."""
    shares = key_shares(BASELINE, NAMES, DistributionKey.INHABITANTS)
    assert shares.shares == {1: pytest.approx(0.75), 2: pytest.approx(0.25)}
    assert shares.missing == ()


def test_dwellings_key():
    """32,000 and 8,000 dwellings: 80 % and 20 %."""
    shares = key_shares(BASELINE, NAMES, DistributionKey.DWELLINGS).shares
    assert shares == {1: pytest.approx(0.8), 2: pytest.approx(0.2)}


def test_missing_key_figure_makes_every_share_unknown_and_names_it():
    """Klein has no social rent figure: no municipality's share can be computed."""
    shares = key_shares(BASELINE, NAMES, DistributionKey.SOCIAL_RENT_DWELLINGS)
    assert shares.shares == {1: None, 2: None}
    assert shares.missing == ("sociale huurwoningen (corporatiebezit) van Klein",)


def test_weighted_mix_averages_the_shares_by_weight():
    """Weights inhabitants 1, dwellings 3: Groot = (1*0.75 + 3*0.8)/4 = 0.7875."""
    weights = {B.INHABITANTS: 1.0, B.DWELLINGS: 3.0, B.HOUSEHOLDS: 0.0}
    shares = key_shares(BASELINE, NAMES, DistributionKey.WEIGHTED_MIX, weights).shares
    assert shares[1] == pytest.approx(0.7875)
    assert shares[2] == pytest.approx(0.2125)


def test_weighted_mix_without_weights_is_unknown():
    """All weights zero: nothing to mix."""
    shares = key_shares(BASELINE, NAMES, DistributionKey.WEIGHTED_MIX, {B.INHABITANTS: 0})
    assert shares.shares == {1: None, 2: None}


def test_zero_region_total_is_unknown_not_a_division_error():
    """No inhabitants entered as zero everywhere: shares unknown with a reason."""
    zero = {1: {B.INHABITANTS: 0}, 2: {B.INHABITANTS: 0}}
    shares = key_shares(zero, NAMES, DistributionKey.INHABITANTS)
    assert shares.shares == {1: None, 2: None}
    assert "regiototaal is 0" in shares.missing[0]


def test_fair_share_and_difference():
    """Region need 200 (Groot 150, Klein 50); shares 75/25 % -> fair 150 and 50.
    Groot offers 120 (difference -30), Klein offers 70 (difference +20)."""
    shares = key_shares(BASELINE, NAMES, DistributionKey.INHABITANTS)
    result = fair_shares(7, {1: 150, 2: 50}, {1: 120, 2: 70}, shares, NAMES)
    by_id = {r.municipality_id: r for r in result}
    assert by_id[1].fair_share == pytest.approx(150)
    assert by_id[1].difference == pytest.approx(-30)
    assert by_id[2].fair_share == pytest.approx(50)
    assert by_id[2].difference == pytest.approx(20)
    assert all(r.group_id == 7 for r in result)


def test_unknown_need_anywhere_makes_fair_shares_unknown():
    """Klein's need not entered: the regional need, and so every fair share, is unknown."""
    shares = key_shares(BASELINE, NAMES, DistributionKey.INHABITANTS)
    result = fair_shares(7, {1: 150, 2: None}, {1: 120, 2: 70}, shares, NAMES)
    assert all(r.fair_share is None and r.difference is None for r in result)
    assert "woonbehoefte van Klein" in result[0].missing


def test_unknown_contribution_leaves_the_fair_share_known():
    """Klein's capacity not entered: its fair share is known, its difference is not."""
    shares = key_shares(BASELINE, NAMES, DistributionKey.INHABITANTS)
    klein = fair_shares(7, {1: 150, 2: 50}, {1: 120, 2: None}, shares, NAMES)[1]
    assert klein.fair_share == pytest.approx(50)
    assert klein.difference is None
    assert klein.missing == ("aanbod van Klein",)


def test_one_municipality_carries_the_whole_need():
    """A region of one: share 100 %, fair share = the whole need."""
    one = {1: {B.INHABITANTS: 10}}
    shares = key_shares(one, NAMES, DistributionKey.INHABITANTS)
    assert fair_shares(1, {1: 42}, {1: 40}, shares, NAMES)[0].fair_share == pytest.approx(42)


def test_a_group_without_need_has_zero_fair_shares():
    """Need entered as 0 everywhere: every fair share is 0 and all capacity is extra."""
    shares = key_shares(BASELINE, NAMES, DistributionKey.INHABITANTS)
    result = fair_shares(7, {1: 0, 2: 0}, {1: 5, 2: 0}, shares, NAMES)
    assert [r.fair_share for r in result] == [0, 0]
    assert result[0].difference == 5
