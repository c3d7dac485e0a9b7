"""How an estimated figure (raming) looks on screen: italic on light blue, the colour the
Excel annex gives an estimated cell, so a raming reads the same in the grids and the annex."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont

ESTIMATE_COLOUR = "#ddebf7"  # app.reports.xlsx_grids.ESTIMATE_FILL


def estimate_brush() -> QBrush:
    """The background of an estimated figure (or a total that contains one)."""
    return QBrush(QColor(ESTIMATE_COLOUR))


def estimate_font(*, bold: bool = False) -> QFont:
    """Italic, bold too for a total."""
    font = QFont()
    font.setItalic(True)
    font.setBold(bold)
    return font
