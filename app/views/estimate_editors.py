"""The fields of each estimation method, for the Raming maken dialog.

Each editor shows one method's parameters, fills its fields from stored parameters (or
the method's defaults), and reads them back as the method's parameters: a Dutch message
names the field for text that is not a number; the method's `check()` judges the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import EstimateMethod
from app.services.dto import TargetGroupInfo
from app.services.errors import ValidationError
from app.services.estimates.core import Base
from app.services.estimates.flow_model import Flow, FlowModel
from app.services.estimates.older_people import TARGETS, OlderPeopleTarget
from app.services.estimates.parameters import Parameters
from app.services.estimates.rate import RatePerBase
from app.services.estimates.status_holders import StatusHoldersTask
from app.services.reference_data import national_totals
from app.services.validation import parse_number
from app.views.estimate_fields import optional, parse_count, plain, required
from app.views.labels import label
from app.views.models.flow_table_model import FlowTableModel
from app.views.widgets.shares_editor import SharesEditor


@dataclass(frozen=True)
class EstimateContext:
    """What the editors need of the vision: the group, its municipalities, the years."""

    group: TargetGroupInfo
    municipalities: Sequence[tuple[str, str]]  # (code, name)
    years: Sequence[int]


class MethodEditor(QWidget):
    """The fields of one method.

    Signals:
        changed(): a field changed (the dialog redraws the formula).
    """

    changed = Signal()
    method: EstimateMethod

    def __init__(self, context: EstimateContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addStretch(1)  # the fields stay together at the top

    def load(self, parameters: Parameters | None) -> None:
        """Fill the fields from stored parameters, or with the method's defaults (None)."""

    def parameters(self) -> Parameters:
        """The parameters as typed; a ValidationError says which field cannot be read."""
        raise NotImplementedError

    def _field(self, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.textChanged.connect(self._emit_changed)
        return edit

    def _emit_changed(self, *_args) -> None:
        self.changed.emit()


class OlderPeopleEditor(MethodEditor):
    """Ouderen: the national target per housing type, the years it covers, the national 65+."""

    method = EstimateMethod.OLDER_PEOPLE_TARGET

    def __init__(self, context: EstimateContext, parent=None):
        super().__init__(context, parent)
        self.national = self._field()
        self.form.addRow(self.tr("Inwoners van 65+ in Nederland:"), self.national)
        self.targets = {t: self._field() for t in TARGETS}
        for housing_type, edit in self.targets.items():
            edit.setAccessibleName(label(housing_type))
            self.form.addRow(
                self.tr("Landelijke opgave {0}:").format(label(housing_type).lower()), edit
            )
        self.first_year, self.last_year = self._year(), self._year()
        years = QHBoxLayout()
        years.addWidget(self.first_year)
        years.addWidget(QLabel(self.tr("t/m")))
        years.addWidget(self.last_year)
        years.addStretch(1)
        self.form.addRow(self.tr("Jaren van de opgave:"), years)
        self.source = QPlainTextEdit()
        self.source.setMaximumHeight(70)
        self.source.textChanged.connect(self._emit_changed)
        self.form.addRow(self.tr("Bron:"), self.source)
        self.programme_button = QPushButton(self.tr("Cijfers van het &programma terugzetten"))
        self.programme_button.clicked.connect(self.load_programme)
        self.form.addRow("", self.programme_button)

    def _year(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(2000, 2100)
        spin.valueChanged.connect(self._emit_changed)
        return spin

    def load_programme(self) -> None:
        """The programme's own figures (Wonen en zorg voor ouderen, 2022)."""
        self.load(None)

    def load(self, parameters: Parameters | None) -> None:
        if not isinstance(parameters, OlderPeopleTarget):
            parameters = OlderPeopleTarget(national_totals()["inhabitants_65_plus"])
        self.national.setText(str(parameters.national_65_plus))
        for housing_type, edit in self.targets.items():
            edit.setText(plain(parameters.targets.get(housing_type, 0)))
        self.first_year.setValue(parameters.first_year)
        self.last_year.setValue(parameters.last_year)
        self.source.setPlainText(parameters.source)

    def parameters(self) -> Parameters:
        return OlderPeopleTarget(
            national_65_plus=required(
                self.national.text(), self.tr("Inwoners van 65+"), parse_count
            ),
            targets={t: required(e.text(), label(t), parse_count) for t, e in self.targets.items()},
            first_year=self.first_year.value(),
            last_year=self.last_year.value(),
            source=self.source.toPlainText().strip(),
        )


class StatusHoldersEditor(MethodEditor):
    """Statushouders: the national taakstelling per half year, its circulaire, the split."""

    method = EstimateMethod.STATUS_HOLDERS_TASK

    def __init__(self, context: EstimateContext, parent=None):
        super().__init__(context, parent)
        self.circulaire = self._field()
        self.circulaire.setPlaceholderText(self.tr("verplicht: de circulaire taakstelling"))
        self.form.addRow(self.tr("&Circulaire:"), self.circulaire)
        self.national = self._field()
        self.form.addRow(self.tr("Inwoners van Nederland:"), self.national)
        self.form.addRow(self.tr("Landelijke taakstelling:"), self._half_years())
        self.shares = SharesEditor(context.group.housing_types)
        self.shares.changed.connect(self._emit_changed)
        self.form.addRow(self.tr("Verdeling over woonvormen:"), self.shares)
        self._other_half_years: dict[str, int] = {}

    def _half_years(self) -> QScrollArea:
        """A row per plan year with the number of each half year (empty: not known)."""
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.addWidget(QLabel(self.tr("1e halfjaar")), 0, 1)
        grid.addWidget(QLabel(self.tr("2e halfjaar")), 0, 2)
        self.halves: dict[str, QLineEdit] = {}
        for row, year in enumerate(self.context.years, start=1):
            grid.addWidget(QLabel(str(year)), row, 0)
            for half in (1, 2):
                edit = self._field()
                edit.setAccessibleName(f"{year}-{half}")
                self.halves[f"{year}-{half}"] = edit
                grid.addWidget(edit, row, half)
        grid.setRowStretch(len(self.context.years) + 1, 1)  # the rows stay together
        scroll = QScrollArea()
        scroll.setWidget(grid_widget)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(min(140, 34 * (len(self.context.years) + 1)))
        return scroll

    def load(self, parameters: Parameters | None) -> None:
        if not isinstance(parameters, StatusHoldersTask):
            self.national.setText(str(national_totals()["inhabitants"]))
            self.shares.load(None)
            return
        self.circulaire.setText(parameters.circulaire)
        self.national.setText(str(parameters.national_inhabitants))
        for period, edit in self.halves.items():
            count = parameters.half_years.get(period)
            edit.setText("" if count is None else plain(count))
        self._other_half_years = {
            p: c for p, c in parameters.half_years.items() if p not in self.halves
        }
        self.shares.load(parameters.shares)

    def parameters(self) -> Parameters:
        halves = {
            period: optional(edit.text(), period, parse_count)
            for period, edit in self.halves.items()
        }
        return StatusHoldersTask(
            half_years={
                **self._other_half_years,
                **{p: c for p, c in halves.items() if c is not None},
            },
            circulaire=self.circulaire.text().strip(),
            national_inhabitants=required(
                self.national.text(), self.tr("Inwoners van Nederland"), parse_count
            ),
            shares=self.shares.shares(),
        )


class FlowEditor(MethodEditor):
    """Stroommodel: a flow per municipality or one for the region, the split, the source."""

    method = EstimateMethod.FLOW_MODEL

    def __init__(self, context: EstimateContext, parent=None):
        super().__init__(context, parent)
        self.per_municipality = FlowTableModel(list(context.municipalities), self)
        self.region = FlowTableModel([("", self.tr("Regio"))], self)
        for model in (self.per_municipality, self.region):
            model.dataChanged.connect(self._emit_changed)
            model.modelReset.connect(self._emit_changed)
        self.form.addRow(self._scope())
        self.table = QTableView()
        self.table.verticalHeader().hide()
        self.table.setModel(self.per_municipality)
        self.table.setAccessibleName(self.tr("Plekken en uitstroom"))
        self.form.addRow(self.table)
        self.source = self._field()
        self.form.addRow(self.tr("&Bron:"), self.source)
        self.shares = SharesEditor(context.group.housing_types)
        self.shares.changed.connect(self._emit_changed)
        self.form.addRow(self.tr("Verdeling over woonvormen:"), self.shares)
        self._other_flows: dict[str, Flow] = {}

    def _scope(self) -> QWidget:
        """Per municipality, or one flow for the whole region (shared out by the key)."""
        self.per_button = QRadioButton(self.tr("&Per gemeente"))
        self.region_button = QRadioButton(
            self.tr("Voor de hele &regio (verdeeld met de verdeelsleutel)")
        )
        self.per_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.per_button)
        group.addButton(self.region_button)
        self.region_button.toggled.connect(self._scope_changed)
        scope = QWidget()
        row = QHBoxLayout(scope)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.per_button)
        row.addWidget(self.region_button)
        row.addStretch(1)
        return scope

    def _scope_changed(self, *_args) -> None:
        regional = self.region_button.isChecked()
        self.table.setModel(self.region if regional else self.per_municipality)
        self.table.resizeColumnsToContents()
        self.changed.emit()

    def load(self, parameters: Parameters | None) -> None:
        if isinstance(parameters, FlowModel):
            flows = dict(parameters.per_municipality or {})
            self.per_municipality.load(flows)
            self._other_flows = {
                c: f for c, f in flows.items() if c not in self.per_municipality.texts
            }
            self.region.load({"": parameters.region} if parameters.region else {})
            self.region_button.setChecked(parameters.region is not None)
            self.source.setText(parameters.source)
        self.shares.load(parameters.shares if isinstance(parameters, FlowModel) else None)
        self.table.resizeColumnsToContents()

    def parameters(self) -> Parameters:
        shares = self.shares.shares()
        if self.region_button.isChecked():
            region = self.region.flows().get("")
            if region is None:
                raise ValidationError(
                    "Vul de bezette plekken, de verblijfsduur en de doorstroom van de regio in."
                )
            return FlowModel(shares, region=region, source=self.source.text().strip())
        flows = {**self._other_flows, **self.per_municipality.flows()}
        if not flows:
            raise ValidationError(
                "Vul voor ten minste één gemeente de bezette plekken, de verblijfsduur en de "
                "doorstroom in."
            )
        return FlowModel(shares, per_municipality=flows, source=self.source.text().strip())


