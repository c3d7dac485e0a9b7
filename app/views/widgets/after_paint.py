"""Work that should wait until a widget is on screen.

A zero timer is not enough for that: Qt fires it before the paint a widget just shown has
asked for, and work started from it in a worker thread then takes the interpreter from
every call Qt makes into Python while painting."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def once_painted(widget: QWidget, then: Callable[[], None]) -> None:
    """Call the bound method `then` on this thread once `widget` has next been painted
    (after the rest of that paint of its window), or never if the widget or the method's
    object is deleted first. A repaint is asked for, so this also works for a widget that
    is on screen already.

    `then` is held weakly: the widget holds what waits for its paint, so a page waiting
    for its own grid would otherwise be in a reference cycle, left for the garbage
    collector to break at some later time."""
    _NextPaint(widget, weakref.WeakMethod(then))
    widget.update()


class _NextPaint(QObject):
    def __init__(self, widget: QWidget, then: weakref.WeakMethod):
        super().__init__(widget)  # deleted with the widget
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        self.deleteLater()
        then = self._then()
        if then is not None:
            then()
