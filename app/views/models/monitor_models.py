"""Item models of the Monitor step: the delivered-figures grid (the capacity grid without
its source column) and the agreements' statuses with their traffic-light colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.calculations.monitor import MonitorStatus
from app.views.models.grid_model import FigureGridModel
from app.views.models.row_model import RowTableModel

# The traffic light behind each status (the words say it too, for grey print and colour
# blindness); the same colours as the monitor report.
LIGHTS = {
    MonitorStatus.REALISED: "#A9D08E",
    MonitorStatus.ON_TRACK: "#E2EFDA",
    MonitorStatus.BEHIND: "#F4B6B6",
    MonitorStatus.UNKNOWN: "#E7E6E6",
}


def status_label(status: MonitorStatus) -> str:
    """The status in the interface language."""
    return {
        MonitorStatus.REALISED: QCoreApplication.translate("Monitor", "gerealiseerd"),
        MonitorStatus.ON_TRACK: QCoreApplication.translate("Monitor", "op schema"),
        MonitorStatus.BEHIND: QCoreApplication.translate("Monitor", "achter"),
        MonitorStatus.UNKNOWN: QCoreApplication.translate("Monitor", "onbekend"),
    }[status]


class DeliveredGridModel(FigureGridModel):
    """The capacity grid's rows and years for what a measurement says was delivered; a
    measurement keeps no source note per row, so the grid has no 'Bron' column."""

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.total_column + 1


class StatusTableModel(RowTableModel):
    """Agreement years with their status; the column `status_column` is coloured by it."""

    status_column = -1

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and index.column() == self.status_column
        ):
            return QBrush(QColor(LIGHTS[self.rows[index.row()].status]))
        return super().data(index, role)
