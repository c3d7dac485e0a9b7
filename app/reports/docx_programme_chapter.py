"""The chapter on aandachtsgroepen of one municipality's volkshuisvestingsprogramma: its part
of the regional woonzorgvisie. Its need, capacity and gap per group; its fair share under the
regional agreement; the urgency categories; its part in the regional social-rent tests; the
agreements and measures that concern it; sources and norms.

Only this municipality's figures appear, beside totals of the region labelled as such. Every
number is the `Analysis`'s, formatted by the same helpers as the woonzorgvisie.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models import BaselineIndicator
from app.reports import docx_regional as regional
from app.reports.doc_data import DocumentData, dutch_date
from app.reports.docx_base import caption, heading, paragraph, table
from app.reports.docx_fields import header_and_footer
from app.reports.docx_vision import cover_notes, document_properties
from app.reports.docx_vision_analysis import GAP_HEADER, marked_gap_cells, missing_note, over_time
from app.reports.docx_vision_distribution import (
    correction_sources,
    distribution_rows,
    explanation,
)
from app.reports.docx_vision_estimates import BASELINE_NOTE, ESTIMATE_NOTE, estimate_note, has_mark
from app.reports.docx_vision_intro import social_rent_table, sources_line
from app.reports.docx_vision_plan import AGREEMENT_HEADER, AGREEMENT_WEIGHTS, agreement_row
from app.reports.docx_vision_plan import norm_sources as norms_and_sources
from app.services import catalogue, norm_words
from app.services.chart_data.regional_social_rent import regional_notes
from app.services.dto import MunicipalityInfo
from app.services.dutch_dates import long_date
from app.services.formatting import UNKNOWN, percent

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document

REGION_ROW = "De regel Regio is het totaal van alle gemeenten in de regio."
KIND = "Hoofdstuk voor het volkshuisvestingsprogramma"
TITLE = "Wonen voor aandachtsgroepen"
IN_THE_VISION = " van de regionale woonzorgvisie."
NEED_NOTE = ESTIMATE_NOTE.removesuffix(".") + IN_THE_VISION
STOCK_NOTE = BASELINE_NOTE.removesuffix(".") + IN_THE_VISION
BASELINE = (
    BaselineIndicator.INHABITANTS,
    BaselineIndicator.HOUSEHOLDS,
    BaselineIndicator.DWELLINGS,
    BaselineIndicator.SOCIAL_RENT_DWELLINGS,
)


def programme_chapter(document: Document, data: DocumentData, m: MunicipalityInfo) -> None:
    """The whole chapter for municipality `m` on an opened (empty) house-style document."""
    title_block(document, data, m)
    heading(document, TITLE, 1)
    paragraph(document, _introduction(data, m))
    for section in (need_and_capacity, fair_share, urgency, social_rent, plans, sources):
        section(document, data, m)


def title_block(document: Document, data: DocumentData, m: MunicipalityInfo) -> None:
    """The chapter's title, where it comes from, the running header and the properties."""
    vision = data.vision
    paragraph(document, f"Volkshuisvestingsprogramma {m.name}", "Title")
    paragraph(document, f"Hoofdstuk {TITLE.lower()}", "Subtitle")
    region = f" van de regio {vision.region_name}" if vision.region_name else ""
    for line in (
        f"Uit de woonzorgvisie '{vision.title}'{region}",
        f"Planperiode: {vision.start_year}–{vision.end_year}",
        f"Status: {vision.status.label}",
        f"Datum: {dutch_date()}",
    ):
        paragraph(document, line)
    cover_notes(document, data, "Dit hoofdstuk")
    document_properties(document, data, f"{KIND} {m.name}")
    header_and_footer(document, f"Volkshuisvestingsprogramma {m.name}", TITLE)


def _introduction(data: DocumentData, m: MunicipalityInfo) -> str:
    region = data.vision.region_name or "de regio"
    return (
        f"Dit hoofdstuk is het deel van {m.name} in de regionale woonzorgvisie van {region}. "
        f"Het beschrijft de woonbehoefte en het aanbod per aandachtsgroep in {m.name}, het "
        "evenredig aandeel in de huisvesting van urgente woningzoekenden volgens de regionale "
        "afspraak, de categorieën verplicht urgenten, de bijdrage aan de regionale toetsen "
        "voor sociale huur en betaalbaar bouwen, en de afspraken en maatregelen. Cijfers van "
        "andere gemeenten staan er niet in; waar de regio als geheel telt, staat dat erbij. "
        f"{catalogue.GAP_DEFINITION}"
    )


