"""Charts of the woonzorgvisie as plain `plot_x(ax, data, style)` functions on matplotlib's
Figure API (never pyplot), shared by the screen and the Word and Excel exports.

Importing this package does not load matplotlib (about a second at start-up): the names
below are loaded on first use. `style` is pure data: the group colours and the styles
NORMAL (screen), PRESENTATION (projector, presentatiemodus) and DOCUMENT (Word, 16 cm).

    from app.reports import charts
    png = charts.render_png(data)                       # export
    charts.draw_chart(canvas.figure, data, charts.PRESENTATION)  # screen, presentatiemodus
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from app.reports.charts.style import DOCUMENT, NORMAL, PRESENTATION, ChartStyle

_LAZY = {
    "plot": "render",
    "new_figure": "render",
    "draw_chart": "render",
    "render_png": "render",
    "render_svg": "render",
    "figure_bytes": "render",
    "plot_need_capacity": "gap_charts",
    "plot_gap_by_municipality": "gap_charts",
    "plot_cumulative_gap": "cumulative_chart",
    "plot_fair_share": "fair_share_chart",
    "plot_social_rent": "share_charts",
    "plot_affordable": "share_charts",
    "plot_national_social_rent": "national_chart",
    "plot_regional_test": "regional_chart",
}

if TYPE_CHECKING:  # the type checker sees the functions; at run time __getattr__ loads them
    from app.reports.charts.cumulative_chart import plot_cumulative_gap as plot_cumulative_gap
    from app.reports.charts.fair_share_chart import plot_fair_share as plot_fair_share
    from app.reports.charts.gap_charts import (
        plot_gap_by_municipality as plot_gap_by_municipality,
    )
    from app.reports.charts.gap_charts import plot_need_capacity as plot_need_capacity
    from app.reports.charts.national_chart import (
        plot_national_social_rent as plot_national_social_rent,
    )
    from app.reports.charts.regional_chart import plot_regional_test as plot_regional_test
    from app.reports.charts.render import draw_chart as draw_chart
    from app.reports.charts.render import figure_bytes as figure_bytes
    from app.reports.charts.render import new_figure as new_figure
    from app.reports.charts.render import plot as plot
    from app.reports.charts.render import render_png as render_png
    from app.reports.charts.render import render_svg as render_svg
    from app.reports.charts.share_charts import plot_affordable as plot_affordable
    from app.reports.charts.share_charts import plot_social_rent as plot_social_rent

__all__ = ["DOCUMENT", "NORMAL", "PRESENTATION", "ChartStyle", *_LAZY]


def __getattr__(name: str) -> object:
    if name in _LAZY:
        module = importlib.import_module(f"app.reports.charts.{_LAZY[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
