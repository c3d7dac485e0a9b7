"""The charts of the Word documents: chart data from `app.services.chart_data`, drawn as
PNG by `app.reports.charts` (the same functions the screens use).

Keys: 'social_rent', 'regional_test', 'gap_by_municipality', 'cumulative_gap', 'fair_share'
and 'group:<id>' per active group; each value is a RenderedChart: the caption, the PNG and
the alternative text (`chart_data.describe_chart`, from the same data as the picture).
The images are drawn by worker processes (`charts.pool`) while the document's text is
written; `RenderedChart.png` waits for its image.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from app.reports.charts.pool import PendingPng
from app.services.analysis import Analysis

if TYPE_CHECKING:  # matplotlib is imported when a document is made
    from app.reports.charts.render import ChartData


class RenderedChart(NamedTuple):
    """A chart as the document embeds it: the image, or the worker drawing it."""

    title: str
    image: bytes | PendingPng
    description: str
    check: Callable[[], None] = lambda: None  # raises while waiting when cancelled

    @property
    def png(self) -> bytes:
        """The PNG (waits for the worker drawing it)."""
        return self.image if isinstance(self.image, bytes) else self.image.result(self.check)


def cancel_charts(rendered: dict[str, RenderedChart]) -> None:
    """Give up on the images not drawn yet (the export is done or stopped)."""
    for chart in rendered.values():
        if isinstance(chart.image, PendingPng):
            chart.image.cancel()


def render_charts(analysis: Analysis, check: Callable[[], None]) -> dict[str, RenderedChart]:
    """Start drawing every chart the vision document embeds, from the analysis alone (the
    snapshot the document's tables come from); `check` raises when cancelled. Cancel what
    is left with `cancel_charts` when the document is done or fails."""
    from app.reports import charts
    from app.reports.charts import pool
    from app.services.chart_data.describe import describe_chart

    rendered: dict[str, RenderedChart] = {}
    try:
        for key, (title, make) in wanted_charts(analysis).items():
            check()
            data = make()
            image = pool.submit(data, charts.DOCUMENT)
            rendered[key] = RenderedChart(title, image, describe_chart(data), check)
    except BaseException:
        cancel_charts(rendered)
        raise
    return rendered


def wanted_charts(analysis: Analysis) -> dict[str, tuple[str, Callable[[], ChartData]]]:
    """Each chart's key, caption and data, in the order the document shows them (so the
    workers draw the first needed first)."""
    from app.services import chart_data
    from app.services.gap_table import gap_table
    from app.services.selection import Selection

    region = Selection()

    def need_capacity(selection: Selection) -> Callable[[], ChartData]:
        return lambda: chart_data.need_capacity_chart(analysis, gap_table(analysis, selection))

    return {
        "social_rent": (
            "Aandeel sociale huur per gemeente",
            lambda: chart_data.social_rent_chart(analysis, region),
        ),
        "regional_test": (
            "Regionale toets: sociale huur en betaalbaar bouwen, met de bijdrage per gemeente",
            lambda: chart_data.regional_test_chart(analysis, region),
        ),
        **{
            f"group:{group.id}": (
                f"{group.label}: woonbehoefte en aanbod per woonvorm",
                need_capacity(Selection(group_id=group.id)),
            )
            for group in analysis.figures.groups
        },
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
