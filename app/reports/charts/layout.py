"""The layout of an exported chart: where constrained layout would put the plot, measured
with fewer passes.

Every chart is one plot (axes) with its decorations around it (tick labels, axis label,
scope line and title above, legend to the right) and the notes and source line under the
figure (its supxlabel). Constrained layout measures all of it twice: once where the plot
starts and once where the first pass put it, because decorations change with the plot's
place (the title wraps at the figure's edge from the plot's left side; the legend keeps
1 % of the plot's width from it). It solves a general grid each time, about a third of a
chart's drawing.

`ChartLayout` computes the same margins for this one shape: the first pass measures only
the decorations that decide them (the axes' own, the legend and the wrapping texts), the
second measures everything at the place the first found, which is what constrained
layout's second pass measures. The result is constrained layout's (the tests compare the
positions and the pixels of every chart kind); a figure of any other shape is handed to
constrained layout itself.
"""

from __future__ import annotations

import matplotlib as mpl
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine, LayoutEngine
from matplotlib.text import Text
from matplotlib.transforms import Bbox


class ChartLayout(LayoutEngine):
    """Constrained layout's result for a figure of one axes and a supxlabel."""

    _adjust_compatible = False
    _colorbar_gridspec = False

    def __init__(self) -> None:
        super().__init__()
        # Constrained layout's default padding (inches) around the plot and the notes.
        self._params = {
            "w_pad": mpl.rcParams["figure.constrained_layout.w_pad"],
            "h_pad": mpl.rcParams["figure.constrained_layout.h_pad"],
        }

    def execute(self, fig: Figure) -> None:
        """Place the plot so that its decorations and the notes fit the figure."""
        canvas = fig.canvas
        if not (isinstance(canvas, FigureCanvasAgg) and _one_plot(fig)):
            ConstrainedLayoutEngine().execute(fig)
            return
        (ax,) = fig.axes
        renderer = canvas.get_renderer()
        width, height = fig.get_size_inches()
        w_pad, h_pad = self._params["w_pad"] / width, self._params["h_pad"] / height
        bottom = _notes_margin(fig, renderer, h_pad)
        deciding = _deciding_artists(ax)
        for extras in (deciding, None):  # None: every artist of the axes
            outer = ax.get_tightbbox(renderer, bbox_extra_artists=extras, for_layout_only=True)
            if outer is None:
                return
            tight = outer.transformed(fig.transFigure.inverted())
            pos = ax.get_position(original=True)
            place = Bbox.from_extents(
                w_pad + pos.x0 - tight.x0,
                bottom + h_pad + pos.y0 - tight.y0,
                1 - w_pad - (tight.x1 - pos.x1),
                1 - h_pad - (tight.y1 - pos.y1),
            )
            if place.width <= 0 or place.height <= 0:
                return  # decorations larger than the figure: left as is, as constrained does
            ax.set_position(place)


def _one_plot(fig: Figure) -> bool:
    """A figure this engine lays out: one axes from a grid cell, no figure texts but the
    supxlabel, no subfigures."""
    axes = fig.axes
    return (
        len(axes) == 1
        and axes[0].get_subplotspec() is not None
        and not fig.subfigs
        and all(text is _supxlabel(fig) for text in fig.texts)
    )


def _supxlabel(fig: Figure) -> Text | None:
    return next((t for t in fig.texts if t.get_text() == fig.get_supxlabel()), None)


def _notes_margin(fig: Figure, renderer: RendererAgg, h_pad: float) -> float:
    """The notes under the figure at `h_pad` above its bottom edge, as constrained layout
    puts a supxlabel; returns the height the plot keeps free for them."""
    notes = _supxlabel(fig)
    if notes is None or not notes.get_in_layout():
        return 0.0
    notes.set_y(h_pad)
    box = notes.get_tightbbox(renderer)
    if box is None:
        return 0.0
    return box.transformed(fig.transFigure.inverted()).height + 2 * h_pad


def _deciding_artists(ax: Axes) -> list[Artist]:
    """The artists besides the axes' own decorations that the first pass measures: the
    legend and the texts that wrap at the figure's edge (both depend on the plot's place,
    and the title's height decides where the plot can start)."""
    legend = ax.get_legend()
    deciding: list[Artist] = [text for text in ax.texts if text.get_wrap()]
    return deciding if legend is None else [legend, *deciding]
