"""Woonzorgvisie chapters 3 (Analyse per aandachtsgroep) and 4 (Opgave en evenwichtige
verdeling). Every number is the `Analysis`'s; tables only format and add up rows the
same way the text summary does."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict, Unpack

from app.reports.doc_data import DocumentData
from app.reports.docx_base import Cell, caption, heading, paragraph, table
from app.reports.docx_figures import chart
from app.reports.docx_vision_estimates import (
    ESTIMATE_NOTE,
    estimate_note,
    estimated_count,
    has_mark,
)
from app.services.calculations.gaps import GapTotal
from app.services.chart_data.common import gap_total_notes, known_value
from app.services.dto import TargetGroupInfo

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document

GAP_HEADER = ["Behoefte", "Aanbod", "Tekort", "Overschot", "Opgave"]


class GapFilters(TypedDict, total=False):
    """The filters of `Analysis.gap_total` (and of `gap_total_notes`)."""

    group_id: int | None
    municipality_id: int | None
    years: Sequence[int] | None


def gap_cells(data: DocumentData, total: GapTotal, need_source: str | None = None) -> list[Cell]:
    """Need, capacity, shortage, surplus and gap of a GapTotal, formatted; all 'onbekend'
    when a cell of the total is unknown (see `missing_note`). The need is marked when
    `need_source` says (part of) it is estimated."""
    need, capacity, shortage, surplus, gap = total.values
    return [
        estimated_count(data, need, need_source),
        data.count(capacity),
        data.count(shortage),
        data.count(surplus),
        data.gap(gap),
    ]


def marked_gap_cells(data: DocumentData, **filters: Unpack[GapFilters]) -> list[Cell]:
    """`gap_cells` of `gap_total(**filters)`, the need marked when (part of) it is estimated."""
    total = data.analysis.gap_total(**filters)
    return gap_cells(data, total, data.analysis.need_source_of(**filters))


def missing_text(data: DocumentData, **filters: Unpack[GapFilters]) -> str:
    """'Ontbreekt: …' for the cells of `gap_total(**filters)` without need or capacity;
    empty when nothing is missing."""
    notes = gap_total_notes(data.analysis, **filters)
    return f"Ontbreekt: {'; '.join(notes)}." if notes else ""


def missing_note(document: Document, data: DocumentData, **filters: Unpack[GapFilters]) -> None:
    """Under a table: which inputs make its totals unknown (nothing when all are known)."""
    text = missing_text(data, **filters)
    if text:
        paragraph(document, text).runs[0].italic = True


def per_group(document: Document, data: DocumentData) -> None:
    """3 Analyse per aandachtsgroep: definition, need, capacity, gap per municipality and
    over time, with the group's chart."""
    heading(document, "3 Analyse per aandachtsgroep", 1)
    paragraph(
        document,
        "Per aandachtsgroep volgen de omschrijving, de woonbehoefte en het aanbod over de hele "
        "planperiode, de opgave per gemeente en het verloop in de tijd. Waar niet alle cijfers "
        "zijn ingevuld, is het totaal onbekend; onder de tabel staat wat ontbreekt.",
    )
    for number_, group in enumerate(data.analysis.figures.groups, start=1):
        _group(document, data, group, f"3.{number_}")


def _group(document: Document, data: DocumentData, group: TargetGroupInfo, prefix: str) -> None:
    analysis = data.analysis
    heading(document, f"{prefix} {group.label}", 2)
    if group.definition:
        paragraph(document, group.definition)
    if group.mandatory_urgency:
        paragraph(document, "Deze groep hoort (deels) bij de verplicht urgenten.")
    total = analysis.gap_total(group_id=group.id)
    paragraph(document, _summary_sentence(data, group.id, total))
    rows = [
        [m.name, *marked_gap_cells(data, group_id=group.id, municipality_id=m.id)]
        for m in analysis.figures.municipalities
    ]
    rows.append(["Regio", *marked_gap_cells(data, group_id=group.id)])
    caption(document, "Tabel", f"{group.label}: opgave per gemeente, hele planperiode")
    table(document, ["Gemeente", *GAP_HEADER], rows, total=True)
    estimate_note(document, has_mark(rows))
    missing_note(document, data, group_id=group.id)
    _over_time(document, data, group)
    chart(document, data, f"group:{group.id}")


def _summary_sentence(data: DocumentData, group_id: int, total: GapTotal) -> str:
    vision = data.vision
    period = f"{vision.start_year}–{vision.end_year}"
    if not total.complete:
        if not data.analysis.figures.has_figures(group_id):
            return f"Voor deze groep zijn nog geen cijfers ingevuld voor {period}."
        return (
            f"Over {period} is de opgave in de regio nog onbekend, omdat niet alle woonbehoefte "
            "en al het aanbod is ingevuld; onder de tabel staat wat ontbreekt."
        )
    need, capacity = data.count(total.need).value, data.count(total.capacity).value
    text = f"Over {period} is de woonbehoefte {need} en het aanbod {capacity} (regio). "
    gap = known_value(total.gap)  # a complete total has every part
    if gap > 0:
        text += f"Per saldo is er een tekort van {data.count(gap).value}."
    elif gap < 0:
        text += f"Per saldo is er een overschot van {data.count(-gap).value}."
    else:
        text += "Behoefte en aanbod zijn per saldo in evenwicht."
    return text


def _over_time(document: Document, data: DocumentData, group: TargetGroupInfo) -> None:
    over_time(document, data, f"{group.label}: verloop in de tijd (regio)", group_id=group.id)


def over_time(
    document: Document,
    data: DocumentData,
    title: str,
    note: str = ESTIMATE_NOTE,
    *,
    group_id: int | None = None,
    municipality_id: int | None = None,
) -> None:
    """A table of the gap per year with its running total, of the cells that match the
    filters (a group, a municipality, or both), under the caption `title`."""
    where = {"group_id": group_id, "municipality_id": municipality_id}
    cumulative = data.analysis.cumulative_gap(**where)
    rows = []
    for year in data.analysis.figures.years:
        cells = marked_gap_cells(data, **where, years=[year])
        rows.append([str(year), *cells, data.gap(cumulative[year])])
    caption(document, "Tabel", title)
    weights = [0.9, 1, 1, 1, 1, 1, 1.2]
    table(document, ["Jaar", *GAP_HEADER, "Cumulatief"], rows, weights=weights)
    estimate_note(document, has_mark(rows), note)


def gap_and_distribution(document: Document, data: DocumentData) -> None:
    """4 Opgave en evenwichtige verdeling: gap per municipality, fair shares with the key."""
    analysis = data.analysis
    heading(document, "4 Opgave en evenwichtige verdeling", 1)
    heading(document, "4.1 Opgave per gemeente", 2)
    paragraph(document, "De opgave van alle aandachtsgroepen samen over de hele planperiode.")
    rows = [
        [m.name, *marked_gap_cells(data, municipality_id=m.id)]
        for m in analysis.figures.municipalities
    ]
    rows.append(["Regio", *marked_gap_cells(data)])
    caption(document, "Tabel", "Opgave per gemeente, alle aandachtsgroepen")
    table(document, ["Gemeente", *GAP_HEADER], rows, total=True)
    estimate_note(document, has_mark(rows))
    missing_note(document, data)
    chart(document, data, "gap_by_municipality")
    chart(document, data, "cumulative_gap")
    heading(document, "4.2 Evenwichtige verdeling", 2)
    _fair_shares(document, data)


def _fair_shares(document: Document, data: DocumentData) -> None:
    from app.reports.docx_vision_distribution import distribution

    distribution(document, data)
