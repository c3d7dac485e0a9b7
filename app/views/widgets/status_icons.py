"""Small icons for a step's status, told apart by shape as well as colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from app.services.steps import Status

_COLOURS = {
    Status.COMPLETE: QColor("#1b7837"),
    Status.ATTENTION: QColor("#d95f02"),
    Status.NOT_STARTED: QColor("#8c8c8c"),
}


@cache
def status_icon(status: Status, size: int = 32) -> QIcon:
    """A check mark in a green disc, an exclamation mark in an orange disc, or a grey ring."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = _COLOURS[Status(status)]
    box = QRectF(2, 2, size - 4, size - 4)
    if status is Status.NOT_STARTED:
        painter.setPen(QPen(colour, size / 10))
        painter.drawEllipse(box.adjusted(2, 2, -2, -2))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(
            QPen(
                QColor("white"),
                size / 9,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        s = size
        if status is Status.COMPLETE:
            painter.drawPolyline(
                [
                    QPointF(s * 0.28, s * 0.52),
                    QPointF(s * 0.44, s * 0.68),
                    QPointF(s * 0.72, s * 0.34),
                ]
            )
        else:
            painter.drawLine(QPointF(s / 2, s * 0.25), QPointF(s / 2, s * 0.58))
            painter.drawPoint(QPointF(s / 2, s * 0.74))
    painter.end()
    return QIcon(pixmap)


@cache
def pending_icon(size: int = 32) -> QIcon:
    """An empty icon for a step whose status is still being worked out: it holds the
    icon's place, so the sidebar does not shift when the statuses arrive."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)
