"""The annex's sheet 'Verdeling per gemeente': the evenwichtige verdeling over the vision's
scope, with the correction, the backlogs and where the corrections come from; and the lines
the Overzicht sheet says about it. Every number is `Analysis.distribution`'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.reports.xlsx_style import (
    COUNT,
    DATE,
    DECIMAL,
    SHARE,
    SIGNED_DECIMAL,
    Column,
    sheet_date,
    write_table,
)
from app.services.analysis import Analysis

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from openpyxl.worksheet.worksheet import Worksheet

    from app.reports.xlsx_tables import AnnexData


def scope_lines(analysis: Analysis) -> list[str]:
    """What the verdeling covers and how it counts, for the Overzicht sheet."""
    settings = analysis.figures.distribution
    names = ", ".join(g.label for g in analysis.scope_groups) or "geen"
    lines = [f"Evenwichtige verdeling over: {settings.scope_text} ({names})."]
    if settings.corrections_used:
        lines.append(
            "Correctie: plaatsen die een gemeente al biedt (zoals beschermd wonen en "
            "maatschappelijke opvang), één keer als bijdrage geteld."
        )
    if settings.carry_over:
        lines.append(
            "Doorschuiven: een tekort komt bij het evenredig aandeel van het jaar erna; een "
            "overschot schuift niet door."
        )
    return lines


def write_distribution(sheet: Worksheet, data: AnnexData) -> None:
    """Per municipality over the whole period: key share, fair share, backlog carried in,
    capacity, correction, difference, backlog carried on, the correction's source and date,
    and what is missing. A figure left empty is unknown."""
    analysis = data.analysis
    settings = analysis.figures.distribution
    scope = settings.scope_text
    carried_on = "schuift door" if settings.carry_over else "doorschuiven staat uit"
    columns = [
        Column("Gemeente", 24),
        Column("Aandeel in de verdeelsleutel", 14, SHARE),
        Column(f"Evenredig aandeel ({scope})", 16, DECIMAL, True),
        Column("Achterstand vooraf", 13, DECIMAL, True),
        Column("Aanbod (bijdrage)", 13, COUNT, True),
        Column("Correctie (al geboden plaatsen)", 14, COUNT, True),
        Column(
            "Verschil (aanbod + correctie − aandeel − achterstand vooraf)",
            20,
            SIGNED_DECIMAL,
            True,
        ),
        Column(f"Achterstand eind ({carried_on})", 16, DECIMAL, True),
        Column("Bron correctie en achterstand", 30),
        Column("Peildatum", 12, DATE),
        Column("Ontbreekt", 40),
    ]
    shares = analysis.distribution()
    rows = []
    for m in analysis.figures.municipalities:
        share = shares[m.id]
        entry = settings.adjustments.get(m.id)
        rows.append(
            [
                m.name,
                share.key_share,
                share.fair_share,
                share.carried_in,
                share.contribution,
                share.correction,
                share.difference,
                share.backlog,
                None if entry is None else entry.source or None,
                None if entry is None else sheet_date(entry.reference_date),
                "; ".join(share.missing) or None,
            ]
        )
    write_table(sheet, columns, rows, small=data.small, freeze="B2")
