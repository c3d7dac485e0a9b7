"""Woonzorgvisie chapter 8, Verantwoording van de raming: every estimated figure with its
formula in words, its parameters and their sources, what it gave per municipality and why a
cell stayed unknown; and the social-rent stock where it is a raming. The tables of the other
chapters mark a total with an estimate in it with ESTIMATE_MARK and a note under the table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from app.models import BaselineIndicator
from app.reports.doc_data import DocumentData
from app.reports.docx_base import Cell, caption, heading, paragraph, table
from app.services import catalogue
from app.services.analysis import Analysis
from app.services.dto import MunicipalityInfo
from app.services.estimates.parameters import describe
from app.services.estimates.store import StoredEstimate
from app.services.formatting import percent
from app.services.reference_data import (
    CORPORATION_SOURCE,
    find_reference,
    national_corporation_share,
)
from app.services.scenario_comparison import ComparedBy, compare_scenarios

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document

TITLE = "8 Verantwoording van de raming"
ESTIMATE_MARK = "*"
ESTIMATE_NOTE = (
    f"{ESTIMATE_MARK} Woonbehoefte geheel of deels geraamd (niet ingevuld); zie hoofdstuk {TITLE}."
)
BASELINE_NOTE = (
    f"{ESTIMATE_MARK} Geraamd: aandeel corporatiebezit × woningvoorraad; zie hoofdstuk {TITLE}."
)


def estimated_count(data: DocumentData, value: float | None, source: str | None) -> Cell:
    """A need total, marked when (part of) it is an estimate."""
    cell = data.count(value)
    if source in ("estimated", "mixed") and cell.value != data.small.mask:
        return Cell(f"{cell.value} {ESTIMATE_MARK}", cell.numeric)
    return cell


def estimate_note(document: Document, marked: bool, note: str = ESTIMATE_NOTE) -> None:
    """Under a table with a marked figure: what the mark means."""
    if marked:
        paragraph(document, note).runs[0].italic = True


def has_mark(rows: Sequence[Sequence[object]]) -> bool:
    """Whether a table row holds a figure marked as (partly) estimated."""
    return any(
        isinstance(cell, Cell) and cell.value.endswith(ESTIMATE_MARK)
        for row in rows
        for cell in row
    )


def baseline_cell(
    data: DocumentData, municipality: MunicipalityInfo, indicator: BaselineIndicator
) -> Cell:
    """A baseline figure, marked when it is a raming (the shipped social-rent stock)."""
    figure = municipality.baseline.get(indicator)
    source = "estimated" if figure is not None and figure.estimated else None
    return estimated_count(data, municipality.value(indicator), source)


def estimates_chapter(document: Document, data: DocumentData) -> None:
    """8 Verantwoording van de raming."""
    heading(document, TITLE, 1)
    labels = data.group_labels()
    estimates = [e for e in data.analysis.figures.stored_estimates if e.group_id in labels]
    estimated_stock = _estimated_stock(data)
    if not estimates and not estimated_stock and not data.other_scenarios:
        paragraph(
            document,
            "Deze visie bevat geen geraamde cijfers: alle woonbehoefte is ingevuld en de "
            "basisgegevens zijn ingevuld of komen rechtstreeks van het CBS.",
        )
        return
    scenario = data.analysis.figures.scenario
    paragraph(
        document,
        "Waar niemand een woonbehoefte heeft ingevuld, raamt Thuisplan die met een vastgelegde "
        "methode. Een ingevuld cijfer gaat altijd voor: een raming vult alleen lege cellen. In "
        f"de tabellen staat bij een totaal met een geraamd deel een {ESTIMATE_MARK}. Dit "
        "hoofdstuk geeft per raming de formule, de gebruikte cijfers met hun bron en de "
        f"uitkomst per gemeente{f' (scenario {scenario})' if scenario else ''}.",
    )
    sections = [
        *(partial(_estimate_section, estimate=e) for e in estimates),
        *([partial(_stock_section, stock=estimated_stock)] if estimated_stock else []),
        *(partial(_scenario_section, other=other) for other in data.other_scenarios),
    ]
    for number_, section in enumerate(sections, start=1):
        section(document, data, prefix=f"8.{number_}")


def _estimate_section(
    document: Document, data: DocumentData, *, estimate: StoredEstimate, prefix: str
) -> None:
    label = data.group_labels()[estimate.group_id]
    if estimate.parameters is None or estimate.method is None:
        heading(document, f"{prefix} {label}", 2)
        paragraph(
            document,
            f"De raming voor deze groep is niet gebruikt: {estimate.problem} De woonbehoefte "
            "die niemand heeft ingevuld, is daarom onbekend.",
        )
        return
    heading(document, f"{prefix} {label}", 2)
    paragraph(document, f"Methode: {estimate.method.label}.")
    for line in describe(estimate.parameters, _names_by_code(data)):
        paragraph(document, line)
    rows, unknown = _outcome(data, estimate.group_id)
    caption(document, "Tabel", f"{label}: geraamde woonbehoefte per gemeente, hele planperiode")
    table(
        document,
        ["Gemeente", "Geraamd (gebruikt)", "Ingevuld (gaat voor)", "Niet te ramen"],
        rows,
        weights=[1.6, 1.1, 1.1, 2.6],
    )
    if unknown:
        paragraph(document, f"Niet te ramen: {'; '.join(unknown)}.").runs[0].italic = True


def _outcome(data: DocumentData, group_id: int) -> tuple[list[list[object]], list[str]]:
    """Per municipality: the estimated need used, the number of cells where an entered figure
    took precedence, and the years that stayed unknown (with the reasons, under the table)."""
    figures = data.analysis.figures
    used: dict[int, int] = defaultdict(int)
    overruled: dict[int, int] = defaultdict(int)
    for key, value in figures.estimates.items():
        if key[1] != group_id:
            continue
        if key in figures.estimated:
            used[key[0]] += value
        else:
            overruled[key[0]] += 1
    reasons: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for (municipality_id, group, _type, year), reason in figures.estimate_unknown.items():
        if group == group_id and year in figures.vision.years:
            reasons[municipality_id][reason].add(year)
    rows: list[list[object]] = []
    unknown: list[str] = []
    for m in figures.municipalities:
        years = sorted({y for found in reasons[m.id].values() for y in found})
        rows.append(
            [
                m.name,
                data.count(used[m.id]),
                Cell(f"{overruled[m.id]} cellen" if overruled[m.id] else "–", True),
                _years(years) or "–",
            ]
        )
        unknown.extend(
            f"{m.name} {_years(sorted(found))}: {reason}" for reason, found in reasons[m.id].items()
        )
    return rows, unknown


def _years(years: list[int]) -> str:
    """[2031, 2032, 2034] -> '2031–2032, 2034'."""
    parts: list[str] = []
    for year in years:
        if parts and parts[-1].split("–")[-1] == str(year - 1):
            parts[-1] = f"{parts[-1].split('–')[0]}–{year}"
        else:
            parts.append(str(year))
    return ", ".join(parts)


def _estimated_stock(data: DocumentData) -> list[tuple[str, int, float, int]]:
    """(name, CBS dwellings, corporation share, stock) of the municipalities whose social-rent
    stock is the shipped raming: corporation share x dwellings."""
    rows = []
    for m in data.analysis.figures.municipalities:
        stock = m.baseline.get(BaselineIndicator.SOCIAL_RENT_DWELLINGS)
        reference = find_reference(m.code)
        if stock is None or not stock.estimated or stock.value is None or reference is None:
            continue
        rows.append((m.name, reference.dwellings, reference.corporation_share, stock.value))
    return rows


def _stock_section(
    document: Document,
    data: DocumentData,
    *,
    stock: list[tuple[str, int, float, int]],
    prefix: str,
) -> None:
    heading(document, f"{prefix} Sociale huurvoorraad", 2)
    national = national_corporation_share()
    paragraph(
        document,
        "Waar de sociale huurvoorraad niet is ingevuld, is die geraamd als het aandeel woningen "
        "in bezit van woningcorporaties × de woningvoorraad van het CBS (1 januari 2024). Het "
        "aandeel komt uit een andere peildatum dan de voorraad en corporatiebezit is niet "
        "precies hetzelfde als sociale huur (corporaties verhuren ook boven de "
        f"liberalisatiegrens); vervang de raming door het eigen cijfer zodra dat er is. Bron "
        f"van het aandeel: {CORPORATION_SOURCE}.",
    )
    paragraph(
        document,
        f"Het landelijk gemiddelde uit hetzelfde bestand is {percent(national)}: het aandeel van "
        "elke gemeente gewogen met haar aantal woningen, over alle 342 gemeenten. "
        + _average_used(data),
    )
    rows = [
        [name, data.count(dwellings), Cell(percent(share), True), data.count(value)]
        for name, dwellings, share, value in stock
    ]
    caption(document, "Tabel", "Geraamde sociale huurvoorraad per gemeente")
    table(
        document,
        ["Gemeente", "Woningen (CBS)", "Aandeel corporatiebezit", "Geraamde voorraad"],
        rows,
    )
    note = "Geraamde voorraad = aandeel corporatiebezit × woningen, afgerond op hele woningen."
    paragraph(document, note).runs[0].italic = True


def _scenario_section(
    document: Document, data: DocumentData, *, other: Analysis, prefix: str
) -> None:
    """The gap under this document's scenario beside another, per group and per municipality
    (typed figures are the same in both; only estimated need differs)."""
    first, second = data.analysis.figures.scenario, other.figures.scenario
    heading(document, f"{prefix} Scenario {second} naast {first}", 2)
    paragraph(
        document,
        f"De opgave over de hele planperiode onder scenario {first} (de rest van dit document) "
        f"en onder scenario {second}. Ingevulde cijfers zijn in beide scenario's gelijk; alleen "
        "de geraamde woonbehoefte verschilt. Het verschil is de opgave onder "
        f"{second} min die onder {first}.",
    )
    for by, what in ((ComparedBy.GROUP, "Aandachtsgroep"), (ComparedBy.MUNICIPALITY, "Gemeente")):
        comparison = compare_scenarios(data.analysis, other, by)
        rows = [
            [r.label, data.gap(r.first.gap), data.gap(r.second.gap), data.gap(r.difference)]
            for r in comparison.rows
        ]
        caption(document, "Tabel", f"Opgave per {what.lower()}: {first} en {second}")
        header = [what, f"Opgave {first}", f"Opgave {second}", "Verschil"]
        table(document, header, rows, total=True, weights=[2.4, 1, 1, 1])


def _average_used(data: DocumentData) -> str:
    """Which national average the social-rent test of chapter 2 uses, and from where."""
    used = next((n for n in data.norms if n.code == catalogue.NATIONAL_SOCIAL_SHARE), None)
    value = data.analysis.figures.norm(catalogue.NATIONAL_SOCIAL_SHARE)
    text = f"De toets in hoofdstuk 2 gebruikt {percent(value)} als landelijk gemiddelde."
    return f"{text} Bron daarvan: {used.source}." if used is not None and used.source else text


def _names_by_code(data: DocumentData) -> dict[str, str]:
    return {m.code: m.name for m in data.analysis.figures.municipalities}
