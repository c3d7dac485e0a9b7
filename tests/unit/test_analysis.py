"""The analysis of the example vision agrees with the stored figures, computed independently."""

from __future__ import annotations

import sqlite3

import pytest

from app.models import BaselineIndicator, DistributionKey
from app.services.analysis import analyse
from app.services.summary import summary_data
from app.services.vision import set_distribution_key


def raw_sum(path, table, code, group_code, year):
    """Need or capacity of one municipality x group x year, straight from SQLite."""
    series = "need_series" if table == "need" else "capacity_series"
    conn = sqlite3.connect(path)
    row = conn.execute(
        f"SELECT sum(v.quantity) FROM {table}_value v JOIN {series} s ON s.id = v.series_id "
        "JOIN municipality m ON m.id = s.municipality_id "
        "JOIN target_group g ON g.id = s.target_group_id "
        "WHERE m.code = ? AND g.code = ? AND v.year = ?",
        (code, group_code, year),
    ).fetchone()
    conn.close()
    return row[0]


def test_every_gap_equals_stored_need_minus_capacity(demo, demo_path):
    """For every municipality x group x year: gap = sum of need rows - sum of capacity rows."""
    analysis = analyse(demo)
    codes = {m.id: m.code for m in analysis.figures.municipalities}
    group_codes = {g.id: g.code for g in analysis.figures.groups}
    assert len(analysis.gaps) == 9 * 10 * 6
    for (m, g, y), gap in list(analysis.gaps.items())[::37]:  # a spread sample
        need = raw_sum(demo_path, "need", codes[m], group_codes[g], y)
        capacity = raw_sum(demo_path, "capacity", codes[m], group_codes[g], y)
        assert (gap.need, gap.capacity, gap.gap) == (need, capacity, need - capacity)


def test_fair_shares_add_up_to_the_regional_need(demo):
    """Under any single-figure key the fair shares of a group sum to its regional need."""
    analysis = analyse(demo)
    for group in analysis.figures.groups:
        region_need = analysis.gap_total(group_id=group.id).need
        shares = [s for s in analysis.fair_shares if s.group_id == group.id]
        assert sum(s.fair_share for s in shares) == pytest.approx(region_need)
        for share in shares:
            assert share.difference == pytest.approx(share.contribution - share.fair_share)


def test_inhabitants_key_for_delft(demo):
    """Delft has 109,577 of the region's 1,162,453 inhabitants (CBS 2024): 9.426 %."""
    analysis = analyse(demo)
    delft = next(m for m in analysis.figures.municipalities if m.code == "GM0503")
    region = sum(m.value(BaselineIndicator.INHABITANTS) for m in analysis.figures.municipalities)
    assert region == 1_162_453
    assert analysis.key_shares.shares[delft.id] == pytest.approx(109_577 / 1_162_453)


def test_changing_the_key_changes_the_fair_shares(demo):
    """Switching to the dwellings key uses Delft's 54,219 of 541,321 dwellings."""
    set_distribution_key(demo, DistributionKey.DWELLINGS)
    analysis = analyse(demo)
    delft = next(m for m in analysis.figures.municipalities if m.code == "GM0503")
    assert analysis.key_shares.shares[delft.id] == pytest.approx(54_219 / 541_321)


def test_social_rent_test_for_the_hague(demo):
    """'s-Gravenhage: 272,242 dwellings, 78,950 social (fictitious 29 %), 24,000 planned of
    which 7,200 social: projected 86,150 / 296,242 = 29.08 %; required for 30 %:
    (0.3 x 296,242 - 78,950) / 24,000 = 41.34 %; above the 26 % national average."""
    analysis = analyse(demo)
    hague = next(m for m in analysis.figures.municipalities if m.code == "GM0518")
    assert hague.value(BaselineIndicator.SOCIAL_RENT_DWELLINGS) == 78_950
    test = analysis.social_rent[hague.id]
    assert test.current_share == pytest.approx(78_950 / 272_242)
    assert test.projected_share == pytest.approx(86_150 / 296_242)
    assert test.required_social_new_build_share == pytest.approx((0.3 * 296_242 - 78_950) / 24_000)
    assert test.must_build_30_percent is False


def test_summary_data_has_the_documented_fields(demo):
    """The JSON of `thuisplan summary --json` carries the fields other tools rely on."""
    data = summary_data(analyse(demo))
    assert set(data["gaps"][0]) >= {
        "municipality_code",
        "target_group",
        "year",
        "need",
        "capacity",
        "gap",
    }
    assert set(data["fair_share"][0]) >= {
        "municipality_code",
        "target_group",
        "fair_share",
        "capacity",
        "difference",
    }
    assert set(data["social_rent"][0]) >= {
        "municipality_code",
        "current_share",
        "projected_share",
        "must_build_30_percent",
        "required_social_new_build_share",
    }
    assert data["gaps"][0]["target_group"] == "Dak- en thuisloze mensen"
    assert data["vision"]["is_example"] is True


def test_missing_inputs_are_null_with_a_note(project):
    """A new vision has no need or social rent figures: values are null, not 0."""
    data = summary_data(analyse(project))
    assert all(g["gap"] is None for g in data["gaps"])
    first = data["gaps"][0]
    assert first["shortage"] is None and first["surplus"] is None
    assert first["missing"][0] == {
        "input": "need",
        "municipality_code": first["municipality_code"],
        "target_group": first["target_group"],
        "housing_type": "Zelfstandig regulier",
        "year": first["year"],
        "capacity_kind": None,
    }
    assert {m["capacity_kind"] for m in first["missing"]} >= {"Nieuwbouw", "Overig"}
    social = data["social_rent"][0]  # the stock is a raming from the shipped data; planned
    assert social["current_share"] is not None  # construction is not shipped: unknown
    assert social["projected_share"] is None
    assert {"input": "baseline", "description": "geplande nieuwbouw"} in social["missing"]


def test_inactive_groups_are_left_out(demo):
    """A group switched off is not in the gaps."""
    from app.services.target_groups import list_target_groups, set_group_active

    students = next(g for g in list_target_groups(demo) if g.code == "students")
    set_group_active(demo, students.id, False)
    data = summary_data(analyse(demo))
    assert students.label not in {g["target_group"] for g in data["gaps"]}


def test_fair_share_by_municipality_sums_the_groups(demo):
    """Over all groups: the sums of the per-group fair shares and contributions."""
    analysis = analyse(demo)
    totals = analysis.fair_share_by_municipality()
    delft = analysis.figures.municipalities[0]
    own = [s for s in analysis.fair_shares if s.municipality_id == delft.id]
    assert totals[delft.id].fair_share == pytest.approx(sum(s.fair_share for s in own))
    assert totals[delft.id].contribution == sum(s.contribution for s in own)
    assert totals[delft.id].difference == pytest.approx(
        totals[delft.id].contribution - totals[delft.id].fair_share
    )


def test_fair_share_by_municipality_is_unknown_when_a_group_is(project):
    """One unknown group's need makes the municipality's total unknown, with the reason."""
    totals = analyse(project).fair_share_by_municipality()
    first = next(iter(totals.values()))
    assert first.fair_share is None and first.difference is None and first.missing
