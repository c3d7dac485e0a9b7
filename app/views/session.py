"""One open vision in the GUI: the project file, its undo stack and change notifications.

Every edit a page makes is an `Edit` built by an operation in `app.services.edits` and run
through `VisionSession.perform`: it runs, and when it succeeds it goes on the undo stack.
Whatever runs it (perform, undo, redo) the session then tells the pages what changed with
one `changed(Changes)` signal; pages refresh from that.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.services.edits import EVERYTHING, Changes, Edit, Topic
from app.services.errors import DomainError
from app.storage import FileUnreachableError, ProjectFile, ProjectFileError
from app.views import worker

if TYPE_CHECKING:
    from app.services.analysis import Analysis
    from app.services.estimates.store import ScenarioInfo

ALL = Changes(EVERYTHING)
SCENARIO_CHOSEN = Changes(frozenset({Topic.NEED}))  # the estimated need is another one


class EditCommand(QUndoCommand):
    """An Edit on the undo stack: redo and undo run the edit, then tell the session."""

    def __init__(self, session: VisionSession, edit: Edit, step: str | None):
        super().__init__(edit.text)
        self._session = session
        self._edit = edit
        self._step = step
        self._done = True  # pushed after the first do() succeeded

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(
            self._edit.do,
            QCoreApplication.translate("VisionSession", "Opnieuw doen lukte niet: {0}"),
        )

    def undo(self) -> None:
        self._run(
            self._edit.undo,
            QCoreApplication.translate("VisionSession", "Ongedaan maken lukte niet: {0}"),
        )

    def _run(self, action: Callable[[], Changes], failure: str) -> None:
        try:
            made = action()
        except FileUnreachableError as error:
            self.setObsolete(True)
            self._session.unreachable.emit(str(error))
            return
        except (DomainError, ProjectFileError) as error:
            self.setObsolete(True)
            self._session.error.emit(failure.format(error))
            return
        self._session.notify(made, self._step)


class VisionSession(QObject):
    """The open project with its undo stack.

    Signals:
        changed(Changes): what an edit, undo or redo changed (typed topics and, for need
            and capacity, the touched cells with their new values); choosing another
            scenario changes the (estimated) need.
        navigate(str): undo/redo touched this step; show it.
        error(str): a message for the user (Dutch), e.g. a refused value.
        unreachable(str): the file cannot be written or read any more (network gone,
            folder removed); the work can still be saved elsewhere.
        project_replaced(Path, Path): "Opslaan als" moved the work from one file to another.
    """

    changed = Signal(object)
    analysis_ready = Signal()  # the first calculations arrived from the background
    navigate = Signal(str)
    error = Signal(str)
    unreachable = Signal(str)
    project_replaced = Signal(Path, Path)

    def __init__(self, project: ProjectFile, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self._analysis: Analysis | None = None
        self._scenario_id: int | None = None  # None: the base scenario
        self.generation = 0  # counts changes, so background results can tell they are stale
        self._tasks: weakref.WeakSet[worker.Task] = weakref.WeakSet()  # reading the file

    @property
    def readonly(self) -> bool:
        return self.project.readonly

    def analysis(self) -> Analysis:
        """The calculations on the current figures, with the estimates of the chosen
        scenario (recomputed after a change)."""
        if self._analysis is None:
            from app.services.analysis import analyse  # loads the tables: not before needed

            self._analysis = analyse(self.project, self.scenario().name)
        return self._analysis

    def ready_analysis(self) -> Analysis | None:
        """The calculations if they are at hand, without computing them on this thread."""
        return self._analysis

    def scenario(self) -> ScenarioInfo:
        """The scenario whose estimates every screen shows: the chosen one, or the base
        scenario when none was chosen or the chosen one is gone (deleted, or its adding
        undone)."""
        from app.services.estimates.store import find_scenario, list_scenarios

        scenarios = list_scenarios(self.project)
        chosen = next((s for s in scenarios if s.id == self._scenario_id), None)
        if chosen is None:
            self._scenario_id = None
            return find_scenario(self.project)  # the base one
        return chosen

    def choose_scenario(self, scenario_id: int) -> None:
        """Show the estimates of another scenario on every screen (not an edit: nothing in
        the file changes, and undo does not go back to the previous choice)."""
        if scenario_id == self.scenario().id:
            return
        self._scenario_id = scenario_id
        self.notify(SCENARIO_CHOSEN)

    def perform(
        self,
        edit: Edit,
        step: str | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> bool:
        """Run the edit; if it succeeds, put it on the undo stack and tell listeners.

        A refused edit goes to `on_error` (default: the `error` signal) and returns False;
        nothing was changed. `step` is where undo and redo take the user back to.
        """
        try:
            made = edit.do()
        except FileUnreachableError as error:
            self.unreachable.emit(str(error))
            return False
        except (DomainError, ProjectFileError) as error:
            (on_error or self.error.emit)(str(error))
            return False
        self.undo_stack.push(EditCommand(self, edit, step))
        self.notify(made)
        return True

    def adopt(self, analysis: Analysis) -> None:
        """Use an analysis computed elsewhere (a worker) of the current figures, if it is
        of the scenario shown."""
        if self._analysis is None and analysis.figures.scenario == self.scenario().name:
            self._analysis = analysis
            self.analysis_ready.emit()

    def notify(self, made: Changes = ALL, step: str | None = None) -> None:
        """Bring the calculations up to date and tell the pages what changed."""
        self.generation += 1
        if made.cells and self._analysis is not None:
            from app.services.analysis import refreshed

            self._analysis = refreshed(self._analysis, self.project, made.cells)
        else:
            self._analysis = None
        self.changed.emit(made)
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
        self.notify()

    def run_in_background(self, task: worker.Task) -> worker.Task:
        """Start `task`, work that reads this vision's file; `close` waits for it."""
        self._tasks.add(task)
        return worker.start(task)

    def close(self) -> None:
        """Stop the work still reading the file (waiting for it), then release the file."""
        worker.finish(self._tasks)
        self.project.close()
