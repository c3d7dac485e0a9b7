"""Step 6: the opgave (gap) per municipality and year, from the services' calculations."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView

from app.reports.formatting import UNKNOWN, number, signed
from app.services.calculations.gaps import GapTotal
from app.services.progress import Step
from app.views.models.row_model import Column, RowTableModel
from app.views.pages.base import StepPage
from app.views.pages.groups_page import group_name
from app.views.widgets.compact import compact_combo

SHORTAGE = QColor("#b2182b")
SURPLUS = QColor("#2166ac")


@dataclass
class GapRow:
    """A municipality (or the region) with its gap per year and over the period."""

    name: str
    per_year: dict[int, GapTotal]
    period: GapTotal
    is_region: bool = False


class GapModel(RowTableModel):
    """Gaps with shortage in red and surplus in blue; unknown cells say so."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.column() > 0:
            total = (
                self.row_at(index.row()).period
                if index.column() == self.columnCount() - 1
                else self.columns[index.column()].value(self.row_at(index.row()))
            )
            if isinstance(total, GapTotal) and total.complete and total.gap:
                return QBrush(SHORTAGE if total.gap > 0 else SURPLUS)
        if role == Qt.ItemDataRole.FontRole and self.row_at(index.row()).is_region:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def _cell_text(total: GapTotal) -> str:
    if total.unknown and not (total.need or total.capacity):
        return UNKNOWN
    text = signed(total.gap)
    return text + " *" if total.unknown else text


def _cell_tooltip(total: GapTotal, tr) -> str:
    lines = [
        tr("Behoefte {0}, aanbod {1}").format(number(total.need), number(total.capacity)),
        tr("Tekort {0}, overschot {1}").format(number(total.shortage), number(total.surplus)),
    ]
    if total.unknown:
        lines.append(
            tr("* {0} vak(ken) onbekend: woonbehoefte of aanbod ontbreekt").format(total.unknown)
        )
    return "\n".join(lines)


class GapPage(StepPage):
    """Opgave per gemeente x jaar for one group or all groups."""

    step = Step.GAP
    topics = frozenset({"need", "capacity", "groups", "municipalities", "vision"})

    def title(self) -> str:
        return self.tr("Opgave")

    def intro(self) -> str:
        return self.tr(
            "Woonbehoefte min aanbod. Rood (+) is een tekort, blauw (−) een "
            "overschot. Een * betekent dat een deel van de invoer ontbreekt."
        )

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.add_heading()
        self.group_combo = compact_combo(QComboBox(), 18)
        self.group_combo.setAccessibleName(self.tr("Aandachtsgroep"))
        group_label = QLabel(self.tr("&Aandachtsgroep:"))
        group_label.setBuddy(self.group_combo)
        controls = QHBoxLayout()
        controls.addWidget(group_label)
        controls.addWidget(self.group_combo, 1)
        controls.addStretch(2)
        self.layout_.addLayout(controls)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Opgave per gemeente en jaar"))
        self.table.verticalHeader().hide()
        self.layout_.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.group_combo.currentIndexChanged.connect(self._show)
        self.model: GapModel | None = None
        self._years: list[int] = []

    def refresh(self) -> None:
        analysis = self.session.analysis()
        current = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("Alle aandachtsgroepen"), None)
        for group in analysis.figures.groups:
            self.group_combo.addItem(group_name(group), group.id)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(current), 0))
        self.group_combo.blockSignals(False)
        self._show()

    def _show(self) -> None:
        analysis = self.session.analysis()
        years = analysis.figures.years
        if self.model is None or years != self._years:
            self._years = years
            self.model = GapModel(self._columns(years), self.table)
            self.table.setModel(self.model)
        group_id = self.group_combo.currentData()
        rows = [
            self._row(analysis, m.name, group_id, m.id) for m in analysis.figures.municipalities
        ]
        region = self._row(analysis, self.tr("Regio totaal"), group_id, None)
        region.is_region = True
        self.model.set_rows([*rows, region])
        self.table.resizeColumnsToContents()
        period = region.period
        self.summary.setText(
            self.tr(
                "Hele planperiode, hele regio: behoefte {0}, aanbod {1}, tekort {2}, overschot {3}."
            ).format(
                number(period.need),
                number(period.capacity),
                number(period.shortage),
                number(period.surplus),
            )
            + (
                ""
                if period.complete
                else " " + self.tr("Onvolledig: {0} vak(ken) onbekend.").format(period.unknown)
            )
        )

    def _row(self, analysis, name: str, group_id, municipality_id) -> GapRow:
        per_year = {
            y: analysis.gap_total(group_id=group_id, municipality_id=municipality_id, years=[y])
            for y in self._years
        }
        period = analysis.gap_total(group_id=group_id, municipality_id=municipality_id)
        return GapRow(name, per_year, period)

    def _columns(self, years: list[int]) -> list[Column]:
        columns = [Column(self.tr("Gemeente"), lambda r: r.name)]
        for year in years:
            columns.append(
                Column(
                    str(year),
                    lambda r, y=year: r.per_year[y],
                    text=lambda r, y=year: _cell_text(r.per_year[y]),
                    align_right=True,
                    tooltip=lambda r, y=year: _cell_tooltip(r.per_year[y], self.tr),
                )
            )
        columns.append(
            Column(
                self.tr("Planperiode"),
                lambda r: r.period,
                text=lambda r: _cell_text(r.period),
                align_right=True,
                tooltip=lambda r: _cell_tooltip(r.period, self.tr),
            )
        )
        return columns
