"""The tabs of the Monitor step below the delivered grid: the agreements' traffic lights
(with the realised value of the chosen measurement and the override), the cumulative
chart per group, and what changed since the previous measurement."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import AgreementStatus
from app.services.calculations.monitor import MonitorStatus
from app.services.monitor import MonitorData
from app.services.monitor_changes import MonitorChange
from app.views.models.monitor_models import StatusTableModel, status_label
from app.views.models.row_model import Column, RowTableModel
from app.views.numbers import number
from app.views.widgets.compact import compact_combo

WIDEST = 260  # pixels for the agreement and party columns


@dataclass(frozen=True)
class AgreementRow:
    """An agreement in a year as the traffic-light table shows it."""

    agreement_id: int
    description: str
    parties: str
    party_ids: tuple[int, ...]
    year: int
    target: float | None
    realised: float | None
    status: MonitorStatus
    computed: MonitorStatus
    overridden: bool
    reason: str


def agreement_rows(data: MonitorData, names: dict[int, str]) -> list[AgreementRow]:
    """Every agreement year the monitor knows, in agreement and year order."""
    agreements = {a.id: a for a in data.agreements}
    rows = []
    for (agreement_id, year), s in sorted(data.current.statuses.items()):
        agreement = agreements[agreement_id]
        parties = ", ".join(names.get(p, "?") for p in agreement.party_ids)
        rows.append(
            AgreementRow(
                agreement_id,
                agreement.description,
                parties,
                agreement.party_ids,
                year,
                s.target,
                s.realised,
                s.status,
                s.computed,
                s.overridden,
                s.reason,
            )
        )
    return rows


def _amount(value: float | None) -> str:
    if value is None:
        return ""
    return number(value, 0 if float(value).is_integer() else 1)


class AgreementLights(QWidget):
    """The traffic lights per agreement and year, filtered by partner and status; the
    realised value is typed into the chosen measurement; a status is overridden with a
    reason or given back to the rule.

    Signals:
        realised_typed(object, str): the row and the typed text.
        override_requested(object, object, str): the row, the AgreementStatus (None: follow
            the computed status) and the reason.
    """

    realised_typed = Signal(object, str)
    override_requested = Signal(object, object, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        self.model = StatusTableModel(self._columns(), self)
        self.model.status_column = 5
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Stoplicht per afspraak"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_override())
        self._rows: list[AgreementRow] = []

    def _build_filters(self) -> QHBoxLayout:
        self.partner_combo = compact_combo(QComboBox(), 14)
        self.partner_combo.setAccessibleName(self.tr("Partner"))
        self.status_combo = compact_combo(QComboBox(), 10)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Alle statussen"), None)
        for status in MonitorStatus:
            self.status_combo.addItem(status_label(status), status.value)
        self.partner_combo.currentIndexChanged.connect(self._apply_filters)
        self.status_combo.currentIndexChanged.connect(self._apply_filters)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Partner:")))
        row.addWidget(self.partner_combo, 2)
        row.addWidget(QLabel(self.tr("Status:")))
        row.addWidget(self.status_combo, 1)
        return row

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Afspraak"), lambda r: r.description, tooltip=lambda r: r.description),
            Column(self.tr("Partijen"), lambda r: r.parties, tooltip=lambda r: r.parties),
            Column(self.tr("Jaar"), lambda r: r.year),
            Column(self.tr("Doel"), lambda r: r.target, _text_target, align_right=True),
            Column(
                self.tr("Gerealiseerd"),
                lambda r: r.realised,
                lambda r: _amount(r.realised),
                edit=lambda r, v: self._typed(r, v),
                align_right=True,
            ),
            Column(self.tr("Status"), lambda r: r.status.value, self._status_text),
            Column(self.tr("Reden"), lambda r: r.reason, lambda r: self._reason_text(r)),
        ]

    def _build_override(self) -> QHBoxLayout:
        self.override_combo = compact_combo(QComboBox(), 10)
        self.override_combo.setAccessibleName(self.tr("Status met de hand"))
        for status in (AgreementStatus.REALISED, AgreementStatus.ON_TRACK, AgreementStatus.BEHIND):
            self.override_combo.addItem(status_label(MonitorStatus(status.value)), status.value)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Reden (verplicht)"))
        self.reason_edit.setAccessibleName(self.tr("Reden"))
        self.override_button = QPushButton(self.tr("Status overschri&jven"))
        self.follow_button = QPushButton(self.tr("Berekende stat&us volgen"))
        self.override_button.clicked.connect(self._override)
        self.follow_button.clicked.connect(self._follow)
        row = QHBoxLayout()
        row.addWidget(self.override_combo)
        row.addWidget(self.reason_edit, 2)
        row.addWidget(self.override_button)
        row.addWidget(self.follow_button)
        return row

    def show_rows(self, rows: list[AgreementRow], partners: list[tuple[str, int]]) -> None:
        """Show `rows` through the filters; `partners` is (name, id) for the filter."""
        self._rows = rows
        current = self.partner_combo.currentData()
        self.partner_combo.blockSignals(True)
        self.partner_combo.clear()
        self.partner_combo.addItem(self.tr("Alle partners"), None)
        for name, partner_id in partners:
            self.partner_combo.addItem(name, partner_id)
        self.partner_combo.setCurrentIndex(max(self.partner_combo.findData(current), 0))
        self.partner_combo.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        partner = self.partner_combo.currentData()
        status = self.status_combo.currentData()
        self.model.set_rows(
            [
                r
                for r in self._rows
                if (partner is None or partner in r.party_ids)
                and (status is None or r.status.value == status)
            ]
        )
        self.table.resizeColumnsToContents()
        for column in (0, 1):  # long descriptions and party lists: read in full in a tooltip
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), WIDEST))

    def selected(self) -> AgreementRow | None:
        """The row the user selected, if any."""
        chosen = self.table.selectionModel().selectedRows()
        return self.model.row_at(chosen[0].row()) if chosen else None

    def _typed(self, row: AgreementRow, value) -> bool:
        self.realised_typed.emit(row, str(value))
        return True

    def _override(self) -> None:
        row = self.selected()
        if row is not None:
            status = AgreementStatus(self.override_combo.currentData())
            self.override_requested.emit(row, status, self.reason_edit.text())

    def _follow(self) -> None:
        row = self.selected()
        if row is not None:
            self.override_requested.emit(row, None, "")

    def _status_text(self, row: AgreementRow) -> str:
        if not row.overridden:
            return status_label(row.status)
        return self.tr("{0} (met de hand; berekend: {1})").format(
            status_label(row.status), status_label(row.computed)
        )

    def _reason_text(self, row: AgreementRow) -> str:
        if not row.overridden:
            return ""
        return row.reason or self.tr("niet vastgelegd")


def _text_target(row: AgreementRow) -> str:
    return _amount(row.target)


class ChangesTable(QWidget):
    """What changed since the previous measurement, or why there is nothing to show."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.model = RowTableModel(
            [
                Column(self.tr("Onderwerp"), lambda c: c.subject),
                Column(self.tr("Jaar"), lambda c: c.year),
                Column(self.tr("Was"), lambda c: c.before, align_right=True),
                Column(self.tr("Is nu"), lambda c: c.after, align_right=True),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Veranderingen sinds de vorige meting"))
        layout.addWidget(self.table, 1)

    def show_changes(self, data: MonitorData | None, changes: list[MonitorChange]) -> None:
        """The changes, with a line saying which two measurements they are between."""
        self.model.set_rows(changes)
        self.table.resizeColumnsToContents()
        if data is None or data.current.measurement is None:
            self.note.setText(self.tr("Er is nog geen meting."))
        elif data.previous is None or data.previous.measurement is None:
            self.note.setText(self.tr("Er is geen eerdere meting om mee te vergelijken."))
        else:
            self.note.setText(
                self.tr("{0} veranderd sinds de {1}.").format(
                    len(changes), data.previous.measurement.label
                )
            )
        self.table.setVisible(bool(changes))


class MonitorChartTab(QWidget):
    """The cumulative chart of need, planned and delivered for a group (region or one
    municipality).

    Signals:
        choice_changed(): the group or municipality changed.
    """

    choice_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        from app.views.widgets.chart_canvas import ChartCanvas  # matplotlib: when shown

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.group_combo = compact_combo(QComboBox(), 14)
        self.group_combo.setAccessibleName(self.tr("Aandachtsgroep van de grafiek"))
        self.place_combo = compact_combo(QComboBox(), 10)
        self.place_combo.setAccessibleName(self.tr("Gemeente van de grafiek"))
        row.addWidget(QLabel(self.tr("Aandachtsgroep:")))
        row.addWidget(self.group_combo, 2)
        row.addWidget(QLabel(self.tr("Gemeente:")))
        row.addWidget(self.place_combo, 1)
        layout.addLayout(row)
        self.canvas = ChartCanvas(parent=self)
        layout.addWidget(self.canvas, 1)
        self.group_combo.currentIndexChanged.connect(self.choice_changed)
        self.place_combo.currentIndexChanged.connect(self.choice_changed)

    def show_chart(self, data: MonitorData | None) -> None:
        """Draw the chosen group's chart from `data` (clear it without data or groups)."""
        from app.services.chart_data.monitor import monitor_chart

        group_id = self.group_combo.currentData()
        if (
            data is None
            or group_id is None
            or group_id not in {g.id for g in data.analysis.figures.groups}
        ):
            self.canvas.show_chart(None)
            return
        self.canvas.show_chart(monitor_chart(data, group_id, self.place_combo.currentData()))
