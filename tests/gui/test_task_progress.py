"""The progress bar, cancel button and status line shared by the Documenten step and the
overview window (`TaskProgress`)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.views import worker
from app.views.widgets.task_progress import TaskProgress


def test_follows_a_task_from_start_to_finish(qtbot):
    """Hidden while idle; started, the bar follows the task's progress and the owner hears
    it is running; cancel asks the task to stop; finish hides it all with a text."""
    panel = TaskProgress("&Annuleren")
    qtbot.addWidget(panel)
    panel.show()
    running: list[bool] = []
    panel.running_changed.connect(running.append)
    assert not panel.progress.isVisible() and not panel.cancel_button.isVisible()
    task = worker.Task(lambda progress, cancelled: None)
    panel.start(task, "Bezig…")
    assert panel.is_running() and panel.cancel_button.isEnabled()
    assert panel.progress.isVisible() and panel.status.text() == "Bezig…"
    task.signals.progress.emit(2, 4, "Hoofdstuk 2")
    assert panel.progress.value() == 2 and panel.progress.maximum() == 4
    assert panel.progress.format().startswith("Hoofdstuk 2")
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert task.is_cancelled() and panel.status.text() == "Bezig met afbreken…"
    panel.finish("Afgebroken.")
    assert not panel.is_running() and not panel.progress.isVisible()
    assert panel.status.text() == "Afgebroken." and running == [True, False]
    task.signals.deleteLater()
