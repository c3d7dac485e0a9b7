"""What the window shows for its first step while that step's page loads in the background:
the step's title and a busy bar, so the window is on screen and answers at once (a page's
module brings the services and the database layer with it, about a second)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from app.views.pages import step_title


class LoadingPage(QWidget):
    """Stands in for the page of `step` until it is made; `filled` is sent when the page
    that takes its place shows its figures (as a page filling in the background does)."""

    filled = Signal()
    filling = True

    def __init__(self, step: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        heading = QLabel(f"<h2>{self.title()}</h2>")
        heading.setAccessibleName(self.title())
        label = QLabel(self.tr("Deze stap wordt geopend…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("QLabel { font-size: 13pt; }")
        busy = QProgressBar()
        busy.setRange(0, 0)  # no steps known: a moving bar
        busy.setTextVisible(False)
        busy.setMaximumWidth(360)
        busy.setAccessibleName(self.tr("Bezig met openen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(heading)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def title(self) -> str:
        """The step's name, as the sidebar shows it (and the help panel)."""
        return step_title(self.step)

    def take_over(self, page: QWidget) -> None:
        """`page` now shows the step: `filled` follows it (at once if it has nothing to
        compute)."""
        if getattr(page, "filling", False):
            page.filled.connect(self.filled, Qt.ConnectionType.SingleShotConnection)
        else:
            self.filled.emit()
