"""Chart 4: each municipality's fair share of the regional need against what it offers.

`plot_fair_share(ax, data, style)` only draws what the services computed.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.patches import Patch

from app.reports.charts.frame import category_axis, count_axis, frame
from app.reports.charts.gap_charts import PERIOD_AXIS
from app.reports.charts.pairs import CLIPPED_NOTE, draw_pairs, pair_handles
from app.reports.charts.style import NORMAL, REGION_COLOUR, ChartStyle, group_colour
from app.services.chart_data import FairShareChart
from app.services.formatting import number, percent, signed

FAIR_LABEL, GIVEN_LABEL = "Evenredig aandeel", "Werkelijk aanbod"
DIFFERENCE_LABEL = "Rechts (vet): verschil"


def plot_fair_share(ax: Axes, data: FairShareChart, style: ChartStyle = NORMAL) -> None:
    """Per municipality its fair share (hatched outline) and its capacity (solid), and the
    difference in a column on the right; in the group's colour, or slate for all groups.
    The scale follows the single municipalities: an "Overige" bar is cut off at its edge."""
    colour = REGION_COLOUR if data.group is None else group_colour(data.group.style_index)
    scale = _scale(data)
    unknown, clipped = draw_pairs(
        ax,
        [(b.fair_share, b.contribution) for b in data.bars],
        (FAIR_LABEL, GIVEN_LABEL),
        colour,
        style,
        label=number,
        clip_at=scale * 1.1,
    )
    _difference_column(ax, [b.rounded_difference for b in data.bars], style)
    labels = [
        b.label if b.key_share is None else f"{b.label} ({_share(b.key_share)})" for b in data.bars
    ]
    category_axis(ax, labels, style, [b.highlighted for b in data.bars])
    count_axis(ax.xaxis, PERIOD_AXIS, style)
    ax.set_xlim(0, scale * 1.55)  # room for the value labels and the difference column
    notes = [
        "Tussen haakjes: aandeel van de gemeente volgens de verdeelsleutel "
        f"({data.key.label.lower()}). Verschil = werkelijk aanbod − evenredig aandeel; "
        "negatief: de gemeente draagt minder dan haar aandeel."
    ]
    if clipped:
        notes.append(CLIPPED_NOTE)
    handles = pair_handles((FAIR_LABEL, GIVEN_LABEL), colour, style, unknown)
    handles.append(Patch(fill=False, edgecolor="none", label=DIFFERENCE_LABEL))
    frame(ax, data.text, style, handles=handles, extra_notes=notes)


def _scale(data: FairShareChart) -> float:
    """The largest value of a single municipality (of any bar when there are none)."""
    values = [(b.count, v) for b in data.bars for v in (b.fair_share, b.contribution) if v]
    singles = [v for count, v in values if count == 1]
    return max(singles or [v for _, v in values] or [1])


def _share(value: float) -> str:
    # A non-breaking space keeps '74,2 %' together when the label wraps.
    return percent(value).replace(" ", "\u00a0")


def _difference_column(ax: Axes, differences: Sequence[float | None], style: ChartStyle) -> None:
    """The differences as a column at the right edge of the plot (explained in the legend,
    so no header competes with the title for the space above the plot)."""
    transform = ax.get_yaxis_transform()  # x in axes fraction, y in rows
    for row, difference in enumerate(differences):
        if difference is not None:
            ax.text(
                0.99,
                row,
                signed(difference),
                transform=transform,
                ha="right",
                va="center",
                fontsize=style.small_size,
                fontweight="bold",
                color=style.text_colour,
            )
