"""The regional social rent test in `summary --json`, the terminal summary and chart 7, for the
region worked out by hand in test_regional_social_rent (see regional_figures)."""

from __future__ import annotations

import json
import re

import pytest

from app.reports import charts
from app.reports.text_summary import summary_text
from app.services import norms
from app.services.analysis import analyse
from app.services.chart_data import RegionalTestChart, regional_test_chart
from app.services.errors import NotFoundError
from app.services.norm_sets import HOUSING_ACT_2026
from app.services.selection import Selection
from app.services.summary import summary_data
from tests.unit.regional_figures import (
    DELFT,
    HAND_WORKED,
    RIJSWIJK,
    THE_HAGUE,
    enter_region,
    without_the_hague_stock,
)


def _region_json(project) -> dict:
    """The `region` object as a reader of the JSON gets it."""
    return json.loads(json.dumps(summary_data(analyse(project))))["region"]


def test_region_object_worked_out_by_hand(project):
    """Shares, norms, verdicts, totals and every municipality's contribution (4 decimals)."""
    enter_region(project)
    region = _region_json(project)
    assert region["norm_set"] == "voortgang_2023"  # a new vision's norm set
    # the 2023 set tests 30 % social new construction per municipality, not per region
    assert region["social_new_build_share"] == {
        "share": 0.2429,
        "norm": None,
        "meets_norm": None,
        "missing": [],
    }
    current = region["social_rent_current_share"]
    assert current == {"share": 0.3267, "norm": 0.3, "meets_norm": True, "missing": []}
    projected = region["social_rent_projected_share"]
    assert (projected["share"], projected["meets_norm"]) == (0.3179, True)
    assert projected["required_social_new_build_share"] == 0.0714
    assert projected["goal_reachable"] is True
    affordable = region["affordable_new_build_share"]
    assert affordable == {"share": 0.5571, "norm": 0.6667, "meets_norm": False, "missing": []}
    totals = [region[k] for k in ("dwellings", "social_rent_dwellings", "planned_new_total")]
    assert totals == [60_000, 19_600, 7_000]
    assert (region["planned_new_social"], region["planned_new_affordable"]) == (1_700, 3_900)
    parts = {m["municipality_code"]: m for m in region["municipalities"]}
    assert list(parts) == [DELFT, THE_HAGUE, RIJSWIJK]
    delft = parts[DELFT]
    assert (delft["dwellings"], delft["social_rent_dwellings"]) == (10_000, 2_000)
    assert (delft["planned_new_total"], delft["planned_new_affordable"]) == (1_000, 700)
    assert delft["share_of_region_social_rent"] == 0.102
    assert delft["share_of_region_affordable_new_build"] == 0.1795
    assert parts[RIJSWIJK]["current_share_points"] == 0.2
    assert parts[THE_HAGUE]["affordable_share_points"] == 0.2857


def test_under_the_law_the_region_builds_30_percent_social_rent(project):
    """The 2025/2026 law's set: no goal for the stock (its shares have no norm), at least
    30 % social rent of the new construction per region: 1,700 / 7,000 = 24.3 %, not met."""
    enter_region(project)
    norms.choose_norm_set(project, HOUSING_ACT_2026)
    region = _region_json(project)
    assert region["norm_set"] == HOUSING_ACT_2026
    current = region["social_rent_current_share"]
    assert (current["share"], current["norm"], current["meets_norm"]) == (0.3267, None, None)
    assert region["social_rent_projected_share"]["required_social_new_build_share"] is None
    new_build = region["social_new_build_share"]
    assert (new_build["share"], new_build["norm"], new_build["meets_norm"]) == (0.2429, 0.3, False)
    assert region["affordable_new_build_share"]["meets_norm"] is False


def test_an_unknown_stock_is_null_with_the_missing_figure_named(project):
    """'s-Gravenhage's stock unknown: both social rent shares null (never the share of Delft
    and Rijswijk), `missing` names it in the summary's baseline object; affordable stands."""
    enter_region(project, without_the_hague_stock())
    region = _region_json(project)
    for key in ("social_rent_current_share", "social_rent_projected_share"):
        assert region[key]["share"] is None and region[key]["meets_norm"] is None
        assert region[key]["missing"] == [
            {
                "input": "baseline",
                "description": "sociale huurwoningen van 's-Gravenhage",
                "municipality_code": THE_HAGUE,
            }
        ]
    assert region["affordable_new_build_share"]["share"] == 0.5571
    assert region["social_rent_dwellings"] is None
    assert all(m["share_of_region_social_rent"] is None for m in region["municipalities"])
    assert all(m["current_share_points"] is None for m in region["municipalities"])


