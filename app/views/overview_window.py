"""'Overzicht van meerdere visies': woonzorgvisies opened read-only and put side by side (for
a province, or a region that keeps one file per municipality).

The files are read one at a time in the background (`app.services.overview`), with
progress and a cancel button; nothing is written to them. The window only shows what the
overview service found, in four tables, and saves it as an Excel workbook.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.overview import Overview, assemble, build_overview
from app.views import worker
from app.views.models.overview_models import (
    FIELDS,
    OverviewColumns,
    agreement_rows,
    file_rows,
    group_rows,
)
from app.views.models.row_model import RowTableModel
from app.views.widgets.message_bar import MessageBar
from app.views.widgets.task_progress import TaskProgress


class OverviewWindow(QMainWindow):
    """The overview window; it reads and shows, it never changes a vision."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overzicht van meerdere visies – Thuisplan"))
        self.setAcceptDrops(True)
        self.overview: Overview = assemble([])
        self.columns = OverviewColumns(self)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self._explanation())
        layout.addLayout(self._build_buttons())
        layout.addWidget(self._build_progress())
        self.message = MessageBar()
        self.notice = QLabel()  # files not read, municipalities in more than one vision
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffd8a8;"
            " border-radius: 4px; padding: 6px; }"
        )
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        layout.addWidget(self._build_tabs(), 1)
        self.setCentralWidget(central)
        self.resize(1200, 720)
        self._show_overview()

    # -- layout -------------------------------------------------------------------------
    def _explanation(self) -> QLabel:
        text = QLabel(
            self.tr(
                "Zet woonzorgvisies naast elkaar, bijvoorbeeld alle regio's van een provincie. "
                "De bestanden worden alleen gelezen, nooit gewijzigd. Aandachtsgroepen met "
                "dezelfde naam worden samen getoond; '—': de visie heeft de groep niet. "
                "'buiten': het jaar valt buiten de planperiode van de visie (onbekend, geen 0)."
            )
        )
        text.setWordWrap(True)
        return text

    def _build_buttons(self) -> QHBoxLayout:
        self.add_files_button = QPushButton(self.tr("&Bestanden toevoegen…"))
        self.add_folder_button = QPushButton(self.tr("&Map toevoegen…"))
        self.clear_button = QPushButton(self.tr("&Leegmaken"))
        self.save_button = QPushButton(self.tr("Opslaan als &Excel…"))
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.clear_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self.save_workbook)
        buttons = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        return buttons

    def _build_progress(self) -> TaskProgress:
        self.tasks = TaskProgress(self.tr("&Afbreken"), status_beside=True)
        self.tasks.running_changed.connect(self._set_running)
        self.progress, self.cancel_button = self.tasks.progress, self.tasks.cancel_button
        self.status = self.tasks.status
        self._set_running(False)
        return self.tasks

    @property
    def task(self) -> worker.Task | None:
        """The reading or saving under way, if any."""
        return self.tasks.task

    def _build_tabs(self) -> QTabWidget:
        self.files_model = RowTableModel(self.columns.files(), self)
        self.groups_model = RowTableModel([], self)
        self.tests_model = RowTableModel(self.columns.tests(), self)
        self.agreements_model = RowTableModel([], self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._table(self.files_model, self.tr("Visies")), self.tr("&Visies"))
        self.tabs.addTab(self._groups_tab(), self.tr("&Cijfers per groep"))
        self.tabs.addTab(
            self._table(self.tests_model, self.tr("Sociale huur")), self.tr("&Sociale huur")
        )
        self.tabs.addTab(
            self._table(self.agreements_model, self.tr("Prestatieafspraken")),
            self.tr("&Prestatieafspraken"),
        )
        return self.tabs

    def _groups_tab(self) -> QWidget:
        self.figure_choice = QComboBox()
        for text, field in zip(
            (
                self.tr("Woonbehoefte"),
                self.tr("Aanbod"),
                self.tr("Opgave (behoefte − aanbod)"),
                self.tr("Tekort"),
                self.tr("Overschot"),
            ),
            FIELDS,
            strict=True,
        ):
            self.figure_choice.addItem(text, field)
        self.figure_choice.setCurrentIndex(FIELDS.index("gap"))
        self.figure_choice.currentIndexChanged.connect(self._show_groups)
        choice_label = QLabel(self.tr("&Toon:"))
        choice_label.setBuddy(self.figure_choice)
        top = QHBoxLayout()
        top.addWidget(choice_label)
        top.addWidget(self.figure_choice)
        top.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self._table(self.groups_model, self.tr("Cijfers per groep")), 1)
        return tab

    def _table(self, model: RowTableModel, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setAlternatingRowColors(True)
        return view

    # -- reading ------------------------------------------------------------------------
    def add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Woonzorgvisies toevoegen"),
            "",
            self.tr("Thuisplan-bestanden (*.thuisplan);;Alle bestanden (*)"),
        )
        self.add_paths([Path(name) for name in names])

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map met woonzorgvisies"))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> None:
        """Read `paths` (files and folders) in the background, after what is shown."""
        if not paths or self.task is not None:
            return
        self.message.clear()
        work = _Reading(paths, self.overview)
        self._start(worker.Task(work.run), self._read, self.tr("Visies lezen…"))

    def _read(self, overview: Overview) -> None:
        self.tasks.finish(self.tr("{0} visie(s) gelezen.").format(len(overview.visions)))
        self.overview = overview
        self._show_overview()

    def clear(self) -> None:
        self.overview = assemble([])
        self._show_overview()
        self.status.setText("")

    # -- saving -------------------------------------------------------------------------
    def save_workbook(self) -> None:
        """Write the overview as an Excel workbook, in the background."""
        if self.task is not None or not self.overview.entries:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Overzicht opslaan als"),
            self.tr("Overzicht van visies.xlsx"),
            self.tr("Excel-werkboeken (*.xlsx)"),
        )
        if not name:
            return
        target = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        work = _Saving(self.overview, target)
        self._start(worker.Task(work.run), self._saved, self.tr("Opslaan…"))

    def _saved(self, target: Path) -> None:
        self.tasks.finish(self.tr("Opgeslagen: {0}").format(Path(target).name))

    # -- background work ----------------------------------------------------------------
    def _start(self, task: worker.Task, done, text: str) -> None:
        """Run `task`; its result goes to `done` (a bound method of this window), which
        ends it in `self.tasks`."""
        # Bound methods, not lambdas: Qt drops the connections if the window is gone first.
        task.signals.finished.connect(done)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        # Each outcome ends the task here: 'ended' itself may not be delivered once the
        # signals object deletes itself (seen with PySide's receivers for plain methods).
        self.tasks.start(task, text)
        worker.start(task)

    def cancel(self) -> None:
        self.tasks.cancel()

    def _failed(self, message: str) -> None:
        self.tasks.finish()
        self.message.show_error(message)

    def _cancelled(self) -> None:
        self.tasks.finish(self.tr("Afgebroken; wat al getoond werd, blijft staan."))

    def _set_running(self, running: bool) -> None:
        for button in (self.add_files_button, self.add_folder_button, self.clear_button):
            button.setEnabled(not running)
        self.save_button.setEnabled(not running and bool(self.overview.entries))

    # -- showing ------------------------------------------------------------------------
    def _show_overview(self) -> None:
        overview = self.overview
        self.files_model.set_rows(file_rows(overview))
        self.tests_model.set_rows(list(overview.visions))
        self.agreements_model.beginResetModel()
        self.agreements_model.columns = self.columns.agreements(overview)
        self.agreements_model.rows = agreement_rows(overview)
        self.agreements_model.endResetModel()
        self._show_groups()
        self.notice.setText(self._notice_text())
        self.notice.setVisible(bool(self.notice.text()))
        self.save_button.setEnabled(self.task is None and bool(overview.entries))
        for view in self.findChildren(QTableView):
            view.resizeColumnsToContents()

    def _show_groups(self, _index: int = 0) -> None:
        field = self.figure_choice.currentData()
        self.groups_model.beginResetModel()
        self.groups_model.columns = self.columns.groups(self.overview, field)
        self.groups_model.rows = group_rows(self.overview)
        self.groups_model.endResetModel()

    def _notice_text(self) -> str:
        """What the user must know about the set: files not read, shared municipalities."""
        parts = []
        refused = len(self.overview.refused)
        if refused:
            parts.append(
                self.tr(
                    "{0} bestand(en) niet geopend; de reden staat op het tabblad Visies."
                ).format(refused)
            )
        shared = self.overview.shared
        if shared:
            names = ", ".join(s.name for s in shared[:10])
            more = self.tr(" en {0} meer").format(len(shared) - 10) if len(shared) > 10 else ""
            parts.append(
                self.tr(
                    "Let op: {0} gemeente(n) staan in meer dan één visie ({1}{2}); hun cijfers "
                    "tellen in elk van die visies mee."
                ).format(len(shared), names, more)
            )
        return " ".join(parts)

    # -- Qt events ----------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        self.add_paths([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.task is not None:
            worker.finish([self.task])  # stop reading before the window goes
        super().closeEvent(event)


class _Reading:
    """The reading work of a Task: `paths` after what `previous` has."""

    def __init__(self, paths: list[Path], previous: Overview):
        self.paths, self.previous = paths, previous

    def run(self, progress, is_cancelled) -> Overview:
        return build_overview(
            self.paths, previous=self.previous, progress=progress, is_cancelled=is_cancelled
        )


class _Saving:
    """The saving work of a Task: the overview as a workbook at `target`."""

    def __init__(self, overview: Overview, target: Path):
        self.overview, self.target = overview, target

    def run(self, progress, is_cancelled) -> Path:
        from app.reports.child_run import run_in_child
        from app.reports.xlsx_overview import write_overview_workbook

        return run_in_child(  # the workbook's memory stays out of the window's process
            write_overview_workbook,
            self.overview,
            self.target,
            progress=progress,
            is_cancelled=is_cancelled,
        )
