"""Woonzorgvisie chapters 5 (Ambities en maatregelen), 6 (Prestatieafspraken),
7 (Monitoring) and the appendices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models import ActionLine
from app.reports.doc_data import DocumentData, value_text
from app.reports.docx_base import Cell, caption, heading, paragraph, table
from app.reports.docx_plausibility import plausibility_appendix
from app.reports.docx_vision_analysis import GAP_HEADER, marked_gap_cells, missing_note
from app.reports.docx_vision_estimates import estimate_note, has_mark
from app.services import norm_words
from app.services.demo import EXAMPLE_NOTE
from app.services.dto import AgreementInfo
from app.services.dutch_dates import long_date
from app.services.reference_data import CBS_ATTRIBUTION

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document


def ambitions_and_measures(document: Document, data: DocumentData) -> None:
    """5 Ambities en maatregelen per actielijn."""
    heading(document, "5 Ambities en maatregelen per actielijn", 1)
    for line in ActionLine:
        heading(document, f"5.{int(line)} Actielijn {int(line)}: {line.label}", 2)
        paragraph(
            document,
            data.ambitions.get(line) or "Voor deze actielijn is nog geen ambitie vastgelegd.",
        )
        items = [m for m in data.measures if m.action_line is line]
        if not items:
            paragraph(document, "Er zijn nog geen maatregelen vastgelegd.")
            continue
        rows = [[m.description, m.owner or "–", str(m.year) if m.year else "–"] for m in items]
        caption(document, "Tabel", f"Maatregelen actielijn {int(line)}")
        table(document, ["Maatregel", "Trekker", "Jaar"], rows, weights=[5, 2.2, 0.8])


def agreements_chapter(document: Document, data: DocumentData) -> None:
    """6 Uitvoering: prestatieafspraken, a table per partner."""
    heading(document, "6 Uitvoering: prestatieafspraken", 1)
    paragraph(
        document,
        "De visie wordt uitgevoerd met prestatieafspraken tussen gemeenten, woningcorporaties, "
        "huurdersorganisaties, zorgaanbieders en het zorgkantoor. Per partner staan hieronder de "
        "afspraken waarbij zij partij is, met de doelen per jaar.",
    )
    without = []
    for partner in data.partners:
        items = [a for a in data.agreements if partner.id in a.party_ids]
        if not items:
            without.append(partner.name)
            continue
        heading(document, partner.name, 2)
        caption(document, "Tabel", f"Prestatieafspraken met {partner.name}")
        rows = [agreement_row(data, a) for a in items]
        table(document, AGREEMENT_HEADER, rows, weights=AGREEMENT_WEIGHTS)
    if without:
        paragraph(document, "Nog zonder afspraken: " + ", ".join(without) + ".")
    if not data.agreements:
        paragraph(document, "Er zijn nog geen prestatieafspraken vastgelegd.")


AGREEMENT_HEADER = [
    "Afspraak",
    "Indicator (eenheid)",
    "Nulmeting",
    "Doel per jaar",
    "Deadline",
    "Trekker",
]
# Indicator wide enough for "huurachterstanden", Nulmeting for its title, Deadline for
# "december", Trekker for a partner's name; "2025: 150" needs little room
AGREEMENT_WEIGHTS = [3.6, 3.0, 1.8, 1.8, 2.2, 2.8]


def agreement_row(data: DocumentData, agreement: AgreementInfo) -> list[str]:
    """One agreement as a table row."""
    targets = "\n".join(
        f"{year}: {value_text(y.target)}"
        for year, y in agreement.years.items()
        if y.target is not None
    )
    indicator = agreement.indicator or "–"
    if agreement.unit:
        indicator += f" ({agreement.unit})"
    owner = data.partner_names().get(agreement.owner_partner_id or 0, "–")
    return [
        agreement.description,
        indicator,
        value_text(agreement.baseline),
        targets or "–",
        long_date(agreement.deadline) or "–",
        owner,
    ]


def monitoring(document: Document, data: DocumentData) -> None:
    """7 Monitoring: how progress is followed, and the realisation recorded so far."""
    heading(document, "7 Monitoring", 1)
    paragraph(
        document,
        "De regio volgt jaarlijks de woonbehoefte, het aanbod en de opgave per aandachtsgroep, "
        "en de voortgang van de prestatieafspraken. De cijfers worden bijgewerkt met een "
        "uitvraag bij de gemeenten en partners; afwijkingen worden besproken in het regionaal "
        "overleg en leiden zo nodig tot bijsturing van de maatregelen.",
    )
    rows = []
    for agreement in data.agreements:
        for year, y in agreement.years.items():
            if y.realised is None and y.status is None:
                continue
            rows.append(
                [
                    agreement.description,
                    str(year),
                    Cell(value_text(y.target, agreement.unit), True),
                    Cell(value_text(y.realised, agreement.unit), True),
                    y.status.label if y.status else "–",
                ]
            )
    if not rows:
        paragraph(document, "Er is nog geen realisatie vastgelegd.")
        return
    caption(document, "Tabel", "Stand van de prestatieafspraken")
    table(
        document,
        ["Afspraak", "Jaar", "Doel", "Gerealiseerd", "Status"],
        rows,
        weights=[4, 1, 1.4, 1.6, 1.6],
    )


def appendices(document: Document, data: DocumentData) -> None:
    """Bijlagen: figures per municipality, sources and reference dates, the example notice."""
    analysis = data.analysis
    heading(document, "Bijlagen", 1)
    heading(document, "Bijlage A Cijfers per gemeente", 2)
    for m in analysis.figures.municipalities:
        heading(document, m.name, 3)
        rows = [
            [g.label, *marked_gap_cells(data, group_id=g.id, municipality_id=m.id)]
            for g in analysis.figures.groups
        ]
        rows.append(["Totaal", *marked_gap_cells(data, municipality_id=m.id)])
        caption(document, "Tabel", f"{m.name}: opgave per aandachtsgroep, hele planperiode")
        table(document, ["Aandachtsgroep", *GAP_HEADER], rows, total=True)
        estimate_note(document, has_mark(rows))
        missing_note(document, data, municipality_id=m.id)
    heading(document, "Bijlage B Bronnen en peildata", 2)
    norm_sources(document, data)
    plausibility_appendix(document, data)


def norm_sources(document: Document, data: DocumentData) -> None:
    """The CBS attribution, the norm set with its overrides, the norms with their sources,
    and the example notice."""
    paragraph(document, f"{CBS_ATTRIBUTION}.")
    paragraph(document, norm_words.norm_set_sentence(data.analysis.figures, data.norms))
    rows = [
        [
            n.label,
            Cell(norm_words.value_text(n), True),
            n.source or "–",
            long_date(n.reference_date) or "–",
        ]
        for n in data.norms
    ]
    caption(document, "Tabel", "Normen")
    table(document, ["Norm", "Waarde", "Bron", "Peildatum"], rows, weights=[3, 1, 3, 1.2])
    if data.vision.is_example:
        paragraph(
            document,
            f"{EXAMPLE_NOTE}: alle cijfers over woonbehoefte, aanbod, sociale huur en geplande "
            "nieuwbouw in dit voorbeeld zijn verzonnen. Alleen inwoners, huishoudens en "
            "woningvoorraad komen van het CBS.",
            "Kader",
        )
