"""Step 1: name, region, plan period and author; the municipalities and their baseline.

This is the first screen. It reads through `vision_read` and imports the services that
change the vision (and load the database layer) on the first edit, via `_writes`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import BaselineIndicator, VisionStatus
from app.services.edits import Topic
from app.services.edits.core import combined_edit
from app.services.errors import DomainError
from app.services.norm_sets import find_set, newer_sets
from app.services.reference_data import find_reference
from app.services.steps import Step
from app.services.validation import parse_quantity
from app.services.vision_read import (
    get_vision,
    list_municipalities,
    missing_shipped_figures,
    norm_set_code,
)
from app.views.labels import label, vocab
from app.views.models.municipality_models import BASELINE_COLUMNS, baseline_model
from app.views.pages.base import StepPage
from app.views.widgets.clipboard import parse_tsv
from app.views.widgets.column_fit import fit_columns
from app.views.widgets.compact import compact_combo
from app.views.widgets.municipality_picker import MunicipalityPicker

FIRST_FIGURE_COLUMN = 2  # code (hidden) and name come first


def _region_edits():
    """The region's operations (and with them the database layer), loaded on first edit."""
    from app.services.edits import region

    return region


class RegionPage(StepPage):
    """Regio en planperiode."""

    step = Step.REGION
    topics = frozenset({Topic.VISION, Topic.MUNICIPALITIES, Topic.NORMS})

    def intro(self) -> str:
        return self.tr(
            "Geef de visie een naam, kies de planperiode en stel de gemeenten samen. Vervang per "
            "gemeente de raming van de sociale huurwoningen door het echte aantal en vul de "
            "geplande nieuwbouw in."
        )

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.add_heading()
        self.layout_.addWidget(self._details_box())
        self.layout_.addLayout(self._norms_row())
        splitter = QSplitter()
        self.picker = MunicipalityPicker()
        self.picker.chosen.connect(self.add_municipalities)
        picker_box = QGroupBox(self.tr("Gemeenten kiezen"))
        QVBoxLayout(picker_box).addWidget(self.picker)
        splitter.addWidget(picker_box)
        splitter.addWidget(self._chosen_box())
        splitter.setSizes([240, 760])
        self.layout_.addWidget(splitter, 1)

    # -- vision details -----------------------------------------------------------------
    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Woonzorgvisie"))
        self.title_edit = QLineEdit()
        self.region_edit = QLineEdit()
        self.author_edit = QLineEdit()
        self.start_spin, self.end_spin = QSpinBox(), QSpinBox()
        for spin in (self.start_spin, self.end_spin):
            spin.setRange(2000, 2100)
            spin.setKeyboardTracking(False)
        self.status_combo = compact_combo(QComboBox(), 10)
        for status in VisionStatus:
            self.status_combo.addItem(label(status), status)
        period = QHBoxLayout()
        period.addWidget(self.start_spin)
        period.addWidget(QLabel(self.tr("t/m")))
        period.addWidget(self.end_spin)
        period.addStretch(1)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("&Naam:"), self.title_edit)
        left.addRow(self.tr("&Regio:"), self.region_edit)
        period_label = QLabel(self.tr("&Planperiode:"))
        period_label.setBuddy(self.start_spin)
        right.addRow(period_label, period)
        right.addRow(self.tr("&Auteur:"), self.author_edit)
        right.addRow(self.tr("&Status:"), self.status_combo)
        row = QHBoxLayout(box)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        self._connect_details()
        return box

    def _norms_row(self) -> QHBoxLayout:
        """Which norm set the vision follows, with the way to its norms."""
        self.norm_set_label = QLabel()
        self.norm_set_label.setWordWrap(True)
        self.norms_button = QPushButton(self.tr("&Normen en verplicht urgenten…"))
        self.norms_button.clicked.connect(self.show_norms)
        row = QHBoxLayout()
        row.addWidget(self.norm_set_label, 1)
        row.addWidget(self.norms_button)
        return row

    def show_norms(self) -> None:
        """Open the norms dialog (norm set, overrides, comparison, urgency categories)."""
        from app.views.norms import show_norms_dialog

        show_norms_dialog(self.session, self.window())

    def _show_norm_set(self) -> None:
        code = norm_set_code(self.session.project)
        known = find_set(code)
        name = (
            vocab(known.name) if known else self.tr("een onbekende normenset ('{0}')").format(code)
        )
        text = self.tr("Normen: deze visie volgt <b>{0}</b>.").format(name)
        if newer_sets(code):
            text += " " + self.tr("Er is een nieuwere normenset; de normen blijven zoals ze zijn.")
        self.norm_set_label.setText(text)

    def _connect_details(self) -> None:
        self.title_edit.editingFinished.connect(self._set_title)
        self.region_edit.editingFinished.connect(self._set_region_name)
        self.author_edit.editingFinished.connect(self._set_author)
        self.status_combo.activated.connect(self._set_status)
        # On editingFinished (Enter, leaving the field), not on every arrow click: each
        # change of period is one step to undo, and may ask to drop figures.
        self.start_spin.editingFinished.connect(self._set_period)
        self.end_spin.editingFinished.connect(self._set_period)

    def _set_title(self) -> None:
        self._set_text("title", self.title_edit)

    def _set_region_name(self) -> None:
        self._set_text("region_name", self.region_edit)

    def _set_author(self) -> None:
        self._set_text("author", self.author_edit)

    def _set_text(self, field: str, edit: QLineEdit) -> None:
        old = getattr(get_vision(self.session.project), field)
        new = edit.text()
        if new.strip() == old:
            return
        operation = _region_edits().update_vision(
            self.session.project, self.tr("Gegevens van de visie wijzigen"), **{field: new}
        )
        if not self.session.perform(operation, self.step):
            edit.setText(old)

    def _set_status(self) -> None:
        operation = _region_edits().update_vision(
            self.session.project,
            self.tr("Status wijzigen"),
            status=self.status_combo.currentData(),
        )
        self.session.perform(operation, self.step)

    def _set_period(self) -> None:
        """A new plan period; when figures fall outside it, ask before they are dropped (an
        undo brings them back)."""
        old = get_vision(self.session.project)
        start, end = self.start_spin.value(), self.end_spin.value()
        if (start, end) == (old.start_year, old.end_year):
            return
        drop = self._outside_period(start, end)
        if drop and not self._confirm_drop(start, end):
            self.refresh()
            return
        operation = _region_edits().set_plan_period(
            self.session.project, start, end, self.tr("Planperiode wijzigen"), drop_outside=drop
        )
        if not self.session.perform(operation, self.step):
            self.refresh()

    def _outside_period(self, start: int, end: int) -> bool:
        """Whether figures lie outside the period (why a change of period was refused)."""
        from app.services.vision import figures_outside_period

        return figures_outside_period(self.session.project, start, end)

    def _confirm_drop(self, start: int, end: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Planperiode wijzigen"),
            self.tr(
                "Er zijn cijfers ingevuld buiten {0}–{1}. Die vervallen (met Ongedaan maken "
                "komen ze terug). Doorgaan?"
            ).format(start, end),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- municipalities -----------------------------------------------------------------
    def _chosen_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Gemeenten in deze visie"))
        self.model = baseline_model(self._edit_figure, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Gemeenten en basiscijfers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setColumnHidden(0, True)  # the code is in the name's tooltip
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.table)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste_figures)
        self.remove_button = QPushButton(self.tr("Gemeente &verwijderen"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.neighbours_button = QPushButton(self.tr("&Buurgemeenten toevoegen"))
        self.neighbours_button.clicked.connect(self.add_neighbours)
        self.reset_button = QPushButton(self.tr("&CBS-cijfer terugzetten"))
        self.reset_button.clicked.connect(self.reset_selected)
        hint = QLabel(
            self.tr(
                "Sociale huurwoningen zijn geraamd uit het aandeel corporatiebezit (CBS) × de "
                "woningvoorraad (schuin op lichtblauw); vervang de raming door het echte aantal "
                "uit CBS StatLine (woningvoorraad naar eigendom), het Datawonen-dashboard 'Een "
                "thuis voor iedereen' of de woningcorporaties. Geplande nieuwbouw vult u zelf in. "
                "Schuin gedrukt = door u ingevuld; wijs een cijfer aan voor de bron en peildatum."
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.remove_button, self.neighbours_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._fill_row())
        layout.addWidget(hint)
        return box

    def _fill_row(self) -> QWidget:
        """'CBS-cijfers aanvullen', shown only for a file that misses shipped figures."""
        self.fill_button = QPushButton()  # its text counts what it fills: refresh
        self.fill_button.setToolTip(
            self.tr(
                "Vul de lege cijfers aan uit de meegeleverde gegevens: 65-plussers (CBS) en de "
                "raming van de sociale huurwoningen (aandeel corporatiebezit × woningvoorraad). "
                "Ingevulde cijfers blijven staan; in één stap ongedaan te maken."
            )
        )
        self.fill_button.clicked.connect(self.fill_shipped)
        note = QLabel(
            self.tr(
                "Dit bestand mist cijfers die Thuisplan meelevert (65-plussers, raming van de "
                "sociale huurwoningen)."
            )
        )
        note.setWordWrap(True)
        self.fill_row = QWidget()
        row = QHBoxLayout(self.fill_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.fill_button)
        row.addWidget(note, 1)
        self.fill_row.hide()  # until refresh finds something to fill
        return self.fill_row

    def _selected_infos(self):
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        return [self.model.row_at(row) for row in rows]

    def add_municipalities(self, codes: list[str]) -> None:
        """Add municipalities by CBS code (undoable)."""
        operation = _region_edits().add_municipalities(
            self.session.project, codes, self.tr("Gemeenten toevoegen")
        )
        self.session.perform(operation, self.step)

    def add_neighbours(self) -> None:
        """Add the neighbouring municipalities of the selected ones."""
        present = {m.code for m in self.model.rows}
        codes = []
        for info in self._selected_infos():
            reference = find_reference(info.code)
            codes += [c for c in (reference.neighbours if reference else ()) if c not in present]
        if codes:
            self.add_municipalities(list(dict.fromkeys(codes)))

    def remove_selected(self) -> None:
        """Remove the selected municipalities with their figures (one undoable step)."""
        region = _region_edits()
        operations = [
            region.remove_municipality(
                self.session.project,
                info.code,
                self.tr("Gemeente {0} verwijderen").format(info.name),
            )
            for info in self._selected_infos()
        ]
        self._perform_all(operations, self.tr("{0} gemeenten verwijderen"))

    def reset_selected(self) -> None:
        """Put back the CBS figure in the selected cells (one undoable step)."""
        region = _region_edits()
        operations = [
            region.reset_baseline(
                self.session.project,
                self.model.row_at(index.row()).code,
                BASELINE_COLUMNS[index.column() - 2],
                self.tr("Cijfer terugzetten"),
            )
            for index in self.table.selectionModel().selectedIndexes()
            if index.column() >= 2
        ]
        self._perform_all(operations, self.tr("{0} cijfers terugzetten"))

    def fill_shipped(self) -> None:
        """Fill the empty figures the shipped data has (one undoable step); only shown
        while there are some (a file made before they were shipped)."""
        from app.services.edits.estimates import fill_shipped_figures

        operation = fill_shipped_figures(self.session.project, self.tr("CBS-cijfers aanvullen"))
        self.session.perform(operation, self.step)

    def _perform_all(self, operations: list, several: str) -> None:
        from app.services.edits.core import combined_edit

        if not operations:
            return
        text = operations[0].text if len(operations) == 1 else several.format(len(operations))
        self.session.perform(combined_edit(text, operations), self.step)

    def paste_figures(self) -> None:
        """Figures copied from Excel, from the current cell right and down, as one undoable
        step; a block that does not fit or a cell that is no whole number changes nothing."""
        block = parse_tsv(QGuiApplication.clipboard().text())
        start = self.table.currentIndex()
        if not block or not start.isValid():
            return
        first = start.column() - FIRST_FIGURE_COLUMN
        rows = self.model.rows
        if (
            first < 0
            or start.row() + len(block) > len(rows)
            or first + max(map(len, block)) > (len(BASELINE_COLUMNS))
        ):
            self.session.error.emit(
                self.tr("Wat u plakt past niet in de basiscijfers vanaf deze cel.")
            )
            return
        try:
            edits = [
                self._baseline_operation(rows[start.row() + r], BASELINE_COLUMNS[first + c], text)
                for r, line in enumerate(block)
                for c, text in enumerate(line)
            ]
        except DomainError as error:
            self.session.error.emit(str(error))
            return
        self.session.perform(combined_edit(self.tr("Basiscijfers plakken"), edits), self.step)

    def _baseline_operation(self, info, indicator: BaselineIndicator, text: str):
        """The operation that stores one pasted figure (DomainError naming the cell)."""
        try:
            value = parse_quantity(text)
        except DomainError as error:
            raise DomainError(f"{info.name}, {label(indicator).lower()}: {error}") from error
        return _region_edits().set_baseline(
            self.session.project, info.code, indicator, value, self.tr("Basiscijfers plakken")
        )

    def _edit_figure(self, info, indicator: BaselineIndicator, text) -> bool:
        try:
            value = parse_quantity(str(text))
        except DomainError as error:
            self.session.error.emit(f"{info.name}, {label(indicator).lower()}: {error}")
            return False
        operation = _region_edits().set_baseline(
            self.session.project,
            info.code,
            indicator,
            value,
            self.tr("{0} wijzigen").format(label(indicator)),
        )
        return self.session.perform(operation, self.step)

    def refresh(self) -> None:
        vision = get_vision(self.session.project)
        for edit, value in (
            (self.title_edit, vision.title),
            (self.region_edit, vision.region_name),
            (self.author_edit, vision.author),
        ):
            if edit.text() != value:
                edit.setText(value)
        for spin, value in ((self.start_spin, vision.start_year), (self.end_spin, vision.end_year)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.status_combo.setCurrentIndex(self.status_combo.findData(vision.status))
        self._show_norm_set()
        infos = list_municipalities(self.session.project)
        self.model.set_rows(infos)
        fit_columns(self.table)
        self.picker.exclude({m.code for m in infos})
        self._offer_shipped(infos)
        readonly = self.session.readonly
        for widget in (
            self.title_edit,
            self.region_edit,
            self.author_edit,
            self.start_spin,
            self.end_spin,
            self.status_combo,
            self.picker,
            self.remove_button,
            self.neighbours_button,
            self.reset_button,
        ):
            widget.setEnabled(not readonly)

    def _offer_shipped(self, infos) -> None:
        """'CBS-cijfers aanvullen' only where the shipped data can fill an empty figure."""
        missing = missing_shipped_figures(infos)
        self.fill_row.setVisible(bool(missing))
        self.fill_button.setEnabled(not self.session.readonly)
        self.fill_button.setText(self.tr("CBS-cijfers aanv&ullen ({0})").format(len(missing)))
