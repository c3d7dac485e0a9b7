"""The chart of 'Sociale huur in Nederland': corporation shares as horizontal bars, with the
30 % goal and the national average as lines; an area's own figure on a light band, in bold.

Like every chart here it only draws what the services computed.
"""

from __future__ import annotations

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from app.reports.charts.frame import category_axis, frame, percent_axis, value_labels
from app.reports.charts.style import (
    AVERAGE_COLOUR,
    GOAL_COLOUR,
    NORMAL,
    REGION_COLOUR,
    REGION_LIGHT,
    ChartStyle,
)
from app.services.chart_data import NationalSocialRentChart
from app.services.formatting import norm_text, percent

TALL = 25  # bars


def plot_national_social_rent(
    ax: Axes, data: NationalSocialRentChart, style: ChartStyle = NORMAL
) -> None:
    """Shares top to bottom; below the national average in a light hatched bar."""
    container = ax.barh(
        range(len(data.bars)),
        [bar.share for bar in data.bars],
        height=0.7,
        linewidth=style.edge_width,
        edgecolor="black",
        zorder=2,
    )
    for patch, bar in zip(container.patches, data.bars, strict=True):
        if bar.below_average:
            patch.set(facecolor=REGION_LIGHT, hatch="//")
        else:
            patch.set(facecolor=REGION_COLOUR)
    value_labels(ax, container, [percent(bar.share) for bar in data.bars], style)
    goal = ax.axvline(data.goal, color=GOAL_COLOUR, ls="--", lw=style.line_width * 0.75, zorder=4)
    goal.set_label(f"Streven: {norm_text(data.goal)} sociale huur")
    average = ax.axvline(
        data.national_average, color=AVERAGE_COLOUR, ls=":", lw=style.line_width, zorder=4
    )
    average.set_label(f"Landelijk gemiddelde: {percent(data.national_average)}")
    totals = [bar.total for bar in data.bars]
    category_axis(ax, [bar.label for bar in data.bars], style, totals)
    percent_axis(ax.xaxis, "Aandeel woningen in bezit van woningcorporaties (%)", style)
    ax.set_xlim(0, max([data.goal, *(bar.share for bar in data.bars)]) * 1.2)
    if len(data.bars) > TALL:  # a tall chart scrolls on screen: the scale on top as well
        ax.tick_params(axis="x", top=True, labeltop=True)
    handles: list[Artist] = [
        Patch(facecolor=REGION_COLOUR, edgecolor="black", label="Op of boven het gemiddelde"),
        Patch(facecolor=REGION_LIGHT, edgecolor="black", hatch="//", label="Onder het gemiddelde"),
        goal,
        average,
    ]
    frame(ax, data.text, style, handles=handles, extra_notes=data.notes)
