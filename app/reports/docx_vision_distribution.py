"""Woonzorgvisie 4.2 Evenwichtige verdeling: which groups are shared out, how the fair share,
the correction and the carry-over work, the figures per municipality, and where the
corrections come from. Every number is `Analysis.distribution`'s."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app.reports.doc_data import DocumentData
from app.reports.docx_base import Cell, caption, paragraph, table
from app.reports.docx_figures import chart
from app.reports.xlsx_tables import key_description
from app.services.distribution import MunicipalityDistribution
from app.services.dto import MunicipalityInfo
from app.services.dutch_dates import long_date

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document


def distribution(document: Document, data: DocumentData) -> None:
    """The text, the table per municipality, the corrections' sources and the chart."""
    analysis = data.analysis
    settings = analysis.figures.distribution
    for text in explanation(data):
        paragraph(document, text)
    shares = analysis.distribution()
    header, rows = distribution_rows(data, shares)
    caption(document, "Tabel", f"Evenredig aandeel en bijdrage per gemeente, {scope_caption(data)}")
    table(document, header, rows)
    notes = list(dict.fromkeys(note for share in shares.values() for note in share.missing))
    if notes:
        note = paragraph(document, f"Onbekend, want er ontbreekt: {'; '.join(notes)}.")
        note.runs[0].italic = True
    if settings.corrections_used or settings.backlogs_used:
        correction_sources(document, data)
    chart(document, data, "fair_share")


def explanation(data: DocumentData) -> list[str]:
    """The paragraphs that say what the table shows and how it is computed."""
    analysis = data.analysis
    settings = analysis.figures.distribution
    names = ", ".join(g.label for g in analysis.scope_groups) or "geen"
    texts = [
        "Gemeenten in de regio delen de huisvesting van aandachtsgroepen naar draagkracht. De "
        f"verdeling gaat over {settings.scope_text} ({names}). Het evenredig aandeel is de "
        "regionale woonbehoefte van die groepen × het aandeel van de gemeente volgens de "
        f"verdeelsleutel: {key_description(analysis).lower()}."
    ]
    if settings.corrections_used:
        texts.append(
            "De correctie is het aantal plaatsen dat een gemeente al biedt, zoals beschermd "
            "wonen en maatschappelijke opvang. Die plaatsen tellen één keer mee als bijdrage "
            "voor de hele planperiode: ze dekken een tekort zodra dat ontstaat."
        )
    if settings.carry_over:
        texts.append(
            "Een tekort schuift door, zoals een achterstand bij de taakstelling statushouders: "
            "wat een gemeente in een jaar minder biedt dan haar aandeel, komt bij haar "
            "evenredig aandeel van het jaar erna. Een overschot schuift niet door."
        )
    given = "het aanbod plus de correctie" if settings.corrections_used else "het aanbod"
    asked = "het evenredig aandeel"
    if settings.backlogs_used:
        asked += " en de achterstand van vóór de planperiode"
    difference = (
        f"Het verschil is {given} min {asked}: negatief betekent dat de gemeente minder "
        "draagt dan haar aandeel."
    )
    if settings.carry_over:
        difference += " De achterstand eind schuift door naar het jaar na de planperiode."
    texts.append(difference)
    return texts


def scope_caption(data: DocumentData) -> str:
    """'alle aandachtsgroepen', 'verplicht urgenten', 'gekozen aandachtsgroepen'."""
    return data.analysis.figures.distribution.scope_text


def distribution_rows(
    data: DocumentData,
    shares: dict[int, MunicipalityDistribution],
    municipalities: Sequence[MunicipalityInfo] | None = None,
) -> tuple[list[str], list[list[Cell | str]]]:
    """The header and a row per municipality (default: all of the vision's) with the columns
    the vision uses: the backlog carried in, the correction and the backlog carried on."""
    settings = data.analysis.figures.distribution
    columns: list[tuple[str, Callable[[MunicipalityDistribution], Cell]]] = [
        ("Aandeel sleutel", lambda s: data.share(s.key_share)),
        ("Evenredig aandeel", lambda s: data.count(_rounded(s.fair_share))),
    ]
    if settings.backlogs_used:
        columns.append(("Achterstand vooraf", lambda s: data.count(_rounded(s.carried_in))))
    columns.append(("Aanbod", lambda s: data.count(s.contribution)))
    if settings.corrections_used:
        columns.append(("Correctie", lambda s: data.count(_rounded(s.correction))))
    columns.append(("Verschil", lambda s: data.gap(s.rounded_difference)))
    if settings.carry_over:
        columns.append(("Achterstand eind", lambda s: data.count(_rounded(s.backlog))))
    rows: list[list[Cell | str]] = [
        [m.name, *(cell(shares[m.id]) for _, cell in columns)]
        for m in (municipalities or data.analysis.figures.municipalities)
    ]
    return ["Gemeente", *(title for title, _ in columns)], rows


def correction_sources(
    document: Document,
    data: DocumentData,
    municipalities: Sequence[MunicipalityInfo] | None = None,
) -> None:
    """Per municipality (default: all) what was entered as correction and opening backlog,
    and from where."""
    figures = data.analysis.figures
    settings = figures.distribution
    rows: list[list[Cell | str]] = []
    for m in figures.municipalities if municipalities is None else municipalities:
        entry = settings.adjustments.get(m.id)
        if entry is None:
            rows.append([m.name, "—", "—", "", ""])
            continue
        rows.append(
            [
                m.name,
                data.count(entry.correction) if entry.correction is not None else "—",
                data.count(entry.opening_backlog) if entry.opening_backlog is not None else "—",
                entry.source,
                long_date(entry.reference_date),
            ]
        )
    title = "Correcties en achterstand vooraf per gemeente" if municipalities is None else ""
    caption(document, "Tabel", f"{title or 'Correctie en achterstand vooraf'}, met bron")
    header = ["Gemeente", "Correctie (plaatsen)", "Achterstand vooraf", "Bron", "Peildatum"]
    table(document, header, rows, weights=[1.3, 1, 1, 2, 1])


def _rounded(value: float | None) -> int | None:
    return None if value is None else round(value)
