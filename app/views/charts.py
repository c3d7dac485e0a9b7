"""The seven charts of the Opgave step: their names and how to get their data from the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.models import DistributionKey
from app.services import chart_data
from app.services.analysis import Analysis
from app.services.gap_table import GapTable
from app.services.selection import Selection


@dataclass(frozen=True)
class ChartInputs:
    """Everything a chart may need: the calculations, the gap table and the filters.

    The table is loaded only for the chart that needs it (for all municipalities it takes
    a second), hence a function rather than the table itself.
    """

    analysis: Analysis
    load_table: Callable[[], GapTable]
    selection: Selection
    key: DistributionKey


@dataclass(frozen=True)
class ChartKind:
    """One of the charts: its name and its data builder."""

    name: str
    build: Callable[[ChartInputs], object]


def chart_kinds() -> list[ChartKind]:
    """The charts in the order the step and the presentation show them."""
    return [
        ChartKind(
            QCoreApplication.translate("Charts", "Woonbehoefte en aanbod"),
            lambda i: chart_data.need_capacity_chart(i.analysis, i.load_table()),
        ),
        ChartKind(
            QCoreApplication.translate("Charts", "Opgave per gemeente"),
            lambda i: chart_data.gap_by_municipality_chart(i.analysis, i.selection),
        ),
        ChartKind(
            QCoreApplication.translate("Charts", "Cumulatieve opgave"),
            lambda i: chart_data.cumulative_gap_chart(i.analysis, i.selection),
        ),
        ChartKind(
            QCoreApplication.translate("Charts", "Evenredig aandeel en bijdrage"),
            lambda i: chart_data.fair_share_chart(i.analysis, i.selection, key=i.key),
        ),
        ChartKind(
            QCoreApplication.translate("Charts", "Sociale huur: nu en eind planperiode"),
            lambda i: chart_data.social_rent_chart(i.analysis, i.selection),
        ),
        ChartKind(
            QCoreApplication.translate("Charts", "Betaalbaar deel van de nieuwbouw"),
            lambda i: chart_data.affordable_chart(i.analysis, i.selection),
        ),
        ChartKind(
            QCoreApplication.translate("Charts", "Regionale toets: sociale huur en betaalbaar"),
            lambda i: chart_data.regional_test_chart(i.analysis, i.selection),
        ),
    ]
