"""The 'Verplicht urgenten' tab: the vision's urgency categories, with the norm set each
came with; add one of your own, rename one, or let one retire from a date."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import urgency
from app.services.dto import UrgencyInfo
from app.services.dutch_dates import day_text, long_date
from app.services.edits import norms as norm_edits
from app.services.norm_sets import find_set
from app.services.steps import Step
from app.views.labels import vocab
from app.views.models.row_model import Column, RowTableModel
from app.views.session import VisionSession
from app.views.widgets.message_bar import MessageBar


class UrgencyTab(QWidget):
    """The categories of verplicht urgenten of this vision."""

    def __init__(self, session: VisionSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.message = MessageBar()
        self.model = RowTableModel(self._columns(), self)
        self.show_retired = QCheckBox(self.tr("Ook &vervallen categorieën tonen"))
        self.show_retired.toggled.connect(self.refresh)
        explanation = QLabel(
            self.tr(
                "Elke gemeente neemt deze groepen op in haar urgentieregeling. Een normenset "
                "brengt haar eigen categorieën mee; u kunt er zelf een toevoegen, een andere "
                "naam geven of laten vervallen vanaf een datum (ze blijft dan in het bestand)."
            )
        )
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.message)
        layout.addWidget(self._build_table(), 1)
        layout.addWidget(self.show_retired)
        layout.addLayout(self._name_row())
        layout.addLayout(self._retire_row())

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Categorie"), lambda c: vocab(c.label), italic=_retired),
            Column(self.tr("Uit normenset"), self._origin),
            Column(self.tr("Peildatum"), lambda c: long_date(c.reference_date)),
            Column(self.tr("Vervallen op"), lambda c: long_date(c.retired)),
        ]

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Verplicht urgenten"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return self.table

    def _name_row(self) -> QHBoxLayout:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Naam van de categorie"))
        self.name_edit.setAccessibleName(self.tr("Naam van de categorie"))
        self.name_edit.returnPressed.connect(self.add_category)
        self.add_button = QPushButton(self.tr("&Toevoegen"))
        self.add_button.clicked.connect(self.add_category)
        self.rename_button = QPushButton(self.tr("Gekozen categorie &hernoemen"))
        self.rename_button.clicked.connect(self.rename_selected)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        return row

    def _retire_row(self) -> QHBoxLayout:
        self.date_edit = QLineEdit(day_text())
        self.date_edit.setAccessibleName(self.tr("Datum waarop de categorie vervalt"))
        self.retire_button = QPushButton(self.tr("Gekozen categorie laten &vervallen op"))
        self.retire_button.clicked.connect(self.retire_selected)
        row = QHBoxLayout()
        row.addWidget(self.retire_button)
        row.addWidget(self.date_edit, 1)
        return row

    # -- behaviour ----------------------------------------------------------------------
    def _origin(self, category: UrgencyInfo) -> str:
        if not category.norm_set:
            return self.tr("eigen categorie")
        found = find_set(category.norm_set)
        return vocab(found.name) if found is not None else category.norm_set

    def _selected(self) -> UrgencyInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.row_at(rows[0].row())
        self.message.show_error(self.tr("Kies eerst een categorie in de tabel."))
        return None

    def _perform(self, edit) -> bool:
        self.message.clear()
        return self.session.perform(edit, Step.REGION, self.message.show_error)

    def add_category(self) -> None:
        """Add the typed category (undoable)."""
        project = self.session.project
        text = self.tr("Categorie verplicht urgenten toevoegen")
        if self._perform(norm_edits.add_urgency_category(project, self.name_edit.text(), text)):
            self.name_edit.clear()

    def rename_selected(self) -> None:
        """Give the chosen category the typed name (undoable)."""
        category = self._selected()
        if category is None:
            return
        text = self.tr("Categorie hernoemen")
        edit = norm_edits.rename_urgency_category(
            self.session.project, category.id, self.name_edit.text(), text
        )
        if self._perform(edit):
            self.name_edit.clear()

    def retire_selected(self) -> None:
        """The chosen category no longer applies from the typed date (undoable)."""
        category = self._selected()
        if category is None:
            return
        text = self.tr("Categorie laten vervallen")
        edit = norm_edits.retire_urgency_category(
            self.session.project, category.id, self.date_edit.text(), text
        )
        self._perform(edit)

    def refresh(self) -> None:
        """Reload the categories (the retired ones only when asked)."""
        rows = urgency.list_categories(self.session.project)
        if not self.show_retired.isChecked():
            rows = [c for c in rows if not c.retired]
        self.model.set_rows(rows)
        editors = (self.name_edit, self.add_button, self.rename_button, self.retire_button)
        for widget in (*editors, self.date_edit):
            widget.setEnabled(not self.session.readonly)


def _retired(category: UrgencyInfo) -> bool:
    return bool(category.retired)
