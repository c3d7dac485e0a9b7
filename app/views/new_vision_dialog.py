"""The dialog for a new woonzorgvisie: name, region, period, author, municipalities, file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.services.errors import DomainError
from app.services.file_names import safe_file_name
from app.services.reference_data import find_reference
from app.services.vision import create_vision
from app.storage import ProjectFile, ProjectFileError
from app.views.widgets.message_bar import MessageBar
from app.views.widgets.municipality_picker import MunicipalityPicker


class NewVisionDialog(QDialog):
    """Collects what a new vision needs and creates its file."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe woonzorgvisie"))
        self.project: ProjectFile | None = None
        form = self._build_form()
        municipalities = self._build_municipalities()
        self.message = MessageBar()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(municipalities, 1)
        layout.addWidget(self.message)
        layout.addWidget(self._build_buttons())
        self.resize(860, 620)
        self._suggest_file()

    # -- layout -------------------------------------------------------------------------
    def _build_form(self) -> QFormLayout:
        """Name, region, plan period, author and the file to save in."""
        self.title_edit = QLineEdit()
        self.region_edit = QLineEdit()
        self.author_edit = QLineEdit()
        period = self._period_row()
        file_row = self._file_row()
        self.title_edit.textChanged.connect(self._suggest_file)
        form = QFormLayout()
        form.addRow(self.tr("&Naam:"), self.title_edit)
        form.addRow(self.tr("&Regio:"), self.region_edit)
        period_label = QLabel(self.tr("&Planperiode:"))
        period_label.setBuddy(self.start_spin)
        form.addRow(period_label, period)
        form.addRow(self.tr("&Auteur:"), self.author_edit)
        file_label = QLabel(self.tr("Op&slaan in:"))
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        return form

    def _period_row(self) -> QHBoxLayout:
        """The first and last year, this year and five years on to begin with."""
        self.start_spin, self.end_spin = QSpinBox(), QSpinBox()
        this_year = date.today().year
        for spin, value in ((self.start_spin, this_year), (self.end_spin, this_year + 5)):
            spin.setRange(2000, 2100)
            spin.setValue(value)
        period = QHBoxLayout()
        period.addWidget(self.start_spin)
        period.addWidget(QLabel(self.tr("t/m")))
        period.addWidget(self.end_spin)
        period.addStretch(1)
        return period

    def _file_row(self) -> QHBoxLayout:
        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(self.tr("Bestand"))
        browse = QPushButton(self.tr("&Bladeren…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        return file_row

    def _build_municipalities(self) -> QGroupBox:
        """Search among all municipalities on the left, the chosen ones on the right."""
        self.picker = MunicipalityPicker()
        self.picker.chosen.connect(self._add)
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("Gekozen gemeenten"))
        remove = QPushButton(self.tr("&Weghalen"))
        remove.clicked.connect(self._remove)
        municipalities = QGroupBox(self.tr("Gemeenten"))
        row = QHBoxLayout(municipalities)
        row.addWidget(self.picker, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Gekozen:")))
        right.addWidget(self.chosen, 1)
        right.addWidget(remove)
        row.addLayout(right, 2)
        return municipalities

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Maken"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        return buttons

    # -- behaviour ----------------------------------------------------------------------
    def codes(self) -> list[str]:
        return [self.chosen.item(i).data(256) for i in range(self.chosen.count())]

    def _add(self, codes: list[str]) -> None:
        for code in codes:
            if code in self.codes():
                continue
            reference = find_reference(code)
            item = QListWidgetItem(f"{reference.name} ({code})" if reference else code)
            item.setData(256, code)
            self.chosen.addItem(item)
        self.picker.exclude(set(self.codes()))
        self.message.clear()  # a hint to choose a municipality no longer applies

    def _remove(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.picker.exclude(set(self.codes()))

    def _folder(self) -> Path:
        current = self.file_edit.text().strip()
        if current:
            return Path(current).parent
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return usable_folder(Path(documents) if documents else None)

    def _suggest_file(self) -> None:
        name = safe_file_name(self.title_edit.text() or self.tr("Woonzorgvisie"))
        self.file_edit.setText(str(self._folder() / f"{name}.thuisplan"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Opslaan in"),
            self.file_edit.text(),
            self.tr("Thuisplan-bestanden (*.thuisplan)"),
        )
        if path:
            self.file_edit.setText(path if path.endswith(".thuisplan") else path + ".thuisplan")

    def create(self) -> None:
        """Create the vision's file; on a problem, say what and keep the dialog open."""
        try:
            self.project = create_vision(
                Path(self.file_edit.text().strip()),
                title=self.title_edit.text(),
                region_name=self.region_edit.text(),
                author=self.author_edit.text(),
                start_year=self.start_spin.value(),
                end_year=self.end_spin.value(),
                municipality_codes=self.codes(),
            )
        except (DomainError, ProjectFileError) as error:
            self.message.show_error(str(error))
            return
        self.accept()


def usable_folder(documents: Path | None) -> Path:
    """Where a new vision goes to begin with: the Documents folder, made when a fresh
    profile has none; the home folder when that cannot be done."""
    if documents is not None:
        try:
            documents.mkdir(parents=True, exist_ok=True)
        except OSError:
            return Path.home()
        return documents
    return Path.home()
