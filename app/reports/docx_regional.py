"""The regional social rent test in Word: a paragraph, the test of the region as a whole and
each municipality's contribution. In the vision's section 2.2 (with chart 7) and in the
Sociale huur section of the prestatieafspraken."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.models import BaselineIndicator
from app.reports.doc_data import DocumentData
from app.reports.docx_base import Cell, caption, heading, paragraph, table
from app.reports.docx_figures import chart
from app.reports.docx_vision_estimates import (
    BASELINE_NOTE,
    estimate_note,
    estimated_count,
    has_mark,
)
from app.services.calculations.regional_social_rent import (
    Contribution,
    RegionalShare,
    RegionalSocialRent,
)
from app.services.chart_data.regional_social_rent import regional_notes
from app.services.dto import MunicipalityInfo
from app.services.formatting import UNKNOWN, norm_text, percent, yes_no

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document

TITLE = "De regio als geheel"
STOCK_HEADER = [
    "Gemeente",
    "Woningen",
    "Sociale huur",
    "Aandeel sociale huur",
    "Deel van de sociale huur in de regio",
]
NEW_BUILD_HEADER = [
    "Gemeente",
    "Geplande nieuwbouw",
    "w.v. sociale huur",
    "w.v. betaalbaar",
    "Betaalbaar aandeel",
    "Deel van de betaalbare nieuwbouw in de regio",
]


def regional_social_rent(
    document: Document,
    data: DocumentData,
    *,
    level: int,
    concerned: Sequence[MunicipalityInfo] = (),
) -> None:
    """Heading (at `level`), the region's three shares in words and in a table, the
    contributions, what is missing, and chart 7 when it was rendered; `concerned` (the
    municipalities of an agreement) get a sentence of their own."""
    heading(document, TITLE, level)
    paragraph(document, summary(data))
    for municipality in concerned:
        paragraph(document, contribution_sentence(data, municipality))
    caption(document, "Tabel", "Regionale toets sociale huur en betaalbaar bouwen")
    header = ["Toets (regio als geheel)", "Regio", "Streven of norm", "Voldoet"]
    table(document, header, test_rows(data), weights=[2.6, 1, 1, 1])
    caption(document, "Tabel", "Bijdrage per gemeente aan de sociale huur in de regio")
    rows = stock_rows(data)
    table(document, STOCK_HEADER, rows, total=True, weights=[2.2, 1, 1, 1, 1.3])
    estimate_note(document, has_mark(rows), BASELINE_NOTE)
    caption(document, "Tabel", "Bijdrage per gemeente aan de geplande nieuwbouw in de regio")
    weights = [2.2, 1.1, 1, 1, 1, 1.4]
    table(document, NEW_BUILD_HEADER, new_build_rows(data), total=True, weights=weights)
    notes = regional_notes(data.analysis)
    if notes:
        text = f"{UNKNOWN.capitalize()} door ontbrekende invoer: {'; '.join(notes)}."
        paragraph(document, text).runs[0].italic = True
    chart(document, data, "regional_test")


def summary(data: DocumentData) -> str:
    """The three shares and the verdicts in a few sentences ('onbekend' said as such)."""
    region = data.analysis.region_social_rent
    end = data.vision.end_year
    goal = f"het streven van {norm_text(region.current.norm)}"
    affordable = f"de norm van {norm_text(region.affordable.norm)}"
    sentences = [
        "De toets geldt ook voor de regio als geheel: de woningvoorraad, de sociale "
        "huurwoningen en de geplande nieuwbouw van alle gemeenten samen.",
        _sentence(
            region.current,
            f"Nu is {percent(region.current.share)} van de woningen in de regio sociale huur",
            goal,
            "Het aandeel sociale huur in de regio nu is onbekend.",
        ),
        _sentence(
            region.projected,
            f"Eind {end}, met de geplande nieuwbouw, is dat {percent(region.projected.share)}",
            goal,
            f"Het aandeel eind {end} is onbekend.",
        ),
        _required_sentence(data, norm_text(region.current.norm)),
        _sentence(
            region.affordable,
            f"Van de geplande nieuwbouw in de regio is {percent(region.affordable.share)} "
            "betaalbaar (sociale huur en middensegment)",
            affordable,
            "Het betaalbare deel van de geplande nieuwbouw in de regio is onbekend.",
        ),
        _social_new_build_sentence(region),
    ]
    return " ".join(s for s in sentences if s)


def _sentence(share: RegionalShare, known: str, norm: str, unknown: str) -> str:
    if share.share is None:
        return unknown
    if share.norm is None:
        return f"{known}; de normenset van deze visie toetst dit niet per regio."
    return f"{known}: de regio haalt {norm}{'' if share.meets_norm else ' niet'}."


def _social_new_build_sentence(region: RegionalSocialRent) -> str:
    """The social share of the planned new construction, where the norm set tests it per
    region (the 2025/2026 law: at least 30 % social rent per region)."""
    share = region.social_new_build
    if share.norm is None:
        return ""
    return _sentence(
        share,
        f"Van de geplande nieuwbouw in de regio is {percent(share.share)} sociale huur",
        f"de norm van ten minste {norm_text(share.norm)}",
        "Het aandeel sociale huur in de geplande nieuwbouw in de regio is onbekend.",
    )


def _required_sentence(data: DocumentData, goal: str) -> str:
    """The social share of the region's planned new construction the goal needs."""
    region = data.analysis.region_social_rent
    if region.required_social_new_build_share is None:
        return ""
    if region.goal_reachable is False:
        return (
            f"Het streven van {goal} is voor de regio niet haalbaar met nieuwbouw alleen: ook "
            "als alle geplande nieuwbouw sociale huur wordt, blijft het aandeel eronder (nodig "
            f"{percent(region.needed_social_new_build_share)} van de nieuwbouw)."
        )
    return (
        f"Om {goal} te halen moet {percent(region.required_social_new_build_share)} van de "
        "geplande nieuwbouw in de regio sociale huur zijn."
    )


