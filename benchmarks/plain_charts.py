"""The Word baseline's charts: the same chart data the vision document embeds, drawn as a
plain matplotlib bar or line plot (Figure + FigureCanvasAgg, `savefig` PNG) of the same
series, labels, title and legend, at the document's figure size and resolution."""

from __future__ import annotations

import io

from app.services import chart_data
from app.services.analysis import Analysis

SIZE = (7.5, 4.6)  # app.reports.charts.style.DOCUMENT.figure_size
DPI = 150  # app.reports.charts.render_png's


def document_chart_data(analysis: Analysis) -> list[object]:
    """The data of every chart the vision document embeds, in its order (the list
    `app.reports.docx_charts.render_charts` draws)."""
    from app.services.gap_table import gap_table
    from app.services.selection import Selection

    region = Selection()
    charts: list[object] = [
        chart_data.social_rent_chart(analysis, region),
        chart_data.regional_test_chart(analysis, region),
        chart_data.gap_by_municipality_chart(analysis, region),
        chart_data.cumulative_gap_chart(analysis, region),
        chart_data.fair_share_chart(analysis, region),
    ]
    for group in analysis.figures.groups:
        table = gap_table(analysis, Selection(group_id=group.id))
        charts.append(chart_data.need_capacity_chart(analysis, table))
    return charts


def plain_png(data: object) -> bytes:
    """The chart's series as a plain matplotlib plot, saved as PNG."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=SIZE)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    title, labels, series = _series(data)
    if isinstance(data, chart_data.CumulativeGapChart):
        for name, values in series.items():
            ax.plot(labels, [v if v is not None else float("nan") for v in values], label=name)
    else:
        _bars(ax, labels, series)
    ax.set_title(title)
    if len(series) > 1:
        ax.legend()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _bars(ax, labels: list, series: dict[str, list]) -> None:
    width = 0.8 / max(len(series), 1)
    for index, (name, values) in enumerate(series.items()):
        positions = [i + index * width for i in range(len(labels))]
        ax.bar(positions, [v or 0 for v in values], width, label=name)
    ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")


def _series(data) -> tuple[str, list, dict[str, list]]:
    """(title, labels, series name -> values) of any document chart."""
    title, bars = data.text.title, getattr(data, "bars", ())
    labels = [bar.label for bar in bars]
    if isinstance(data, chart_data.CumulativeGapChart):
        return title, list(data.years), {line.label: list(line.values) for line in data.lines}
    if isinstance(data, chart_data.NeedCapacityChart):
        return title, labels, _named(bars, need="Woonbehoefte", capacity="Aanbod")
    if isinstance(data, chart_data.GapByMunicipalityChart):
        series = {
            group.label: [(bar.shortage or {}).get(group.id, 0) for bar in bars]
            for group in data.groups
        }
        return title, labels, series
    if isinstance(data, chart_data.FairShareChart):
        return title, labels, _named(bars, fair_share="Evenredig aandeel", contribution="Bijdrage")
    if isinstance(data, chart_data.SocialRentChart):
        return title, labels, _named(bars, current="Nu", projected="Straks")
    if isinstance(data, chart_data.RegionalTestChart):
        return title, labels, _named(bars, share="Aandeel", norm="Norm")
    raise TypeError(f"No plain chart for {type(data).__name__}")


def _named(bars, **names: str) -> dict[str, list]:
    return {label: [getattr(bar, field) for bar in bars] for field, label in names.items()}
