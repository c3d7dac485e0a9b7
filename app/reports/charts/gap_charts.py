"""Charts 1 and 2: need vs capacity, and the gap per municipality.

Each `plot_x(ax, data, style)` only draws what the services computed.
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.patches import Patch

from app.reports.charts.frame import (
    category_axis,
    count_axis,
    frame,
    unknown_band,
    unknown_handle,
    value_labels,
    wrap,
)
from app.reports.charts.pairs import CLIPPED_MARK, CLIPPED_NOTE
from app.reports.charts.style import (
    NORMAL,
    REGION_COLOUR,
    REGION_LIGHT,
    ChartStyle,
    contrast_colour,
    group_colour,
    group_hatch,
    outline_colour,
)
from app.services.chart_data import (
    GapByMunicipalityChart,
    MunicipalityGapBar,
    NeedCapacityChart,
)
from app.services.chart_data.common import known_value
from app.services.formatting import number

NEED_LABEL, CAPACITY_LABEL = "Woonbehoefte", "Aanbod"
COUNT_UNIT = "aantal woonruimten"
PERIOD_AXIS = "Opgeteld over de gekozen jaren (aantal woonruimten)"
BAR = 0.38  # height of one of two bars per category
OFF_SCALE_LABEL = "Alle groepen samen (buiten schaal)"


def plot_need_capacity(ax: Axes, data: NeedCapacityChart, style: ChartStyle = NORMAL) -> None:
    """Chart 1: per category a hatched outline for the need and a solid bar for the
    capacity, both in the group's colour."""
    unknown = False
    for label, offset, attr in (
        (NEED_LABEL, -BAR / 2, "need"),
        (CAPACITY_LABEL, BAR / 2, "capacity"),
    ):
        known = [(i, bar) for i, bar in enumerate(data.bars) if getattr(bar, attr) is not None]
        container = ax.barh(
            [i + offset for i, _ in known],
            [getattr(bar, attr) for _, bar in known],
            height=BAR,
            label=label,
            linewidth=style.edge_width,
            zorder=2,
        )
        for patch, (_, bar) in zip(container.patches, known, strict=True):
            colour = group_colour(bar.style_index)
            if attr == "need":
                patch.set(facecolor="white", edgecolor=outline_colour(colour), hatch="////")
                patch.set_linewidth(style.edge_width * 2)
            else:
                patch.set(facecolor=colour, edgecolor="black")
        value_labels(ax, container, [number(getattr(b, attr)) for _, b in known], style)
        for i, bar in enumerate(data.bars):
            if getattr(bar, attr) is None:
                unknown_band(ax, i + offset, BAR, style)
                unknown = True
    category_axis(ax, [b.label for b in data.bars], style, [False] * len(data.bars))
    count_axis(ax.xaxis, PERIOD_AXIS, style)
    ax.margins(x=0.12)
    handles = [
        Patch(facecolor="white", edgecolor=REGION_COLOUR, hatch="////", label=NEED_LABEL),
        Patch(facecolor=REGION_COLOUR, edgecolor="black", label=CAPACITY_LABEL),
    ]
    frame(ax, data.text, style, handles=handles + ([unknown_handle(style)] if unknown else []))


def plot_gap_by_municipality(
    ax: Axes, data: GapByMunicipalityChart, style: ChartStyle = NORMAL
) -> None:
    """Chart 2: per municipality the shortage to the right and the surplus to the left,
    each stacked by group in the group's colour and hatch."""
    rows = list(enumerate(data.bars))
    known = [(i, bar) for i, bar in rows if bar.shortage is not None]
    low, high = _limits([bar for _, bar in known])
    ax.set_xlim(low, high)
    fits = [
        (i, b)
        for i, b in known
        if known_value(b.total_shortage) <= high and known_value(b.total_surplus) <= -low
    ]
    _stack(ax, data, fits, style)
    clipped = False
    for i, bar in known:
        if (i, bar) not in fits:
            _off_scale_bar(ax, i, bar, low, high, style)
        clipped |= _end_label(ax, i, known_value(bar.total_shortage), style, high)
        clipped |= _end_label(ax, i, -known_value(bar.total_surplus), style, low)
    for i, bar in rows:
        if bar.shortage is None:
            unknown_band(ax, i, 0.7, style)
    ax.axvline(0, color=style.text_colour, lw=style.edge_width * 1.5, zorder=3)
    category_axis(ax, [b.label for b in data.bars], style, [b.highlighted for b in data.bars])
    count_axis(ax.xaxis, f"← overschot   |   tekort → ({COUNT_UNIT})", style, signed_left=True)
    handles = [_group_handle(g.label, g.style_index, style) for g in data.groups]
    if len(fits) < len(known):
        handles.append(Patch(facecolor=REGION_LIGHT, edgecolor="black", label=OFF_SCALE_LABEL))
    if len(known) < len(rows):
        handles.append(unknown_handle(style))
    frame(ax, data.text, style, handles=handles, extra_notes=[CLIPPED_NOTE] if clipped else [])


