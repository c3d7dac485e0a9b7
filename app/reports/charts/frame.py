"""What every chart draws around its data: title and scope line, axes in Dutch number
format, the legend beside the plot, the note on missing inputs and the source line under
it, and the look of an unknown value (a hatched grey band labelled "onbekend")."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.container import BarContainer
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import blended_transform_factory

from app.reports.charts.style import UNKNOWN_EDGE, UNKNOWN_FACE, UNKNOWN_HATCH, ChartStyle
from app.services.chart_data import ChartText
from app.services.formatting import UNKNOWN, number, percent

LABEL_WIDTH = 30  # characters per line of a category or legend label
UNKNOWN_GID = "unknown"
MISSING_PREFIX = "Onbekend door ontbrekende invoer: "
HIGHLIGHT = "#E6ECF2"  # band behind the selected municipality


def wrap(label: str, width: int = LABEL_WIDTH) -> str:
    """A label broken over lines of at most `width` characters."""
    return "\n".join(textwrap.wrap(label, width, break_on_hyphens=False)) or label


def frame(
    ax: Axes,
    text: ChartText,
    style: ChartStyle,
    *,
    handles: Sequence[Artist] = (),
    extra_notes: Sequence[str] = (),
) -> None:
    """Title, scope line, legend (when `handles`), notes and source under the figure."""
    ax.tick_params(labelsize=style.font_size, colors=style.text_colour, width=style.edge_width)
    for spine in ax.spines.values():
        spine.set_linewidth(style.edge_width)
    ax.spines[["top", "right"]].set_visible(False)
    # The scope is the axes title; the bold title sits on top of it and wraps at the
    # figure's edge, so a long group name never runs out of the picture.
    scope = ax.set_title(
        text.subtitle, loc="left", fontsize=style.small_size, color=style.muted_colour, pad=8
    )
    ax.annotate(
        text.title,
        xy=(0, 1),
        xycoords=scope,
        xytext=(0, 4),
        textcoords="offset points",
        ha="left",
        va="bottom",
        fontsize=style.title_size,
        fontweight="bold",
        color=style.text_colour,
        wrap=True,
    )
    if handles:
        ax.legend(
            handles=list(handles),
            loc="upper left",
            bbox_to_anchor=(1.01, 1),
            frameon=False,
            fontsize=style.small_size,
            handlelength=2.2,
            handleheight=1.2,
        )
    lines = list(extra_notes)
    if text.notes:
        lines.append(MISSING_PREFIX + "; ".join(text.notes) + ".")
    lines.append(text.source)
    ax.figure.supxlabel(
        "\n".join(lines),
        x=0.01,
        ha="left",
        multialignment="left",
        fontsize=style.small_size,
        color=style.muted_colour,
        wrap=True,
    )


def count_axis(axis: Axis, label: str, style: ChartStyle, *, signed_left: bool = False) -> None:
    """A value axis of whole numbers in Dutch format ('1.250'); left of zero shown without
    its minus sign when the left side is a surplus."""
    axis.set_major_locator(MaxNLocator(integer=True, nbins=7))

    def fmt(value: float, _pos: int | None) -> str:
        if abs(value - round(value)) > 1e-9:
            return ""  # an axis without data gets ticks like 0.02: no '-0, 0, 0' under it
        return number(abs(value) if signed_left else value)

    axis.set_major_formatter(FuncFormatter(fmt))
    axis.set_label_text(label, fontsize=style.font_size, color=style.text_colour)


def percent_axis(axis: Axis, label: str, style: ChartStyle) -> None:
    """A value axis of shares shown as '30 %'."""
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: percent(value, 0)))
    axis.set_label_text(label, fontsize=style.font_size, color=style.text_colour)


def category_axis(
    ax: Axes,
    labels: Sequence[str],
    style: ChartStyle,
    highlighted: Sequence[bool],
    bold: Sequence[bool] | None = None,
) -> None:
    """Category labels top to bottom; the highlighted one (the selected municipality) on a
    light band, and it and the `bold` ones in bold."""
    ax.set_yticks(range(len(labels)), [wrap(label) for label in labels])
    ax.set_ylim(len(labels) - 0.5, -0.5)  # first category on top
    bold = highlighted if bold is None else bold
    for row, tick in enumerate(ax.get_yticklabels()):
        if highlighted[row] or bold[row]:
            tick.set_fontweight("bold")
        if highlighted[row]:
            ax.axhspan(row - 0.5, row + 0.5, color=HIGHLIGHT, zorder=0, lw=0)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color=style.grid_colour, lw=style.edge_width)
    ax.set_axisbelow(True)


def unknown_band(ax: Axes, centre: float, thickness: float, style: ChartStyle) -> Rectangle:
    """A grey hatched band across the plot at a category position, labelled "onbekend":
    an unknown value must never look like zero."""
    transform = blended_transform_factory(ax.transAxes, ax.transData)
    band = Rectangle(
        (0, centre - thickness / 2),
        1,
        thickness,
        transform=transform,
        facecolor=UNKNOWN_FACE,
        edgecolor=UNKNOWN_EDGE,
        hatch=UNKNOWN_HATCH,
        linestyle="--",
        linewidth=style.edge_width,
        gid=UNKNOWN_GID,
        zorder=1,
    )
    ax.add_patch(band)
    ax.text(
        0.01,
        centre,
        UNKNOWN,
        transform=transform,
        va="center",
        ha="left",
        fontsize=style.small_size,
        fontstyle="italic",
        color=style.text_colour,
        gid=UNKNOWN_GID,
        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
        zorder=3,
    )
    return band


def unknown_handle(style: ChartStyle) -> Patch:
    """The legend entry of the unknown band."""
    return Patch(
        facecolor=UNKNOWN_FACE,
        edgecolor=UNKNOWN_EDGE,
        hatch=UNKNOWN_HATCH,
        linestyle="--",
        linewidth=style.edge_width,
        label="onbekend (zie onder)",
    )


def value_labels(
    ax: Axes, container: BarContainer, texts: Sequence[str], style: ChartStyle
) -> None:
    """Numbers at the ends of bars."""
    ax.bar_label(
        container,
        labels=list(texts),
        padding=3,
        fontsize=style.small_size,
        color=style.text_colour,
        # Readable where a label crosses a norm line.
        bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 0.5},
        zorder=5,
    )
