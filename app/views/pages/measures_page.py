"""Step 7: an ambition and measures for each of the four actielijnen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import ActionLine
from app.services import measures, partners
from app.services.edits import Topic
from app.services.edits import records as record_edits
from app.services.errors import DomainError
from app.services.steps import Step
from app.services.validation import parse_quantity
from app.views.labels import vocab
from app.views.models.row_model import Column, RowTableModel
from app.views.pages.base import StepPage
from app.views.widgets.delegates import ChoiceDelegate


class ActionLineTab(QWidget):
    """Ambition text and measures of one actielijn."""

    def __init__(self, page: MeasuresPage, line: ActionLine):
        super().__init__()
        self.page, self.line = page, line
        self.ambition = QPlainTextEdit()
        self.ambition.setAccessibleName(self.tr("Ambitie"))
        self.ambition.setPlaceholderText(self.tr("Wat wil de regio op deze actielijn bereiken?"))
        self.ambition.setMaximumHeight(120)
        self.ambition.installEventFilter(self)
        self.model = RowTableModel(self._columns(), self)
        self._build_table()
        self.add_button = QPushButton(self.tr("Maatregel &toevoegen"))
        self.add_button.clicked.connect(self._add)
        self.delete_button = QPushButton(self.tr("Maatregel &verwijderen"))
        self.delete_button.clicked.connect(self.delete_selected)
        self._build_layout()

    # -- layout -------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        page = self.page
        return [
            Column(
                self.tr("Maatregel"),
                lambda m: m.description,
                edit=lambda m, v: page.update(m, description=str(v)),
            ),
            Column(
                self.tr("Trekker"),
                lambda m: m.owner,
                edit=lambda m, v: page.update(m, owner=str(v)),
                suggestions=lambda: page.partner_names,
            ),
            Column(self.tr("Jaar"), lambda m: m.year, edit=page.set_year, align_right=True),
        ]

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))  # the trekker from the partners
        self.table.setAccessibleName(self.tr("Maatregelen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)

    def _build_layout(self) -> None:
        """The actielijn's name, its ambition, its measures and their buttons."""
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{self.line.value}. {vocab(self.line.label)}</b>")
        layout.addWidget(heading)
        ambition_label = QLabel(self.tr("&Ambitie:"))
        ambition_label.setBuddy(self.ambition)
        layout.addWidget(ambition_label)
        layout.addWidget(self.ambition)
        layout.addWidget(QLabel(self.tr("Maatregelen:")))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    # -- behaviour ----------------------------------------------------------------------
    def _add(self) -> None:
        self.page.add(self.line)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.ambition and event.type() == event.Type.FocusOut:
            self.page.set_ambition(self.line, self.ambition.toPlainText())
        return super().eventFilter(watched, event)

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        for measure in [self.model.row_at(r) for r in rows]:
            self.page.delete(measure)

    def display(self, ambition: str, items) -> None:
        if self.ambition.toPlainText() != ambition:
            self.ambition.setPlainText(ambition)
        self.model.set_rows(items)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 380))


class MeasuresPage(StepPage):
    """Ambities en maatregelen per actielijn."""

    step = Step.MEASURES
    topics = frozenset({Topic.MEASURES, Topic.VISION, Topic.PARTNERS})

    def intro(self) -> str:
        return self.tr(
            "Beschrijf per actielijn de ambitie van de regio en de maatregelen, met "
            "trekker en jaar."
        )

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.partner_names: list[str] = []  # offered as trekker; other text may be typed
        self.add_heading()
        self.tabs = QTabWidget()
        self.line_tabs = {}
        for line in ActionLine:
            tab = ActionLineTab(self, line)
            self.line_tabs[line] = tab
            self.tabs.addTab(tab, self.tr("Actielijn &{0}").format(line.value))
            self.tabs.setTabToolTip(self.tabs.count() - 1, vocab(line.label))
        self.layout_.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        texts = measures.ambitions(self.session.project)
        items = measures.list_measures(self.session.project)
        self.partner_names = [p.name for p in partners.list_partners(self.session.project)]
        for line, tab in self.line_tabs.items():
            tab.display(texts[line], [m for m in items if m.action_line is line])
            for widget in (tab.add_button, tab.delete_button):
                widget.setEnabled(not self.session.readonly)
            tab.ambition.setReadOnly(self.session.readonly)

    def set_ambition(self, line: ActionLine, text: str) -> None:
        project = self.session.project
        if measures.ambitions(project)[line] == text.strip():
            return
        edit = record_edits.set_ambition(project, line, text, self.tr("Ambitie wijzigen"))
        self.session.perform(edit, self.step)

    def add(self, line: ActionLine) -> None:
        edit = record_edits.add_measure(
            self.session.project,
            line,
            self.tr("Nieuwe maatregel"),
            self.tr("Maatregel toevoegen"),
        )
        self.session.perform(edit, self.step)

    def update(self, measure, **fields) -> bool:
        edit = record_edits.update_measure(
            self.session.project, measure.id, self.tr("Maatregel wijzigen"), **fields
        )
        return self.session.perform(edit, self.step)

    def set_year(self, measure, text) -> bool:
        try:
            year = parse_quantity(str(text))
        except DomainError as error:
            self.session.error.emit(str(error))
            return False
        return self.update(measure, year=year)

    def delete(self, measure) -> None:
        edit = record_edits.delete_measure(
            self.session.project, measure.id, self.tr("Maatregel verwijderen")
        )
        self.session.perform(edit, self.step)
