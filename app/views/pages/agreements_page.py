"""Step 8: prestatieafspraken with targets per year, and their monitoring."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import AgreementStatus
from app.services import agreements, municipalities, partners
from app.services import target_groups as groups
from app.services.dutch_dates import short_date
from app.services.edits import Topic
from app.services.edits import records as record_edits
from app.services.errors import DomainError
from app.services.steps import Step
from app.services.validation import parse_number
from app.views.labels import label
from app.views.models.row_model import Column, RowTableModel
from app.views.numbers import number
from app.views.pages.base import StepPage
from app.views.pages.groups_page import group_name
from app.views.widgets.delegates import ChoiceDelegate

FIELDS = (
    "description",
    "municipality_code",
    "group_id",
    "indicator",
    "unit",
    "baseline",
    "deadline",
    "owner_partner_id",
)


@dataclass
class YearRow:
    """One year of an agreement."""

    year: int
    target: float | None
    realised: float | None
    status: AgreementStatus | None


def _year_row(year: int, info) -> YearRow:
    if info is None:
        return YearRow(year, None, None, None)
    return YearRow(year, info.target, info.realised, info.status)


def _number_text(value: float | None) -> str:
    if value is None:
        return ""
    return number(value, 0 if float(value).is_integer() else 1)


class PartiesDialog(QDialog):
    """Tick the partners that are party to an agreement."""

    def __init__(self, all_partners, chosen: tuple[int, ...], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Partijen bij de afspraak"))
        self.list = QListWidget()
        for partner in all_partners:
            item = QListWidgetItem(f"{partner.name} ({label(partner.kind).lower()})")
            item.setData(Qt.ItemDataRole.UserRole, partner.id)
            item.setCheckState(
                Qt.CheckState.Checked if partner.id in chosen else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class AgreementsPage(StepPage):
    """Table of agreements; below it, the selected agreement's years."""

    step = Step.AGREEMENTS
    topics = frozenset(
        {Topic.AGREEMENTS, Topic.PARTNERS, Topic.MUNICIPALITIES, Topic.GROUPS, Topic.VISION}
    )

    def intro(self) -> str:
        return self.tr(
            "Wie doet wat, gemeten met welke indicator, met welk doel per jaar? Vul "
            "later de realisatie en de status in."
        )

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.add_heading()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_agreements())
        splitter.addWidget(self._build_years())
        splitter.setSizes([380, 240])
        self.layout_.addWidget(splitter, 1)

    # -- layout -------------------------------------------------------------------------
    def _build_agreements(self) -> QWidget:
        """The table of agreements with its buttons."""
        self.model = RowTableModel(self._columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setAccessibleName(self.tr("Prestatieafspraken"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.add_button = QPushButton(self.tr("Afspraak &toevoegen"))
        self.add_button.clicked.connect(self.add)
        self.parties_button = QPushButton(self.tr("&Partijen kiezen…"))
        self.parties_button.clicked.connect(self.choose_parties)
        self.delete_button = QPushButton(self.tr("Afspraak &verwijderen"))
        self.delete_button.clicked.connect(self.delete)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.parties_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top_layout.addLayout(buttons)
        return top

    def _build_years(self) -> QWidget:
        """The selected agreement's targets and results per year."""
        self.years_model = RowTableModel(self._year_columns(), self)
        self.years_table = QTableView()
        self.years_table.setModel(self.years_model)
        self.years_table.setItemDelegate(ChoiceDelegate(self.years_table))
        self.years_table.setAccessibleName(self.tr("Doelen en realisatie per jaar"))
        self.years_table.verticalHeader().hide()
        self.years_label = QLabel()
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.years_label)
        bottom_layout.addWidget(self.years_table, 1)
        return bottom

    # -- columns ------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        return [
            self._field(self.tr("Afspraak"), "description"),
            Column(self.tr("Partijen"), lambda a: a.party_ids, text=self._parties_text),
            self._field(
                self.tr("Gemeente"),
                "municipality_code",
                text=self._municipality_text,
                choices=self._municipality_choices,
            ),
            self._field(
                self.tr("Aandachtsgroep"),
                "group_id",
                text=lambda a: self._group_names.get(a.group_id, ""),
                choices=self._group_choices,
            ),
            self._field(self.tr("Indicator"), "indicator"),
            self._field(self.tr("Eenheid"), "unit"),
            self._field(
                self.tr("Nulmeting"),
                "baseline",
                text=lambda a: _number_text(a.baseline),
                parse=parse_number,
            ),
            # Shown and edited as 31-12-2030; the service reads that and stores ISO.
            self._field(self.tr("Deadline"), "deadline", value=lambda a: short_date(a.deadline)),
            self._field(
                self.tr("Trekker"),
                "owner_partner_id",
                text=lambda a: self._partner_names.get(a.owner_partner_id, ""),
                choices=self._partner_choices,
            ),
        ]

    def _field(self, header, name, text=None, choices=None, parse=None, value=None) -> Column:
        """A column of the agreement's field `name`; an edit is read with `parse` (if
        given) and stored as one undoable step."""

        def edit(agreement, new_value) -> bool:
            return self._edit_field(agreement, name, new_value, parse)

        read = value or (lambda a: getattr(a, name))
        return Column(header, read, text=text, edit=edit, choices=choices)

    def _edit_field(self, agreement, name: str, value, parse) -> bool:
        if parse is not None:
            try:
                value = parse(str(value))
            except DomainError as error:
                self.session.error.emit(str(error))
                return False
        return self._update(agreement, **{name: value})

    def _parties_text(self, agreement) -> str:
        return ", ".join(self._partner_names.get(p, "?") for p in agreement.party_ids)

    def _municipality_text(self, agreement) -> str:
        return self._municipality_names.get(agreement.municipality_code, self.tr("Regionaal"))

    def _municipality_choices(self) -> list[tuple[str, str | None]]:
        return [(self.tr("Regionaal"), None)] + [
            (n, c) for c, n in self._municipality_names.items()
        ]

    def _group_choices(self) -> list[tuple[str, int | None]]:
        """The active groups (an agreement may still name a group switched off since)."""
        return [("", None)] + [
            (n, i) for i, n in self._group_names.items() if i in self._active_groups
        ]

    def _partner_choices(self) -> list[tuple[str, int | None]]:
        return [("", None)] + [(n, i) for i, n in self._partner_names.items()]

    def _year_columns(self) -> list[Column]:
        return [
            Column(self.tr("Jaar"), lambda r: r.year),
            Column(
                self.tr("Doel"),
                lambda r: r.target,
                text=lambda r: _number_text(r.target),
                edit=lambda r, v: self._set_year(r, "target", v),
                align_right=True,
            ),
            Column(
                self.tr("Gerealiseerd"),
                lambda r: r.realised,
                text=lambda r: _number_text(r.realised),
                edit=lambda r, v: self._set_year(r, "realised", v),
                align_right=True,
            ),
            Column(
                self.tr("Status"),
                lambda r: r.status,
                text=lambda r: label(r.status) if r.status else "",
                edit=lambda r, v: self._set_year(r, "status", v),
                choices=lambda: [("", None)] + [(label(s), s) for s in AgreementStatus],
            ),
        ]

    # -- reading ------------------------------------------------------------------------
    def current(self):
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        project = self.session.project
        self._all_partners = partners.list_partners(project)
        self._partner_names = {p.id: p.name for p in self._all_partners}
        self._municipality_names = {
            m.code: m.name for m in municipalities.list_municipalities(project)
        }
        listed = groups.list_target_groups(project)
        self._group_names = {g.id: group_name(g) for g in listed}
        self._active_groups = {g.id for g in listed if g.active}
        self._years = self.session.analysis().figures.years
        row = max(self.table.currentIndex().row(), 0)
        first = self.model.rowCount() == 0
        self.model.set_rows(agreements.list_agreements(project))
        if first:  # after an edit the columns keep their widths and the table its place
            self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 260), 420))
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 300))
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        self._show_years()
        for button in (self.add_button, self.parties_button, self.delete_button):
            button.setEnabled(not self.session.readonly)

    def _current_changed(self, _current, _previous) -> None:
        self._show_years()

    def _show_years(self) -> None:
        agreement = self.current()
        if agreement is None:
            self.years_label.setText(self.tr("Kies een afspraak om de doelen per jaar te zien."))
            self.years_model.set_rows([])
            return
        self.years_label.setText(self.tr("Doelen en realisatie: {0}").format(agreement.description))
        self.years_model.set_rows([_year_row(y, agreement.years.get(y)) for y in self._years])

    # -- writing ------------------------------------------------------------------------
    def add(self) -> None:
        edit = record_edits.add_agreement(
            self.session.project, self.tr("Nieuwe afspraak"), self.tr("Afspraak toevoegen")
        )
        self.session.perform(edit, self.step)

    def _update(self, agreement, **fields) -> bool:
        edit = record_edits.update_agreement(
            self.session.project, agreement.id, self.tr("Afspraak wijzigen"), **fields
        )
        return self.session.perform(edit, self.step)

    def choose_parties(self) -> None:
        agreement = self.current()
        if agreement is None:
            return
        dialog = PartiesDialog(self._all_partners, agreement.party_ids, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._update(agreement, party_ids=dialog.chosen())

    def delete(self) -> None:
        agreement = self.current()
        if agreement is None:
            return
        edit = record_edits.delete_agreement(
            self.session.project, agreement.id, self.tr("Afspraak verwijderen")
        )
        self.session.perform(edit, self.step)

    def _set_year(self, row: YearRow, field: str, value) -> bool:
        agreement = self.current()
        if agreement is None:
            return False
        if field != "status":
            try:
                value = parse_number(str(value))
            except DomainError as error:
                self.session.error.emit(str(error))
                return False
        edit = record_edits.set_agreement_year(
            self.session.project,
            agreement.id,
            row.year,
            self.tr("Doel of realisatie wijzigen"),
            **{field: value},
        )
        return self.session.perform(edit, self.step)
