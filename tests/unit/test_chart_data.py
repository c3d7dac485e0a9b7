"""The chart data repeat the services' numbers: Analysis and the gap table, nothing else."""

from __future__ import annotations

import pytest

from app.models import BaselineIndicator, DistributionKey
from app.services import chart_data as cd
from app.services.analysis import analyse
from app.services.chart_data.common import rank, style_index
from app.services.gap_table import gap_table
from app.services.municipalities import set_baseline
from app.services.reference_data import national_corporation_share
from app.services.selection import Selection
from app.services.target_groups import add_custom_group


@pytest.fixture
def analysis(demo):
    return analyse(demo)


def municipality(analysis, code):
    return next(m for m in analysis.figures.municipalities if m.code == code)


def test_need_capacity_per_group_equals_the_gap_table(analysis):
    """Chart 1 shows each group total of the gap table, in group order."""
    table = gap_table(analysis, Selection(first_year=2026))
    data = cd.need_capacity_chart(analysis, table)
    assert not data.by_housing_type
    assert [(b.label, b.need, b.capacity) for b in data.bars] == [
        (t.group_label, t.need, t.capacity) for t in table.group_totals
    ]
    assert data.text.subtitle == "Regio Haaglanden · alle aandachtsgroepen · 2026–2030"


def test_need_capacity_of_one_group_is_per_housing_type(demo, analysis):
    """With one group selected, chart 1 has a bar pair per housing type in its colour."""
    older = next(g for g in analysis.figures.groups if g.code == "older_people")
    table = gap_table(analysis, Selection(group_id=older.id))
    data = cd.need_capacity_chart(analysis, table)
    assert data.by_housing_type
    assert [(b.label, b.need) for b in data.bars] == [(r.housing_label, r.need) for r in table.rows]
    assert {b.style_index for b in data.bars} == {style_index(older)}


def test_gap_per_municipality_equals_the_analysis(analysis):
    """Chart 2: shortage and surplus per municipality and group are Analysis.gap_total's."""
    years = [2027, 2028]
    data = cd.gap_by_municipality_chart(analysis, Selection(first_year=2027, last_year=2028))
    assert len(data.bars) == 9 and all(b.count == 1 for b in data.bars)
    for bar in data.bars:
        for group in analysis.figures.groups:
            total = analysis.gap_total(
                group_id=group.id, municipality_id=bar.municipality_id, years=years
            )
            assert bar.shortage[group.id] == total.shortage
            assert bar.surplus[group.id] == total.surplus
    nets = [b.total_shortage - b.total_surplus for b in data.bars]
    assert nets == sorted(nets, reverse=True)


def test_top_n_groups_the_rest_as_overige(analysis):
    """With top 3 the other six municipalities are one 'Overige' bar with their sums; the
    selected municipality is shown even when it is not in the top."""
    full = cd.gap_by_municipality_chart(analysis, Selection())
    smallest = min(full.bars, key=lambda b: b.total_shortage + b.total_surplus)
    data = cd.gap_by_municipality_chart(
        analysis, Selection(municipality_id=smallest.municipality_id), top_n=3
    )
    assert [b.count for b in data.bars] == [1, 1, 1, 6]
    assert data.bars[-1].label == "Overige (6 gemeenten)"
    assert any(b.highlighted and b.municipality_id == smallest.municipality_id for b in data.bars)
    shown = {b.municipality_id for b in data.bars}
    rest = [b for b in full.bars if b.municipality_id not in shown]
    assert data.bars[-1].total_shortage == sum(b.total_shortage for b in rest)
    assert data.bars[-1].total_surplus == sum(b.total_surplus for b in rest)


def test_cumulative_lines_equal_the_analysis(analysis):
    """Chart 3: a line per group with Analysis.cumulative_gap; one line for all groups."""
    data = cd.cumulative_gap_chart(analysis, Selection())
    for group, line in zip(analysis.figures.groups, data.lines, strict=True):
        assert list(line.values) == list(analysis.cumulative_gap(group_id=group.id).values())
    region = cd.cumulative_gap_chart(analysis, Selection(), per_group=False)
    assert list(region.lines[0].values) == list(analysis.cumulative_gap().values())
    later = cd.cumulative_gap_chart(analysis, Selection(first_year=2029), per_group=False)
    year_2029 = analysis.gap_total(years=[2029]).gap
    assert later.years == (2029, 2030) and later.lines[0].values[0] == year_2029


@pytest.mark.parametrize("key", list(DistributionKey))
def test_fair_shares_follow_the_chosen_key(analysis, key):
    """Chart 4 for all groups sums Analysis.fair_shares_for(key) per municipality."""
    data = cd.fair_share_chart(analysis, Selection(), key)
    assert data.key is key and data.group is None
    shares = analysis.fair_shares_for(key)
    for bar in data.bars:
        own = [s for s in shares if s.municipality_id == bar.municipality_id]
        assert bar.fair_share == pytest.approx(sum(s.fair_share for s in own))
        assert bar.contribution == sum(s.contribution for s in own)
    assert f"verdeelsleutel: {key.label.lower()}" in data.text.subtitle


