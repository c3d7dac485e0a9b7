"""The opgave per municipality and year (and over the period), for one group or all."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableView

from app.services.calculations.gaps import EMPTY_TOTAL as EMPTY
from app.services.calculations.gaps import GapTotal
from app.views.models.row_model import Column, RowTableModel
from app.views.numbers import number, signed, unknown

SHORTAGE = QColor("#b2182b")
SURPLUS = QColor("#2166ac")


@dataclass
class GapRow:
    """A municipality (or the region) with its gap per year and over the years shown."""

    name: str
    per_year: dict[int, GapTotal]
    period: GapTotal
    is_region: bool = False


class GapYearModel(RowTableModel):
    """Shortage in red, surplus in blue; the region's row in bold."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.column() > 0:
            total = self.columns[index.column()].value(self.row_at(index.row()))
            if isinstance(total, GapTotal) and total.complete and total.gap:
                return QBrush(SHORTAGE if total.gap > 0 else SURPLUS)
        if role == Qt.ItemDataRole.FontRole and self.row_at(index.row()).is_region:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def cell_text(total: GapTotal) -> str:
    """'+12', '−3', or 'onbekend' when an input it depends on is missing."""
    return unknown() if total.gap is None else signed(total.gap)


class GapYearTable(QTableView):
    """Table of gaps per municipality x year, with the region's total."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Opgave per gemeente en jaar"))
        self.verticalHeader().hide()
        self.years: list[int] = []
        self.gap_model: GapYearModel | None = None

    def show_gaps(self, analysis, group_id: int | None, years: list[int]) -> None:
        """Fill the table from the analysis: a few passes over the cells in all."""
        if self.gap_model is None or years != self.years:
            self.years = years
            self.gap_model = GapYearModel(self._columns(years), self)
            self.setModel(self.gap_model)
        cells = analysis.gap_totals_by(lambda m, g, y: (m, y), group_id=group_id, years=years)
        periods = analysis.gap_totals_by(lambda m, g, y: m, group_id=group_id, years=years)
        per_year = analysis.gap_totals_by(lambda m, g, y: y, group_id=group_id, years=years)
        rows = [
            GapRow(
                m.name, {y: cells.get((m.id, y), EMPTY) for y in years}, periods.get(m.id, EMPTY)
            )
            for m in analysis.figures.municipalities
        ]
        region = GapRow(
            self.tr("Regio totaal"),
            {y: per_year.get(y, EMPTY) for y in years},
            analysis.gap_total(group_id=group_id, years=years),
            is_region=True,
        )
        self.gap_model.set_rows([*rows, region])
        self.resizeColumnsToContents()

    def _columns(self, years: list[int]) -> list[Column]:
        columns = [Column(self.tr("Gemeente"), lambda r: r.name)]
        for year in years:
            columns.append(
                Column(
                    str(year),
                    lambda r, y=year: r.per_year[y],
                    text=lambda r, y=year: cell_text(r.per_year[y]),
                    align_right=True,
                    tooltip=lambda r, y=year: self._tooltip(r.per_year[y]),
                )
            )
        columns.append(
            Column(
                self.tr("Totaal"),
                lambda r: r.period,
                text=lambda r: cell_text(r.period),
                align_right=True,
                tooltip=lambda r: self._tooltip(r.period),
            )
        )
        return columns

    def _tooltip(self, total: GapTotal) -> str:
        lines = [
            self.tr("Behoefte {0}, aanbod {1}").format(number(total.need), number(total.capacity)),
            self.tr("Tekort {0}, overschot {1}").format(
                number(total.shortage), number(total.surplus)
            ),
        ]
        if total.unknown:
            lines.append(
                self.tr("{0} van {1} vak(ken) onbekend: woonbehoefte of aanbod ontbreekt").format(
                    total.unknown, total.cells
                )
            )
        return "\n".join(lines)