def contribution_sentence(data: DocumentData, municipality: MunicipalityInfo) -> str:
    """What one municipality brings: its parts of the region's stock and new construction."""
    region = data.analysis.region_social_rent
    own = next(c for c in region.contributions if c.municipality_id == municipality.id)
    stock, built = own.share_of_social_rent, own.share_of_affordable_new_build
    return (
        f"Het deel van {municipality.name} in de sociale huurwoningen in de regio is "
        f"{percent(stock)}, in de betaalbare nieuwbouw die in de regio is gepland "
        f"{percent(built)}."
        if stock is None or built is None
        else f"{municipality.name} heeft {percent(stock)} van de sociale huurwoningen in de "
        f"regio en bouwt {percent(built)} van de betaalbare nieuwbouw die in de regio is "
        "gepland."
    )


def test_rows(data: DocumentData) -> list[list[object]]:
    region = data.analysis.region_social_rent
    end = data.vision.end_year
    tested = [
        ("Aandeel sociale huur nu", region.current),
        (f"Aandeel sociale huur eind {end}", region.projected),
        ("Betaalbaar deel van de geplande nieuwbouw", region.affordable),
    ]
    if region.social_new_build.norm is not None:  # the 2025/2026 law: 30 % per region
        tested.append(("Sociale huur in de geplande nieuwbouw", region.social_new_build))
    return [
        [
            label,
            data.share(share.share),
            Cell(norm_text(share.norm), True),
            "n.v.t." if share.norm is None else yes_no(share.meets_norm),
        ]
        for label, share in tested
    ]


def stock_rows(data: DocumentData, only: int | None = None) -> list[list[object]]:
    """Per municipality (or `only` that one) its stock, its own share and its part of the
    region's social rent; the region's totals as the last row."""
    analysis = data.analysis
    region = analysis.region_social_rent
    municipalities = {m.id: m for m in analysis.figures.municipalities}
    rows: list[list[object]] = []
    for c in _chosen(region.contributions, only):
        municipality = municipalities[c.municipality_id]
        rows.append(
            [
                municipality.name,
                data.count(c.dwellings),
                _stock(data, c.social_rent_dwellings, _estimated(municipality)),
                data.share(analysis.social_rent[c.municipality_id].current_share),
                data.share(c.share_of_social_rent),
            ]
        )
    estimated = any(_estimated(m) for m in municipalities.values())
    total = region.social_rent_dwellings
    rows.append(
        [
            "Regio",
            data.count(region.dwellings),
            _stock(data, total, estimated),
            data.share(region.current.share),
            data.share(1.0 if total else None),
        ]
    )
    return rows


def new_build_rows(data: DocumentData, only: int | None = None) -> list[list[object]]:
    """Per municipality (or `only` that one) its planned new construction, social and
    affordable, its own affordable share and its part of the region's affordable new
    construction; the region's totals as the last row."""
    analysis = data.analysis
    region = analysis.region_social_rent
    rows: list[list[object]] = [
        [
            analysis.names[c.municipality_id],
            *_planned(data, c),
            data.share(analysis.social_rent[c.municipality_id].affordable_new_build_share),
            data.share(c.share_of_affordable_new_build),
        ]
        for c in _chosen(region.contributions, only)
    ]
    total = region.planned_new_affordable
    rows.append(
        [
            "Regio",
            *_planned(data, region),
            data.share(region.affordable.share),
            data.share(1.0 if total else None),
        ]
    )
    return rows


def _chosen(contributions: Sequence[Contribution], only: int | None) -> list[Contribution]:
    return [c for c in contributions if only is None or c.municipality_id == only]


def _planned(data: DocumentData, figures: Contribution | RegionalSocialRent) -> list[Cell]:
    return [
        data.count(figures.planned_new_total),
        data.count(figures.planned_new_social),
        data.count(figures.planned_new_affordable),
    ]


def _stock(data: DocumentData, value: int | None, estimated: bool) -> Cell:
    """The social rent stock, marked when it is (or includes) a raming."""
    return estimated_count(data, value, "estimated" if estimated else None)


def _estimated(municipality: MunicipalityInfo) -> bool:
    figure = municipality.baseline.get(BaselineIndicator.SOCIAL_RENT_DWELLINGS)
    return figure is not None and figure.estimated and figure.value is not None