def test_fair_share_of_one_group(analysis):
    """Chart 4 for one group shows that group's fair shares, most behind first."""
    group = analysis.figures.groups[3]
    data = cd.fair_share_chart(analysis, Selection(group_id=group.id), DistributionKey.DWELLINGS)
    expected = {
        s.municipality_id: s.fair_share
        for s in analysis.fair_shares_for(DistributionKey.DWELLINGS)
        if s.group_id == group.id
    }
    assert {b.municipality_id: b.fair_share for b in data.bars} == pytest.approx(expected)
    assert data.group.id == group.id
    differences = [b.difference for b in data.bars]
    assert differences == sorted(differences)


def test_social_rent_chart_equals_the_test(analysis):
    """Chart 5: current and projected shares of Analysis.social_rent, lowest first, with
    the norms of the vision."""
    data = cd.social_rent_chart(analysis, Selection())
    assert data.goal == 0.30  # the national average: computed from the shipped shares
    assert data.national_average == pytest.approx(national_corporation_share())
    for bar in data.bars:
        test = analysis.social_rent[bar.municipality_id]
        assert (bar.current, bar.projected) == (test.current_share, test.projected_share)
        assert bar.must_build_count == int(test.must_build_30_percent)
    currents = [b.current for b in data.bars]
    assert currents == sorted(currents)


def test_unknown_social_rent_is_unknown_with_its_input_named(demo):
    """Without social rent figures Wassenaar's shares are None and the note names them."""
    set_baseline(demo, "GM0629", BaselineIndicator.SOCIAL_RENT_DWELLINGS, None)
    analysis = analyse(demo)
    data = cd.social_rent_chart(analysis, Selection())
    wassenaar = data.bars[-1]
    assert (wassenaar.label, wassenaar.current, wassenaar.projected) == ("Wassenaar", None, None)
    assert data.text.notes == ("sociale huurwoningen: Wassenaar",)
    assert cd.affordable_chart(analysis, Selection()).text.notes == ()


def test_a_goal_out_of_reach_is_said_in_words_under_the_chart(analysis):
    """Wassenaar would need 222,3 % of its new construction as social rent: the chart says
    the goal cannot be reached with new construction alone, with that figure."""
    data = cd.social_rent_chart(analysis, Selection())
    (line,) = data.out_of_reach
    assert line.startswith("Streven 30 % niet haalbaar met nieuwbouw alleen: ")
    assert "Wassenaar (nodig 222,3 %)" in line and "Delft" not in line


def test_affordable_chart_equals_the_test(analysis):
    """Chart 6: the affordable share of planned construction against 2/3."""
    data = cd.affordable_chart(analysis, Selection())
    assert data.norm == pytest.approx(2 / 3)
    for bar in data.bars:
        test = analysis.social_rent[bar.municipality_id]
        assert bar.share == test.affordable_new_build_share
        assert bar.below_norm_count == int(test.meets_affordable_norm is False)


def test_source_line_names_cbs_and_the_example(demo, analysis, project):
    """CBS is credited where its figures are used; the example is marked as fictitious."""
    social = cd.social_rent_chart(analysis, Selection()).text.source
    assert social.startswith("Bron: Thuisplan, woonzorgvisie ‘Woonzorgvisie regio Haaglanden")
    assert "CBS, Kerncijfers wijken en buurten 2024 (CC BY 4.0)" in social
    assert social.endswith("Voorbeeldcijfers, fictief.")
    assert "CBS" not in cd.affordable_chart(analysis, Selection()).text.source
    own = cd.gap_by_municipality_chart(analyse(project), Selection()).text.source
    assert own == "Bron: Thuisplan, woonzorgvisie ‘Woonzorgvisie test’"


def test_missing_need_is_unknown_in_gap_charts(project):
    """A new vision: every municipality bar is unknown and the note says what is missing."""
    analysis = analyse(project)
    data = cd.gap_by_municipality_chart(analysis, Selection())
    assert all(b.shortage is None for b in data.bars)
    assert data.text.notes == (
        "woonbehoefte voor alle groepen: alle gemeenten",
        "aanbod voor alle groepen: alle gemeenten",
    )
    lines = cd.cumulative_gap_chart(analysis, Selection(), per_group=False).lines
    assert lines[0].values == (None, None, None)


def test_rank_names_a_few_unknowns_and_bundles_many():
    """Up to three unknown items keep their names; more become one bar; a single
    leftover is shown by name instead of as 'Overige (1)'."""
    items = [(i, float(i)) for i in range(20)] + [(100 + i, None) for i in range(5)]
    ranked = rank(items, known=lambda x: x[1] is not None, order=lambda x: -x[1], top_n=4)
    assert [x[0] for x in ranked.shown] == [19, 18, 17, 16]
    assert len(ranked.rest) == 16 and len(ranked.unknown_rest) == 5
    few = items[:6] + items[20:22]
    ranked = rank(few, known=lambda x: x[1] is not None, order=lambda x: -x[1], top_n=4)
    assert [x[0] for x in ranked.shown] == [5, 4, 3, 2, 100, 101]
    assert ranked.rest == [(0, 0.0), (1, 1.0)] and ranked.unknown_rest == []
    five = items[:5]
    ranked = rank(five, known=lambda x: True, order=lambda x: -x[1], top_n=4)
    assert len(ranked.shown) == 5 and ranked.rest == []


def test_group_styles_are_fixed_per_group(project):
    """Standard groups keep their catalogue position; an own group gets a new number."""
    analysis = analyse(project)
    indices = [style_index(g) for g in analysis.figures.groups]
    assert indices == list(range(10))
    own = add_custom_group(project, "Jongeren")
    assert style_index(own) not in indices
