"""A matplotlib canvas for one chart, drawn by the shared chart functions.

matplotlib (about a second to import) is loaded when the first chart is shown,
not at start-up.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

from app.reports import charts


class ChartCanvas(FigureCanvasQTAgg):
    """Draws chart data with a style (NORMAL on screen, PRESENTATION full screen)."""

    def __init__(self, style=charts.NORMAL, parent=None):
        super().__init__(Figure(figsize=style.figure_size, layout="constrained"))
        self.setParent(parent)
        self.style = style
        self.data = None

    def show_chart(self, data) -> None:
        """Draw `data` (or clear the canvas for None)."""
        self.data = data
        self.figure.clear()
        if data is not None:
            charts.draw_chart(self.figure, data, self.style)
        self.draw_idle()

    def image(self, fmt: str) -> bytes:
        """The chart as PNG or SVG bytes, as drawn (for saving and the clipboard)."""
        return charts.figure_bytes(self.figure, fmt)
