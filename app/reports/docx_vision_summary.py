"""The front of the Word vision: the management summary (the opgave in figures, the
social-rent and affordability tests, the most important agreements) and the building
blocks of the raadsvoorstel (proposal, decisions asked, a financial paragraph the
municipality fills in). Every number is the Analysis's, formatted as in the chapters; an
unknown figure says 'onbekend' and what is missing; an estimated one carries the mark of
chapter 8."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.reports.doc_data import DocumentData, value_text
from app.reports.docx_base import bullets, caption, heading, paragraph, table
from app.reports.docx_vision_analysis import (
    GAP_HEADER,
    marked_gap_cells,
    missing_note,
    missing_text,
)
from app.reports.docx_vision_estimates import estimate_note, estimated_count, has_mark
from app.reports.xlsx_tables import key_description
from app.services import catalogue
from app.services.calculations.gaps import GapTotal
from app.services.calculations.missing import name_list
from app.services.calculations.social_rent import SocialRentResult
from app.services.dto import AgreementInfo
from app.services.dutch_dates import long_date
from app.services.formatting import norm_text, percent

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document

SUMMARY = "Samenvatting"
PROPOSAL = "Bouwstenen voor het raadsvoorstel"
MAX_AGREEMENTS = 6
MAX_NAMES = 8
FILL_IN = "In te vullen door de gemeente"


def summary(document: Document, data: DocumentData) -> None:
    """Samenvatting: the opgave, the norms tests and the most important agreements."""
    heading(document, SUMMARY, 1)
    paragraph(
        document,
        f"Deze samenvatting geeft de kern van de woonzorgvisie voor {_region(data)} over "
        f"{_period(data)}: de opgave voor de aandachtsgroepen, de toets aan de normen voor "
        "sociale huur en betaalbaar bouwen, en de belangrijkste prestatieafspraken. De "
        "cijfers komen uit de hoofdstukken hierna.",
    )
    _opgave(document, data)
    _norms(document, data)
    _agreements(document, data)


def _opgave(document: Document, data: DocumentData) -> None:
    analysis = data.analysis
    heading(document, "De opgave in cijfers", 2)
    paragraph(document, gap_sentence(data))
    rows = [[g.label, *marked_gap_cells(data, group_id=g.id)] for g in analysis.figures.groups]
    rows.append(["Regio", *marked_gap_cells(data)])
    caption(document, "Tabel", "Kerncijfers per aandachtsgroep, regio, hele planperiode")
    table(document, ["Aandachtsgroep", *GAP_HEADER], rows, total=True)
    estimate_note(document, has_mark(rows))
    missing_note(document, data)
    largest = _largest_shortages(data)
    if largest:
        paragraph(document, largest)


def gap_sentence(data: DocumentData) -> str:
    """The regional opgave over the period in one sentence; 'onbekend' with what is missing."""
    analysis = data.analysis
    total = analysis.gap_total()
    if not total.complete:
        return (
            f"De opgave over {_period(data)} is nog onbekend, omdat niet alle woonbehoefte en "
            f"al het aanbod is ingevuld. {missing_text(data)}"
        ).strip()
    need = estimated_count(data, total.need, analysis.need_source_of()).value
    text = (
        f"Over {_period(data)} hebben de aandachtsgroepen in de regio samen een woonbehoefte "
        f"van {need} woonruimten; het aanbod is {data.count(total.capacity).value}. "
        f"Het tekort is {data.count(total.shortage).value} en het overschot "
        f"{data.count(total.surplus).value}"
    )
    return text + f": per saldo een opgave van {data.gap(total.gap).value}."


def _largest_shortages(data: DocumentData) -> str:
    """Which group and which municipality have the largest shortage (of those known)."""
    analysis = data.analysis
    groups = [(g.label, analysis.gap_total(group_id=g.id)) for g in analysis.figures.groups]
    places = [
        (m.name, analysis.gap_total(municipality_id=m.id)) for m in analysis.figures.municipalities
    ]
    sentences = []
    for form, totals, partial in (
        ("Het grootste tekort heeft de aandachtsgroep {} ({}){}.", groups, " van de groepen"),
        ("Van de gemeenten heeft {} het grootste tekort ({}){}.", places, ""),
    ):
        known = [(name, t) for name, t in totals if t.complete and (t.shortage or 0) > 0]
        if not known:
            continue
        name, top = max(known, key=lambda item: item[1].shortage or 0)
        note = "" if all(t.complete for _, t in totals) else f", van wie het bekend is{partial}"
        sentences.append(form.format(name, data.count(top.shortage).value, note))
    return " ".join(sentences)


def _norms(document: Document, data: DocumentData) -> None:
    """The social-rent and affordability tests of chapter 2, in words."""
    analysis = data.analysis
    heading(document, "Sociale huur en betaalbaar bouwen", 2)
    tests = [(m.name, analysis.social_rent[m.id]) for m in analysis.figures.municipalities]
    lines = [line for line in _norm_lines(data, tests) if line]
    if lines:
        paragraph(document, "De toets aan de normen per gemeente (paragraaf 2.2):")
        bullets(document, lines)
    unknown = [
        f"{n} (ontbreekt: {', '.join(t.missing)})"
        for n, t in tests
        if t.current_share is None or t.affordable_new_build_share is None
    ]
    if unknown:
        text = f"Niet (helemaal) te toetsen: {name_list(unknown, MAX_NAMES)}."
        paragraph(document, text).runs[0].italic = True


def _norm_lines(data: DocumentData, tests: Sequence[tuple[str, SocialRentResult]]) -> list[str]:
    """One line per norm test with the municipalities it holds for ('' when none)."""
    norm = data.analysis.figures.norm
    goal = norm_text(norm(catalogue.SOCIAL_RENT_GOAL))
    return [
        _names(
            f"Nu ten minste {goal} sociale huur", [n for n, t in tests if t.below_goal is False]
        ),
        _names(f"Nu minder dan {goal} sociale huur", [n for n, t in tests if t.below_goal]),
        _names(
            f"Onder het landelijk gemiddelde ({percent(norm(catalogue.NATIONAL_SOCIAL_SHARE))}), "
            f"dus ten minste {norm_text(norm(catalogue.MIN_SOCIAL_NEW_BUILD))} sociale huur "
            "in de nieuwbouw",
            [n for n, t in tests if t.must_build_30_percent],
        ),
        _names(
            f"Streven van {goal} niet haalbaar met nieuwbouw alleen",
            [
                f"{n} (nodig {percent(t.needed_social_new_build_share)})"
                for n, t in tests
                if t.goal_reachable is False
            ],
        ),
        _names(
            f"Minder dan {norm_text(norm(catalogue.AFFORDABLE_NEW_BUILD))} van de nieuwbouw "
            "betaalbaar",
            [
                f"{n} ({percent(t.affordable_new_build_share)})"
                for n, t in tests
                if t.meets_affordable_norm is False
            ],
        ),
        _names(
            f"Ten minste {norm_text(norm(catalogue.AFFORDABLE_NEW_BUILD))} van de nieuwbouw "
            "betaalbaar",
            [n for n, t in tests if t.meets_affordable_norm],
        ),
    ]


def _names(label: str, names: Sequence[str]) -> str:
    return f"{label}: {name_list(list(names), MAX_NAMES)}." if names else ""


def _agreements(document: Document, data: DocumentData) -> None:
    heading(document, "Belangrijkste prestatieafspraken", 2)
    if not data.agreements:
        paragraph(document, "Er zijn nog geen prestatieafspraken vastgelegd (hoofdstuk 6).")
        return
    chosen = important_agreements(data)
    rest = len(data.agreements) - len(chosen)
    paragraph(
        document,
        "De afspraken voor de aandachtsgroepen met het grootste tekort in de regio"
        + (f"; hoofdstuk 6 geeft alle {len(data.agreements)} afspraken." if rest else "."),
    )
    labels = data.group_labels()
    owners = data.partner_names()
    rows = [
        [
            a.description,
            labels.get(a.group_id or 0, "–"),
            owners.get(a.owner_partner_id or 0, "–"),
            _target(a),
            long_date(a.deadline) or "–",
        ]
        for a in chosen
    ]
    caption(document, "Tabel", "Belangrijkste prestatieafspraken")
    header = ["Afspraak", "Aandachtsgroep", "Trekker", "Doel", "Deadline"]
    table(document, header, rows, weights=[3.4, 2, 2, 1.8, 1.6])


def important_agreements(data: DocumentData) -> list[AgreementInfo]:
    """At most MAX_AGREEMENTS agreements, those for the groups with the largest regional
    shortage first (a group whose shortage is unknown, or none, after), else in order."""
    shortage = {
        g.id: _shortage(data.analysis.gap_total(group_id=g.id))
        for g in data.analysis.figures.groups
    }
    ranked = sorted(
        enumerate(data.agreements),
        key=lambda item: (-shortage.get(item[1].group_id or 0, -1), item[0]),
    )
    return [a for _, a in ranked[:MAX_AGREEMENTS]]


def _shortage(total: GapTotal) -> int:
    return total.shortage if total.complete and total.shortage is not None else -1


def _target(agreement: AgreementInfo) -> str:
    """The target of the last year that has one: '20 woningen in 2030'."""
    years = [(y, info.target) for y, info in agreement.years.items() if info.target is not None]
    if not years:
        return "–"
    year, target = max(years)
    return f"{value_text(target, agreement.unit)} in {year}"


def council_proposal(document: Document, data: DocumentData) -> None:
    """Bouwstenen voor het raadsvoorstel: proposal, decisions asked, financial paragraph."""
    vision = data.vision
    heading(document, PROPOSAL, 1)
    paragraph(
        document,
        "Dit hoofdstuk geeft tekst om het raadsvoorstel mee op te bouwen. De cijfers komen "
        "uit deze visie; wat alleen de gemeente kan invullen, staat in een gekleurd kader.",
    )
    heading(document, "Voorstel", 2)
    paragraph(
        document,
        f"Het college stelt de raad voor de woonzorgvisie '{vision.title}' voor {_region(data)} "
        f"en de planperiode {_period(data)} vast te stellen. De visie beschrijft de "
        "woonbehoefte en het aanbod voor de aandachtsgroepen en de opgave die daaruit volgt, "
        "de evenwichtige verdeling over de gemeenten en de prestatieafspraken met de partners. "
        + gap_sentence(data),
    )
    heading(document, "Gevraagd besluit", 2)
    paragraph(document, "De raad wordt voorgesteld te besluiten:")
    for number_, decision in enumerate(_decisions(data), start=1):
        paragraph(document, f"{number_}. {decision}")
    heading(document, "Financiële paragraaf", 2)
    paragraph(
        document,
        f"{FILL_IN}: de financiële gevolgen van dit besluit (kosten, dekking en "
        "begrotingspost). Thuisplan berekent geen bedragen.",
        "Kader",
    )


def _decisions(data: DocumentData) -> list[str]:
    vision = data.vision
    return [
        f"de woonzorgvisie '{vision.title}' ({_period(data)}) vast te stellen;",
        "de opgave per aandachtsgroep en per gemeente uit de hoofdstukken 3 en 4 als "
        "uitgangspunt te nemen voor het woonbeleid en de woningbouwprogrammering;",
        "in te stemmen met de evenwichtige verdeling van de huisvesting van aandachtsgroepen "
        f"over de gemeenten volgens de verdeelsleutel "
        f"{key_description(data.analysis).lower()} (paragraaf 4.2);",
        "het college te vragen de prestatieafspraken uit hoofdstuk 6 met de partners vast te "
        "leggen en de raad jaarlijks te informeren over de voortgang (hoofdstuk 7).",
    ]


def _region(data: DocumentData) -> str:
    name = data.vision.region_name
    return f"de regio {name}" if name else "de regio"


def _period(data: DocumentData) -> str:
    return f"{data.vision.start_year}–{data.vision.end_year}"
