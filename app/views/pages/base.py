"""What every wizard page has in common."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.edits import Changes, Topic
from app.views.pages import step_title
from app.views.session import VisionSession


class StepPage(QWidget):
    """A page of the wizard: shows one step of the vision and edits it through the session.

    Subclasses set `step`, build their widgets in `__init__`, and reload in `refresh`.

    Signals:
        filled(): a page that was filling in the background (`fill_in_background`) shows
            its figures now.
    """

    filled = Signal()

    step: str = ""
    topics: frozenset[Topic] = frozenset()  # change topics that make this page reload

    def __init__(self, session: VisionSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 12, 8)
        session.changed.connect(self._on_changed)

    def title(self) -> str:
        """The step's name, as the sidebar shows it."""
        return step_title(self.step)

    def intro(self) -> str:
        """One or two sentences under the page title: what to do here."""
        return ""

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def prepare(self) -> None:
        """Fill the page while it is hidden (the window has time now): shown later, it only
        paints, unless something it shows changed meanwhile (then it reloads as usual)."""
        if getattr(self, "_stale", True):
            self._stale = False
            self.refresh()

    def fill_in_background(self) -> None:
        """The window opens on this step: show the page at once and let work it needs (the
        calculations) be done in the background. Most pages have no such work."""

    @property
    def filling(self) -> bool:
        """True while the page waits for background work before it shows its figures."""
        return False

    def add_heading(self) -> None:
        """The page title and intro at the top of the page."""
        heading = QLabel(f"<h2>{self.title()}</h2>")
        heading.setAccessibleName(self.title())
        self.layout_.addWidget(heading)
        if self.intro():
            intro = QLabel(self.intro())
            intro.setWordWrap(True)
            self.layout_.addWidget(intro)

    def _on_changed(self, made: Changes) -> None:
        if made.concerns(self.topics):
            self.data_changed(made)

    def data_changed(self, made: Changes) -> None:
        """Something this page shows changed; by default it reloads (now or when shown)."""
        self.mark_stale()

    def mark_stale(self) -> None:
        """Reload now if the page is on screen, otherwise when it is next shown: after an edit
        only the visible page pays for a reload."""
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if getattr(self, "_stale", True):
            self._stale = False
            self.refresh()
        super().showEvent(event)
