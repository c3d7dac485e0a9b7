"""Closing a window on a file changed in it: the window is gone at once, then the file is
checked (`app.storage.checked`), so that opening it next time skips the slow checks."""

from __future__ import annotations

from app.services.vision import update_vision
from app.storage import open_project_file, verify
from app.storage import project as project_module


def test_the_window_is_gone_before_the_file_is_checked(qtbot, launcher, demo_path, monkeypatch):
    window = launcher.open_file(demo_path)
    update_vision(window.session.project, title="Gewijzigd")
    visible_at_check: list[bool] = []
    real = project_module.remember_if_sound

    def watched(path):
        visible_at_check.append(window.isVisible())
        real(path)

    monkeypatch.setattr(project_module, "remember_if_sound", watched)
    window.close()
    assert visible_at_check == [False]
    checked_contents: list[object] = []
    original = verify._contents
    monkeypatch.setattr(
        verify, "_contents", lambda *args: checked_contents.append(args) or original(*args)
    )
    with open_project_file(demo_path, readonly=True) as reopened:
        assert reopened.fetch("SELECT title FROM vision") == [("Gewijzigd",)]
    assert checked_contents == []


def test_a_closed_window_leaves_no_undo_history_holding_its_session(qtbot, launcher, demo_path):
    """Each undoable edit holds the session that holds it: a reference cycle, which a later
    full garbage collection broke by deleting the stack's commands twice (the application
    crashed long after the window had closed). Closing lets the history go, so the
    session is freed as any other object, and collecting afterwards is harmless."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    from app.models import HousingType
    from app.services.edits import figures as cell_edits
    from app.services.figures import Cell, CellChange
    from app.services.target_groups import list_target_groups

    window = launcher.open_file(demo_path)
    session = window.session
    group = list_target_groups(session.project)[0]
    cell = Cell("GM0503", group.id, HousingType.INDEPENDENT_REGULAR, 2025)
    assert session.perform(cell_edits.set_cells(session.project, [CellChange(cell, 12)], "x"))
    assert session.undo_stack.count() == 1
    commands = weakref.ref(session.undo_stack.command(0))
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert session.undo_stack.count() == 0 and commands() is None
    gc.collect()
