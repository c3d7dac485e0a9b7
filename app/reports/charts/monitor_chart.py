"""The monitor chart: need, planned capacity and delivered homes of a group, cumulative.

`plot_monitor(ax, data, style)` only draws what the services computed; a line stops at its
first unknown year, and a line that is unknown throughout is named so in the legend.
"""

from __future__ import annotations

import math

from matplotlib.axes import Axes

from app.reports.charts.frame import count_axis, frame, wrap
from app.reports.charts.gap_charts import COUNT_UNIT
from app.reports.charts.style import NORMAL, ChartStyle, group_colour, group_marker
from app.services.chart_data.monitor import MonitorChart
from app.services.formatting import number

_LINE_STYLES = ("-", "--", ":")


def plot_monitor(ax: Axes, data: MonitorChart, style: ChartStyle = NORMAL) -> None:
    """Three cumulative lines over the plan period's years."""
    years = list(data.years)
    for index, line in enumerate(data.lines):
        unknown = all(v is None for v in line.values)
        ax.plot(
            years,
            [math.nan if v is None else v for v in line.values],
            color=group_colour(index),
            marker=group_marker(index),
            linestyle=_LINE_STYLES[index % len(_LINE_STYLES)],
            linewidth=style.line_width,
            markersize=style.marker_size,
            label=wrap(line.label + (" (onbekend)" if unknown else "")),
            zorder=3,
        )
    ax.set_xticks(years, [str(y) for y in years])
    ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", color=style.grid_colour, lw=style.edge_width)
    ax.set_axisbelow(True)
    count_axis(ax.yaxis, f"Cumulatief ({COUNT_UNIT})", style)
    ax.yaxis.set_major_formatter(lambda value, _pos: number(value))
    ax.set_xlabel("Jaar", fontsize=style.font_size, color=style.text_colour)
    handles, _labels = ax.get_legend_handles_labels()
    frame(ax, data.text, style, handles=handles)
