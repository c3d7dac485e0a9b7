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
