"""One open vision in the GUI: the project file, its undo stack and change notifications.

Every edit a page makes is an `Edit` built by an operation in `app.services.edits` and run
through `VisionSession.perform`: it runs, and when it succeeds it goes on the undo stack.
Whatever runs it (perform, undo, redo) the session then tells the pages what changed with
one `changed(Changes)` signal; pages refresh from that.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.services.edits import EVERYTHING, Changes, Edit, Topic
from app.services.errors import DomainError
from app.storage import FileUnreachableError, ProjectFile, ProjectFileError
from app.views import worker

if TYPE_CHECKING:
    from app.services.analysis import Analysis
    from app.services.estimates.store import ScenarioInfo
    from app.services.plausibility import VisionWarnings

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
        analysis_ready(): the calculations asked for with `request_analysis` arrived from
            the background (of the current figures: a result made stale by an edit is
            dropped and computed again).
        analysis_failed(str): the background calculations failed; why (Dutch).
        warnings_ready(): the plausibility warnings asked for with `request_warnings`
            arrived from the background (of the current figures).
        navigate(str): undo/redo touched this step; show it.
        error(str): a message for the user (Dutch), e.g. a refused value.
        unreachable(str): the file cannot be written or read any more (network gone,
            folder removed); the work can still be saved elsewhere.
        project_replaced(Path, Path): "Opslaan als" moved the work from one file to another.
    """

    changed = Signal(object)
    analysis_ready = Signal()  # the first calculations arrived from the background
    analysis_failed = Signal(str)
    warnings_ready = Signal()
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
        self._background: _Background | None = None  # computing the calculations
        self._warnings: VisionWarnings | None = None  # those of `_analysis`, once made
        self._background_warnings: _Background | None = None  # making them
        self._warnings_wanted = False  # asked for, not yet at hand
        self._closed = False

    @property
    def readonly(self) -> bool:
        return self.project.readonly

    def analysis(self) -> Analysis:
        """The calculations on the current figures, with the estimates of the chosen
        scenario (recomputed after a change). When the background is computing them
        already, this waits for that result rather than computing them twice."""
        background = self._background
        if self._analysis is None and background and background.generation == self.generation:
            background.task.wait()  # its `analysis_ready` still follows, for who asked
            self._adopt(background)
        if self._analysis is None:
            from app.services.analysis import analyse  # loads the tables: not before needed

            self._analysis = analyse(self.project, self.scenario().name)
            if self._warnings_wanted:
                self.request_warnings()
        return self._analysis

    def ready_analysis(self) -> Analysis | None:
        """The calculations if they are at hand, without computing them on this thread."""
        return self._analysis

    def request_analysis(self) -> Analysis | None:
        """The calculations if they are at hand; otherwise None, and they are computed in
        the background (once, however often this is asked), `analysis_ready` following."""
        if self._analysis is not None or self._closed:
            return self._analysis
        if self._background is None or self._background.generation != self.generation:
            # None: the base one, looked up in the worker (the GUI thread need not load the
            # database layer for it before the first step is on screen)
            scenario = None if self._scenario_id is None else self.scenario().name
            work = partial(_analyse, self.project, scenario)
            self._background = _Background(self, work, self._background_done)
        return None

    def warnings_at_hand(self) -> VisionWarnings | None:
        """The plausibility warnings of the current figures if they have been worked out;
        asks for nothing (see `request_warnings`)."""
        return self._warnings

    def request_warnings(self, *, start_analysis: bool = True) -> VisionWarnings | None:
        """The plausibility warnings of the current figures if they are at hand; otherwise
        None, and they are worked out in the background once the calculations are at hand
        (asked for now, unless not `start_analysis`), `warnings_ready` following. Never
        worked out on this thread: a national vision takes seconds; after an edit of some
        cells only those are checked again (`notify`)."""
        if self._warnings is not None or self._closed:
            return self._warnings
        self._warnings_wanted = True
        analysis = self.request_analysis() if start_analysis else self._analysis
        if analysis is not None and self._background_warnings is None:
            work = partial(_warnings, analysis)
            self._background_warnings = _Background(self, work, self._warnings_done)
        return None

    def _warnings_done(self, background: _Background) -> None:
        """Warnings were worked out: used if they are of the calculations at hand, else (an
        edit came first) worked out once more on those."""
        if background is not self._background_warnings or self._closed:
            return
        self._background_warnings = None
        result = background.result
        if result is not None and result.analysis is self._analysis:
            self._warnings = result
            self._warnings_wanted = False
            self.warnings_ready.emit()
        elif self._warnings_wanted and background.failed is None:
            self.request_warnings()

    def computing(self) -> bool:
        """Whether calculations are being made in the background (perhaps of figures an
        edit has changed since: then they are made once more when they end)."""
        return self._background is not None

    def _background_done(self, background: _Background) -> None:
        """A background calculation ended: use it if nothing changed meanwhile, else (an
        edit, undo or another scenario came first) compute once more on the new figures."""
        if background is not self._background or self._closed:
            return  # replaced by a newer one, or the vision is closed
        self._background = None
        if background.failed is not None:
            self.analysis_failed.emit(background.failed)
            return
        self._adopt(background)
        if self._analysis is None:
            self.request_analysis()
            return
        # the calculations need only the totals; the cells (the grids, the gap table, the
        # exports read them) are made behind, not on this thread when a grid first shows
        cells = self._analysis.figures.inputs
        self.run_in_background(
            worker.Task(lambda _progress, cancelled: cells.make_all(cancelled), keeps=True)
        )
        self.analysis_ready.emit()
        if self._warnings_wanted:
            self.request_warnings()

    def _adopt(self, background: _Background) -> None:
        """Use a background result if it is of the current figures and scenario."""
        result = background.result
        if (
            self._analysis is None
            and result is not None
            and background.generation == self.generation
            and result.figures.scenario == self.scenario().name
        ):
            self._analysis = result

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

    def notify(self, made: Changes = ALL, step: str | None = None) -> None:
        """Bring the calculations up to date and tell the pages what changed."""
        self.generation += 1
        old, warnings = self._analysis, self._warnings
        self._analysis = self._warnings = None
        if made.cells and old is not None:
            from app.services.analysis import MAX_PATCHED_CELLS, refreshed

            self._analysis = refreshed(old, self.project, made.cells)
            if warnings is not None and len(made.cells) <= MAX_PATCHED_CELLS:
                # the touched years only: checking the whole vision again takes seconds
                self._warnings = warnings.patched(self._analysis, made.cells)
                self._warnings_wanted = False
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
        self._closed = True
        worker.finish(self._tasks)
        # Its commands hold the session: a reference cycle, which the garbage collector
        # would break at some later time, deleting the stack's commands twice (a crash).
        self.undo_stack.clear()
        self.project.close()


