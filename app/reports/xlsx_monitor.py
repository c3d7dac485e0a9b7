"""The annex's monitor sheets. "Monitor": each agreement's status per year at the latest
measurement (computed or overridden, with the reason) and the measurement its realised
value comes from. "Monitor per groep": per municipality x group x year planned, delivered
and need with their running totals. Unknown cells stay empty, never 0."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.reports.safe_text import SmallNumbers
from app.reports.xlsx_style import AMOUNT, COUNT, Column, write_table
from app.services.monitor import AgreementYearStatus, MonitorData

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

AGREEMENT_COLUMNS = [
    Column("Afspraak", 44),
    Column("Jaar", 8),
    Column("Doel", 10, AMOUNT),
    Column("Gerealiseerd", 12, AMOUNT),
    Column("Gemeten bij", 22),
    Column("Status", 14),
    Column("Berekende status", 16),
    Column("Met de hand gezet", 12),
    Column("Reden", 40),
]
DELIVERY_COLUMNS = [
    Column("Gemeente", 20),
    Column("Aandachtsgroep", 28),
    Column("Jaar", 8),
    Column("Gepland aanbod", 12, COUNT, count=True),
    Column("Gerealiseerd", 12, COUNT, count=True),
    Column("Woonbehoefte", 12, COUNT, count=True),
    Column("Gepland cumulatief", 13, COUNT, count=True),
    Column("Gerealiseerd cumulatief", 14, COUNT, count=True),
    Column("Woonbehoefte cumulatief", 14, COUNT, count=True),
]


def write_monitor(sheet: Worksheet, monitor: MonitorData, small: SmallNumbers) -> None:
    """One row per agreement x year with its status."""
    descriptions = {a.id: a.description for a in monitor.agreements}
    rows = [
        [descriptions.get(key[0], ""), key[1], *_status_values(s)]
        for key, s in sorted(monitor.current.statuses.items())
    ]
    write_table(sheet, AGREEMENT_COLUMNS, rows, small=small, freeze="B2")


def _status_values(s: AgreementYearStatus) -> list[object]:
    day = s.measured_on
    where = f"meting per {day.day}-{day.month}-{day.year}" if day else "pagina Afspraken"
    return [
        s.target,
        s.realised,
        where if s.realised is not None else "",
        s.status.label,
        s.computed.label,
        "ja" if s.overridden else "nee",
        (s.reason or "niet vastgelegd") if s.overridden else "",
    ]


def write_delivery(sheet: Worksheet, monitor: MonitorData, small: SmallNumbers) -> None:
    """One row per municipality x group x year: planned, delivered, need, cumulative."""
    figures = monitor.analysis.figures
    names = {m.id: m.name for m in figures.municipalities}
    labels = {g.id: g.label for g in figures.groups}
    rows = [
        [
            names[m],
            labels[g],
            r.year,
            r.planned,
            r.delivered,
            r.need,
            r.planned_cumulative,
            r.delivered_cumulative,
            r.need_cumulative,
        ]
        for (m, g), by_year in monitor.rows.items()
        for r in by_year
    ]
    write_table(sheet, DELIVERY_COLUMNS, rows, small=small, freeze="D2")
