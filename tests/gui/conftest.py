"""GUI fixtures: a main window on a fresh project, modal dialogs stubbed."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from app.views.application import Launcher


def delete_closed_widgets() -> None:
    """Let Qt delete what was closed or dropped now, not during interpreter shutdown."""
    for _ in range(2):  # collecting a wrapper can post another deletion
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


@pytest.fixture
def messages(monkeypatch):
    """Collects what would have been shown in message boxes (and answers 'Yes')."""
    shown: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@pytest.fixture
def launcher(qtbot, messages):
    """The GUI's window manager; its windows are closed after the test."""
    instance = Launcher()
    yield instance
    for window in list(instance.windows.values()):
        window.close()
    instance.start_window.close()
    instance.start_window.deleteLater()
    delete_closed_widgets()


@pytest.fixture
def window(qtbot, launcher, project):
    """A main window on the three-municipality test vision."""
    path = project.path
    project.close()
    opened = launcher.open_file(path)
    qtbot.waitExposed(opened)
    return opened


@pytest.fixture(autouse=True)
def dutch_locale():
    """The interface's default language is Dutch (numbers as 1.234)."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(previous)
