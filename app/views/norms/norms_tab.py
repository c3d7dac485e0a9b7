"""The 'Normen' tab: the vision's norm set (choose another), each norm with its source and
date, and the user's own value for a norm (marked and dated) or back to the set's."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import norms
from app.services.dto import NormInfo
from app.services.dutch_dates import long_date
from app.services.edits import norms as norm_edits
from app.services.errors import DomainError
from app.services.norm_sets import find_set, norm_sets
from app.services.norm_words import value_text
from app.services.steps import Step
from app.services.validation import parse_share
from app.views.labels import label, vocab
from app.views.models.row_model import Column, RowTableModel
from app.views.session import VisionSession
from app.views.widgets.message_bar import MessageBar


class NormsTab(QWidget):
    """Choose the norm set; see, override and reset each norm."""

    def __init__(self, session: VisionSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._status: norms.NormSetStatus | None = None
        self.message = MessageBar()
        self.model = RowTableModel(self._columns(), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._set_box())
        layout.addWidget(self.message)
        layout.addWidget(self._build_table(), 1)
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setAccessibleName(self.tr("Bron van de gekozen norm"))
        layout.addWidget(self.quote)
        layout.addWidget(self._override_box())

    # -- layout -------------------------------------------------------------------------
    def _set_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Normenset"))
        self.current = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { color: #7a4b00; }")
        self.set_combo = QComboBox()
        self.set_combo.setAccessibleName(self.tr("Normenset om te volgen"))
        for norm_set in norm_sets():
            self.set_combo.addItem(vocab(norm_set.name), norm_set.code)
        self.set_combo.currentIndexChanged.connect(self._show_set_status)
        self.follow_button = QPushButton(self.tr("Deze normenset &volgen"))
        self.follow_button.clicked.connect(self.follow_set)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.set_combo, 1)
        row.addWidget(self.follow_button)
        layout = QVBoxLayout(box)
        for widget in (self.current, self.note):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.status)
        return box

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Norm"), lambda n: vocab(n.label), italic=_is_own),
            Column(self.tr("Waarde"), value_text, italic=_is_own, align_right=True),
            Column(self.tr("Getoetst"), lambda n: label(n.scope) if n.scope else ""),
            Column(self.tr("Peildatum"), lambda n: long_date(n.reference_date)),
            Column(self.tr("Eigen waarde sinds"), lambda n: long_date(n.overridden)),
        ]

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Normen van deze visie"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._show_quote)
        return self.table

    def _override_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Eigen waarde voor de gekozen norm"))
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("bijv. 25 %"))
        self.source_edit = QLineEdit()
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("bijv. 1-1-2026"))
        form = QFormLayout()
        form.addRow(self.tr("&Aandeel:"), self.value_edit)
        form.addRow(self.tr("&Bron:"), self.source_edit)
        form.addRow(self.tr("&Peildatum:"), self.date_edit)
        self.override_button = QPushButton(self.tr("Eigen waarde &vastleggen"))
        self.override_button.clicked.connect(self.override_selected)
        self.reset_button = QPushButton(self.tr("&Terugzetten naar de normenset"))
        self.reset_button.clicked.connect(self.reset_selected)
        self.dashboard_button = QPushButton(
            self.tr("Landelijk gemiddelde van het &dashboard (26 %, 2021)")
        )
        self.dashboard_button.clicked.connect(self.use_dashboard)
        buttons = QHBoxLayout()
        for button in (self.override_button, self.reset_button, self.dashboard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    # -- behaviour ----------------------------------------------------------------------
    def _selected(self) -> NormInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _perform(self, edit) -> bool:
        self.message.clear()
        return self.session.perform(edit, Step.REGION, self.message.show_error)

    def follow_set(self) -> None:
        """Follow the set chosen in the list (undoable)."""
        code = self.set_combo.currentData()
        text = self.tr("Normenset kiezen")
        self._perform(norm_edits.choose_norm_set(self.session.project, code, text))

    def override_selected(self) -> None:
        """The typed share becomes the chosen norm's own value, dated today (undoable)."""
        norm = self._selected()
        if norm is None:
            self.message.show_error(self.tr("Kies eerst een norm in de tabel."))
            return
        try:
            share = parse_share(self.value_edit.text())
        except DomainError as error:
            self.message.show_error(str(error))
            return
        if share is None:
            self.message.show_error(self.tr("Vul een aandeel in tussen 0 en 100 %."))
            return
        edit = norm_edits.set_norm(
            self.session.project,
            norm.code,
            share / 100,
            self.tr("Eigen waarde voor een norm"),
            reference_date=self.date_edit.text(),
            source=self.source_edit.text(),
        )
        if self._perform(edit):
            self.value_edit.clear()

    def reset_selected(self) -> None:
        """Back to the set's value for the chosen norm (undoable)."""
        norm = self._selected()
        if norm is None:
            self.message.show_error(self.tr("Kies eerst een norm in de tabel."))
            return
        text = self.tr("Norm terugzetten")
        self._perform(norm_edits.reset_norm(self.session.project, norm.code, text))

    def use_dashboard(self) -> None:
        """Compare with the dashboard's 26 % (2021), an override (undoable)."""
        text = self.tr("Landelijk gemiddelde van het dashboard gebruiken")
        self._perform(norm_edits.use_dashboard_average(self.session.project, text))

    def _show_quote(self) -> None:
        """Who must build (where the norm says), the source, and the source's words."""
        norm = self._selected()
        if norm is None:
            self.quote.clear()
            return
        parts = []
        if norm.applies_to is not None:
            parts.append(self.tr("Wie moet bouwen: {0}.").format(label(norm.applies_to)))
        parts.append(self.tr("Bron: {0}.").format(norm.source or "–"))
        chosen = find_set(self._status.code) if self._status is not None else None
        shipped = chosen.norm(norm.code) if chosen is not None else None
        if shipped is not None and not norm.overridden:
            parts.append(self.tr("Uit de bron: {0}").format(shipped.quote))
        self.quote.setText("<br>".join(escape(part) for part in parts))

    def _show_set_status(self) -> None:
        chosen = find_set(self.set_combo.currentData())
        self.status.setText(chosen.status if chosen is not None else "")

    def refresh(self) -> None:
        """Reload the set and the norms."""
        self._status = norms.norm_set_status(self.session.project)
        name = (
            vocab(self._status.known.name)
            if self._status.known is not None
            else self.tr("een onbekende normenset ('{0}')").format(self._status.code)
        )
        self.current.setText(self.tr("Deze visie volgt: <b>{0}</b>").format(name))
        self.note.setText(self._note(self._status))
        self.note.setVisible(bool(self.note.text()))
        index = self.set_combo.findData(self._status.code)
        self.set_combo.setCurrentIndex(index if index >= 0 else self.set_combo.count() - 1)
        self._show_set_status()
        selected = self._selected()
        self.model.set_rows(norms.list_norms(self.session.project))
        if selected is None:
            self.table.selectRow(0)
        self._show_quote()
        for widget in self._editors():
            widget.setEnabled(not self.session.readonly)

    def _editors(self) -> list[QWidget]:
        return [
            self.set_combo,
            self.follow_button,
            self.value_edit,
            self.source_edit,
            self.date_edit,
            self.override_button,
            self.reset_button,
            self.dashboard_button,
        ]

    def _note(self, status: norms.NormSetStatus) -> str:
        """What to know about the vision's set, in the interface language."""
        if status.known is None:
            return self.tr(
                "Deze visie volgt een normenset die deze versie van Thuisplan niet kent ('{0}'): "
                "de normen blijven zoals ze in het bestand staan. Kies een normenset om ze te "
                "vervangen."
            ).format(status.code)
        if status.newer:
            names = ", ".join(vocab(s.name) for s in status.newer)
            return self.tr(
                "Er is een nieuwere normenset: {0}. De normen van deze visie blijven zoals ze zijn "
                "tot u een andere normenset volgt. Bekijk eerst wat er verandert."
            ).format(names)
        return ""


def _is_own(norm: NormInfo) -> bool:
    return bool(norm.overridden)
