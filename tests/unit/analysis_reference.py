"""The calculations' cell pass as it was before it was made quick (issue 19), kept as the
reference the quick one must equal: every cell read and added up one by one, the simplest
way the rules (calculations.gaps, calculations.cells) say it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from app.services.analysis import Analysis, CellKey, Key, VisionFigures
from app.services.calculations.cells import NOTHING, CellInput
from app.services.calculations.fair_share import FairShare, fair_shares
from app.services.calculations.gaps import GapTotal, combine
from app.services.calculations.parted import CellInputs, GapTotals
from app.storage import ProjectReader
from app.storage.cell_values import CAPACITY_COLUMNS


def reference_inputs(project: ProjectReader, figures: VisionFigures) -> dict[CellKey, CellInput]:
    """Every stored cell of the plan period of a housing type its (active) group uses."""
    used = {g.id: set(g.housing_types) for g in figures.groups}
    kinds = ", ".join(CAPACITY_COLUMNS.values())
    rows = project.fetch(
        "SELECT municipality_id, target_group_id, housing_type, year, need, "
        f"{kinds} FROM cell_value WHERE year BETWEEN ? AND ?",
        (figures.vision.start_year, figures.vision.end_year),
    )
    inputs = {}
    for m, g, t, y, need, *capacity in rows:
        types = {h.value: h for h in used.get(g, ())}
        if t in types:
            inputs[(m, g, types[t], y)] = CellInput(need, tuple(capacity))
    return inputs


def reference_figures(project: ProjectReader, figures: VisionFigures) -> VisionFigures:
    """`figures` with their cells read again by `reference_inputs` and the estimates (the
    same values) put into every cell nobody entered a need for."""
    inputs = reference_inputs(project, figures)
    estimated = set()
    for key, value in figures.estimates.items():
        cell = inputs.get(key, NOTHING)
        if cell.need is None:
            inputs[key] = CellInput(value, cell.capacity)
            estimated.add(key)
    return replace(figures, inputs=CellInputs(inputs), estimated=frozenset(estimated))


def reference_gaps(figures: VisionFigures) -> dict[Key, GapTotal]:
    """Per municipality x group x year, added up cell by cell through CellInput's own
    properties: unknown need, capacity or gap makes the total's figure unknown."""
    result = {}
    for m in figures.municipalities:
        for g in figures.groups:
            for y in figures.years:
                result[(m.id, g.id, y)] = _reference_total(figures, m.id, g, y)
    return result


def _reference_total(figures: VisionFigures, m: int, group, y: int) -> GapTotal:
    if not group.housing_types:
        return GapTotal(None, None, None, None, 1, 0)
    need: int | None = 0
    capacity: int | None = 0
    shortage: int | None = 0
    surplus: int | None = 0
    unknown = 0
    for t in group.housing_types:
        gap = figures.cell(m, group.id, t, y).gap
        need = None if need is None or gap.need is None else need + gap.need
        capacity = None if capacity is None or gap.capacity is None else capacity + gap.capacity
        if gap.gap is None:
            unknown += 1
            shortage = surplus = None
        elif shortage is not None and surplus is not None:
            shortage += gap.shortage or 0
            surplus += gap.surplus or 0
    return GapTotal(need, capacity, shortage, surplus, unknown, len(group.housing_types))


def reference_period_totals(
    figures: VisionFigures, gaps: Mapping[Key, GapTotal]
) -> dict[int, dict[int, GapTotal]]:
    """Group -> municipality -> its years' totals combined over the plan period."""
    return {
        g.id: {
            m.id: combine(gaps[(m.id, g.id, y)] for y in figures.years)
            for m in figures.municipalities
        }
        for g in figures.groups
    }


def reference_fair_shares(
    analysis: Analysis, period_totals: dict[int, dict[int, GapTotal]]
) -> list[FairShare]:
    """Each group's fair shares under the vision's key, from these period totals."""
    result = []
    for group in analysis.figures.groups:
        totals = period_totals[group.id]
        need = {m: total.need for m, total in totals.items()}
        capacity = {m: total.capacity for m, total in totals.items()}
        result += fair_shares(group.id, need, capacity, analysis.key_shares, analysis.names)
    return result


def reference_analysis(project: ProjectReader, figures: VisionFigures) -> Analysis:
    """An analysis of `figures` read and added up by the reference pass: the cells read
    again, every total added up cell by cell, the period totals year by year."""
    reference = Analysis(reference_figures(project, figures))
    gaps = GapTotals(reference_gaps(reference.figures))
    reference.__dict__["gaps"] = gaps
    reference.__dict__["period_totals"] = reference_period_totals(reference.figures, gaps)
    return reference
