"""Draw a chart's data on a figure, and turn it into PNG or SVG bytes.

`plot` picks the chart function from the data's type; `draw_chart` is what a screen
calls on its own canvas's figure; `render_png`/`render_svg` make a figure of their
own on the Agg canvas (no Qt) for the Word and Excel exports.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Callable
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from app.reports.charts.cumulative_chart import plot_cumulative_gap
from app.reports.charts.fair_share_chart import plot_fair_share
from app.reports.charts.gap_charts import plot_gap_by_municipality, plot_need_capacity
from app.reports.charts.layout import ChartLayout
from app.reports.charts.monitor_chart import plot_monitor
from app.reports.charts.national_chart import plot_national_social_rent
from app.reports.charts.regional_chart import plot_regional_test
from app.reports.charts.share_charts import plot_affordable, plot_social_rent
from app.reports.charts.style import NORMAL, ChartStyle
from app.services import chart_data
from app.services.chart_data.monitor import MonitorChart

ChartData = (
    chart_data.NeedCapacityChart
    | chart_data.GapByMunicipalityChart
    | chart_data.CumulativeGapChart
    | chart_data.FairShareChart
    | chart_data.SocialRentChart
    | chart_data.AffordableChart
    | chart_data.NationalSocialRentChart
    | chart_data.RegionalTestChart
    | MonitorChart
)
PNG_COMPRESSION = 1  # zlib level for the exports' images (1 fastest, 9 smallest)
# Each function takes the data type it is listed under.
_PLOTTERS: dict[type, Callable[[Axes, Any, ChartStyle], None]] = {
    chart_data.NeedCapacityChart: plot_need_capacity,
    chart_data.GapByMunicipalityChart: plot_gap_by_municipality,
    chart_data.CumulativeGapChart: plot_cumulative_gap,
    chart_data.FairShareChart: plot_fair_share,
    chart_data.SocialRentChart: plot_social_rent,
    chart_data.AffordableChart: plot_affordable,
    chart_data.NationalSocialRentChart: plot_national_social_rent,
    chart_data.RegionalTestChart: plot_regional_test,
    MonitorChart: plot_monitor,
}


def plot(ax: Axes, data: ChartData, style: ChartStyle = NORMAL) -> None:
    """Draw any chart's data on `ax`."""
    try:
        plotter = _PLOTTERS[type(data)]
    except KeyError:
        raise TypeError(f"No chart for {type(data).__name__}") from None
    plotter(ax, data, style)


def new_figure(style: ChartStyle = NORMAL, size: tuple[float, float] | None = None) -> Figure:
    """An empty figure on the Agg canvas, laid out so that nothing is clipped."""
    figure = Figure(figsize=size or style.figure_size, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def draw_chart(figure: Figure, data: ChartData, style: ChartStyle = NORMAL) -> Axes:
    """Clear `figure` (e.g. a screen canvas's) and draw the chart on it; returns the axes."""
    figure.clear()
    figure.set_layout_engine("constrained")
    figure.set_facecolor("white")
    ax = figure.add_subplot()
    plot(ax, data, style)
    return ax


def render_png(
    data: ChartData,
    style: ChartStyle = NORMAL,
    *,
    size: tuple[float, float] | None = None,
    dpi: int = 150,
    keep: bool = False,
) -> bytes:
    """The chart as a PNG image.

    Drawn once on the Agg canvas and encoded by Pillow: `savefig` would draw the figure
    twice (a pass to lay it out, then the real one), a tenth of a Word export's time. Laid
    out by `ChartLayout` (constrained layout's result with fewer measurements). With
    `keep` (a chart worker's), the figure and its canvas are kept for the next chart of
    the same size, so the text measurements carry over; else the figure is released.
    """
    from PIL import Image

    figure = _kept_figure(size or style.figure_size, dpi) if keep else new_figure(style, size)
    figure.set_dpi(dpi)
    draw_chart(figure, data, style)
    figure.set_layout_engine(ChartLayout())
    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)  # new_figure's
    canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    buffer = io.BytesIO()
    # No timestamp or software name in the file, so exports are reproducible; the
    # resolution is stored so that the image has its intended size in print. The fastest
    # compression: zlib's default level takes several times as long for a few percent.
    image.save(buffer, format="png", dpi=(dpi, dpi), compress_level=PNG_COMPRESSION)
    if keep:
        figure.clear()
    else:
        release(figure)
    return buffer.getvalue()


_kept: dict[tuple[tuple[float, float], int], Figure] = {}


def _kept_figure(size: tuple[float, float], dpi: int) -> Figure:
    """The figure kept for charts of this size and resolution (one per worker process)."""
    key = (size, dpi)
    if key not in _kept:
        _kept[key] = new_figure(size=size)
    return _kept[key]


def release(figure: Figure) -> None:
    """Free a drawn figure now. Its artists refer to each other, so only the cyclic
    collector frees them, and an export pauses it (`export_io.collector_paused`): collect
    the youngest generation, which holds the cleared artists (and little else: it is
    collected after every chart)."""
    figure.clear()
    vars(figure.canvas).pop("renderer", None)  # the pixels, megabytes
    gc.collect(0)


def render_svg(
    data: ChartData, style: ChartStyle = NORMAL, *, size: tuple[float, float] | None = None
) -> bytes:
    """The chart as an SVG image (text as paths, so it looks the same without the fonts)."""
    figure = new_figure(style, size)
    draw_chart(figure, data, style)
    return figure_bytes(figure, "svg")


def figure_bytes(figure: Figure, fmt: str = "png", *, dpi: int | None = None) -> bytes:
    """A drawn figure (also one on a screen canvas) as PNG or SVG bytes, for "opslaan als"."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"Unsupported image format: {fmt}")
    buffer = io.BytesIO()
    # No timestamp or software version in the file, so exports are reproducible.
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    figure.savefig(buffer, format=fmt, dpi=dpi or figure.dpi, metadata=metadata, facecolor="white")
    return buffer.getvalue()