class RateEditor(MethodEditor):
    """Norm × basis: a number per 1,000 of a base, its source, the split."""

    method = EstimateMethod.RATE_PER_BASE

    def __init__(self, context: EstimateContext, parent=None):
        super().__init__(context, parent)
        self.base = QComboBox()
        for base in Base:
            self.base.addItem(base_label(base), base.value)
        self.base.currentIndexChanged.connect(self._emit_changed)
        self.form.addRow(self.tr("Ba&sis:"), self.base)
        self.rate = self._field()
        self.form.addRow(self.tr("&Aantal per 1.000 per jaar:"), self.rate)
        self.source = self._field()
        self.source.setPlaceholderText(self.tr("verplicht: waar komt het aantal vandaan?"))
        self.form.addRow(self.tr("B&ron:"), self.source)
        self.shares = SharesEditor(context.group.housing_types)
        self.shares.changed.connect(self._emit_changed)
        self.form.addRow(self.tr("Verdeling over woonvormen:"), self.shares)

    def load(self, parameters: Parameters | None) -> None:
        if isinstance(parameters, RatePerBase):
            self.base.setCurrentIndex(self.base.findData(Base(parameters.base).value))
            self.rate.setText(plain(parameters.rate_per_1000))
            self.source.setText(parameters.source)
        self.shares.load(parameters.shares if isinstance(parameters, RatePerBase) else None)

    def parameters(self) -> Parameters:
        return RatePerBase(
            base=Base(self.base.currentData()),
            rate_per_1000=required(self.rate.text(), self.tr("Aantal per 1.000"), parse_number),
            source=self.source.text().strip(),
            shares=self.shares.shares(),
        )


def base_label(base: Base) -> str:
    """What a base is called on screen."""
    return {
        Base.INHABITANTS: QCoreApplication.translate("Estimates", "inwoners"),
        Base.HOUSEHOLDS: QCoreApplication.translate("Estimates", "huishoudens"),
        Base.INHABITANTS_65_PLUS: QCoreApplication.translate(
            "Estimates", "inwoners van 65 jaar en ouder"
        ),
        Base.DWELLINGS: QCoreApplication.translate("Estimates", "woningen"),
    }[base]


EDITORS: dict[EstimateMethod, type[MethodEditor]] = {
    EstimateMethod.OLDER_PEOPLE_TARGET: OlderPeopleEditor,
    EstimateMethod.STATUS_HOLDERS_TASK: StatusHoldersEditor,
    EstimateMethod.FLOW_MODEL: FlowEditor,
    EstimateMethod.RATE_PER_BASE: RateEditor,
}
