"""The monitor's chart: per group, the region's need, planned capacity and delivered homes
added up over the years (or one municipality's, when chosen)."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.calculations.sums import sum_or_unknown
from app.services.chart_data.common import ChartText, source_line
from app.services.monitor import MonitorData

# (label, YearFigures attribute): the three lines, in the legend's order
LINES = (
    ("Woonbehoefte", "need_cumulative"),
    ("Gepland aanbod", "planned_cumulative"),
    ("Gerealiseerd", "delivered_cumulative"),
)


@dataclass(frozen=True)
class MonitorLine:
    """One cumulative line; a value is None from the first unknown year on."""

    label: str
    values: tuple[int | None, ...]


@dataclass(frozen=True)
class MonitorChart:
    """Need, planned and delivered, cumulative, for one group."""

    text: ChartText
    years: tuple[int, ...]
    lines: tuple[MonitorLine, ...]


def monitor_chart(
    data: MonitorData, group_id: int, municipality_id: int | None = None
) -> MonitorChart:
    """The chart of one group for the region (summed over its municipalities: unknown as
    soon as one municipality's figure is) or for one municipality."""
    figures = data.analysis.figures
    label = next(g.label for g in figures.groups if g.id == group_id)
    places = [m for m in figures.municipalities if municipality_id in (None, m.id)]
    years = tuple(figures.years)
    lines = []
    for name, attribute in LINES:
        per_year = [
            sum_or_unknown(getattr(data.rows[(m.id, group_id)][i], attribute) for m in places)
            for i in range(len(years))
        ]
        lines.append(MonitorLine(name, tuple(per_year)))
    scope = places[0].name if municipality_id is not None else "Regio"
    measured = data.current.measurement
    subtitle = f"{scope}, cumulatief vanaf {years[0]}; " + (
        measured.label if measured is not None else "nog geen meting"
    )
    text = ChartText(f"Monitor: {label}", subtitle, source_line(figures))
    return MonitorChart(text, years, tuple(lines))
