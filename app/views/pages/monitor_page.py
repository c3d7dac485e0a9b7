"""Step Monitor: choose or add a measurement (meting), type what was delivered in the
capacity grid's layout, see the agreements' traffic lights (type their realised values,
override a status with a reason; or send and read back a monitoring workbook per
municipality, `monitor_workbooks`), the cumulative chart per group, and what changed since
the previous measurement. Every edit is one undoable operation (`edits.monitoring`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import CapacityKind
from app.services import measurements, municipalities, partners
from app.services import target_groups as groups
from app.services.edits import Topic
from app.services.edits import monitoring as monitor_edits
from app.services.errors import DomainError
from app.services.monitor import MonitorData, monitor_data
from app.services.monitor_changes import changes_since_previous
from app.services.steps import Step
from app.services.validation import parse_number
from app.services.vision_read import get_vision
from app.views.models.grid_model import GridRow
from app.views.models.monitor_models import DeliveredGridModel
from app.views.monitor_workbooks import MonitorWorkbooks
from app.views.pages.base import StepPage
from app.views.pages.figures_page import MAX_LISTED_ERRORS, _parse_edits
from app.views.pages.groups_page import group_name
from app.views.pages.monitor_tabs import (
    AgreementLights,
    ChangesTable,
    MonitorChartTab,
    agreement_rows,
)
from app.views.widgets.compact import compact_combo, fill_combo
from app.views.widgets.grid_view import GridView
from app.views.widgets.message_bar import MessageBar


class MonitorPage(StepPage):
    """The Monitor step (see the module docstring)."""

    step = Step.MONITOR
    topics = frozenset(
        {
            Topic.MONITORING,
            Topic.AGREEMENTS,
            Topic.PARTNERS,
            Topic.NEED,
            Topic.CAPACITY,
            Topic.GROUPS,
            Topic.MUNICIPALITIES,
            Topic.VISION,
        }
    )

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.add_heading()
        self.layout_.addLayout(self._build_measurement_bar())
        self.workbooks = MonitorWorkbooks(self)
        self.layout_.addLayout(self.workbooks.bar())
        self.message = MessageBar()
        self.layout_.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_delivered_tab(), self.tr("&Gerealiseerd"))
        self.lights = AgreementLights()
        self.lights.realised_typed.connect(self._write_realised)
        self.lights.override_requested.connect(self._override)
        self.tabs.addTab(self.lights, self.tr("&Afspraken"))
        self.chart = MonitorChartTab()
        self.chart.choice_changed.connect(self._draw_chart)
        self.tabs.addTab(self.chart, self.tr("G&rafiek"))
        self.changes = ChangesTable()
        self.tabs.addTab(self.changes, self.tr("Wat is v&eranderd"))
        self.layout_.addWidget(self.tabs, 1)
        self.data: MonitorData | None = None

    def intro(self) -> str:
        return self.tr(
            "Kies een meting (of voeg er een toe, bijvoorbeeld per 1-1-2027) en vul in wat er "
            "per jaar is gerealiseerd. Een leeg vak is onbekend; vul 0 in als er niets kwam. "
            "De status van elke afspraak wordt berekend uit doel, realisatie en het deel van "
            "het jaar dat voorbij is."
        )

    # -- layout -------------------------------------------------------------------------
    def _build_measurement_bar(self) -> QHBoxLayout:
        self.measurement_combo = compact_combo(QComboBox(), 14)
        self.measurement_combo.setAccessibleName(self.tr("Meting"))
        self.measurement_combo.currentIndexChanged.connect(self.refresh)
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("bijv. 1-1-2027"))
        self.date_edit.setAccessibleName(self.tr("Datum van de nieuwe meting"))
        self.add_button = QPushButton(self.tr("Meting &toevoegen"))
        self.add_button.clicked.connect(self._add_measurement)
        self.delete_button = QPushButton(self.tr("Meting verw&ijderen"))
        self.delete_button.clicked.connect(self._delete_measurement)
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Meting:"))
        label.setBuddy(self.measurement_combo)
        bar.addWidget(label)
        bar.addWidget(self.measurement_combo, 2)
        bar.addWidget(self.date_edit, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        return bar

    def _build_delivered_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.group_combo = compact_combo(QComboBox(), 14)
        self.group_combo.setAccessibleName(self.tr("Aandachtsgroep"))
        self.municipality_combo = compact_combo(QComboBox(), 10)
        self.municipality_combo.setAccessibleName(self.tr("Gemeente"))
        row.addWidget(QLabel(self.tr("Aandachtsgroep:")))
        row.addWidget(self.group_combo, 2)
        row.addWidget(QLabel(self.tr("Gemeente:")))
        row.addWidget(self.municipality_combo, 1)
        layout.addLayout(row)
        hint = QLabel(
            self.tr(
                "Hier staat wat bij deze meting is ingevuld. Een cijfer dat deze meting niet "
                "heeft, neemt de monitor over van de laatste meting ervoor die het wel heeft."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = DeliveredGridModel(self._write_one, lambda _row, _text: False, self)
        self.view = GridView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Gerealiseerd aanbod"))
        self.view.edits_requested.connect(self.write_cells)
        self.view.refused.connect(self.message.show_error)
        layout.addWidget(self.view, 1)
        self.group_combo.currentIndexChanged.connect(self._show_grid)
        self.municipality_combo.currentIndexChanged.connect(self._show_grid)
        return tab

    # -- reading ------------------------------------------------------------------------
    def current_measurement(self) -> int | None:
        """The id of the chosen measurement (None when there is none)."""
        return self.measurement_combo.currentData()

    def refresh(self) -> None:
        project = self.session.project
        listed = measurements.list_measurements(project)
        items = [(m.label, m.id) for m in reversed(listed)]  # the latest first
        fill_combo(self.measurement_combo, items)
        chosen = next((m for m in listed if m.id == self.current_measurement()), None)
        as_of = chosen.measured_on if chosen else None
        self.data = monitor_data(project, as_of, analysis=self.session.analysis())
        self._fill_filters()
        self._show_grid()
        names = {p.id: p.name for p in partners.list_partners(project)}
        partner_items = sorted((name, id_) for id_, name in names.items())
        self.lights.show_rows(agreement_rows(self.data, names), partner_items)
        self._draw_chart()
        self.changes.show_changes(self.data, changes_since_previous(self.data))
        editable = chosen is not None and not self.session.readonly
        self.delete_button.setEnabled(editable)
        self.add_button.setEnabled(not self.session.readonly)

    def _fill_filters(self) -> None:
        project = self.session.project
        self._groups = groups.list_target_groups(project, active_only=True)
        group_items = [(group_name(g), g.id) for g in self._groups]
        fill_combo(self.group_combo, group_items)
        fill_combo(self.chart.group_combo, group_items)
        self._municipalities = municipalities.list_municipalities(project)
        places = [(m.name, m.code) for m in self._municipalities]
        fill_combo(self.municipality_combo, [(self.tr("Alle gemeenten"), None), *places])
        ids = [(m.name, m.id) for m in self._municipalities]
        fill_combo(self.chart.place_combo, [(self.tr("Regio"), None), *ids])

    def current_group(self):
        group_id = self.group_combo.currentData()
        return next((g for g in self._groups if g.id == group_id), None)

    def _show_grid(self) -> None:
        group = self.current_group()
        measurement = self.current_measurement()
        rows = [] if group is None or measurement is None else self._rows(group, measurement)
        years = get_vision(self.session.project).years
        if self.model.set_content(rows, years, True):
            self.view.fit_columns()

    def _rows(self, group, measurement_id: int) -> list[GridRow]:
        stored = measurements.delivered_values(self.session.project, measurement_id)
        chosen = self.municipality_combo.currentData()
        rows = []
        for m in self._municipalities:
            if chosen and m.code != chosen:
                continue
            for housing_type in group.housing_types:
                for kind in CapacityKind:
                    values = {
                        c.year: q
                        for c, q in stored.items()
                        if (c.municipality_code, c.group_id, c.housing_type, c.kind)
                        == (m.code, group.id, housing_type, kind)
                    }
                    rows.append(GridRow(m.code, m.name, housing_type, kind, values=values))
        return rows

    def _draw_chart(self) -> None:
        self.chart.show_chart(self.data)

    # -- writing ------------------------------------------------------------------------
    def _add_measurement(self) -> None:
        text = self.date_edit.text()
        edit = monitor_edits.add_measurement(
            self.session.project, text, self.tr("Meting toevoegen")
        )
        if self.session.perform(edit, self.step, on_error=self.message.show_error):
            self.message.clear()
            self.date_edit.clear()
            self.measurement_combo.setCurrentIndex(
                max(self.measurement_combo.findData(edit.result.id), 0)
            )

    def _delete_measurement(self) -> None:
        measurement = self.current_measurement()
        if measurement is None:
            return
        edit = monitor_edits.delete_measurement(
            self.session.project, measurement, self.tr("Meting verwijderen")
        )
        self.session.perform(edit, self.step, on_error=self.message.show_error)

    def _write_one(self, row: GridRow, year: int, text: str) -> bool:
        return self.write_cells([(row, year, text)], self.tr("Gerealiseerd wijzigen"))

    def write_cells(self, edits: list, description: str) -> bool:
        """Validate typed or pasted text and store it in the chosen measurement as one
        undoable edit; nothing is written when one value is refused."""
        group, measurement = self.current_group(), self.current_measurement()
        if group is None or measurement is None or self.session.readonly:
            if measurement is None:
                self.message.show_error(self.tr("Voeg eerst een meting toe."))
            return False
        changes, errors = _parse_edits(group.id, edits)
        if errors:
            more = len(errors) - MAX_LISTED_ERRORS
            suffix = self.tr("\n… en nog {0} fout(en).").format(more) if more > 0 else ""
            self.message.show_error("\n".join(errors[:MAX_LISTED_ERRORS]) + suffix)
            return False
        edit = monitor_edits.set_delivered(self.session.project, measurement, changes, description)
        ok = self.session.perform(edit, self.step, on_error=self.message.show_error)
        if ok:
            self.message.clear()
        return ok

    def _write_realised(self, row, text: str) -> None:
        measurement = self.current_measurement()
        if measurement is None:
            self.message.show_error(self.tr("Voeg eerst een meting toe."))
            return
        try:
            value = parse_number(text)
        except DomainError as error:
            self.message.show_error(str(error))
            return
        edit = monitor_edits.set_realised(
            self.session.project,
            measurement,
            row.agreement_id,
            row.year,
            value,
            self.tr("Realisatie wijzigen"),
        )
        if self.session.perform(edit, self.step, on_error=self.message.show_error):
            self.message.clear()

    def _override(self, row, status, reason: str) -> None:
        text = self.tr("Status overschrijven") if status else self.tr("Berekende status volgen")
        edit = monitor_edits.override_status(
            self.session.project, row.agreement_id, row.year, status, reason, text
        )
        if self.session.perform(edit, self.step, on_error=self.message.show_error):
            self.message.clear()
            self.lights.reason_edit.clear()