def _stack(
    ax: Axes,
    data: GapByMunicipalityChart,
    known: list[tuple[int, MunicipalityGapBar]],
    style: ChartStyle,
) -> None:
    """Stack each group's shortage to the right and its surplus to the left."""
    right = [0] * len(known)
    left = [0] * len(known)
    for group in data.groups:
        colour, hatch = group_colour(group.style_index), group_hatch(group.style_index)
        for side, start, sign in (("Tekort", right, 1), ("Overschot", left, -1)):
            values = [
                known_value(bar.shortage if sign > 0 else bar.surplus)[group.id] for _, bar in known
            ]
            ax.barh(
                [i for i, _ in known],
                [sign * v for v in values],
                left=[sign * s for s in start],
                height=0.7,
                color=colour,
                hatch=hatch,
                edgecolor=contrast_colour(colour),
                linewidth=style.edge_width / 2,
                label=f"{side} – {group.label}",
                zorder=2,
            )
            for k, value in enumerate(values):
                start[k] += value


def _off_scale_bar(
    ax: Axes, row: int, bar: MunicipalityGapBar, low: float, high: float, style: ChartStyle
) -> None:
    """A bar of many municipalities that runs off the scale: plain grey, not split by
    group, since its parts could not be compared with the rest anyway."""
    shortage, surplus = known_value(bar.total_shortage), known_value(bar.total_surplus)
    for value in (min(shortage, high), -min(surplus, -low)):
        ax.barh(
            row,
            value,
            height=0.7,
            color=REGION_LIGHT,
            edgecolor="black",
            linewidth=style.edge_width,
            label="_buiten schaal",
            zorder=2,
        )


def _limits(bars: list[MunicipalityGapBar]) -> tuple[float, float]:
    """The scale follows the single municipalities (an "Overige" bar may run off it), with
    room on both sides for the totals at the bar ends, however lopsided the data."""
    singles = [b for b in bars if b.count == 1] or bars
    reach_right = max([known_value(b.total_shortage) for b in singles] + [0])
    reach_left = max([known_value(b.total_surplus) for b in singles] + [0])
    span = max(reach_right, reach_left, 1)
    return -reach_left - 0.18 * span, reach_right + 0.18 * span


def _end_label(ax: Axes, row: int, x: float, style: ChartStyle, limit: float) -> bool:
    """The total `x` (negative: a surplus) at a bar's end, or at the edge with an arrow
    when the bar runs off the scale; returns whether it did."""
    if not x:
        return False
    value = abs(x)
    outside = abs(x) > abs(limit) * 0.97
    right = x > 0
    if outside:
        text = f"{number(value)}{CLIPPED_MARK}" if right else f"◀ {number(value)}"
        x, offset, align = limit, -3 if right else 3, "right" if right else "left"
    else:
        text, offset, align = number(value), 3 if right else -3, "left" if right else "right"
    ax.annotate(
        text,
        xy=(x, row),
        xytext=(offset, 0),
        textcoords="offset points",
        ha=align,
        va="center",
        fontsize=style.small_size,
        color=style.text_colour,
        bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 0.5}
        if outside
        else None,
        zorder=5,
    )
    return outside


def _group_handle(label: str, index: int, style: ChartStyle) -> Patch:
    colour = group_colour(index)
    return Patch(
        facecolor=colour,
        hatch=group_hatch(index),
        edgecolor=contrast_colour(colour),
        linewidth=style.edge_width / 2,
        label=wrap(label),
    )
