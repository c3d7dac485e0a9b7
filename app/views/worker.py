"""Long work (exports, imports) off the GUI thread, with progress and a cancel button.

A `Task` runs `work(progress, is_cancelled)` in Qt's global thread pool. The
function reports `progress(done, total, text)`; the GUI asks it to stop with
`cancel()`. Results and errors come back as signals on the GUI thread, so the
window stays responsive and an error is shown, not swallowed.

Lifetimes: a task's signals object belongs to the application (not to whoever started
the task) and deletes itself on the GUI thread once its last signal has been delivered,
so a signal is never sent from a deleted source, also when the window that started the
task is gone. Connect the signals to bound methods of QObjects (never to lambdas): Qt then
drops the connection, and any result still on its way, when the receiver is deleted.
Whoever closes what the work reads (a vision's file, the application) first calls
`finish` or `finish_all`: the work is asked to stop and waited for.

Python's garbage collector is paused while any task runs and resumed on the GUI thread
when the last one has ended (and what the tasks freed is handed back to the system). A
collection runs in whichever thread happens to allocate, and one in a worker thread that
frees a Qt object (a closed window's wrapper in a reference cycle) destroys it off the GUI
thread: a segmentation fault, seen in the first background calculation.

Resuming collects everything the tasks left in reference cycles: a full collection, which
walks every object, those the tasks built to keep included. For a national vision that
held the window still for 0.35 s, once after the calculations and once after the
plausibility checks. Work whose objects live on (`Task(keeps=True)`: the calculations, the
cells, the checks, and the steps' modules and statuses that load beside them) leaves next
to no garbage. When only such tasks ran since the collector was paused, every young object
goes to the oldest generation instead, which young collections do not walk. The price:
what did become garbage in a cycle meanwhile (the statuses' database session, a dialog
closed during the work) waits there for the next full collection: the collector's own,
once young collections have passed on a quarter as many objects as the last full one
kept, or the one here after any other task (an export).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import sys
import threading
import weakref
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, QThreadPool, Signal, Slot
from shiboken6 import isValid

from app.services.errors import Cancelled, DomainError
from app.storage import ProjectFileError
from app.views import thread_safety
from app.views.error_reporting import log_unexpected, unexpected_error_text

_running: weakref.WeakSet[Task] = weakref.WeakSet()  # started and not yet ended


class _CollectorPause(QObject):
    """Counts the running tasks; the garbage collector is off while there are any. The
    count drops in the worker thread as a task ends; switching the collector back on (and
    the collection that follows) is always done on the GUI thread, where this object lives.
    No signal of the task's own is used: its signals object deletes itself, and a queued
    call from it was seen to get lost."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.lock = threading.Lock()
        self.running = 0
        self.resume_enabled = True
        self.only_kept = True  # every task since the last resume built objects to keep

    def task_started(self, keeps: bool) -> None:
        with self.lock:
            if self.running == 0:
                self.resume_enabled = gc.isenabled() or self.resume_enabled
                gc.disable()
            self.running += 1
            self.only_kept = self.only_kept and keeps

    def task_over(self) -> None:
        """In the worker thread, as the task's last act."""
        with self.lock:
            self.running -= 1
            last = self.running == 0
        if last:
            QMetaObject.invokeMethod(self, "resume", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def resume(self) -> None:
        """On the GUI thread: the collector on again if no task runs, and what the tasks
        left in reference cycles collected here."""
        with self.lock:
            if self.running or gc.isenabled() or not self.resume_enabled:
                return
            only_kept, self.only_kept = self.only_kept, True
            if only_kept:
                # freeze moves the young and middle generations to the permanent one (and
                # zeroes the count of new objects), unfreeze to the oldest
                gc.freeze()
                gc.unfreeze()
            gc.enable()
        if not only_kept:
            gc.collect()
            return_freed_memory()

    def reset(self) -> None:
        """Every task has been waited for (`finish_all`): the collector on again now."""
        with self.lock:
            self.running = 0
        self.resume()


def return_freed_memory() -> None:
    """Hand the memory that ended work freed back to the system. glibc's allocator keeps
    freed memory for the process otherwise: a window that wrote a national document went on
    holding about a gigabyte it no longer used. (Elsewhere this does nothing.)"""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):  # not glibc (musl): nothing to do
        ctypes.CDLL("libc.so.6").malloc_trim(0)


_pause: _CollectorPause | None = None


def _collector_pause() -> _CollectorPause:
    global _pause
    if _pause is None or not isValid(_pause):
        _pause = _CollectorPause()
    return _pause


def collector_paused() -> bool:
    """Whether tasks are running and the garbage collector waits for them."""
    return _pause is not None and isValid(_pause) and _pause.running > 0


class TaskSignals(QObject):
    """Signals of a Task.

    Signals:
        progress(int, int, str): steps done, steps in all, what is being done.
        finished(object): the work's result.
        failed(str): a message for the user (Dutch).
        cancelled(): the user stopped the work; nothing was written.
        ended(): the last signal of every task, after one of the three above; the
            signals object deletes itself when it arrives (a queued call of it to another
            receiver was seen to get lost then: connect to the three above instead).
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())  # outlives the task's starter
        self.ended.connect(self.deleteLater)  # queued: runs on the GUI thread


class Task:
    """One piece of long work."""

    def __init__(self, work: Callable[[Callable, Callable], Any], *, keeps: bool = False):
        """`keeps`: what the work builds lives on after it (see the module's docstring)."""
        self.work = work
        self.keeps = keeps
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self._ended = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def has_ended(self) -> bool:
        """True once the work is over and its signals have been sent."""
        return self._ended.is_set()

    def wait(self) -> None:
        """Block until the work is over and its signals have been sent."""
        self._ended.wait()

    def run(self) -> None:
        """Do the work (in a worker thread) and send its outcome."""
        try:
            self._run_work()
        finally:
            self.signals.ended.emit()
            self._ended.set()  # after this the worker no longer touches the task

    def _run_work(self) -> None:
        try:
            result = self.work(self._report, self.is_cancelled)
        except Cancelled:  # an export's ExportCancelled, or any other long work's
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
    """Run `task` in the global thread pool (which holds it until its work is over); the
    garbage collector waits until it has ended (see the module's docstring). Work that may
    import the database layer first calls `thread_safety.import_database_layer()`."""
    thread_safety.prepare()
    pause = _collector_pause()
    pause.task_started(task.keeps)
    _running.add(task)
    QThreadPool.globalInstance().start(partial(_run, task, pause))
    return task


def _run(task: Task, pause: _CollectorPause) -> None:
    """In the worker thread: the task, then the collector may resume."""
    try:
        task.run()
    finally:
        pause.task_over()


def finish(tasks: Iterable[Task]) -> None:
    """Ask `tasks` to stop and wait until each is over (before closing what they read)."""
    tasks = list(tasks)
    for task in tasks:
        task.cancel()
    for task in tasks:
        if task in _running:  # started: it will end
            task.wait()


def finish_all() -> None:
    """Stop and wait for every task (when the application quits, before Qt is torn down)."""
    finish(_running)
    QThreadPool.globalInstance().waitForDone()
    if _pause is not None and isValid(_pause):
        _pause.reset()
