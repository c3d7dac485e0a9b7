"""Charts 5 and 6: social rent share vs 30 % and the national average, affordable share
of planned construction vs 2/3.

Each `plot_x(ax, data, style)` only draws what the services computed.
"""

from __future__ import annotations

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from app.reports.charts.frame import (
    category_axis,
    frame,
    percent_axis,
    unknown_band,
    unknown_handle,
    value_labels,
)
from app.reports.charts.pairs import draw_pairs, errors, pair_handles
from app.reports.charts.style import (
    AVERAGE_COLOUR,
    GOAL_COLOUR,
    NORMAL,
    REGION_COLOUR,
    REGION_LIGHT,
    ChartStyle,
)
from app.services.chart_data import AffordableChart, SocialRentBar, SocialRentChart
from app.services.chart_data.common import known_value
from app.services.formatting import norm_text, percent

NAMES = ("Nu", "Eind planperiode")
MUST_BUILD_MARK = " *"
MEDIAN_NOTE = "Overige: de mediaan, met de spreiding (laagste–hoogste) als lijn."


def plot_social_rent(ax: Axes, data: SocialRentChart, style: ChartStyle = NORMAL) -> None:
    """Chart 5: current (solid) and projected (hatched) social rent share per municipality,
    the goal and the national average as lines; '*' marks who must build at least the
    minimum social share of new construction."""
    unknown, _clipped = draw_pairs(
        ax,
        [(b.current, b.projected) for b in data.bars],
        NAMES,
        REGION_COLOUR,
        style,
        label=percent,
        ranges=[(b.current_range, b.projected_range) for b in data.bars],
    )
    lines = _norm_lines(ax, data, style)
    labels = [b.label + _must_build_mark(b) for b in data.bars]
    must_build = [b.highlighted or b.must_build_count > 0 and b.count == 1 for b in data.bars]
    category_axis(ax, labels, style, [b.highlighted for b in data.bars], must_build)
    percent_axis(ax.xaxis, "Aandeel sociale huur in de woningvoorraad (%)", style)
    ax.set_xlim(0, max([data.goal or 0, *_values(data)]) * 1.25 or 1)
    handles: list[Artist] = list(pair_handles(NAMES, REGION_COLOUR, style, False))
    handles += lines + ([unknown_handle(style)] if unknown else [])
    notes = [f"{MUST_BUILD_MARK.strip()} {data.must_build_note}"] if data.must_build_note else []
    if any(b.current_range for b in data.bars):
        notes.append(MEDIAN_NOTE)
    notes += data.out_of_reach
    frame(ax, data.text, style, handles=handles, extra_notes=notes)


def _norm_lines(ax: Axes, data: SocialRentChart, style: ChartStyle) -> list[Artist]:
    """The goal and the national average as vertical lines, where the norms have them."""
    lines: list[Artist] = []
    if data.goal is not None:
        goal = ax.axvline(
            data.goal, color=GOAL_COLOUR, ls="--", lw=style.line_width * 0.75, zorder=4
        )
        goal.set_label(f"Streven: {norm_text(data.goal)} sociale huur")
        lines.append(goal)
    if data.national_average is not None:
        average = ax.axvline(
            data.national_average, color=AVERAGE_COLOUR, ls=":", lw=style.line_width, zorder=4
        )
        average.set_label(f"Landelijk gemiddelde: {norm_text(data.national_average)}")
        lines.append(average)
    return lines


def plot_affordable(ax: Axes, data: AffordableChart, style: ChartStyle = NORMAL) -> None:
    """Chart 6: affordable share of planned construction per municipality against 2/3;
    below the norm in a light hatched bar."""
    known = [(i, b) for i, b in enumerate(data.bars) if b.share is not None]
    container = ax.barh(
        [i for i, _ in known],
        [known_value(b.share) for _, b in known],
        height=0.6,
        xerr=errors([b.share_range for _, b in known], [known_value(b.share) for _, b in known]),
        error_kw={"ecolor": style.text_colour, "capsize": 3, "lw": style.edge_width * 1.5},
        linewidth=style.edge_width,
        edgecolor="black",
        zorder=2,
    )
    for patch, (_, bar) in zip(container.patches, known, strict=True):
        below = (
            bar.below_norm_count > 0
            if bar.count == 1 or data.norm is None
            else known_value(bar.share) < data.norm
        )
        if below:
            patch.set(facecolor=REGION_LIGHT, hatch="//")
        else:
            patch.set(facecolor=REGION_COLOUR)
    texts = [("mediaan " if b.share_range else "") + percent(b.share) for _, b in known]
    value_labels(ax, container, texts, style)
    for i, bar in enumerate(data.bars):
        if bar.share is None:
            unknown_band(ax, i, 0.6, style)
    labels = [
        f"{b.label} – {b.below_norm_count} onder de norm" if b.count > 1 and b.share else b.label
        for b in data.bars
    ]
    category_axis(ax, labels, style, [b.highlighted for b in data.bars])
    percent_axis(ax.xaxis, "Betaalbaar aandeel van de geplande nieuwbouw (%)", style)
    reach = [b.share_range[1] if b.share_range else known_value(b.share) for _, b in known]
    ax.set_xlim(0, max([data.norm or 0, *reach]) * 1.2 or 1)
    handles: list[Artist] = [
        Patch(facecolor=REGION_COLOUR, edgecolor="black", label="Voldoet aan de norm"),
        Patch(facecolor=REGION_LIGHT, edgecolor="black", hatch="//", label="Onder de norm"),
    ]
    if data.norm is not None:
        norm = ax.axvline(
            data.norm, color=GOAL_COLOUR, ls="--", lw=style.line_width * 0.75, zorder=4
        )
        norm.set_label(f"Norm: {_fraction(data.norm)} betaalbaar")
        handles.append(norm)
    if len(known) < len(data.bars):
        handles.append(unknown_handle(style))
    notes = [MEDIAN_NOTE] if any(b.share_range for b in data.bars) else []
    frame(ax, data.text, style, handles=handles, extra_notes=notes)


def _fraction(share: float) -> str:
    """2/3 as '2/3 (66,7 %)', any other share as a percentage."""
    if abs(share - 2 / 3) < 1e-6:
        return f"2/3 ({percent(share)})"
    return percent(share)


def _must_build_mark(bar: SocialRentBar) -> str:
    if bar.count == 1:
        return MUST_BUILD_MARK if bar.must_build_count else ""
    return f" – {bar.must_build_count} moeten sociaal bouwen" if bar.must_build_count else ""


def _values(data: SocialRentChart) -> list[float]:
    values = []
    for bar in data.bars:
        values += [v for v in (bar.current, bar.projected) if v is not None]
        values += [r[1] for r in (bar.current_range, bar.projected_range) if r is not None]
    return values
