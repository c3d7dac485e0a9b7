"""The annex's other sheets: Overzicht, Verdeling, Sociale huur, Prestatieafspraken, Bronnen.

Every number is the services' (Analysis, agreements, norms); nothing is recomputed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models import BaselineIndicator, DistributionKey
from app.reports.safe_text import NO_PROTECTION, SmallNumbers
from app.reports.xlsx_distribution import scope_lines
from app.reports.xlsx_style import (
    AMOUNT,
    COUNT,
    DATE,
    DECIMAL,
    SHARE,
    SIGNED,
    SIGNED_DECIMAL,
    Column,
    sheet_date,
    title_rows,
    write_table,
)
from app.services import catalogue, norm_words
from app.services.analysis import Analysis
from app.services.chart_data.common import gap_total_notes
from app.services.chart_data.regional_social_rent import regional_notes
from app.services.demo import EXAMPLE_NOTE
from app.services.dto import AgreementInfo, AgreementYearInfo, NormInfo, PartnerInfo
from app.services.estimates.parameters import describe
from app.services.formatting import percent
from app.services.monitor import MonitorData
from app.services.reference_data import CBS_ATTRIBUTION

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from openpyxl.worksheet.worksheet import Worksheet


@dataclass(frozen=True)
class AnnexData:
    """What the annex shows, read from the services once."""

    analysis: Analysis
    agreements: list[AgreementInfo]
    partners: list[PartnerInfo]
    norms: list[NormInfo]
    small: SmallNumbers
    monitor: MonitorData | None = None


def key_description(analysis: Analysis) -> str:
    """'Inwoners' or 'Gewogen mix (inwoners 50 %, woningvoorraad 50 %)'."""
    vision = analysis.figures.vision
    key = vision.distribution_key
    if key is not DistributionKey.WEIGHTED_MIX:
        return key.label
    weights = {ind: w for ind, w in vision.key_weights.items() if w > 0}
    total = sum(weights.values()) or 1
    parts = ", ".join(f"{ind.label.lower()} {percent(w / total, 0)}" for ind, w in weights.items())
    return f"{key.label} ({parts})"


def write_overview(sheet: Worksheet, data: AnnexData) -> None:
    """Title, period, key, notices, and the regional gap per group over the period."""
    vision = data.analysis.figures.vision
    lines = [
        (f"Cijferbijlage — {vision.title}", True),
        (f"Regio: {vision.region_name or '-'}", False),
        (f"Planperiode: {vision.start_year}–{vision.end_year}", False),
        (f"Status: {vision.status.label}", False),
        (f"Verdeelsleutel: {key_description(data.analysis)}", False),
        *((line, False) for line in scope_lines(data.analysis)),
        ("Opgave = woonbehoefte − aanbod: positief is een tekort, negatief een overschot.", False),
        (
            "Een leeg totaal is onbekend: niet alle cijfers van de groep zijn ingevuld "
            "(zie 'Ontbreekt').",
            False,
        ),
    ]
    if vision.is_example:
        lines.append((f"Let op: {EXAMPLE_NOTE}.", True))
    if data.small.enabled:
        lines.append(
            (
                f"Aantallen onder {data.small.threshold} zijn weergegeven als '{data.small.mask}'; "
                "de opgave staat daarom als waarde, niet als formule.",
                False,
            )
        )
    start = title_rows(sheet, lines) + 1
    columns = [
        Column("Aandachtsgroep", 46),
        Column("Woonbehoefte", 14, COUNT, True),
        Column("Aanbod", 12, COUNT, True),
        Column("Tekort", 12, COUNT, True),
        Column("Overschot", 12, COUNT, True),
        Column("Opgave", 12, SIGNED, True),
        Column("Onbekende cellen", 12, COUNT),
        Column("Ontbreekt (totaal daarom onbekend)", 60),
    ]
    rows = []
    for group in data.analysis.figures.groups:
        t = data.analysis.gap_total(group_id=group.id)
        notes = None if t.complete else "; ".join(gap_total_notes(data.analysis, group_id=group.id))
        rows.append([group.label, *t.values, t.unknown, notes])
    _table_at(sheet, start, columns, rows, data.small)
    sheet.column_dimensions["A"].width = 60


def _table_at(
    sheet: Worksheet,
    start: int,
    columns: Sequence[Column],
    rows: Iterable[Sequence[object]],
    small: SmallNumbers,
) -> None:
    """A table whose header is on row `start` (below title lines)."""
    from app.reports.xlsx_style import table_width, write_header, write_row

    width = table_width(sheet, columns)
    write_header(sheet, columns, row=start)
    for line, values in enumerate(rows, start=start + 1):
        write_row(sheet, line, columns, values, small, width)


def write_fair_shares(sheet: Worksheet, data: AnnexData) -> None:
    """Fair share per group of the verdeling's scope x municipality with the key used, over
    the whole period (the scope's total per municipality: 'Verdeling per gemeente')."""
    analysis = data.analysis
    key = key_description(analysis)
    groups = {g.id: g.label for g in analysis.scope_groups}
    columns = [
        Column("Aandachtsgroep", 44),
        Column("Gemeente", 24),
        Column(f"Aandeel in de verdeelsleutel ({key})", 22, SHARE),
        Column("Evenredig aandeel (woningen)", 16, DECIMAL, True),
        Column("Aanbod (bijdrage)", 14, COUNT, True),
        Column("Verschil (bijdrage − aandeel)", 16, SIGNED_DECIMAL, True),
        Column("Ontbreekt", 40),
    ]
    rows = (
        [
            groups[s.group_id],
            analysis.names[s.municipality_id],
            s.key_share,
            s.fair_share,
            s.contribution,
            s.difference,
            "; ".join(s.missing),
        ]
        for s in analysis.fair_shares
        if s.group_id in groups
    )
    write_table(sheet, columns, rows, small=data.small, freeze="C2")


def write_social_rent(sheet: Worksheet, data: AnnexData) -> None:
    """The social rent test per municipality."""
    analysis = data.analysis
    figures = analysis.figures
    goal = norm_words.goal_phrase(figures)
    affordable = norm_words.share_text(figures.norm(catalogue.AFFORDABLE_NEW_BUILD))
    columns = [
        Column("Gemeente", 24),
        Column("Woningen", 12, COUNT),
        Column("Sociale huurwoningen", 14, COUNT),
        Column("Aandeel sociale huur nu", 14, SHARE),
        Column(f"Onder {goal}", 10),
        Column(norm_words.must_build_long_header(figures), 20),
        Column("Geplande nieuwbouw", 14, COUNT),
        Column("waarvan sociale huur", 14, COUNT),
        Column("Aandeel sociale huur eind planperiode", 16, SHARE),
        Column(f"Benodigd aandeel sociale nieuwbouw voor {goal}", 18, SHARE),
        Column(f"{goal} haalbaar", 10),
        Column(f"Nodig in nieuwbouw voor {goal} (ook boven 100 %)", 18, SHARE),
        Column("Aandeel betaalbare nieuwbouw", 14, SHARE),
        Column(f"Voldoet aan {affordable} betaalbaar", 12),
        Column("Geplande nieuwbouw betaalbaar (sociaal + midden)", 16, COUNT),
        Column("Deel van de sociale huur in de regio", 14, SHARE),
        Column("Deel van de betaalbare nieuwbouw in de regio", 16, SHARE),
        Column("Ontbreekt", 40),
    ]
    region = analysis.region_social_rent
    rows = []
    for m, part in zip(analysis.figures.municipalities, region.contributions, strict=True):
        t = analysis.social_rent[m.id]
        rows.append(
            [
                m.name,
                m.value(BaselineIndicator.DWELLINGS),
                m.value(BaselineIndicator.SOCIAL_RENT_DWELLINGS),
                t.current_share,
                t.below_goal,
                t.must_build_30_percent,
                m.value(BaselineIndicator.PLANNED_NEW_TOTAL),
                m.value(BaselineIndicator.PLANNED_NEW_SOCIAL),
                t.projected_share,
                t.required_social_new_build_share,
                t.goal_reachable,
                t.needed_social_new_build_share,
                t.affordable_new_build_share,
                t.meets_affordable_norm,
                part.planned_new_affordable,
                part.share_of_social_rent,
                part.share_of_affordable_new_build,
                "; ".join(t.missing),
            ]
        )
    last = write_table(sheet, columns, rows, freeze="B2")
    _region_rows(sheet, last + 2, columns, analysis)


REGION_NOTE = (
    "Regio: de cijfers van alle gemeenten samen, getoetst als één geheel (aandelen = som / "
    "som). Een leeg aandeel is onbekend: een gemeente mist een cijfer (zie 'Ontbreekt')."
)


def _region_rows(
    sheet: Worksheet, line: int, columns: Sequence[Column], analysis: Analysis
) -> None:
    """The region as a whole under the municipalities (outside the filter), in bold, and
    what it means; the minimum social share of new construction is a municipal rule.
    What is missing is said briefly (a national vision can miss thousands of figures)."""
    from openpyxl.styles import Font

    from app.reports.xlsx_style import write_row

    region = analysis.region_social_rent
    current = region.current.meets_norm
    values = [
        "Regio (alle gemeenten samen)",
        region.dwellings,
        region.social_rent_dwellings,
        region.current.share,
        None if current is None else not current,
        "n.v.t.",
        region.planned_new_total,
        region.planned_new_social,
        region.projected.share,
        region.required_social_new_build_share,
        region.goal_reachable,
        region.needed_social_new_build_share,
        region.affordable.share,
        region.affordable.meets_norm,
        region.planned_new_affordable,
        1.0 if region.social_rent_dwellings else None,
        1.0 if region.planned_new_affordable else None,
        "; ".join(regional_notes(analysis)),
    ]
    write_row(sheet, line, columns, values, NO_PROTECTION)
    for cell in sheet[line]:
        cell.font = Font(bold=True)  # as the Opgave sheet's total row
    title_rows(sheet, [(REGION_NOTE, False)], start=line + 1)


def write_agreements(sheet: Worksheet, data: AnnexData) -> None:
    """One row per agreement x year: target, realised, status."""
    names = {p.id: p.name for p in data.partners}
    groups = {g.id: g.label for g in data.analysis.figures.groups}
    municipalities = {m.code: m.name for m in data.analysis.figures.municipalities}
    columns = [
        Column("Afspraak", 44),
        Column("Partijen", 32),
        Column("Trekker", 22),
        Column("Gemeente", 18),
        Column("Aandachtsgroep", 26),
        Column("Indicator", 26),
        Column("Eenheid", 10),
        Column("Nulmeting", 11, AMOUNT),
        Column("Deadline", 12, DATE),
        Column("Jaar", 8),
        Column("Doel", 10, AMOUNT),
        Column("Gerealiseerd", 12, AMOUNT),
        Column("Status", 14),
    ]
    rows = []
    for a in data.agreements:
        common = [
            a.description,
            ", ".join(names.get(p, "?") for p in a.party_ids),
            names.get(a.owner_partner_id, "") if a.owner_partner_id else "",
            municipalities.get(a.municipality_code, "Regio") if a.municipality_code else "Regio",
            groups.get(a.group_id, "") if a.group_id else "",
            a.indicator,
            a.unit,
            a.baseline,
            sheet_date(a.deadline),
        ]
        years: dict[int | None, AgreementYearInfo | None] = (
            dict(a.years.items()) if a.years else {None: None}
        )
        for year, y in years.items():
            status = y.status.label if y and y.status else None
            rows.append([*common, year, y and y.target, y and y.realised, status])
    write_table(sheet, columns, rows, freeze="B2")


def write_sources(sheet: Worksheet, data: AnnexData) -> None:
    """Sources and reference dates: CBS (with attribution), baseline per municipality, norms."""
    vision = data.analysis.figures.vision
    lines = [
        ("Bronnen en peildata", True),
        (CBS_ATTRIBUTION, False),
        (norm_words.norm_set_sentence(data.analysis.figures, data.norms), False),
    ]
    if vision.is_example:
        lines.append((f"De cijfers van deze voorbeeldvisie zijn {EXAMPLE_NOTE.lower()}.", True))
    start = title_rows(sheet, lines) + 1
    columns = [
        Column("Gemeente / norm", 30),
        Column("Gegeven", 40),
        Column("Waarde", 14, COUNT),
        Column("Bron", 60),
        Column("Peildatum", 14, DATE),
    ]
    rows: list[list[object]] = []
    for m in data.analysis.figures.municipalities:
        for indicator, figure in m.baseline.items():
            date = sheet_date(figure.reference_date)
            given = f"{indicator.label} (raming)" if figure.estimated else indicator.label
            rows.append([m.name, given, figure.value, figure.source, date])
    for norm in data.norms:
        date = sheet_date(norm.reference_date)
        rows.append(["Norm", norm.label, norm_words.value_text(norm), norm.source, date])
    rows.extend(_estimate_rows(data))
    _table_at(sheet, start, columns, rows, SmallNumbers())


def _estimate_rows(data: AnnexData) -> list[list[object]]:
    """One row per estimate of the scenario shown: group and method, formula and sources."""
    figures = data.analysis.figures
    labels = {g.id: g.label for g in figures.groups}
    names = {m.code: m.name for m in figures.municipalities}
    rows: list[list[object]] = []
    for estimate in figures.stored_estimates:
        if estimate.group_id not in labels:
            continue
        if estimate.parameters is None or estimate.method is None:
            text = f"Niet gebruikt: {estimate.problem}"
            rows.append(["Raming", labels[estimate.group_id], None, text, None])
            continue
        given = f"{labels[estimate.group_id]} ({estimate.method.label.lower()})"
        text = " ".join(describe(estimate.parameters, names))
        rows.append(["Raming", given, None, text, None])
    return rows
