"""Progress and cancel for one piece of background work (`worker.Task`) at a time: a
progress bar with a cancel button, shown while the work runs, and a status line.

The owner starts the work with `start` and connects the task's outcome signals itself
(what follows a result differs per window); it calls `finish` with the text to show once
the work is over. `running_changed(bool)` lets the owner turn its own buttons off meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.views import worker


class TaskProgress(QWidget):
    """Progress bar, cancel button and status line of a Task.

    Signals:
        running_changed(bool): work started (True) or ended (False).
    """

    running_changed = Signal(bool)

    def __init__(self, cancel_text: str, *, status_beside: bool = False, parent=None):
        """`cancel_text`: the button's text (with its shortcut); `status_beside`: the status
        line right of the bar (else below it, wrapped)."""
        super().__init__(parent)
        self.task: worker.Task | None = None
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.cancel_button = QPushButton(cancel_text)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(not status_beside)
        self.setLayout(self._layout(status_beside))
        self._set_running(False)

    def _layout(self, status_beside: bool) -> QBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        if status_beside:
            row.addWidget(self.status, 2)
            row.setContentsMargins(0, 0, 0, 0)
            return row
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.status)
        return column

    def start(self, task: worker.Task, text: str) -> None:
        """Follow `task` (not yet started): its progress on the bar, `text` as status."""
        self.task = task
        # A bound method, not a lambda: Qt drops the connection if this widget goes first.
        task.signals.progress.connect(self.show_progress)
        self.status.setText(text)
        self._set_running(True)

    def cancel(self) -> None:
        """Ask the running work to stop at its next step."""
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Bezig met afbreken…"))

    def show_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{text} (%p%)")

    def finish(self, text: str = "") -> None:
        """The work is over: bar and button hidden, `text` as status."""
        self.task = None
        self._set_running(False)
        self.status.setText(text)

    def is_running(self) -> bool:
        return self.task is not None

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.running_changed.emit(running)
