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
}

__all__ = ["DOCUMENT", "NORMAL", "PRESENTATION", "ChartStyle", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        module = importlib.import_module(f"app.reports.charts.{_LAZY[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