class _Background(QObject):
    """One piece of a session's work in a worker (its calculations, or their plausibility
    warnings), for the figures as they were when it started (`generation`); the result is
    kept here as soon as it is made, then handed to the session on the GUI thread."""

    def __init__(
        self,
        session: VisionSession,
        work: Callable[..., object],  # work(holder, progress, is_cancelled), in a worker
        hand_over: Callable[[_Background], None],
    ):
        super().__init__(session)
        self.generation = session.generation
        self.result: Any = None
        self.failed: str | None = None
        self._hand_over = hand_over
        self.task = worker.Task(partial(work, self), keeps=True)  # the session keeps it
        # Bound methods: Qt drops the connections (and a result on its way) with the session.
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        session.run_in_background(self.task)

    def _finished(self, _result: object) -> None:
        self._done()

    def _failed(self, message: str) -> None:
        self.failed = message
        self._done()

    def _done(self) -> None:
        """Hand the outcome to the session, then let go of it (an analysis is big)."""
        self._hand_over(self)
        self.result = None
        self.deleteLater()


def _analyse(
    project: ProjectFile, scenario: str | None, holder: _Background, _progress, _cancelled
) -> Analysis:
    """In a worker thread: the calculations (which also loads the calculation modules),
    kept at once (`VisionSession.analysis` may be waiting for them)."""
    from app.services.analysis import analyse

    holder.result = analyse(project, scenario)
    return holder.result


def _warnings(analysis: Analysis, holder: _Background, _progress, _cancelled) -> VisionWarnings:
    """In a worker thread: every plausibility warning of `analysis`."""
    from app.services.plausibility import vision_warnings

    holder.result = vision_warnings(analysis)
    return holder.result
