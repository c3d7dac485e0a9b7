"""`once_painted`: work that waits until a widget is on screen, called after its paint and
never for an object that is gone."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

from app.views.widgets.after_paint import once_painted


class Waiting:
    def __init__(self, log: list[str]):
        self.log = log

    def go(self) -> None:
        self.log.append("called")


class Paints(QObject):
    def __init__(self, log: list[str]):
        super().__init__()
        self.log = log

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def test_called_once_after_the_widget_is_painted(qtbot):
    log: list[str] = []
    label = QLabel("tekst")
    qtbot.addWidget(label)
    paints = Paints(log)
    label.installEventFilter(paints)
    waiting = Waiting(log)
    once_painted(label, waiting.go)
    assert log == []  # not before the event loop has painted it
    label.show()
    qtbot.waitUntil(lambda: "called" in log)
    label.update()
    qtbot.wait(50)
    assert log[0] == "paint" and log.count("called") == 1


def test_not_called_for_an_object_that_is_gone(qtbot):
    log: list[str] = []
    label = QLabel("tekst")
    qtbot.addWidget(label)
    waiting = Waiting(log)
    once_painted(label, waiting.go)
    del waiting
    gc.collect()
    label.show()
    qtbot.waitExposed(label)
    qtbot.wait(50)
    assert log == []
