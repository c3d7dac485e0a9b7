"""The chart area of the Opgave step: pick a chart (and a distribution key), see it, save it
as PNG or SVG, copy it, or present it full screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import DistributionKey
from app.views.charts import chart_kinds
from app.views.labels import label
from app.views.widgets.compact import compact_combo


class ChartPanel(QWidget):
    """Chart chooser, canvas and actions.

    Signals:
        choice_changed(): the chart or the key changed; the page redraws.
        present_requested(): the user wants the chart full screen.
    """

    choice_changed = Signal()
    present_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kinds = chart_kinds()
        self.chart_combo = compact_combo(QComboBox(), 20)
        self.chart_combo.setAccessibleName(self.tr("Grafiek"))
        for kind in self.kinds:
            self.chart_combo.addItem(kind.name)
        self.key_combo = compact_combo(QComboBox(), 12)
        self.key_combo.setAccessibleName(self.tr("Verdeelsleutel"))
        for key in DistributionKey:
            self.key_combo.addItem(label(key), key)
        self.key_label = QLabel(self.tr("&Verdeelsleutel:"))
        self.key_label.setBuddy(self.key_combo)
        chart_label = QLabel(self.tr("G&rafiek:"))
        chart_label.setBuddy(self.chart_combo)
        self.png_button = QPushButton(self.tr("PNG…"))
        self.png_button.setToolTip(self.tr("Opslaan als PNG-afbeelding"))
        self.svg_button = QPushButton(self.tr("SVG…"))
        self.svg_button.setToolTip(self.tr("Opslaan als SVG (scherp bij elke grootte)"))
        self.copy_button = QPushButton(self.tr("&Kopiëren"))
        self.present_button = QPushButton(self.tr("&Presenteren (F5)"))
        self.png_button.clicked.connect(self._save_png)
        self.svg_button.clicked.connect(self._save_svg)
        self.copy_button.clicked.connect(self.copy)
        self.present_button.clicked.connect(self.present_requested.emit)
        self.chart_combo.currentIndexChanged.connect(self._changed)
        self.key_combo.currentIndexChanged.connect(self._changed)
        row = QHBoxLayout()
        row.addWidget(chart_label)
        row.addWidget(self.chart_combo, 2)
        row.addWidget(self.key_label)
        row.addWidget(self.key_combo, 1)
        for button in (self.png_button, self.svg_button, self.copy_button, self.present_button):
            row.addWidget(button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(row)
        self.canvas = None
        self._changed()

    def ensure_canvas(self):
        """The matplotlib canvas, made (and matplotlib imported) on first use."""
        if self.canvas is None:
            from app.views.widgets.chart_canvas import ChartCanvas

            self.canvas = ChartCanvas(parent=self)
            self.canvas.setAccessibleName(self.tr("Grafiek"))
            self.layout_.addWidget(self.canvas, 1)
        return self.canvas

    def kind_index(self) -> int:
        return self.chart_combo.currentIndex()

    def key(self) -> DistributionKey:
        return self.key_combo.currentData()

    def show_chart(self, data) -> None:
        self.ensure_canvas().show_chart(data)

    def _changed(self) -> None:
        fair_share = self.kind_index() == 3
        self.key_combo.setVisible(fair_share)
        self.key_label.setVisible(fair_share)
        self.choice_changed.emit()

    def _save_png(self) -> None:
        self.save("png")

    def _save_svg(self) -> None:
        self.save("svg")

    def save(self, fmt: str) -> None:
        """Save the chart as shown, as PNG or SVG."""
        if self.canvas is None or self.canvas.data is None:
            return
        name = self.chart_combo.currentText()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Grafiek opslaan"),
            f"{name}.{fmt}",
            self.tr("{0}-bestanden (*.{1})").format(fmt.upper(), fmt),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != f".{fmt}":
                target = target.with_name(f"{target.name}.{fmt}")
            target.write_bytes(self.canvas.image(fmt))

    def copy(self) -> None:
        """Put the chart on the clipboard as an image."""
        if self.canvas is not None and self.canvas.data is not None:
            QGuiApplication.clipboard().setImage(QImage.fromData(self.canvas.image("png")))
