"""Chart 4: each municipality's fair share of the regional need against what it offers.

`plot_fair_share(ax, data, style)` only draws what the services computed.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.patches import Patch

from app.reports.charts.frame import category_axis, count_axis, frame
from app.reports.charts.gap_charts import PERIOD_AXIS
from app.reports.charts.pairs import BAR, CLIPPED_NOTE, draw_pairs, pair_handles
from app.reports.charts.style import NORMAL, REGION_COLOUR, ChartStyle, group_colour
from app.services.chart_data import FairShareBar, FairShareChart
from app.services.formatting import number, percent, signed

FAIR_LABEL, GIVEN_LABEL = "Evenredig aandeel", "Werkelijk aanbod"
CARRIED_LABEL = "Evenredig aandeel + achterstand"
CORRECTION_LABEL = "waarvan correctie (al geboden plaatsen)"
DIFFERENCE_LABEL = "Rechts (vet): verschil"
BACKLOG_LABEL = "Rechts (vet): verschil (achterstand die doorschuift)"


def plot_fair_share(ax: Axes, data: FairShareChart, style: ChartStyle = NORMAL) -> None:
    """Per municipality what is asked of it (hatched outline: its fair share, with the
    backlog carried in) and what it gives (solid: its capacity, with the correction dotted
    at its end), and the difference in a column on the right (with the backlog carried on
    when shortfalls carry over); in the group's colour, or slate for all groups. The scale
    follows the single municipalities: an "Overige" bar is cut off at its edge."""
    colour = REGION_COLOUR if data.group is None else group_colour(data.group.style_index)
    scale = _scale(data)
    names = (_asked_label(data), GIVEN_LABEL)
    unknown, clipped = draw_pairs(
        ax,
        [(b.asked, b.given) for b in data.bars],
        names,
        colour,
        style,
        label=number,
        clip_at=scale * 1.1,
    )
    corrected = _corrections(ax, data, scale * 1.1, style)
    _difference_column(ax, [_difference_text(b, data.carry_over) for b in data.bars], style)
    labels = [
        b.label if b.key_share is None else f"{b.label} ({_share(b.key_share)})" for b in data.bars
    ]
    category_axis(ax, labels, style, [b.highlighted for b in data.bars])
    count_axis(ax.xaxis, PERIOD_AXIS, style)
    ax.set_xlim(0, scale * 1.55)  # room for the value labels and the difference column
    notes = [_explanation(data)]
    if clipped:
        notes.append(CLIPPED_NOTE)
    handles = pair_handles(names, colour, style, unknown)
    if corrected:
        handles.append(
            Patch(facecolor="white", edgecolor="black", hatch="..", label=CORRECTION_LABEL)
        )
    label = BACKLOG_LABEL if data.carry_over else DIFFERENCE_LABEL
    handles.append(Patch(fill=False, edgecolor="none", label=label))
    frame(ax, data.text, style, handles=handles, extra_notes=notes)


def _asked_label(data: FairShareChart) -> str:
    return CARRIED_LABEL if any(b.carried_in for b in data.bars) else FAIR_LABEL


def _explanation(data: FairShareChart) -> str:
    """The note on the key and on how the difference is made up."""
    text = (
        "Tussen haakjes: aandeel van de gemeente volgens de verdeelsleutel "
        f"({data.key.label.lower()}). "
    )
    if any(b.correction or b.carried_in for b in data.bars) or data.carry_over:
        text += (
            "Verschil = werkelijk aanbod + correctie − evenredig aandeel − achterstand uit "
            "eerdere jaren"
        )
    else:
        text += "Verschil = werkelijk aanbod − evenredig aandeel"
    return text + "; negatief: de gemeente draagt minder dan haar aandeel."


def _corrections(ax: Axes, data: FairShareChart, clip_at: float, style: ChartStyle) -> bool:
    """The correction as a dotted segment at the end of each solid bar; whether any."""
    drawn = False
    for row, bar in enumerate(data.bars):
        if not bar.correction or bar.contribution is None:
            continue
        left = min(bar.contribution, clip_at)
        width = min(bar.contribution + bar.correction, clip_at) - left
        if width > 0:
            ax.barh(
                row + BAR / 2,
                width,
                left=left,
                height=BAR,
                facecolor="white",
                edgecolor="black",
                hatch="..",
                linewidth=style.edge_width,
                zorder=3,
            )
            drawn = True
    return drawn


def _difference_text(bar: FairShareBar, carry_over: bool) -> str | None:
    """'−5', or '−5 (7)' with the backlog that carries on; None when unknown."""
    difference = bar.rounded_difference
    if difference is None:
        return None
    if carry_over and bar.backlog:
        return f"{signed(difference)} ({number(bar.backlog)})"
    return signed(difference)


def _scale(data: FairShareChart) -> float:
    """The largest value of a single municipality (of any bar when there are none)."""
    values = [(b.count, v) for b in data.bars for v in (b.asked, b.given) if v]
    singles = [v for count, v in values if count == 1]
    return max(singles or [v for _, v in values] or [1])


def _share(value: float) -> str:
    # A non-breaking space keeps '74,2 %' together when the label wraps.
    return percent(value).replace(" ", "\u00a0")


def _difference_column(ax: Axes, differences: Sequence[str | None], style: ChartStyle) -> None:
    """The differences as a column at the right edge of the plot (explained in the legend,
    so no header competes with the title for the space above the plot)."""
    transform = ax.get_yaxis_transform()  # x in axes fraction, y in rows
    for row, difference in enumerate(differences):
        if difference is not None:
            ax.text(
                0.99,
                row,
                difference,
                transform=transform,
                ha="right",
                va="center",
                fontsize=style.small_size,
                fontweight="bold",
                color=style.text_colour,
            )
