"""The dialog 'Normen en verplicht urgenten': three tabs over the vision's norms."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from app.services.edits import Changes, Topic
from app.views.norms.compare_tab import CompareTab
from app.views.norms.norms_tab import NormsTab
from app.views.norms.urgency_tab import UrgencyTab
from app.views.session import VisionSession

# What the tabs show: the norms, and the figures the comparison is computed from.
TOPICS = frozenset({Topic.NORMS, Topic.VISION, Topic.MUNICIPALITIES, Topic.GROUPS})


class NormsDialog(QDialog):
    """The vision's norm set and norms, what another set changes, the urgency categories.

    Not modal: the figures stay in view. It follows every change through the session
    (undo and redo included)."""

    def __init__(self, session: VisionSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Normen en verplicht urgenten"))
        self.session = session
        self.norms_tab = NormsTab(session)
        self.compare_tab = CompareTab(session)
        self.urgency_tab = UrgencyTab(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.norms_tab, self.tr("&Normen"))
        self.tabs.addTab(self.compare_tab, self.tr("&Wat verandert er?"))
        self.tabs.addTab(self.urgency_tab, self.tr("&Verplicht urgenten"))
        self.tabs.currentChanged.connect(self._refresh_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        session.changed.connect(self._on_changed)
        self.resize(1000, 640)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._refresh_current()
        super().showEvent(event)

    def _on_changed(self, made: Changes) -> None:
        if made.concerns(TOPICS) and self.isVisible():
            self._refresh_current()

    def _refresh_current(self) -> None:
        """Reload the tab on screen (the others reload when they are shown)."""
        self.tabs.currentWidget().refresh()


def show_norms_dialog(session: VisionSession, parent: QWidget, tab: int = 0) -> NormsDialog:
    """Show the window's norms dialog (made the first time), on `tab`."""
    dialog = parent.findChild(NormsDialog)
    if dialog is None:
        dialog = NormsDialog(session, parent)
    dialog.tabs.setCurrentIndex(tab)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
