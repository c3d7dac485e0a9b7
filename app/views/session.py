"""One open vision in the GUI: the project file, its undo stack and change notifications.

Every edit a page makes goes through `VisionSession.perform`: the service call
runs, and when it succeeds an undoable command holding plain before/after data
is pushed. Pages listen to `changed` and refresh what the topic concerns.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.services.errors import DomainError
from app.storage import FileUnreachableError, ProjectFile, ProjectFileError
from app.views import worker

if TYPE_CHECKING:
    from app.services.analysis import Analysis

# Topics a change can concern; pages refresh on the ones they show.
ALL = "all"


class ServiceCommand(QUndoCommand):
    """An undoable edit whose redo and undo call services with plain values."""

    def __init__(
        self,
        session: VisionSession,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        topic: str,
        step: str | None,
        cells: frozenset | None = None,
    ):
        super().__init__(text)
        self._session = session
        self._redo = redo
        self._undo = undo
        self._topic = topic
        self._step = step
        self._cells = cells
        self._done = True  # pushed after the first execution succeeded

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(
            self._redo, QCoreApplication.translate("VisionSession", "Opnieuw doen lukte niet: {0}")
        )

    def undo(self) -> None:
        self._run(
            self._undo,
            QCoreApplication.translate("VisionSession", "Ongedaan maken lukte niet: {0}"),
        )

    def _run(self, action: Callable[[], Any], failure: str) -> None:
        try:
            action()
        except FileUnreachableError as error:
            self.setObsolete(True)
            self._session.unreachable.emit(str(error))
            return
        except (DomainError, ProjectFileError) as error:
            self.setObsolete(True)
            self._session.error.emit(failure.format(error))
            return
        self._session.notify(self._topic, self._step, self._cells)


class VisionSession(QObject):
    """The open project with its undo stack.

    Signals:
        changed(str): a topic's data changed ("vision", "municipalities", "groups",
            "need", "capacity", "partners", "measures", "agreements", or "all").
        navigate(str): undo/redo touched this step; show it.
        error(str): a message for the user (Dutch), e.g. a refused value.
        unreachable(str): the file cannot be written or read any more (network gone,
            folder removed); the work can still be saved elsewhere.
        project_replaced(Path, Path): "Opslaan als" moved the work from one file to another.
    """

    changed = Signal(str)
    navigate = Signal(str)
    error = Signal(str)
    unreachable = Signal(str)
    project_replaced = Signal(Path, Path)

    def __init__(self, project: ProjectFile, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self._analysis: Analysis | None = None
        self.generation = 0  # counts changes, so background results can tell they are stale
        self._tasks: weakref.WeakSet[worker.Task] = weakref.WeakSet()  # reading the file

    @property
    def readonly(self) -> bool:
        return self.project.readonly

    def analysis(self) -> Analysis:
        """The calculations on the current figures (recomputed after a change)."""
        if self._analysis is None:
            from app.services.analysis import analyse  # loads the tables: not before needed

            self._analysis = analyse(self.project)
        return self._analysis

    def perform(
        self,
        text: str,
        do: Callable[[], Any],
        undo_factory: Callable[[Any], Callable],
        topic: str,
        step: str | None = None,
        on_error: Callable[[str], None] | None = None,
        cells: frozenset | None = None,
    ) -> bool:
        """Run `do`; if it succeeds, push an undo command and tell listeners.

        `undo_factory` receives what `do` returned (the old values) and returns
        the function that restores them. A refused edit goes to `on_error` (default:
        the `error` signal) and returns False; nothing was changed. `cells` — the
        (municipality id, group id, year) keys an edit of need or capacity touched — lets
        the calculations be patched instead of reloaded.
        """
        try:
            result = do()
        except FileUnreachableError as error:
            self.unreachable.emit(str(error))
            return False
        except (DomainError, ProjectFileError) as error:
            (on_error or self.error.emit)(str(error))
            return False
        self.undo_stack.push(
            ServiceCommand(self, text, do, undo_factory(result), topic, step, cells)
        )
        self.notify(topic, cells=cells)
        return True

    def adopt(self, analysis: Analysis) -> None:
        """Use an analysis computed elsewhere (a worker) of the current figures."""
        if self._analysis is None:
            self._analysis = analysis

    def notify(self, topic: str, step: str | None = None, cells: frozenset | None = None) -> None:
        """Bring the calculations up to date and tell the pages what changed."""
        self.generation += 1
        if cells and self._analysis is not None:
            from app.services.analysis import refreshed

            self._analysis = refreshed(self._analysis, self.project, cells)
        else:
            self._analysis = None
        self.changed.emit(topic)
        if step:
            self.navigate.emit(step)

    def replace_project(self, project: ProjectFile) -> None:
        """Continue in another file ("Opslaan als"); undo history stays with the old file."""
        old = self.project.path
        worker.finish(self._tasks)  # work on the old file ends before it is closed
        self.project.close()
        self.project = project
        self.undo_stack.clear()
        self.project_replaced.emit(old, project.path)
        self.notify(ALL)

    def run_in_background(self, task: worker.Task) -> worker.Task:
        """Start `task`, work that reads this vision's file; `close` waits for it."""
        self._tasks.add(task)
        return worker.start(task)

    def close(self) -> None:
        """Stop the work still reading the file (waiting for it), then release the file."""
        worker.finish(self._tasks)
        self.project.close()