def test_a_new_vision_has_no_planned_construction_and_says_so(project):
    """Straight after `new` nobody entered planned construction: the projected and the
    affordable share are unknown, each missing figure named per municipality."""
    region = _region_json(project)
    affordable = region["affordable_new_build_share"]
    assert affordable["share"] is None
    codes = {m["municipality_code"] for m in affordable["missing"]}
    assert codes == {DELFT, THE_HAGUE, RIJSWIJK}
    assert len(affordable["missing"]) == 3 * 3  # planned, planned social, planned middle
    assert region["social_rent_projected_share"]["share"] is None


def test_terminal_summary_has_the_region_row(project):
    """The readable summary ends its social rent table with the region as a whole."""
    enter_region(project)
    text = summary_text(analyse(project))
    row = next(line for line in text.splitlines() if line.startswith("Regio (totaal)"))
    cells = re.split(r"\s{2,}", row.strip())
    assert cells == ["Regio (totaal)", "32,7 %", "31,8 %", "n.v.t.", "7,1 %", "55,7 %"]


def test_chart_data_stacks_the_municipalities_parts(project):
    """Chart 7: three bars whose parts (largest municipality first) add up to the share."""
    enter_region(project)
    analysis = analyse(project)
    ids = {m.code: m.id for m in analysis.figures.municipalities}
    chart = regional_test_chart(analysis, Selection(municipality_id=ids[DELFT]))
    assert [p.label for p in chart.parts] == ["Rijswijk (ZH.)", "'s-Gravenhage", "Delft"]
    assert [p.highlighted for p in chart.parts] == [False, False, True]
    current, projected, affordable = chart.bars
    assert current.points == pytest.approx((0.2, 5_600 / 60_000, 2_000 / 60_000))
    assert sum(projected.points) == pytest.approx(projected.share)
    assert affordable.points == pytest.approx((1_200 / 7_000, 2_000 / 7_000, 0.1))
    assert (affordable.norm_label, affordable.meets_norm) == ("norm 2/3", False)
    assert current.norm_label == "streven 30 %"
    assert chart.text.notes == ()


def test_chart_data_of_an_unknown_share_has_no_parts_and_a_note(project):
    """An unknown share is drawn as unknown, and the note says what is missing."""
    enter_region(project, without_the_hague_stock())
    chart = regional_test_chart(analyse(project), Selection())
    assert chart.bars[0].share is None and chart.bars[0].points is None
    assert chart.bars[2].points is not None
    assert chart.text.notes == ("sociale huurwoningen: 's-Gravenhage",)


def test_more_than_nine_municipalities_share_one_part(demo, monkeypatch):
    """Beyond MAX_PARTS municipalities the smallest become 'Overige' (the example's 9 are all
    shown; with room for 4 parts, 3 are shown and 6 share one)."""
    from app.services.chart_data import regional_social_rent as module

    analysis = analyse(demo)
    assert len(regional_test_chart(analysis, Selection()).parts) == 9
    monkeypatch.setattr(module, "MAX_PARTS", 4)
    chart = regional_test_chart(analysis, Selection())
    assert [p.count for p in chart.parts] == [1, 1, 1, 6]
    assert chart.parts[-1].label == "Overige (6 gemeenten)"
    for bar in chart.bars:
        assert sum(bar.points) == pytest.approx(bar.share)


def test_chart_refuses_a_municipality_no_longer_in_the_vision(project):
    """A stale selection gets the services' Dutch message."""
    with pytest.raises(NotFoundError):
        regional_test_chart(analyse(project), Selection(municipality_id=999))


@pytest.mark.parametrize("stock", ["known", "unknown"])
def test_chart_7_draws_known_and_unknown_shares(project, stock):
    """The chart renders as PNG in every style; an unknown bar is the grey 'onbekend' band."""
    enter_region(project, without_the_hague_stock() if stock == "unknown" else HAND_WORKED)
    data = regional_test_chart(analyse(project), Selection())
    assert isinstance(data, RegionalTestChart)
    figure = charts.new_figure(charts.DOCUMENT)
    ax = charts.draw_chart(figure, data, charts.DOCUMENT)
    texts = [t.get_text() for t in ax.texts]
    unknown = [t for t in texts if t == "onbekend"]
    assert len(unknown) == (2 if stock == "unknown" else 0)
    assert any("55,7 % · voldoet niet" in t for t in texts)
    assert charts.render_png(data, charts.PRESENTATION).startswith(b"\x89PNG")
