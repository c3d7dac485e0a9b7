"""The regional social rent test on screen: the region's three shares against their norms,
and per municipality its figures, its own shares and its part of the region's totals, with
the region as a whole in the last row (bold). Every figure is `Analysis.region_social_rent`'s
or `Analysis.social_rent`'s."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from app.services.analysis import Analysis
from app.services.calculations.regional_social_rent import RegionalShare
from app.services.chart_data.regional_social_rent import regional_notes
from app.views.models.row_model import Column, RowTableModel
from app.views.numbers import number, percent, unknown
from app.views.widgets.column_fit import fit_columns


@dataclass(frozen=True)
class RegionalRow:
    """A municipality's (or the region's) line of the table; None is unknown."""

    name: str
    dwellings: int | None
    social: int | None
    current: float | None
    projected: float | None
    planned: int | None
    planned_social: int | None
    planned_affordable: int | None
    affordable: float | None
    part_of_social: float | None
    part_of_affordable: float | None
    is_region: bool = False


def regional_rows(analysis: Analysis) -> list[RegionalRow]:
    """A row per municipality (its figures as the regional test counts them) and the
    region's row last."""
    region = analysis.region_social_rent
    rows = []
    for c in region.contributions:
        test = analysis.social_rent[c.municipality_id]
        rows.append(
            RegionalRow(
                analysis.names[c.municipality_id],
                c.dwellings,
                c.social_rent_dwellings,
                test.current_share,
                test.projected_share,
                c.planned_new_total,
                c.planned_new_social,
                c.planned_new_affordable,
                test.affordable_new_build_share,
                c.share_of_social_rent,
                c.share_of_affordable_new_build,
            )
        )
    return [*rows, _region_row(analysis)]


def _region_row(analysis: Analysis) -> RegionalRow:
    region = analysis.region_social_rent
    return RegionalRow(
        QCoreApplication.translate("RegionalTest", "Regio als geheel"),
        region.dwellings,
        region.social_rent_dwellings,
        region.current.share,
        region.projected.share,
        region.planned_new_total,
        region.planned_new_social,
        region.planned_new_affordable,
        region.affordable.share,
        1.0 if region.social_rent_dwellings else None,
        1.0 if region.planned_new_affordable else None,
        is_region=True,
    )


class RegionalTestModel(RowTableModel):
    """The rows of `regional_rows`; the region's row in bold."""

    def __init__(self, end_year: int, parent=None):
        super().__init__(_columns(end_year), parent)
        self.end_year = end_year

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and self.row_at(index.row()).is_region
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def _columns(end_year: int) -> list[Column]:
    translate = QCoreApplication.translate
    stock = [
        (translate("RegionalTest", "Woningen"), "dwellings", number),
        (translate("RegionalTest", "Sociale\nhuur"), "social", number),
        (translate("RegionalTest", "Aandeel\nnu"), "current", percent),
        (
            translate("RegionalTest", "Deel van de\nsociale huur\nin de regio"),
            "part_of_social",
            percent,
        ),
    ]
    new_build = [
        (translate("RegionalTest", "Geplande\nnieuwbouw"), "planned", number),
        (translate("RegionalTest", "w.v.\nsociaal"), "planned_social", number),
        (translate("RegionalTest", "w.v.\nbetaalbaar"), "planned_affordable", number),
        (translate("RegionalTest", "Aandeel\neind {0}").format(end_year), "projected", percent),
        (translate("RegionalTest", "Aandeel\nbetaalbaar"), "affordable", percent),
        (
            translate("RegionalTest", "Deel van de\nbetaalbare\nnieuwbouw\nin de regio"),
            "part_of_affordable",
            percent,
        ),
    ]
    columns = [Column(translate("RegionalTest", "Gemeente"), _getter("name"))]
    columns += [_column(header, name, show) for header, name, show in stock + new_build]
    return columns


def _getter(name: str):
    def value(row: RegionalRow):
        return getattr(row, name)

    return value


def _column(header: str, name: str, show) -> Column:
    read = _getter(name)
    return Column(header, read, text=lambda row: show(read(row)), align_right=True)


def verdict_text(share: RegionalShare, *, goal: bool) -> str:
    """'28,0 % (streven 30 %: niet gehaald)' for the goal, '68,7 % (norm 2/3: gehaald)' for
    a norm, or unknown."""
    if share.share is None:
        return unknown()
    if share.norm is None:
        return QCoreApplication.translate("RegionalTest", "{0} (geen norm in de normenset)").format(
            percent(share.share)
        )
    norm = "2/3" if abs(share.norm - 2 / 3) < 1e-6 else percent(share.norm, 0)
    texts = {
        (True, True): QCoreApplication.translate("RegionalTest", "{0} (streven {1}: gehaald)"),
        (True, False): QCoreApplication.translate(
            "RegionalTest", "{0} (streven {1}: niet gehaald)"
        ),
        (False, True): QCoreApplication.translate("RegionalTest", "{0} (norm {1}: gehaald)"),
        (False, False): QCoreApplication.translate("RegionalTest", "{0} (norm {1}: niet gehaald)"),
    }
    return texts[(goal, bool(share.meets_norm))].format(percent(share.share), norm)


class RegionalTestPanel(QWidget):
    """The regional test: a line per share against its norm, the table, what is missing."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Regionale toets sociale huur"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.model: RegionalTestModel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)

    def show_test(self, analysis: Analysis) -> None:
        """Fill the panel from the analysis."""
        end = analysis.figures.years[-1]
        if self.model is None or self.model.end_year != end:
            self.model = RegionalTestModel(end, self)
            self.table.setModel(self.model)
        self.model.set_rows(regional_rows(analysis))
        fit_columns(self.table)
        self.summary.setText(self._summary(analysis, end))
        notes = regional_notes(analysis)
        self.notes.setText(
            self.tr("Onbekend door ontbrekende invoer: {0}.").format("; ".join(notes))
        )
        self.notes.setVisible(bool(notes))

    def _summary(self, analysis: Analysis, end: int) -> str:
        region = analysis.region_social_rent
        return self.tr(
            "De regio als geheel (alle gemeenten samen): sociale huur nu {0}; eind {1} {2}; "
            "betaalbaar deel van de geplande nieuwbouw {3}."
        ).format(
            verdict_text(region.current, goal=True),
            end,
            verdict_text(region.projected, goal=True),
            verdict_text(region.affordable, goal=False),
        )
