"""GUI fixtures: a main window on a fresh project, modal dialogs stubbed, and a check
that no test leaves a window alive behind it."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.views import worker
from app.views.application import Launcher


def delete_closed_widgets() -> None:
    """Let Qt delete what was closed or dropped now, not during interpreter shutdown."""
    for _ in range(2):  # collecting a wrapper can post another deletion
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


def _describe(thing: QWidget | worker.TaskSignals) -> str:
    if not isinstance(thing, QWidget):
        return type(thing).__name__
    name = thing.objectName() or thing.windowTitle()
    return f"{type(thing).__name__}({name!r}, visible={thing.isVisible()})"


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp):
    """Fails a test that leaves top-level widgets (or a task's signals) alive after it
    ended (napari's check).

    A window still alive after its test is referenced by something that outlived it, often
    a connection to a lambda, which then runs on a half-deleted window when a late signal
    arrives. Autouse, so it is torn down after every fixture the test asked for (the
    launcher closes its windows first)."""
    before = set(QApplication.topLevelWidgets())
    yield
    worker.finish_all()  # as when the application quits: no task runs into the next test
    QCoreApplication.processEvents()  # their last signals (to receivers that may be gone)
    delete_closed_widgets()
    leaked = [w for w in QApplication.topLevelWidgets() if w not in before]
    leaked += qapp.findChildren(worker.TaskSignals)  # each deletes itself once it ended
    described = ", ".join(map(_describe, leaked))
    for thing in leaked:  # the next test starts clean even when this one fails
        if isinstance(thing, QWidget):
            thing.close()
        thing.deleteLater()
    delete_closed_widgets()
    if leaked:
        pytest.fail(f"widgets left alive by the test: {described}", pytrace=False)


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
    if instance.dashboard is not None:
        instance.dashboard.close()
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
