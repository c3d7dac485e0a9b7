"""The charts of the Word documents: chart data from `app.services.chart_data`, drawn as
PNG by `app.reports.charts` (the same functions the screens use).

Keys: 'social_rent', 'regional_test', 'gap_by_municipality', 'cumulative_gap', 'fair_share'
and 'group:<id>' per active group; each value is a RenderedChart: the caption, the PNG and
the alternative text (`chart_data.describe_chart`, from the same data as the picture).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from app.services.analysis import Analysis

if TYPE_CHECKING:  # matplotlib is imported when a document is made
    from app.reports.charts.render import ChartData


class RenderedChart(NamedTuple):
    """A chart as the document embeds it."""

    title: str
    png: bytes
    description: str


def render_charts(analysis: Analysis, check: Callable[[], None]) -> dict[str, RenderedChart]:
    """Render every chart the vision document embeds from the analysis alone (the snapshot
    the document's tables come from); `check` raises when cancelled."""
    from app.reports import charts
    from app.services import chart_data
    from app.services.chart_data.describe import describe_chart
    from app.services.gap_table import gap_table
    from app.services.selection import Selection

    region = Selection()
    wanted: dict[str, tuple[str, Callable[[], ChartData]]] = {
        "social_rent": (
            "Aandeel sociale huur per gemeente",
            lambda: chart_data.social_rent_chart(analysis, region),
        ),
        "regional_test": (
            "Regionale toets: sociale huur en betaalbaar bouwen, met de bijdrage per gemeente",
            lambda: chart_data.regional_test_chart(analysis, region),
        ),
        "gap_by_municipality": (
            "Opgave per gemeente, alle aandachtsgroepen",
            lambda: chart_data.gap_by_municipality_chart(analysis, region),
        ),
        "cumulative_gap": (
            "Cumulatieve opgave per aandachtsgroep",
            lambda: chart_data.cumulative_gap_chart(analysis, region),
        ),
        "fair_share": (
            "Evenredig aandeel en bijdrage per gemeente",
            lambda: chart_data.fair_share_chart(analysis, region),
        ),
    }

    def need_capacity(selection: Selection) -> Callable[[], ChartData]:
        return lambda: chart_data.need_capacity_chart(analysis, gap_table(analysis, selection))

    for group in analysis.figures.groups:
        wanted[f"group:{group.id}"] = (
            f"{group.label}: woonbehoefte en aanbod per woonvorm",
            need_capacity(Selection(group_id=group.id)),
        )
    rendered: dict[str, RenderedChart] = {}
    for key, (title, make) in wanted.items():
        check()
        data = make()
        png = charts.render_png(data, charts.DOCUMENT)
        rendered[key] = RenderedChart(title, png, describe_chart(data))
    return rendered
