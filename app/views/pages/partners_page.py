"""Step 2: the partners of the prestatieafspraken."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from app.models import PartnerKind
from app.services import municipalities, partners
from app.services.edits import Topic
from app.services.edits import records as record_edits
from app.services.edits.core import combined_edit
from app.services.steps import Step
from app.views.labels import label
from app.views.models.row_model import Column, RowTableModel
from app.views.pages.base import StepPage
from app.views.widgets.compact import compact_combo
from app.views.widgets.delegates import ChoiceDelegate


class PartnersPage(StepPage):
    """Partners: name, kind, municipality or regional."""

    step = Step.PARTNERS
    topics = frozenset({Topic.PARTNERS, Topic.MUNICIPALITIES})

    def intro(self) -> str:
        return self.tr("Met wie maakt u afspraken? Een partner zonder gemeente werkt regionaal.")

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.add_heading()
        self.layout_.addLayout(self._build_form())
        self.model = RowTableModel(self._columns(), self)
        self.layout_.addWidget(self._build_table(), 1)
        self.delete_button = QPushButton(self.tr("Partner &verwijderen"))
        self.delete_button.clicked.connect(self.delete_selected)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.delete_button)
        self.layout_.addLayout(bottom)

    # -- layout -------------------------------------------------------------------------
    def _build_form(self) -> QHBoxLayout:
        """Name, kind and municipality of a new partner, and the button that adds it."""
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Naam van de partner"))
        self.name_edit.setAccessibleName(self.tr("Naam van de nieuwe partner"))
        self.kind_combo = compact_combo(QComboBox(), 12)
        self.kind_combo.setAccessibleName(self.tr("Soort partner"))
        for kind in PartnerKind:
            self.kind_combo.addItem(label(kind), kind)
        self.municipality_combo = compact_combo(QComboBox(), 12)
        self.municipality_combo.setAccessibleName(self.tr("Gemeente van de partner"))
        self.add_button = QPushButton(self.tr("Partner &toevoegen"))
        self.add_button.clicked.connect(self.add_partner)
        self.name_edit.returnPressed.connect(self.add_partner)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 2)
        # Visible labels: the combo boxes alone ('Corporatie', 'Regionaal') do not say
        # what they choose.
        for text, combo in (
            (self.tr("&Soort:"), self.kind_combo),
            (self.tr("&Gemeente:"), self.municipality_combo),
        ):
            caption = QLabel(text)
            caption.setBuddy(combo)
            row.addWidget(caption)
            row.addWidget(combo, 1)
        row.addWidget(self.add_button)
        return row

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Naam"), lambda p: p.name, edit=self._rename),
            Column(
                self.tr("Soort"),
                lambda p: p.kind,
                text=lambda p: label(p.kind),
                edit=self._set_kind,
                choices=lambda: [(label(k), k) for k in PartnerKind],
            ),
            Column(
                self.tr("Gemeente"),
                lambda p: p.municipality_code,
                text=lambda p: self._municipality_name(p.municipality_code),
                edit=self._set_municipality,
                choices=self._municipality_choices,
            ),
        ]

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setAccessibleName(self.tr("Partners"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        return self.table

    # -- behaviour ----------------------------------------------------------------------
    def _municipality_choices(self) -> list[tuple[str, str | None]]:
        return [(self.tr("Regionaal"), None)] + [(m.name, m.code) for m in self._municipalities]

    def _municipality_name(self, code: str | None) -> str:
        names = {m.code: m.name for m in self._municipalities}
        return names.get(code, self.tr("Regionaal")) if code else self.tr("Regionaal")

    def add_partner(self) -> None:
        """Add the partner typed in the form (undoable)."""
        edit = record_edits.add_partner(
            self.session.project,
            self.name_edit.text(),
            self.kind_combo.currentData(),
            self.municipality_combo.currentData(),
            self.tr("Partner toevoegen"),
        )
        if self.session.perform(edit, self.step):
            self.name_edit.clear()

    def _update(self, partner, text: str, **fields) -> bool:
        edit = record_edits.update_partner(self.session.project, partner.id, text, **fields)
        return self.session.perform(edit, self.step)

    def _rename(self, partner, value) -> bool:
        return self._update(partner, self.tr("Partner hernoemen"), name=str(value))

    def _set_kind(self, partner, value) -> bool:
        return self._update(partner, self.tr("Soort partner wijzigen"), kind=value)

    def _set_municipality(self, partner, value) -> bool:
        return self._update(
            partner, self.tr("Gemeente van partner wijzigen"), municipality_code=value
        )

    def delete_selected(self) -> None:
        """Delete the selected partners as one undoable step (with their links to agreements)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        chosen = [self.model.row_at(r) for r in rows]
        if not chosen:
            return
        project = self.session.project
        edits = [
            record_edits.delete_partner(
                project, p.id, self.tr("Partner {0} verwijderen").format(p.name)
            )
            for p in chosen
        ]
        text = (
            edits[0].text
            if len(edits) == 1
            else self.tr("{0} partners verwijderen").format(len(edits))
        )
        self.session.perform(combined_edit(text, edits), self.step)

    def refresh(self) -> None:
        self._municipalities = municipalities.list_municipalities(self.session.project)
        current = self.municipality_combo.currentData()
        self.municipality_combo.clear()
        for text, code in self._municipality_choices():
            self.municipality_combo.addItem(text, code)
        self.municipality_combo.setCurrentIndex(max(self.municipality_combo.findData(current), 0))
        first = self.model.rowCount() == 0
        self.model.set_rows(partners.list_partners(self.session.project))
        if first:  # after an edit the columns keep their widths and the table its place
            self.table.resizeColumnsToContents()
        for widget in (self.name_edit, self.add_button, self.delete_button):
            widget.setEnabled(not self.session.readonly)
