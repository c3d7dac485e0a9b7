"""On a share without byte-range locks a crashed colleague's lock does not block the file
forever: the open dialog shows who had it and offers to take it over after confirming."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from app.storage import LockOwner
from app.storage import lock as project_lock
from app.storage.lock import lock_path

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX record locks are stubbed")


@pytest.fixture
def stale_lock(project, monkeypatch):
    """The test vision, closed, with a colleague's lock on a share without record locks."""
    monkeypatch.setattr(project_lock, "_try_lock", lambda fd: None)
    path = project.path
    project.close()
    since = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=5)
    lock_path(path).write_bytes(LockOwner("jan", "pc-collega", 4242, since).to_json())
    return path


def _answer_with(monkeypatch, text: str) -> list[str]:
    """Stub the modal open dialog: record its text and click the button saying `text`."""
    shown: list[str] = []

    def answer(box):
        shown.append(box.text())
        chosen = next(b for b in box.buttons() if text in b.text().replace("&", ""))
        box.clickedButton = lambda: chosen
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def test_take_over_after_confirming(qtbot, launcher, stale_lock, messages, monkeypatch):
    """The dialog names user, computer and age; 'Vergrendeling overnemen', confirmed, opens
    the file for writing with the lock now ours."""
    shown = _answer_with(monkeypatch, "overnemen")
    window = launcher.open_file(stale_lock)
    assert window is not None and not window.session.readonly
    assert "jan" in shown[0] and "pc-collega" in shown[0] and "5 uur geleden" in shown[0]
    assert any("Weet u zeker" in text for text in messages)  # the confirmation was asked
    assert LockOwner.from_json(lock_path(stale_lock).read_bytes()).pid == os.getpid()


def test_no_confirmation_leaves_the_lock(qtbot, launcher, stale_lock, monkeypatch):
    """Answering 'No' to the confirmation opens nothing and leaves the colleague's lock."""
    before = lock_path(stale_lock).read_bytes()
    _answer_with(monkeypatch, "overnemen")
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    assert launcher.open_file(stale_lock) is None
    assert not launcher.windows
    assert lock_path(stale_lock).read_bytes() == before


def test_read_only_is_still_offered(qtbot, launcher, stale_lock, messages, monkeypatch):
    """The same dialog still opens the file read-only, leaving the lock alone."""
    before = lock_path(stale_lock).read_bytes()
    _answer_with(monkeypatch, "Alleen-lezen")
    window = launcher.open_file(stale_lock)
    assert window is not None and window.session.readonly
    assert lock_path(stale_lock).read_bytes() == before


def test_verifiable_lock_offers_no_take_over(qtbot, launcher, project, monkeypatch):
    """A lock the OS confirms is held (here: this process's) has no take-over button."""
    path = project.path
    buttons: list[list[str]] = []

    def answer(box):
        buttons.append([b.text() for b in box.buttons()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert launcher.open_file(path) is None  # `project` still holds it
    assert buttons and not any("overnemen" in text for text in buttons[0])
