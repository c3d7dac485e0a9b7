"""Chart 7: the regional tests. One bar per test (social rent now, at the end of the period,
affordable share of the planned new construction), each built up from the municipalities'
parts, with the goal or norm as a line across the bar.

`plot_regional_test(ax, data, style)` only draws what the services computed.
"""

from __future__ import annotations

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from app.reports.charts.frame import category_axis, frame, percent_axis, unknown_band
from app.reports.charts.frame import unknown_handle as unknown_legend
from app.reports.charts.style import GOAL_COLOUR, NORMAL, ChartStyle, group_colour, group_hatch
from app.services.chart_data import RegionalBar, RegionalTestChart
from app.services.formatting import percent

HEIGHT = 0.6
NOTE = (
    "Elke balk is het aandeel van de regio als geheel; de delen zijn de bijdragen van de gemeenten."
)


def plot_regional_test(ax: Axes, data: RegionalTestChart, style: ChartStyle = NORMAL) -> None:
    """The three regional tests as stacked bars of the municipalities' parts, the goal or
    norm as a dashed line over each bar, the share and the verdict at its end."""
    unknown = False
    for row, bar in enumerate(data.bars):
        if bar.points is None or bar.share is None:
            unknown_band(ax, row, HEIGHT, style)
            unknown = True
        else:
            _stack(ax, row, bar.points, data, style)
            ax.text(  # beyond the norm line, so the two never cross
                max(bar.share, bar.norm or 0.0),
                row,
                f"  {percent(bar.share)} · {_verdict(bar)}",
                va="center",
                ha="left",
                fontsize=style.small_size,
                color=style.text_colour,
                zorder=5,
            )
        if bar.norm is None:  # the norm set has no regional norm for this share
            continue
        ax.vlines(
            bar.norm,
            row - HEIGHT / 2 - 0.08,
            row + HEIGHT / 2 + 0.08,
            colors=GOAL_COLOUR,
            linestyles="--",
            lw=style.line_width * 0.75,
            zorder=4,
        )
    labels = [f"{bar.label} ({bar.norm_label})" for bar in data.bars]
    category_axis(ax, labels, style, [False] * len(labels))
    percent_axis(ax.xaxis, "Aandeel in de regio (%)", style)
    reach = [b.share or 0.0 for b in data.bars] + [b.norm or 0.0 for b in data.bars]
    ax.set_xlim(0, max(reach) * 1.45)
    frame(ax, data.text, style, handles=_handles(data, style, unknown), extra_notes=[NOTE])


def _stack(
    ax: Axes, row: int, points: tuple[float, ...], data: RegionalTestChart, style: ChartStyle
) -> None:
    """The parts of one bar side by side, in the legend's order."""
    left = 0.0
    for index, (part, width) in enumerate(zip(data.parts, points, strict=True)):
        ax.barh(
            row,
            width,
            left=left,
            height=HEIGHT,
            color=group_colour(index),
            hatch=group_hatch(index),
            edgecolor="black",
            linewidth=style.edge_width * (3 if part.highlighted else 1),
            zorder=2,
        )
        left += width


def _verdict(bar: RegionalBar) -> str:
    if bar.meets_norm is None:
        return "geen norm"
    return "voldoet" if bar.meets_norm else "voldoet niet"


def _handles(data: RegionalTestChart, style: ChartStyle, unknown: bool) -> list[Artist]:
    handles: list[Artist] = [
        Patch(
            facecolor=group_colour(index),
            hatch=group_hatch(index),
            edgecolor="black",
            linewidth=style.edge_width * (3 if part.highlighted else 1),
            label=part.label,
        )
        for index, part in enumerate(data.parts)
    ]
    handles.append(
        Line2D(
            [], [], color=GOAL_COLOUR, ls="--", lw=style.line_width * 0.75, label="Streven of norm"
        )
    )
    return handles + ([unknown_legend(style)] if unknown else [])
