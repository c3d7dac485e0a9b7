"""The tables of the monitor report: traffic lights per agreement and per partner, a
group's cumulative figures, and the changes since the previous measurement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.reports.doc_data import value_text
from app.reports.docx_base import Cell, caption, heading, paragraph, table
from app.reports.monitor_data import MonitorReport
from app.services.calculations.monitor import MonitorStatus
from app.services.chart_data.monitor import MonitorChart
from app.services.monitor import AgreementYearStatus

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table

# The traffic light behind each status (cell shading), readable in grey print by its word.
LIGHTS = {
    MonitorStatus.REALISED: "A9D08E",
    MonitorStatus.ON_TRACK: "E2EFDA",
    MonitorStatus.BEHIND: "F4B6B6",
    MonitorStatus.UNKNOWN: "E7E6E6",
}
ORDER = tuple(MonitorStatus)


def shown_years(report: MonitorReport) -> dict[tuple[int, int], AgreementYearStatus]:
    """The agreement years the report shows: those begun on the measurement's date (all
    with a realised value or a status when there is no measurement)."""
    measured = report.monitor.current.measurement
    statuses = report.monitor.current.statuses
    if measured is None:
        return {k: s for k, s in statuses.items() if s.realised is not None or s.overridden}
    day = measured.measured_on
    last = day.year - 1 if (day.month, day.day) == (1, 1) else day.year
    return {k: s for k, s in statuses.items() if k[1] <= last}


def status_text(status: AgreementYearStatus) -> str:
    """'achter', or 'op schema (met de hand; berekend: achter): reden'."""
    if not status.overridden:
        return status.status.label
    reason = status.reason or "reden niet vastgelegd"
    return f"{status.status.label} (met de hand; berekend: {status.computed.label}): {reason}"


def agreement_lights(document: Document, report: MonitorReport) -> None:
    """2 Prestatieafspraken: one row per agreement x year, its status shaded."""
    heading(document, "2 Prestatieafspraken", 1)
    shown = shown_years(report)
    if not shown:
        paragraph(document, "Er zijn nog geen jaren van afspraken om te beoordelen.")
        return
    names = report.document.partner_names()
    agreements = {a.id: a for a in report.document.agreements}
    rows = []
    for (agreement_id, year), status in sorted(shown.items()):
        agreement = agreements[agreement_id]
        parties = ", ".join(names.get(p, "?") for p in agreement.party_ids) or "–"
        rows.append(
            [
                agreement.description,
                parties,
                str(year),
                Cell(value_text(status.target, agreement.unit), True),
                Cell(value_text(status.realised, agreement.unit), True),
                status_text(status),
            ]
        )
    caption(document, "Tabel", "Stoplicht per afspraak en jaar")
    grid = table(
        document,
        ["Afspraak", "Partijen", "Jaar", "Doel", "Gerealiseerd", "Status"],
        rows,
        weights=[2.6, 2.0, 0.7, 1.4, 1.6, 2.1],
    )
    _shade(grid, 5, [s.status for _, s in sorted(shown.items())])


def partner_lights(document: Document, report: MonitorReport) -> None:
    """Per partner: how many of its agreement years are in each status."""
    shown = shown_years(report)
    agreements = {a.id: a for a in report.document.agreements}
    counts: dict[int, dict[MonitorStatus, int]] = {}
    for (agreement_id, _year), status in shown.items():
        for partner in agreements[agreement_id].party_ids:
            tally = counts.setdefault(partner, dict.fromkeys(ORDER, 0))
            tally[status.status] += 1
    if not counts:
        return
    names = report.document.partner_names()
    rows = [
        [names.get(p, "?"), *(Cell(str(tally[s]), True) for s in ORDER)]
        for p, tally in sorted(counts.items(), key=lambda item: names.get(item[0], ""))
    ]
    caption(document, "Tabel", "Stoplicht per partner (aantal afspraakjaren)")
    table(document, ["Partner", *(s.label for s in ORDER)], rows, weights=[3, 1, 1, 1, 1])


def group_table(document: Document, report: MonitorReport, chart: MonitorChart) -> None:
    """The chart's figures: per year the cumulative need, planned and delivered."""
    rows = [
        [str(year), *(report.document.count(line.values[i]) for line in chart.lines)]
        for i, year in enumerate(chart.years)
    ]
    table(document, ["Jaar", *(f"{line.label} (cumulatief)" for line in chart.lines)], rows)


def changes(document: Document, report: MonitorReport) -> None:
    """4 Wat is veranderd: every figure that differs from the previous measurement."""
    heading(document, "4 Wat is veranderd sinds de vorige meting", 1)
    if report.monitor.previous is None:
        paragraph(document, "Er is geen eerdere meting om mee te vergelijken.")
        return
    if not report.changes:
        paragraph(document, "Sinds de vorige meting is geen cijfer veranderd.")
        return
    rows = [[c.subject, str(c.year), c.before, c.after] for c in report.changes]
    caption(document, "Tabel", "Veranderingen sinds de vorige meting")
    table(document, ["Onderwerp", "Jaar", "Was", "Is nu"], rows, weights=[4, 0.8, 1.6, 1.6])


def _shade(grid: Table, column: int, statuses: list[MonitorStatus]) -> None:
    """Colour the status cells (body rows in order) with their traffic light."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    for row, status in zip(grid.rows[1:], statuses, strict=True):
        properties = row.cells[column]._tc.get_or_add_tcPr()
        fill = f'w:val="clear" w:color="auto" w:fill="{LIGHTS[status]}"'
        shading = parse_xml(f"<w:shd {nsdecls('w')} {fill}/>")
        properties.append(shading)  # type: ignore[arg-type]
