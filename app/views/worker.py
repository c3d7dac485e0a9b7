"""Long work (exports, imports) off the GUI thread, with progress and a cancel button.

A `Task` runs `work(progress, is_cancelled)` in Qt's global thread pool. The
function reports `progress(done, total, text)`; the GUI asks it to stop with
`cancel()`. Results and errors come back as signals on the GUI thread, so the
window stays responsive and an error is shown, not swallowed.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.reports.export_io import ExportCancelled
from app.services.errors import DomainError
from app.storage import ProjectFileError
from app.views.error_reporting import log_unexpected, unexpected_error_text


class TaskSignals(QObject):
    """Signals of a Task.

    Signals:
        progress(int, int, str): steps done, steps in all, what is being done.
        finished(object): the work's result.
        failed(str): a message for the user (Dutch).
        cancelled(): the user stopped the work; nothing was written.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """One piece of long work."""

    def __init__(self, work: Callable[[Callable, Callable], Any]):
        super().__init__()
        self.work = work
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work(self._report, self.is_cancelled)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except (DomainError, ProjectFileError) as error:
            self.signals.failed.emit(str(error))
        except Exception:  # a bug: log it and say so rather than lose it in a thread
            log_unexpected(*sys.exc_info())
            self.signals.failed.emit(unexpected_error_text())
        else:
            self.signals.finished.emit(result)

    def _report(self, done: int, total: int, text: str) -> None:
        self.signals.progress.emit(done, total, text)


def start(task: Task) -> Task:
    """Run `task` in the global thread pool."""
    task.setAutoDelete(False)  # the caller keeps it until its signals have arrived
    QThreadPool.globalInstance().start(task)
    return task
