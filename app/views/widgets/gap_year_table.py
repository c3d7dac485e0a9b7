"""The opgave per municipality and year (and over the period), for one group or all."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableView

from app.services.calculations.gaps import EMPTY_TOTAL as EMPTY
from app.services.calculations.gaps import GapTotal
from app.views.models.row_model import Column, RowTableModel
from app.views.numbers import number, signed, unknown
from app.views.widgets.column_fit import fit_columns

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
    """The opgave per municipality (rows) and year (columns), with the total over the years
    shown: shortage in red, surplus in blue; the region's row in bold."""

    def __init__(self, years: list[int], parent=None):
        super().__init__(_columns(years), parent)
        self.years = list(years)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() > 0:
            total = self.columns[index.column()].value(self.row_at(index.row()))
            if isinstance(total, GapTotal) and total.complete and total.gap:
                return QBrush(SHORTAGE if total.gap > 0 else SURPLUS)
        if role == Qt.ItemDataRole.FontRole and self.row_at(index.row()).is_region:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def gap_rows(analysis, group_id: int | None, years: list[int]) -> list[GapRow]:
    """Every municipality's row and the region's, from the analysis: a few passes over the
    cells in all."""
    cells = analysis.gap_totals_by(lambda m, g, y: (m, y), group_id=group_id, years=years)
    periods = analysis.gap_totals_by(lambda m, g, y: m, group_id=group_id, years=years)
    per_year = analysis.gap_totals_by(lambda m, g, y: y, group_id=group_id, years=years)
    rows = [
        GapRow(m.name, {y: cells.get((m.id, y), EMPTY) for y in years}, periods.get(m.id, EMPTY))
        for m in analysis.figures.municipalities
    ]
    region = GapRow(
        QCoreApplication.translate("GapYearTable", "Regio totaal"),
        {y: per_year.get(y, EMPTY) for y in years},
        analysis.gap_total(group_id=group_id, years=years),
        is_region=True,
    )
    return [*rows, region]


def cell_text(total: GapTotal) -> str:
    """'+12', '−3', or 'onbekend' when an input it depends on is missing."""
    return unknown() if total.gap is None else signed(total.gap)


def _columns(years: list[int]) -> list[Column]:
    columns = [Column(QCoreApplication.translate("GapYearTable", "Gemeente"), lambda r: r.name)]
    for year in years:
        columns.append(
            Column(
                str(year),
                lambda r, y=year: r.per_year[y],
                text=lambda r, y=year: cell_text(r.per_year[y]),
                align_right=True,
                tooltip=lambda r, y=year: _tooltip(r.per_year[y]),
            )
        )
    columns.append(
        Column(
            QCoreApplication.translate("GapYearTable", "Totaal"),
            lambda r: r.period,
            text=lambda r: cell_text(r.period),
            align_right=True,
            tooltip=lambda r: _tooltip(r.period),
        )
    )
    return columns


def _tooltip(total: GapTotal) -> str:
    lines = [
        QCoreApplication.translate("GapYearTable", "Behoefte {0}, aanbod {1}").format(
            number(total.need), number(total.capacity)
        ),
        QCoreApplication.translate("GapYearTable", "Tekort {0}, overschot {1}").format(
            number(total.shortage), number(total.surplus)
        ),
    ]
    if total.unknown:
        lines.append(
            QCoreApplication.translate(
                "GapYearTable", "{0} van {1} vak(ken) onbekend: woonbehoefte of aanbod ontbreekt"
            ).format(total.unknown, total.cells)
        )
    return "\n".join(lines)


class GapYearTable(QTableView):
    """Table of gaps per municipality x year, with the region's total."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Opgave per gemeente en jaar"))
        self.verticalHeader().hide()
        self.years: list[int] = []
        self.gap_model: GapYearModel | None = None

    def show_gaps(self, analysis, group_id: int | None, years: list[int]) -> None:
        """Fill the table from the analysis."""
        if self.gap_model is None or years != self.years:
            self.years = years
            self.gap_model = GapYearModel(years, self)
            self.setModel(self.gap_model)
        self.gap_model.set_rows(gap_rows(analysis, group_id, years))
        fit_columns(self)
