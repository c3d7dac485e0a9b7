"""Chart 3: the gap added up over the years, per group or for all groups together.

`plot_cumulative_gap(ax, data, style)` only draws what the services computed.
"""

from __future__ import annotations

import math

from matplotlib.axes import Axes

from app.reports.charts.frame import UNKNOWN_GID, count_axis, frame, unknown_handle, wrap
from app.reports.charts.gap_charts import COUNT_UNIT
from app.reports.charts.style import (
    NORMAL,
    REGION_COLOUR,
    UNKNOWN_EDGE,
    UNKNOWN_FACE,
    UNKNOWN_HATCH,
    ChartStyle,
    group_colour,
    group_linestyle,
    group_marker,
)
from app.services.chart_data import CumulativeGapChart, GapLine
from app.services.formatting import signed


def plot_cumulative_gap(ax: Axes, data: CumulativeGapChart, style: ChartStyle = NORMAL) -> None:
    """Chart 3: the cumulative gap per year; a line stops at its first unknown year and
    the unknown years are shaded."""
    years = list(data.years)
    stopped: dict[str, int] = {}  # line label -> first unknown year
    for line in data.lines:
        missing = [y for y, v in zip(years, line.values, strict=True) if v is None]
        if missing:
            stopped[line.label] = missing[0]
        _line(ax, years, line, style, all_unknown=len(missing) == len(years))
    if stopped:
        _unknown_years(ax, stopped, len(data.lines), years[-1], style)
    ax.axhline(0, color=style.text_colour, lw=style.edge_width * 1.5, zorder=2)
    ax.set_xticks(years, [str(y) for y in years])
    ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    ax.grid(axis="y", color=style.grid_colour, lw=style.edge_width)
    ax.set_axisbelow(True)
    count_axis(ax.yaxis, f"Cumulatief: + tekort, − overschot ({COUNT_UNIT})", style)
    ax.yaxis.set_major_formatter(lambda value, _pos: signed(value))
    if all(v is None for line in data.lines for v in line.values):
        ax.set_yticks([])  # no scale to show: every value is unknown
    ax.set_xlabel("Jaar", fontsize=style.font_size, color=style.text_colour)
    handles, _labels = ax.get_legend_handles_labels()
    if stopped:
        handles.append(unknown_handle(style))
    frame(ax, data.text, style, handles=handles)


def _line(
    ax: Axes, years: list[int], line: GapLine, style: ChartStyle, *, all_unknown: bool
) -> None:
    index = 0 if line.style_index is None else line.style_index
    ax.plot(
        years,
        [math.nan if v is None else v for v in line.values],
        color=REGION_COLOUR if line.style_index is None else group_colour(index),
        marker=group_marker(index),
        linestyle="-" if line.style_index is None else group_linestyle(index),
        linewidth=style.line_width,
        markersize=style.marker_size,
        label=wrap(line.label + (" (onbekend)" if all_unknown else "")),
        zorder=3,
    )


def _unknown_years(
    ax: Axes, stopped: dict[str, int], lines: int, last: int, style: ChartStyle
) -> None:
    """Shade the years from the first unknown one, and say which lines stop there."""
    first = min(stopped.values())
    if len(stopped) == lines:
        which = ""
    elif len(stopped) <= 2:
        which = " (" + ", ".join(stopped) + ")"
    else:
        which = f" ({len(stopped)} groepen)"
    ax.axvspan(
        first - 0.5,
        last + 0.5,
        facecolor=UNKNOWN_FACE,
        edgecolor=UNKNOWN_EDGE,
        hatch=UNKNOWN_HATCH,
        linestyle="--",
        linewidth=style.edge_width,
        gid=UNKNOWN_GID,
        zorder=1,
    )
    ax.text(
        (first + last) / 2,
        0.98,
        wrap(f"onbekend vanaf {first}{which}", 40),
        transform=ax.get_xaxis_transform(),
        ha="center",
        va="top",
        fontsize=style.small_size,
        fontstyle="italic",
        gid=UNKNOWN_GID,
        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
        zorder=4,
    )
