"""Woonzorgvisie chapters 1 (Inleiding en kader) and 2 (De regio in cijfers)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.models import ActionLine, BaselineIndicator
from app.reports.doc_data import DocumentData, reference_date
from app.reports.docx_base import bullets, caption, heading, paragraph, table
from app.reports.docx_figures import chart
from app.reports.docx_plausibility import reading_guide_sentence
from app.reports.docx_regional import regional_social_rent
from app.reports.docx_vision_estimates import BASELINE_NOTE, baseline_cell, estimate_note, has_mark
from app.services import catalogue, norm_words
from app.services.calculations.missing import name_list
from app.services.dto import MunicipalityInfo
from app.services.formatting import percent, required_share_text
from app.services.reference_data import CBS_ATTRIBUTION

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document


def introduction(document: Document, data: DocumentData) -> None:
    """1 Inleiding en kader: the programme, the four lines of action, region and partners."""
    vision = data.vision
    names = [m.name for m in data.analysis.figures.municipalities]
    heading(document, "1 Inleiding en kader", 1)
    heading(document, "1.1 Aanleiding", 2)
    paragraph(
        document,
        "Met het programma 'Een thuis voor iedereen' (2022) vraagt het Rijk elke gemeente om een "
        "woonzorgvisie: een regionaal afgestemde visie op het wonen van alle aandachtsgroepen en "
        "ouderen, met de woonbehoefte, het aanbod en de opgave die daaruit volgt. Gemeenten maken "
        "op basis daarvan prestatieafspraken met woningcorporaties, huurders, zorgaanbieders en "
        "het zorgkantoor, en verdelen de huisvesting van urgente woningzoekenden evenwichtig over "
        "de regio.",
    )
    paragraph(
        document,
        f"Deze woonzorgvisie geldt voor de regio {vision.region_name or '(naam niet ingevuld)'} "
        f"en de planperiode {vision.start_year}–{vision.end_year}. Zij omvat de gemeenten "
        f"{_enumerate(names)}.",
    )
    heading(document, "1.2 De vier actielijnen", 2)
    paragraph(document, "Het programma werkt langs vier actielijnen; deze visie volgt ze:")
    bullets(document, [f"Actielijn {int(line)}: {line.label}" for line in ActionLine])
    heading(document, "1.3 Partners", 2)
    _partners(document, data)
    heading(document, "1.4 Leeswijzer", 2)
    paragraph(
        document,
        "Hoofdstuk 2 beschrijft de regio in cijfers. Hoofdstuk 3 analyseert per aandachtsgroep "
        "de woonbehoefte, het aanbod en de opgave; hoofdstuk 4 de opgave per gemeente en de "
        "evenwichtige verdeling. Hoofdstuk 5 bevat de ambities en maatregelen per actielijn, "
        "hoofdstuk 6 de prestatieafspraken en hoofdstuk 7 de monitoring. Hoofdstuk 8 legt uit "
        "hoe geraamde cijfers zijn berekend. De bijlagen geven de cijfers per gemeente en de "
        "bronnen.",
    )
    paragraph(document, catalogue.GAP_DEFINITION)
    warned = reading_guide_sentence(data)
    if warned:
        paragraph(document, warned)


def _partners(document: Document, data: DocumentData) -> None:
    if not data.partners:
        paragraph(document, "Er zijn nog geen partners vastgelegd.")
        return
    paragraph(document, "Aan deze woonzorgvisie werken de volgende partners mee.")
    municipalities = data.municipality_names()
    rows = [
        [p.name, p.kind.label, municipalities.get(p.municipality_code or "", "Regionaal")]
        for p in data.partners
    ]
    caption(document, "Tabel", "Partners")
    table(document, ["Partner", "Soort", "Werkgebied"], rows, weights=[3, 2, 2])


def region_in_figures(document: Document, data: DocumentData) -> None:
    """2 De regio in cijfers: baseline per municipality with sources; the social rent test."""
    analysis = data.analysis
    heading(document, "2 De regio in cijfers", 1)
    heading(document, "2.1 Basisgegevens per gemeente", 2)
    indicators = [
        BaselineIndicator.INHABITANTS,
        BaselineIndicator.HOUSEHOLDS,
        BaselineIndicator.DWELLINGS,
        BaselineIndicator.SOCIAL_RENT_DWELLINGS,
    ]
    rows = [
        [m.name, *(baseline_cell(data, m, ind) for ind in indicators)]
        for m in analysis.figures.municipalities
    ]
    caption(document, "Tabel", "Basisgegevens per gemeente")
    table(document, ["Gemeente", "Inwoners", "Huishoudens", "Woningen", "Sociale huur"], rows)
    estimate_note(document, has_mark(rows), BASELINE_NOTE)
    paragraph(document, sources_line(data, indicators)).runs[0].italic = True
    _social_rent(document, data)


def sources_line(
    data: DocumentData,
    indicators: Sequence[BaselineIndicator],
    municipalities: Sequence[MunicipalityInfo] | None = None,
) -> str:
    """'Bronnen: …' of the baseline figures of `municipalities` (default: all)."""
    sources: dict[tuple[str, str], list[BaselineIndicator]] = {}
    for m in data.analysis.figures.municipalities if municipalities is None else municipalities:
        for indicator in indicators:
            figure = m.baseline.get(indicator)
            if figure is not None and figure.value is not None and figure.source:
                sources.setdefault((figure.source, figure.reference_date), []).append(indicator)
    parts = [f"{source} (peildatum {reference_date(date)})" for (source, date) in sorted(sources)]
    licence = "CBS-gegevens onder licentie CC BY 4.0."
    return f"Bronnen: {'; '.join(parts)}. {licence}" if parts else f"{CBS_ATTRIBUTION}."


def _social_rent(document: Document, data: DocumentData) -> None:
    analysis = data.analysis
    figures = analysis.figures
    heading(document, f"2.2 Sociale huur: {norm_words.goal_heading(figures)}", 2)
    paragraph(
        document,
        f"{norm_words.rules_paragraph(figures)} De tabel toetst elke gemeente nu en aan het "
        "eind van de planperiode, met de geplande nieuwbouw.",
    )
    social_rent_table(document, data, analysis.figures.municipalities)
    chart(document, data, "social_rent")
    regional_social_rent(document, data, level=3)
    sources = norm_words.norm_sources(data.norms)
    paragraph(document, f"Bronnen: {sources}.").runs[0].italic = True


def _enumerate(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


def social_rent_table(
    document: Document, data: DocumentData, municipalities: Sequence[MunicipalityInfo]
) -> None:
    """The social-rent test of `municipalities`, and in words where the goal cannot be
    reached with new construction alone (never a bare 100 %)."""
    analysis = data.analysis
    goal = norm_words.goal_phrase(analysis.figures)
    rows = []
    for m in municipalities:
        t = analysis.social_rent[m.id]
        rows.append(
            [
                m.name,
                data.share(t.current_share),
                norm_words.must_build_text(analysis.figures, t.must_build_30_percent),
                data.share(t.projected_share),
                required_share_text(
                    t.required_social_new_build_share,
                    t.goal_reachable,
                    t.needed_social_new_build_share,
                ),
                data.share(t.affordable_new_build_share),
            ]
        )
    caption(document, "Tabel", "Sociale-huurtoets per gemeente")
    header = [
        "Gemeente",
        "Sociale huur nu",
        norm_words.must_build_header(analysis.figures),
        "Sociale huur eind periode",
        f"Nodig in nieuwbouw voor {goal}",
        "Betaalbaar in nieuwbouw",
    ]
    table(document, header, rows, weights=[1.8, 1, 1.2, 1.1, 1.6, 1.2])
    out_of_reach = [
        f"{m.name} (nodig {percent(analysis.social_rent[m.id].needed_social_new_build_share)})"
        for m in municipalities
        if analysis.social_rent[m.id].goal_reachable is False
    ]
    if out_of_reach:
        paragraph(
            document,
            f"Voor {name_list(out_of_reach, len(out_of_reach))} is het streven van {goal} "
            "sociale huur niet haalbaar met nieuwbouw alleen: ook als alle geplande nieuwbouw "
            "sociale huur wordt, blijft het aandeel eronder. Tussen haakjes staat welk deel van "
            "de nieuwbouw sociale huur zou moeten zijn. Meer sociale huur vraagt daar ook om "
            "bijvoorbeeld meer nieuwbouw, aankoop of transformatie van bestaande woningen.",
        )
