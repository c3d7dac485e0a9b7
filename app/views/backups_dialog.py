"""Restore a backup copy: the list of copies Thuisplan kept, and where to put the chosen one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from app.services.file_names import safe_file_name
from app.storage import ProjectFileError, list_backups, restore_backup
from app.views.models.row_model import Column, RowTableModel
from app.views.numbers import number
from app.views.widgets.message_bar import MessageBar


class BackupsDialog(QDialog):
    """Lists the backup copies (newest first); restoring one writes it to a new file.

    After `exec()`, `restored` is the path of the restored file (or None).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reservekopie terugzetten"))
        self.restored: Path | None = None
        self.model = RowTableModel(self._columns(), self)
        self.model.set_rows(sorted(list_backups(), key=lambda b: b.created, reverse=True))
        self._build_table()
        self.message = MessageBar()
        layout = QVBoxLayout(self)
        layout.addWidget(self._explanation())
        if not self.model.rowCount():
            layout.addWidget(QLabel(self.tr("Er zijn nog geen reservekopieën.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self._build_buttons())
        self.resize(860, 420)
        if self.model.rowCount():
            self.table.selectRow(0)

    # -- layout -------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Woonzorgvisie"), lambda b: b.project_name),
            Column(
                self.tr("Gemaakt"),
                lambda b: b.created,
                text=lambda b: b.created.strftime("%d-%m-%Y %H:%M"),
            ),
            Column(self.tr("Waarom"), lambda b: b.reason, text=self._reason),
            Column(
                self.tr("Grootte"),
                lambda b: b.size,
                text=lambda b: f"{number(b.size / 1024)} kB",
                align_right=True,
            ),
            Column(
                self.tr("Oorspronkelijk bestand"),
                lambda b: b.original_path,
                text=lambda b: str(b.original_path or ""),
            ),
        ]

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Reservekopieën"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(self.restore)

    def _explanation(self) -> QLabel:
        explanation = QLabel(
            self.tr(
                "Thuisplan bewaart bij het openen van een woonzorgvisie een kopie (de laatste vijf "
                "per bestand) en een kopie voordat een bestand wordt bijgewerkt naar een nieuwe "
                "versie. Een teruggezette kopie wordt een nieuw bestand; het origineel blijft "
                "zoals het is."
            )
        )
        explanation.setWordWrap(True)
        return explanation

    def _build_buttons(self) -> QDialogButtonBox:
        """Restore (when there is a copy to restore) and Cancel."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Terugzetten…"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.model.rowCount() > 0)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        return buttons

    # -- behaviour ----------------------------------------------------------------------
    def _reason(self, backup) -> str:
        if backup.reason.startswith("voor-upgrade"):
            return self.tr("Voor het bijwerken")
        return self.tr("Bij openen")

    def restore(self) -> None:
        """Ask where the chosen copy should go and write it there."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        backup = self.model.row_at(rows[0].row())
        folder = backup.original_path.parent if backup.original_path else Path.home()
        suggestion = folder / (safe_file_name(f"{backup.project_name} (teruggezet)") + ".thuisplan")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Terugzetten als"),
            str(suggestion),
            self.tr("Thuisplan-bestanden (*.thuisplan)"),
        )
        if not path:
            return
        target = Path(path if path.endswith(".thuisplan") else path + ".thuisplan")
        try:
            self.restored = restore_backup(backup, target, overwrite=target.exists())
        except ProjectFileError as error:
            self.message.show_error(str(error))
            return
        self.accept()