def need_and_capacity(document: Document, data: DocumentData, m: MunicipalityInfo) -> None:
    """Need, capacity and gap per group over the plan period, and the gap per year."""
    analysis = data.analysis
    vision = data.vision
    heading(document, "Woonbehoefte en aanbod per aandachtsgroep", 2)
    paragraph(document, _gap_sentence(data, m))
    rows = [
        [g.label, *marked_gap_cells(data, group_id=g.id, municipality_id=m.id)]
        for g in analysis.figures.groups
    ]
    rows.append([f"Totaal {m.name}", *marked_gap_cells(data, municipality_id=m.id)])
    period = f"{vision.start_year}–{vision.end_year}"
    caption(document, "Tabel", f"{m.name}: opgave per aandachtsgroep, {period}")
    table(document, ["Aandachtsgroep", *GAP_HEADER], rows, total=True)
    estimate_note(document, has_mark(rows), NEED_NOTE)
    missing_note(document, data, municipality_id=m.id)
    urgent = [g.label for g in analysis.figures.groups if g.mandatory_urgency]
    if urgent:
        paragraph(document, f"(Deels) verplicht urgent: {', '.join(urgent)}.")
    over_time(
        document,
        data,
        f"{m.name}: opgave per jaar, alle aandachtsgroepen",
        NEED_NOTE,
        municipality_id=m.id,
    )


def _gap_sentence(data: DocumentData, m: MunicipalityInfo) -> str:
    """The municipality's need, capacity and gap over the period in words."""
    total = data.analysis.gap_total(municipality_id=m.id)
    period = f"{data.vision.start_year}–{data.vision.end_year}"
    if not total.complete:
        return (
            f"De opgave van {m.name} over {period} is {UNKNOWN}, omdat niet alle woonbehoefte "
            "en al het aanbod is ingevuld; onder de tabel staat wat ontbreekt."
        )
    need, capacity = data.count(total.need).value, data.count(total.capacity).value
    shortage, surplus = data.count(total.shortage).value, data.count(total.surplus).value
    return (
        f"Over {period} is de woonbehoefte van de aandachtsgroepen in {m.name} {need} en het "
        f"aanbod {capacity}: een tekort van {shortage} en een overschot van {surplus} "
        "(per woonvorm apart opgeteld)."
    )


def fair_share(document: Document, data: DocumentData, m: MunicipalityInfo) -> None:
    """The regional agreement on the evenwichtige verdeling and what it asks of `m`."""
    heading(document, "Evenwichtige verdeling in de regio", 2)
    for text in explanation(data):
        paragraph(document, text)
    own = data.analysis.distribution()[m.id]
    paragraph(document, _fair_share_sentence(data, m))
    header, rows = distribution_rows(data, {m.id: own}, [m])
    caption(document, "Tabel", f"{m.name}: evenredig aandeel en bijdrage, hele planperiode")
    table(document, header, rows)
    if own.missing:
        note = f"{UNKNOWN.capitalize()}, want er ontbreekt: {'; '.join(own.missing)}."
        paragraph(document, note).runs[0].italic = True
    settings = data.analysis.figures.distribution
    if settings.corrections_used or settings.backlogs_used:
        correction_sources(document, data, [m])


def _fair_share_sentence(data: DocumentData, m: MunicipalityInfo) -> str:
    own = data.analysis.distribution()[m.id]
    if own.fair_share is None:
        return f"Het evenredig aandeel van {m.name} is {UNKNOWN}; onder de tabel staat waarom."
    share = data.count(round(own.fair_share)).value
    text = (
        f"Volgens de verdeelsleutel draagt {m.name} {percent(own.key_share)} van de regionale "
        f"woonbehoefte van deze groepen: een evenredig aandeel van {share} woningen over de "
        "planperiode."
    )
    difference = own.rounded_difference
    if difference is None:
        return f"{text} Of {m.name} dat aandeel draagt, is {UNKNOWN}."
    if difference < 0:
        return f"{text} {m.name} draagt {data.count(-difference).value} minder dan dat aandeel."
    return f"{text} {m.name} draagt {data.count(difference).value} meer dan dat aandeel."


