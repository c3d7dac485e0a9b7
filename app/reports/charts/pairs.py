"""Two bars per category (a hatched outline for what is asked or expected, a solid bar for
what there is), used by the fair share and social rent charts; with clipping of bars that
stand for many municipalities, so they do not flatten the others."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from matplotlib.axes import Axes
from matplotlib.patches import Patch

from app.reports.charts.frame import unknown_band, unknown_handle, value_labels
from app.reports.charts.style import ChartStyle, outline_colour

BAR = 0.38
CLIPPED_MARK = " ▶"
CLIPPED_NOTE = "▶ ◀ De balk loopt buiten de schaal; het getal erbij is de werkelijke waarde."

Pair = tuple[float | None, float | None]
Range = tuple[float, float] | None


def draw_pairs(
    ax: Axes,
    values: Sequence[Pair],
    names: tuple[str, str],
    colour: str,
    style: ChartStyle,
    *,
    label: Callable[[float], str],
    ranges: Sequence[tuple[Range, Range]] | None = None,
    clip_at: float | None = None,
) -> tuple[bool, bool]:
    """Draw the pairs top to bottom; returns (any value unknown, any bar clipped).

    A value above `clip_at` is drawn up to it and labelled with its real value and ▶."""
    unknown = clipped = False
    for k, (name, offset) in enumerate(zip(names, (-BAR / 2, BAR / 2), strict=True)):
        known = [(i, v) for i, pair in enumerate(values) if (v := pair[k]) is not None]
        lengths = [v if clip_at is None else min(v, clip_at) for _, v in known]
        spread = None if ranges is None else [ranges[i][k] for i, _ in known]
        container = ax.barh(
            [i + offset for i, _ in known],
            lengths,
            height=BAR,
            label=name,
            xerr=None if spread is None else errors(spread, [v for _, v in known]),
            error_kw={"ecolor": style.text_colour, "capsize": 3, "lw": style.edge_width * 1.5},
            zorder=2,
        )
        for patch in container.patches:
            if k == 0:
                patch.set(facecolor="white", edgecolor=outline_colour(colour), hatch="////")
                patch.set_linewidth(style.edge_width * 2)
            else:
                patch.set(facecolor=colour, edgecolor="black", linewidth=style.edge_width)
        texts = []
        for j, ((_, value), length) in enumerate(zip(known, lengths, strict=True)):
            median = spread is not None and spread[j] is not None
            mark = CLIPPED_MARK if length < value else ""
            texts.append(("mediaan " if median else "") + label(value) + mark)
            clipped = clipped or length < value
        value_labels(ax, container, texts, style)
        for i, pair in enumerate(values):
            if pair[k] is None:
                unknown_band(ax, i + offset, BAR, style)
                unknown = True
    return unknown, clipped


def pair_handles(
    names: tuple[str, str], colour: str, style: ChartStyle, unknown: bool
) -> list[Patch]:
    """Legend entries of the two bars (and of the unknown band when there is one)."""
    handles = [
        Patch(facecolor="white", edgecolor=outline_colour(colour), hatch="////", label=names[0]),
        Patch(facecolor=colour, edgecolor="black", label=names[1]),
    ]
    return handles + ([unknown_handle(style)] if unknown else [])


def errors(ranges: Sequence[Range], values: Sequence[float]) -> list[list[float]] | None:
    """xerr for the bars that stand for several municipalities (median with min-max)."""
    if not any(ranges):
        return None
    lower = [0 if r is None else v - r[0] for r, v in zip(ranges, values, strict=True)]
    upper = [0 if r is None else r[1] - v for r, v in zip(ranges, values, strict=True)]
    return [lower, upper]
