"""The yearly monitor report (Word, house style): the measurement it is at, the traffic
lights per agreement and per partner, per group a cumulative chart of need, planned and
delivered with its table, and what changed since the previous measurement. Every figure
from one `MonitorReport` snapshot; written atomically."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.reports import docx_monitor_tables as tables
from app.reports.docx_base import HouseStyle, figure, heading, open_template, paragraph, save
from app.reports.docx_vision import cover
from app.reports.export_io import CancelFn, ProgressFn, Steps, atomic_target, collector_paused
from app.reports.monitor_data import MonitorReport, load_monitor_report
from app.reports.safe_text import NO_PROTECTION, SmallNumbers
from app.services.calculations.monitor import TOLERANCE
from app.services.formatting import percent
from app.storage import ProjectFile

if TYPE_CHECKING:
    from docx.document import Document

KIND = "Monitor woonzorgvisie"


@collector_paused()
def write_monitor_report(
    source: ProjectFile | MonitorReport,
    target: Path,
    *,
    as_of: dt.date | None = None,
    template: Path | HouseStyle | None = None,
    small_numbers: SmallNumbers = NO_PROTECTION,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> Path:
    """Write the monitor at the latest measurement on or before `as_of` to `target`."""
    steps = Steps(6, progress, is_cancelled)
    steps.step("Sjabloon openen")
    document = open_template(template)
    steps.step("Gegevens ophalen")
    report = (
        source
        if isinstance(source, MonitorReport)
        else load_monitor_report(source, as_of, small_numbers)
    )
    measured = report.monitor.current.measurement
    cover(document, report.document, KIND, measured.label if measured else "nog geen meting")
    steps.step("Prestatieafspraken")
    introduction(document, report)
    tables.agreement_lights(document, report)
    tables.partner_lights(document, report)
    steps.step("Aandachtsgroepen")
    per_group(document, report, steps.check)
    tables.changes(document, report)
    steps.step("Bestand opslaan")
    with atomic_target(target) as temporary:
        save(document, temporary)
        steps.check()
    steps.finish()
    return Path(target)


def introduction(document: Document, report: MonitorReport) -> None:
    """1 De meting: which measurement, the one before, and the status rule in words."""
    monitor = report.monitor
    heading(document, "1 De meting", 1)
    measured, previous = monitor.current.measurement, monitor.previous
    if measured is None:
        paragraph(
            document,
            "Er is nog geen meting vastgelegd: gerealiseerde aantallen zijn "
            "onbekend; de status van afspraken volgt uit wat op de pagina Afspraken "
            "is ingevuld.",
        )
    else:
        before = previous.measurement if previous is not None else None
        paragraph(
            document,
            f"Deze monitor toont de {measured.label}"
            + (f", vergeleken met de {before.label}." if before else "; het is de eerste meting."),
        )
    paragraph(
        document,
        "De status van een afspraak per jaar volgt één regel: zonder doel of realisatie is zij "
        "onbekend; een realisatie van ten minste het doel is gerealiseerd. Is het jaar op de "
        "datum van de meting voorbij, dan is een lagere realisatie achter. Loopt het jaar nog, "
        "dan is zij op schema als zij ten minste het doel maal het verstreken deel van het jaar "
        f"is, min {percent(TOLERANCE, 0)} van het doel; anders achter. Een status die met de "
        "hand is gezet, staat er met zijn reden bij.",
    )


def per_group(document: Document, report: MonitorReport, check: Callable[[], None]) -> None:
    """3 Per aandachtsgroep: the cumulative chart of the region and its table."""
    from app.reports.charts.render import render_png
    from app.services.chart_data.describe import describe_chart
    from app.services.chart_data.monitor import monitor_chart

    heading(document, "3 Behoefte, gepland en gerealiseerd per aandachtsgroep", 1)
    paragraph(
        document,
        "Per aandachtsgroep de woonbehoefte, het geplande aanbod en wat volgens de metingen is "
        "gerealiseerd, opgeteld vanaf het begin van de planperiode, voor de regio als geheel. "
        "Een lijn stopt bij het eerste jaar waarvan een cijfer onbekend is.",
    )
    for group in report.document.analysis.figures.groups:
        check()
        heading(document, group.label, 2)
        chart = monitor_chart(report.monitor, group.id)
        figure(
            document,
            render_png(chart),
            f"Monitor {group.label}: cumulatief",
            describe_chart(chart),
            150,
        )
        tables.group_table(document, report, chart)
