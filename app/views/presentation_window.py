"""Presentatiemodus for workshops: one chart full screen, large letters, keys to step through
the charts, the municipalities and the groups."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.reports import charts
from app.views.widgets.chart_canvas import ChartCanvas


class PresentationWindow(QWidget):
    """Full-screen chart. ←/→ chart, ↑/↓ municipality (or the region), G group, Esc close.

    `navigator` is the Opgave step's: it keeps the chart, municipality and group
    choice, so the screen and the presentation stay in step.
    """

    def __init__(self, navigator, build: Callable[[], object], parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.navigator = navigator
        self.build = build
        self.setWindowTitle(self.tr("Thuisplan – presentatie"))
        self.setStyleSheet("background: white; color: black;")
        self.canvas = ChartCanvas(charts.PRESENTATION, self)
        self.hint = QLabel(self.tr("← → grafiek   ↑ ↓ gemeente   G aandachtsgroep   Esc sluiten"))
        self.hint.setStyleSheet("font-size: 16pt; color: #333333; padding: 6px;")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.redraw()

    def redraw(self) -> None:
        self.canvas.show_chart(self.build())

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        steps = {
            Qt.Key.Key_Right: ("chart", 1),
            Qt.Key.Key_PageDown: ("chart", 1),
            Qt.Key.Key_Space: ("chart", 1),
            Qt.Key.Key_Left: ("chart", -1),
            Qt.Key.Key_PageUp: ("chart", -1),
            Qt.Key.Key_Down: ("municipality", 1),
            Qt.Key.Key_Up: ("municipality", -1),
            Qt.Key.Key_G: ("group", 1),
        }
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in steps:
            self.navigator.navigate(*steps[key])
            self.redraw()
        else:
            super().keyPressEvent(event)
