"""Alternative text of the charts: what is compared, the largest shortage and where, and
what is unknown, all from the chart's own data."""

from __future__ import annotations

import pytest

from app.services import chart_data as cd
from app.services.analysis import analyse
from app.services.chart_data.describe import describe_chart
from app.services.formatting import number, percent, signed
from app.services.gap_table import gap_table
from app.services.selection import Selection

REGION = Selection()


@pytest.fixture
def analysis(demo):
    return analyse(demo)


def test_gap_per_municipality_names_the_largest_shortage_and_its_group(analysis):
    """Chart 2: the municipality with the largest shortage, the group most of it is in,
    and the largest surplus, with the chart's own numbers."""
    chart = cd.gap_by_municipality_chart(analysis, REGION)
    text = describe_chart(chart)
    top = max(chart.bars, key=lambda b: b.total_shortage)
    group = max(top.shortage, key=lambda g: top.shortage[g])
    label = next(g.label for g in chart.groups if g.id == group)
    assert f"Het grootste tekort heeft {top.label}: {number(top.total_shortage)}" in text
    assert f"het meest bij {label} ({number(top.shortage[group])})" in text
    surplus = max(chart.bars, key=lambda b: b.total_surplus)
    assert f"Het grootste overschot heeft {surplus.label}: {number(surplus.total_surplus)}" in text
    assert text.startswith("Staafdiagram met per gemeente het tekort en het overschot")
    assert chart.text.subtitle in text


def test_need_and_capacity_per_housing_type_names_where_need_exceeds_most(analysis):
    """Chart 1 of one group: the housing type where need is furthest above capacity."""
    group = analysis.figures.groups[0]
    chart = cd.need_capacity_chart(analysis, gap_table(analysis, Selection(group_id=group.id)))
    text = describe_chart(chart)
    top = max(chart.bars, key=lambda b: b.need - b.capacity)
    assert "per woonvorm de woonbehoefte naast het aanbod" in text
    assert f"bij {top.label}: behoefte {number(top.need)}, aanbod {number(top.capacity)}" in text


def test_cumulative_names_the_group_with_the_largest_gap_at_the_end(analysis):
    """Chart 3: the group whose added-up gap is largest in the last year."""
    chart = cd.cumulative_gap_chart(analysis, REGION)
    text = describe_chart(chart)
    top = max(chart.lines, key=lambda line: line.values[-1])
    assert f"Eind {chart.years[-1]} is de opgetelde opgave het grootst bij {top.label}" in text
    assert signed(top.values[-1]) in text


def test_fair_share_names_who_is_furthest_behind_and_ahead(analysis):
    """Chart 4: the municipality furthest below its fair share, and the one furthest above."""
    chart = cd.fair_share_chart(analysis, REGION)
    text = describe_chart(chart)
    behind = min(chart.bars, key=lambda b: b.difference)
    ahead = max(chart.bars, key=lambda b: b.difference)
    assert f"Het verst onder haar evenredig aandeel: {behind.label}, aanbod" in text
    assert f"({signed(behind.rounded_difference)})" in text
    assert f"Het verst boven haar evenredig aandeel: {ahead.label}" in text


def test_social_rent_names_lowest_and_highest_share_and_who_is_out_of_reach(analysis):
    """Chart 5: the lowest and highest share now, the goal and average, and the line on
    municipalities that cannot reach the goal with new building alone."""
    chart = cd.social_rent_chart(analysis, REGION)
    text = describe_chart(chart)
    low = min(chart.bars, key=lambda b: b.current)
    assert f"Het laagste aandeel nu heeft {low.label} ({percent(low.current)})" in text
    assert f"landelijk gemiddelde van {percent(chart.national_average)}" in text
    assert chart.out_of_reach and chart.out_of_reach[0] in text


def test_affordable_names_the_lowest_share(analysis):
    """Chart 6: the lowest affordable share and how many stay under the norm."""
    chart = cd.affordable_chart(analysis, REGION)
    text = describe_chart(chart)
    low = min((b for b in chart.bars if b.share is not None), key=lambda b: b.share)
    assert f"Het laagste aandeel heeft {low.label}: {percent(low.share)}" in text


def test_unknown_figures_are_named_not_guessed(project):
    """A vision without figures: every bar is unknown, no largest shortage is invented."""
    analysis = analyse(project)
    chart = cd.gap_by_municipality_chart(analysis, REGION)
    text = describe_chart(chart)
    assert "grootste tekort" not in text
    assert "Onbekend: Delft, 's-Gravenhage en Rijswijk (ZH.)." in text
    affordable = describe_chart(cd.affordable_chart(analysis, REGION))  # no construction
    assert "laagste aandeel" not in affordable
    assert "Onbekend: Delft, 's-Gravenhage en Rijswijk (ZH.)." in affordable


def test_something_else_is_refused():
    """Only chart data can be described."""
    with pytest.raises(TypeError):
        describe_chart("geen grafiek")


def test_regional_test_says_each_share_and_its_verdict(analysis):
    """Chart 7: each regional share with its norm and verdict, in the bars' order."""
    chart = cd.regional_test_chart(analysis, REGION)
    text = describe_chart(chart)
    assert "regio als geheel" in text
    for bar in chart.bars:
        verdict = "gehaald" if bar.meets_norm else "niet gehaald"
        assert f"{bar.label}: {percent(bar.share)} ({bar.norm_label}: {verdict})." in text


def test_regional_test_under_a_set_without_a_regional_goal(demo):
    """The law's set has no goal for the stock: the share is said, without a verdict."""
    from app.services import norms
    from app.services.norm_sets import HOUSING_ACT_2026

    norms.choose_norm_set(demo, HOUSING_ACT_2026)
    chart = cd.regional_test_chart(analyse(demo), REGION)
    first = chart.bars[0]
    assert first.norm is None
    assert f"{first.label}: {percent(first.share)} (geen norm per regio)." in describe_chart(chart)


def test_national_dashboard_names_the_lowest_and_highest_province():
    from app.services.chart_data import national_social_rent_chart
    from app.services.social_rent_dashboard import social_rent_dashboard

    chart = national_social_rent_chart(social_rent_dashboard())
    text = describe_chart(chart)
    areas = [b for b in chart.bars if not b.total]
    low = min(areas, key=lambda b: b.share)
    assert f"Het laagste aandeel heeft {low.label} ({percent(low.share)})" in text
    assert f"landelijk gemiddelde van {percent(chart.national_average)}" in text
