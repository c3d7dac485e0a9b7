"""The allocation helper: vrijkomende sociale huurwoningen per year x a share for the group
fills the group's allocation rows (of zelfstandig regulier, or of the group's own housing
type when it does not use regular homes)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QGroupBox, QLabel, QTableView, QVBoxLayout

from app.models import CapacityKind
from app.services import figures, municipalities
from app.services.allocation import rule_housing_type
from app.services.edits import figures as cell_edits
from app.services.errors import DomainError
from app.services.validation import parse_quantity, parse_share
from app.views.labels import label, vocab
from app.views.models.row_model import Column, RowTableModel
from app.views.numbers import number
from app.views.widgets.message_bar import MessageBar


@dataclass
class AllocationRow:
    """A municipality's vacancies per year and its allocation share for the group."""

    code: str
    name: str
    share: float | None
    vacancies: dict[int, int] = field(default_factory=dict)


class AllocationHelper(QGroupBox):
    """Edit vacancies and shares; the grid's allocation rows follow."""

    def __init__(self, session, page):
        super().__init__()
        self.setTitle(self.tr("Toewijzingshulp: vrijkomende sociale huurwoningen × percentage"))
        self.session = session
        self.page = page
        self.group = None
        self.years: list[int] = []
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.message = MessageBar()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Toewijzingshulp"))
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.model: RowTableModel | None = None

    def set_group(self, group) -> None:
        """Show the shares for `group` (None: nothing to show)."""
        self.group = group
        self.rule_type = None if group is None else rule_housing_type(group.housing_types)
        years = self.session.analysis().figures.years
        if self.model is None or years != self.years:
            self.years = years
            self.model = RowTableModel(self._columns(), self)
            self.table.setModel(self.model)
        if group is None:
            self.model.set_rows([])
            return
        self.explanation.setText(
            self.tr(
                "Per gemeente: het aantal sociale huurwoningen dat per jaar vrijkomt, en welk "
                "percentage daarvan naar '{0}' gaat. Thuisplan vult daarmee de rij 'Toewijzing uit "
                "vrijkomende voorraad' ({1}). Maak het percentage leeg om de "
                "berekening uit te zetten; de getallen blijven dan staan."
            ).format(
                vocab(group.label) if group.is_standard else group.label,
                label(self.rule_type).lower(),
            )
        )
        shares = {
            s.municipality_code: s.allocation_share
            for s in figures.capacity_series(self.session.project, group.id)
            if s.kind is CapacityKind.ALLOCATION and s.housing_type is self.rule_type
        }
        vacancies = municipalities.all_vacancies(self.session.project)
        self.model.set_rows(
            [
                AllocationRow(m.code, m.name, shares.get(m.code), vacancies.get(m.code, {}))
                for m in municipalities.list_municipalities(self.session.project)
            ]
        )
        self.table.resizeColumnsToContents()

    def _columns(self) -> list[Column]:
        columns = [
            Column(self.tr("Gemeente"), lambda r: r.name),
            Column(
                self.tr("% voor deze groep"),
                lambda r: r.share,
                text=lambda r: "" if r.share is None else f"{number(r.share, 1)} %",
                edit=self._set_share,
                align_right=True,
            ),
        ]
        for year in self.years:
            columns.append(
                Column(
                    str(year),
                    lambda r, y=year: r.vacancies.get(y),
                    text=lambda r, y=year: number(r.vacancies[y]) if y in r.vacancies else "",
                    edit=lambda r, v, y=year: self._set_vacancies(r, y, v),
                    align_right=True,
                    tooltip=lambda r: self.tr("Vrijkomende sociale huurwoningen"),
                )
            )
        return columns

    def _set_share(self, row: AllocationRow, text) -> bool:
        try:
            share = parse_share(str(text))
        except DomainError as error:
            self.message.show_error(f"{row.name}: {error}")
            return False
        edit = cell_edits.set_allocation_rule(
            self.session.project,
            row.code,
            self.group.id,
            share,
            self.rule_type,
            self.tr("Toewijzingspercentage wijzigen"),
        )
        ok = self.session.perform(edit, self.page.step, on_error=self.message.show_error)
        if ok:
            self.message.clear()
        return ok

    def _set_vacancies(self, row: AllocationRow, year: int, text) -> bool:
        try:
            count = parse_quantity(str(text))
        except DomainError as error:
            self.message.show_error(f"{row.name}, {year}: {error}")
            return False
        edit = cell_edits.set_vacancies(
            self.session.project, row.code, year, count, self.tr("Vrijkomende woningen wijzigen")
        )
        ok = self.session.perform(edit, self.page.step, on_error=self.message.show_error)
        if ok:
            self.message.clear()
        return ok
