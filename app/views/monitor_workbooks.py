"""The Monitor step's monitoring workbooks: write one per municipality for the chosen
measurement, and read filled-in ones back with the uitvraag's preview dialog and one undo
step (`edits.monitoring.import_workbooks`). The work runs in the background (`worker`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton

from app.services.edits import monitoring as monitor_edits
from app.services.steps import Step
from app.views import settings
from app.views.import_dialog import ImportDialog
from app.views.worker import Task


class MonitorWorkbooks(QObject):
    """The two buttons and their status line; `page` is the Monitor page (its session,
    chosen measurement and message bar)."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.task: Task | None = None
        self._done = None
        self.write_button = QPushButton(self.tr("&Werkboeken voor de meting…"))
        self.write_button.clicked.connect(self.write_workbooks)
        self.read_button = QPushButton(self.tr("Ingevulde werkboeken &inlezen…"))
        self.read_button.clicked.connect(self.read_workbooks)
        self.status = QLabel()
        self.status.setWordWrap(True)

    def bar(self) -> QHBoxLayout:
        """The buttons and the status, in a row."""
        row = QHBoxLayout()
        row.addWidget(self.write_button)
        row.addWidget(self.read_button)
        row.addWidget(self.status, 1)
        return row

    def _folder(self) -> str:
        return str(settings.export_folder() or Path.home())

    def write_workbooks(self) -> None:
        """Ask for a folder and write a workbook per municipality for the measurement."""
        from app.reports.monitor_workbook import write_monitor_workbooks
        from app.services.monitor_collection import monitor_layout

        measurement = self.page.current_measurement()
        if measurement is None:
            self.page.message.show_error(self.tr("Voeg eerst een meting toe."))
            return
        title = self.tr("Map voor de monitoringswerkboeken")
        folder = QFileDialog.getExistingDirectory(self.page, title, self._folder())
        if not folder:
            return
        settings.set_export_folder(Path(folder))
        layout = monitor_layout(self.page.session.project, measurement)  # taken now
        self._run(
            lambda progress, cancelled: write_monitor_workbooks(
                layout, Path(folder), progress=progress, is_cancelled=cancelled
            ),
            lambda written: self.status.setText(
                self.tr("{0} werkboek(en) gemaakt in {1}.").format(len(written), folder)
            ),
        )

    def read_workbooks(
        self, _checked: bool = False, paths: list[Path] | None = None, valid_rows_only: bool = False
    ) -> None:
        """Read filled-in workbooks into the chosen measurement, after the preview."""
        from app.reports.monitor_import import prepare_monitor_import

        measurement = self.page.current_measurement()
        if measurement is None:
            self.page.message.show_error(self.tr("Voeg eerst een meting toe."))
            return
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self.page,
                self.tr("Ingevulde monitoringswerkboeken"),
                self._folder(),
                self.tr("Excel-werkboeken (*.xlsx)"),
            )
            paths = [Path(name) for name in names]
        if not paths:
            return
        project = self.page.session.project
        self._run(
            lambda progress, cancelled: prepare_monitor_import(
                project,
                measurement,
                paths,
                valid_rows_only=valid_rows_only,
                progress=progress,
                is_cancelled=cancelled,
            ),
            lambda plan: self._review(plan, paths),
        )

    def _review(self, plan, paths: list[Path]) -> None:
        dialog = ImportDialog(plan.delivered, self.page, monitor=plan)
        result = dialog.exec()
        if result == 2:  # the user switched "valid rows only": read again
            self.read_workbooks(paths=paths, valid_rows_only=dialog.valid_only.isChecked())
            return
        if not dialog.apply:
            self.status.setText(self.tr("Inlezen afgebroken; er is niets gewijzigd."))
            return
        count = len(plan.delivered.changes) + len(plan.realised)
        text = self.tr("Monitoringswerkboeken inlezen ({0} waarden)").format(count)
        edit = monitor_edits.import_workbooks(self.page.session.project, plan, text)
        if self.page.session.perform(edit, Step.MONITOR, on_error=self.page.message.show_error):
            self.status.setText(
                self.tr(
                    "{0} waarde(n) ingelezen bij de {1}. Ongedaan maken kan met Ctrl+Z."
                ).format(count, plan.measurement.label)
            )

    def _run(self, work, done) -> None:
        self.page.message.clear()
        self.task = Task(work)
        self._done = done
        # Bound methods, not lambdas: Qt drops the connections if the page is gone first.
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(self._failed)
        self._set_running(True)
        self.status.setText(self.tr("Bezig…"))
        self.page.session.run_in_background(self.task)

    def _finished(self, result) -> None:
        self._set_running(False)
        self.status.setText("")
        if self._done is not None:
            self._done(result)

    def _failed(self, message: str = "") -> None:
        self._set_running(False)
        self.status.setText("")
        if message:
            self.page.message.show_error(message)

    def _set_running(self, running: bool) -> None:
        self.write_button.setEnabled(not running)
        self.read_button.setEnabled(not running)
        if not running:
            self.task = None