def urgency(document: Document, data: DocumentData, m: MunicipalityInfo) -> None:
    """The categories of verplicht urgenten the municipality applies, with their sources."""
    heading(document, "Urgentie", 2)
    categories = data.urgency_categories
    if not categories:
        paragraph(
            document, "In de woonzorgvisie zijn geen categorieën verplicht urgenten vastgelegd."
        )
        return
    paragraph(
        document,
        f"{m.name} geeft urgentie aan de categorieën verplicht urgenten die de regio in de "
        f"woonzorgvisie hanteert. {norm_words.norm_set_sentence(data.analysis.figures, [])}",
    )
    rows = [
        [
            c.label,
            c.source or ("eigen categorie van de regio" if not c.norm_set else "–"),
            long_date(c.reference_date) or "–",
        ]
        for c in categories
    ]
    caption(document, "Tabel", "Categorieën verplicht urgenten")
    table(document, ["Categorie", "Bron", "Peildatum"], rows, weights=[2.4, 3, 1.1])


def social_rent(document: Document, data: DocumentData, m: MunicipalityInfo) -> None:
    """The municipality's own social-rent test and its part in the region's tests."""
    heading(document, "Sociale huur en betaalbaar bouwen", 2)
    paragraph(document, norm_words.rules_paragraph(data.analysis.figures))
    social_rent_table(document, data, [m])
    heading(document, "Bijdrage aan de regionale toetsen", 3)
    paragraph(document, regional.summary(data))
    paragraph(document, regional.contribution_sentence(data, m))
    caption(document, "Tabel", "Regionale toets sociale huur en betaalbaar bouwen")
    header = ["Toets (regio als geheel)", "Regio", "Streven of norm", "Voldoet"]
    table(document, header, regional.test_rows(data), weights=[2.6, 1, 1, 1])
    caption(document, "Tabel", f"Bijdrage van {m.name} aan de sociale huur in de regio")
    rows = regional.stock_rows(data, only=m.id)
    table(document, regional.STOCK_HEADER, rows, total=True, weights=[2.2, 1, 1, 1, 1.3])
    estimate_note(document, has_mark(rows), STOCK_NOTE)
    caption(document, "Tabel", f"Bijdrage van {m.name} aan de geplande nieuwbouw in de regio")
    weights = [2.2, 1.1, 1, 1, 1, 1.4]
    rows = regional.new_build_rows(data, only=m.id)
    table(document, regional.NEW_BUILD_HEADER, rows, total=True, weights=weights)
    text = f"{REGION_ROW} {_missing(list(regional_notes(data.analysis)))}".strip()
    paragraph(document, text).runs[0].italic = True


def _missing(notes: list[str]) -> str:
    """'Onbekend door ontbrekende invoer: …' ('' when nothing is missing)."""
    return f"{UNKNOWN.capitalize()} door ontbrekende invoer: {'; '.join(notes)}." if notes else ""


def plans(document: Document, data: DocumentData, m: MunicipalityInfo) -> None:
    """The agreements of this municipality and of the whole region; the region's measures."""
    heading(document, "Afspraken en maatregelen", 2)
    own = [a for a in data.agreements if a.municipality_code == m.code]
    shared = [a for a in data.agreements if not a.municipality_code]
    for items, title in (
        (own, f"Prestatieafspraken voor {m.name}"),
        (shared, "Prestatieafspraken voor de hele regio"),
    ):
        if not items:
            paragraph(document, f"{title}: nog geen vastgelegd.")
            continue
        caption(document, "Tabel", title)
        table(
            document,
            AGREEMENT_HEADER,
            [agreement_row(data, a) for a in items],
            weights=AGREEMENT_WEIGHTS,
        )
    if not data.measures:
        paragraph(document, "Er zijn nog geen maatregelen vastgelegd.")
        return
    paragraph(document, "De maatregelen van de woonzorgvisie gelden voor de hele regio.")
    rows = [
        [
            f"{int(x.action_line)} {x.action_line.label}",
            x.description,
            x.owner or "–",
            str(x.year) if x.year else "–",
        ]
        for x in data.measures
    ]
    caption(document, "Tabel", "Maatregelen voor de hele regio, per actielijn")
    table(document, ["Actielijn", "Maatregel", "Trekker", "Jaar"], rows, weights=[2.2, 4, 2, 0.8])


def sources(document: Document, data: DocumentData, m: MunicipalityInfo) -> None:
    """Where the figures and norms come from; where the estimates are explained."""
    heading(document, "Bronnen en normen", 2)
    paragraph(document, sources_line(data, BASELINE, [m]))
    if any(key[0] == m.id for key in data.analysis.figures.estimated):
        paragraph(
            document,
            "Waar niemand een woonbehoefte invulde, is die geraamd; de methode, de gebruikte "
            "cijfers en hun bronnen staan in het hoofdstuk Verantwoording van de raming"
            + IN_THE_VISION,
        )
    norms_and_sources(document, data)
