"""Step 9: the documents that leave the building, made in the background, and the import of
filled-in uitvraag workbooks."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from app.reports.child_run import child_enabled, run_in_child
from app.reports.copy_export import Writer, export_from_copy, writer
from app.reports.safe_text import NO_PROTECTION, SmallNumbers
from app.services.edits import Topic
from app.services.edits import figures as cell_edits
from app.services.file_names import safe_file_name
from app.services.steps import Step
from app.services.vision import get_vision
from app.views import settings
from app.views.import_dialog import ImportDialog
from app.views.pages.base import StepPage
from app.views.widgets.message_bar import MessageBar
from app.views.widgets.task_progress import TaskProgress
from app.views.worker import Task

if TYPE_CHECKING:
    from app.reports.docx_template import HouseStyle

# More files than this are counted in the status line, not named one by one.
LISTED_FILES = 6


def in_child(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Callable[..., Any]:
    """A Task's work: the export `function(*args, **kwargs)` in a child process of its own
    (`child_run`), so the document's memory is never the window's."""

    def work(progress, is_cancelled):
        return run_in_child(function, *args, progress=progress, is_cancelled=is_cancelled, **kwargs)

    return work


class DocumentsPage(StepPage):
    """Buttons per document; one export or import at a time, with progress and cancel."""

    step = Step.DOCUMENTS
    topics = frozenset({Topic.VISION})

    def intro(self) -> str:
        return self.tr(
            "Maak de documenten voor de partners en de gemeenteraad, of lees "
            "ingevulde uitvraagwerkboeken in."
        )

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.add_heading()
        self._task_name, self._task_done = "", None  # what the running task is, what follows
        self._task_notes: list[str] = []
        self.template: HouseStyle | None = None
        self.buttons: list[QPushButton] = []
        self.layout_.addLayout(self._document_grid(self._export_rows() + self._workbook_rows()))
        self.layout_.addWidget(self._options())
        self.layout_.addWidget(self._task_progress())
        self.message = MessageBar()
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

    @property
    def task(self) -> Task | None:
        """The export or import under way, if any."""
        return self.tasks.task

    # -- layout -------------------------------------------------------------------------
    def _export_rows(self) -> list[tuple]:
        """(name, description, button text, slot) of the documents for readers."""
        return [
            (
                self.tr("Woonzorgvisie (concept), Word"),
                self.tr(
                    "Inleiding en kader, de regio in cijfers, analyse per aandachtsgroep, "
                    "opgave en evenwichtige verdeling, ambities en maatregelen, "
                    "prestatieafspraken, monitoring en bijlagen."
                ),
                self.tr("&Woonzorgvisie maken…"),
                self.export_vision,
            ),
            (
                self.tr("Cijferbijlage, Excel"),
                self.tr(
                    "Woonbehoefte, aanbod, opgave (met formules), verdeling, sociale huur, "
                    "prestatieafspraken en bronnen."
                ),
                self.tr("&Cijferbijlage maken…"),
                self.export_annex,
            ),
            (
                self.tr("Prestatieafspraken, Word"),
                self.tr(
                    "Eén document per partner (of per gemeente) met de afspraken, de cijfers "
                    "waarop ze rusten en ruimte voor handtekeningen."
                ),
                self.tr("&Prestatieafspraken maken…"),
                self.export_agreements,
            ),
            (
                self.tr("Volkshuisvestingsprogramma, Word"),
                self.tr(
                    "Per gemeente het hoofdstuk aandachtsgroepen: haar woonbehoefte en aanbod, "
                    "evenredig aandeel, urgentie, bijdrage aan de regionale toetsen, afspraken, "
                    "maatregelen en bronnen."
                ),
                self.tr("Hoofdstukken &volkshuisvestingsprogramma…"),
                self.export_programme,
            ),
        ]

    def _workbook_rows(self) -> list[tuple]:
        """(name, description, button text, slot) of the uitvraag round trip: the workbook
        out, the filled-in workbooks back in."""
        return [
            (
                self.tr("Uitvraagwerkboek, Excel"),
                self.tr(
                    "Een werkboek om woonbehoefte en aanbod op te halen bij gemeenten en "
                    "partners: één voor de hele regio of één per gemeente (zie Opties)."
                ),
                self.tr("&Uitvraagwerkboek maken…"),
                self.export_template,
            ),
            (
                self.tr("Ingevulde werkboeken"),
                self.tr(
                    "Lees een of meer ingevulde uitvraagwerkboeken in: u ziet eerst wat er "
                    "verandert en wat is afgewezen."
                ),
                self.tr("Werkboeken &inlezen…"),
                self.import_workbooks,
            ),
        ]

    def _document_grid(self, rows: list[tuple]) -> QGridLayout:
        """A title and a button per document, its description below them."""
        grid = QGridLayout()
        for row, (name, text, button_text, slot) in enumerate(rows):
            title = QLabel(f"<b>{name}</b>")
            description = QLabel(text)
            description.setWordWrap(True)
            button = QPushButton(button_text)
            button.clicked.connect(slot)
            self.buttons.append(button)
            grid.addWidget(title, row * 2, 0)
            grid.addWidget(button, row * 2, 1)
            grid.addWidget(description, row * 2 + 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        return grid

    def _task_progress(self) -> TaskProgress:
        """Progress and cancel; the status line says what the running task does, or where
        its documents went (with a link)."""
        self.tasks = TaskProgress(self.tr("&Annuleren"))
        self.tasks.running_changed.connect(self._set_running)
        self.progress, self.cancel_button = self.tasks.progress, self.tasks.cancel_button
        self.status = self.tasks.status
        self.status.setOpenExternalLinks(False)
        self.status.linkActivated.connect(self._open_link)
        return self.tasks

    def _options(self) -> QGroupBox:
        box = QGroupBox(self.tr("Opties"))
        self.small_numbers = QCheckBox(self.tr("Kleine aantallen afschermen: toon als"))
        self.threshold = QSpinBox()
        self.threshold.setRange(2, 50)
        self.threshold.setValue(5)
        self.threshold.setPrefix("< ")
        self.per = compact = QComboBox()
        compact.addItem(self.tr("per partner"), "partner")
        compact.addItem(self.tr("per gemeente"), "municipality")
        self.collection_per = QComboBox()
        self.collection_per.addItem(self.tr("één voor de hele regio"), "region")
        self.collection_per.addItem(self.tr("één per gemeente (in een map)"), "municipality")
        self.template_label = QLabel(self.tr("Huisstijl: standaardsjabloon"))
        choose = QPushButton(self.tr("Eigen &sjabloon…"))
        choose.clicked.connect(self.choose_template)
        layout = QGridLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.small_numbers)
        row.addWidget(self.threshold)
        row.addStretch(1)
        layout.addLayout(row, 0, 0, 1, 2)
        layout.addWidget(QLabel(self.tr("Prestatieafspraken:")), 1, 0)
        layout.addWidget(self.per, 1, 1)
        layout.addWidget(QLabel(self.tr("Uitvraagwerkboek:")), 2, 0)
        layout.addWidget(self.collection_per, 2, 1)
        layout.addWidget(self.template_label, 3, 0)
        layout.addWidget(choose, 3, 1)
        self.template_note = QLabel()
        self.template_note.setWordWrap(True)
        self.template_note.hide()
        layout.addWidget(self.template_note, 4, 0, 1, 2)
        return box

    # -- choices ------------------------------------------------------------------------
    def small_number_setting(self) -> SmallNumbers:
        if not self.small_numbers.isChecked():
            return NO_PROTECTION
        return SmallNumbers(enabled=True, threshold=self.threshold.value())

    def choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Sjabloon met de huisstijl"),
            str(self._folder()),
            self.tr("Word-documenten en -sjablonen (*.docx *.dotx *.docm *.dotm)"),
        )
        if path:
            self.use_template(Path(path))

    def use_template(self, path: Path) -> None:
        """Check the chosen template: keep it and say what was left out of it (macros,
        links outside, unknown parts), or say why it cannot be used."""
        from app.reports.docx_template import TemplateError, read_house_style

        try:
            style = read_house_style(path)
        except TemplateError as error:
            self.message.show_error(str(error))
            return
        self.message.clear()
        self.template = style
        self.template_label.setText(self.tr("Huisstijl: {0}").format(style.name))
        self.template_note.setText(style.note)
        self.template_note.setVisible(bool(style.note))

    def _folder(self) -> Path:
        remembered = settings.export_folder()
        if remembered and remembered.is_dir():
            return remembered
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else self.session.project.path.parent

    def _target(self, suffix_name: str, extension: str, file_filter: str) -> Path | None:
        title = get_vision(self.session.project).title
        default = self._folder() / (
            safe_file_name(f"{title} {suffix_name}".strip(), "document") + extension
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Opslaan als"), str(default), file_filter
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != extension:
            target = target.with_name(target.name + extension)
        settings.set_export_folder(target.parent)
        return target

    def _choose_folder(self, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, title, str(self._folder()))
        if not folder:
            return None
        settings.set_export_folder(Path(folder))
        return Path(folder)

    # -- exports ------------------------------------------------------------------------
    def snapshot(self):
        """What a document shows, taken now on this thread (quick: the window's own
        calculations plus one read of the rest), so that edits made while the worker
        writes the document do not reach it."""
        from app.reports.doc_data import load_document_data

        return load_document_data(
            self.session.project, self.small_number_setting(), self.session.analysis()
        )

    def _export(self, write: Writer, *args: Any, **kwargs: Any) -> Callable[..., Any]:
        """A Task's work: `write(data, *args, **kwargs)` on the file as it is now. In a
        child process (as the application runs exports) the file is held here and copied
        by the worker for the child to read (`copy_export`): this process keeps no data of
        its own for the document (nor the export's code: `write` may be its dotted name). Else on
        the snapshot taken now, in this process."""
        small = self.small_number_setting()
        if not child_enabled():
            return in_child(writer(write), self.snapshot(), *args, **kwargs)
        scenario = self.session.scenario().name
        held = self.session.project.hold()  # before the click's event ends: no edit yet

        def work(progress, is_cancelled):
            return export_from_copy(
                held,
                write,
                scenario,
                small,
                *args,
                progress=progress,
                is_cancelled=is_cancelled,
                **kwargs,
            )

        return work

    def export_vision(self) -> None:
        target = self._target("", ".docx", self.tr("Word-documenten (*.docx)"))
        if target:
            template, small = self.template, self.small_number_setting()
            notes: list[str] = []  # e.g. a table of contents without page numbers
            self._run(
                self._export(
                    "app.reports.docx_vision.write_vision_document",
                    target,
                    template=template,
                    small_numbers=small,
                    notes=notes,
                ),
                self.tr("Woonzorgvisie"),
                notes=notes,
            )

    def export_annex(self) -> None:
        target = self._target(
            self.tr("cijferbijlage"), ".xlsx", self.tr("Excel-werkboeken (*.xlsx)")
        )
        if target:
            self._run(
                self._export("app.reports.xlsx_annex.write_data_annex", target),
                self.tr("Cijferbijlage"),
            )

    def export_agreements(self) -> None:
        folder = self._choose_folder(self.tr("Map voor de documenten"))
        if folder:
            template, small = self.template, self.small_number_setting()
            per = self.per.currentData()
            self._run(
                self._export(
                    "app.reports.docx_agreements.write_agreement_documents",
                    folder,
                    per=per,
                    template=template,
                    small_numbers=small,
                ),
                self.tr("Prestatieafspraken"),
            )

    def export_programme(self) -> None:
        """Ask for a folder, ask before replacing chapters already in it, then write one
        chapter per municipality in the background."""
        from app.reports.docx_programme import chapter_files

        folder = self._choose_folder(self.tr("Map voor de hoofdstukken"))
        if not folder:
            return
        template, small = self.template, self.small_number_setting()
        municipalities = self.session.analysis().figures.municipalities
        existing = [t.name for _, t in chapter_files(municipalities, folder) if t.exists()]
        if existing and not self._confirm_replace(existing):
            self.status.setText(
                self.tr("Niets geschreven; de bestaande hoofdstukken staan er nog.")
            )
            return
        self._run(
            self._export(
                "app.reports.docx_programme.write_programme_chapters",
                folder,
                template=template,
                small_numbers=small,
                replace=bool(existing),
            ),
            self.tr("Hoofdstukken volkshuisvestingsprogramma"),
        )

    def _confirm_replace(self, existing: list[str]) -> bool:
        """Whether the user wants the chapters already in the folder replaced."""
        shown = "\n".join(existing[:LISTED_FILES])
        if len(existing) > LISTED_FILES:
            shown += "\n" + self.tr("en {0} andere").format(len(existing) - LISTED_FILES)
        answer = QMessageBox.question(
            self,
            self.tr("Hoofdstukken vervangen"),
            self.tr("Deze hoofdstukken staan al in de map:\n{0}\n\nVervangen?").format(shown),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_template(self) -> None:
        from app.reports.collection_template import layout_of, write_collection_template

        if self.collection_per.currentData() == "municipality":
            self._export_templates_per_municipality()
            return
        target = self._target(self.tr("uitvraag"), ".xlsx", self.tr("Excel-werkboeken (*.xlsx)"))
        if target:
            layout = layout_of(self.session.project)  # as the file is now, see snapshot()
            self._run(
                in_child(write_collection_template, layout, target), self.tr("Uitvraagwerkboek")
            )

    def _export_templates_per_municipality(self) -> None:
        from app.reports.collection_template import layout_of, write_collection_templates

        folder = self._choose_folder(self.tr("Map voor de werkboeken"))
        if folder:
            layout = layout_of(self.session.project)
            self._run(
                in_child(write_collection_templates, layout, folder), self.tr("Uitvraagwerkboeken")
            )

    # -- import -------------------------------------------------------------------------
    def import_workbooks(
        self, _checked: bool = False, paths: list[Path] | None = None, valid_rows_only: bool = False
    ) -> None:
        """Read filled-in workbooks in the background, then show the preview."""
        from app.reports.collection_import import prepare_import

        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("Ingevulde werkboeken"),
                str(self._folder()),
                self.tr("Excel-werkboeken (*.xlsx)"),
            )
            paths = [Path(name) for name in names]
        if not paths:
            return
        project = self.session.project
        self._run(
            lambda progress, cancelled: prepare_import(
                project,
                paths,
                valid_rows_only=valid_rows_only,
                progress=progress,
                is_cancelled=cancelled,
            ),
            self.tr("Inlezen"),
            done=lambda plan: self._review(plan, paths),
        )

    def _review(self, plan, paths: list[Path]) -> None:
        dialog = ImportDialog(plan, self)
        result = dialog.exec()
        if result == 2:  # the user switched "valid rows only": read again
            self.import_workbooks(paths=paths, valid_rows_only=dialog.valid_only.isChecked())
            return
        if not dialog.apply:
            self.status.setText(self.tr("Inlezen afgebroken; er is niets gewijzigd."))
            return
        edit = cell_edits.import_workbooks(
            self.session.project,
            plan,
            self.tr("Werkboeken inlezen ({0} cellen)").format(len(plan.changes)),
        )
        if self.session.perform(edit, Step.NEED, on_error=self.message.show_error):
            self.status.setText(
                self.tr("{0} cel(len) ingelezen. Ongedaan maken kan met Ctrl+Z.").format(
                    len(plan.changes)
                )
            )

    # -- running ------------------------------------------------------------------------
    def _run(self, work, name: str, done=None, notes: list[str] | None = None) -> None:
        """Run `work` in the background; `done(result)` follows, or else the status names
        what was written, with the `notes` the work left for the user."""
        self.message.clear()
        task = Task(work)
        self._task_name, self._task_done = name, done
        self._task_notes = notes if notes is not None else []
        # Bound methods, not lambdas: Qt drops the connections if the page is gone first.
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        self.tasks.start(task, self.tr("{0}: bezig…").format(name))
        self.session.run_in_background(task)  # closing the vision waits for it

    def cancel(self) -> None:
        self.tasks.cancel()

    def _finished(self, result) -> None:
        name, done = self._task_name, self._task_done
        self.tasks.finish()
        if done is not None:
            done(result)
            return
        paths = result if isinstance(result, list) else [result]
        folder = Path(paths[0]).parent if paths else self._folder()
        if len(paths) > LISTED_FILES:
            listed = self.tr("{0} bestanden").format(len(paths))
        else:
            listed = ", ".join(Path(p).name for p in paths) or self.tr("(geen documenten)")
        text = self.tr('{0} klaar: {1}. <a href="{2}">Map openen</a>').format(
            name, listed, QUrl.fromLocalFile(str(folder)).toString()
        )
        self.status.setText("<br>".join([text, *map(html.escape, self._task_notes)]))

    def _failed(self, message: str) -> None:
        self.tasks.finish()
        self.message.show_error(message)

    def _cancelled(self) -> None:
        self.tasks.finish(self.tr("Afgebroken; er is geen half document achtergebleven."))

    def _open_link(self, url: str) -> None:
        """The status line's "Map openen" link."""
        QDesktopServices.openUrl(QUrl(url))

    def _set_running(self, running: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not running)
