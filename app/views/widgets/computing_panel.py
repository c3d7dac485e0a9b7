"""What a page shows while its figures are computed in the background: a clear 'wordt
berekend…' with a busy bar, never empty tables that could be read as zeros."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class ComputingPanel(QWidget):
    """'De opgave wordt berekend…' and a busy bar, or why it could not be computed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self.tr("De opgave wordt berekend…"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("QLabel { font-size: 13pt; }")
        self.label.setAccessibleName(self.tr("Bezig met berekenen"))
        self.detail = QLabel(
            self.tr(
                "Alle gemeenten, aandachtsgroepen, woonvormen en jaren worden doorgerekend; "
                "de tabellen en grafieken verschijnen zodra dat klaar is."
            )
        )
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps known: a moving bar
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(360)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.detail)
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_failure(self, message: str) -> None:
        """The calculations failed: say why instead of waiting for ever."""
        self.label.setText(self.tr("De opgave kon niet worden berekend."))
        self.detail.setText(message)
        self.busy.hide()
