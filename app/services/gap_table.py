"""The gap table of the "Opgave" step: per target group x housing type the need, the
capacity per kind, the gap, shortage and surplus, for the region or one municipality and
any range of years.

`load_gap_detail` sums the stored cells in SQL per group x housing type x year (one query
per file change: ~5 ms for a region of nine municipalities, ~1 s for all 342 with
12 years, ~5 ms for one municipality of those), `build_gap_table` then only adds up years,
so changing the years or the group is instant. Whether an input is known comes from the
same `Analysis` the charts use, so the table and the charts agree on what is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import text

from app.models import CapacityKind, HousingType
from app.services.analysis import Analysis
from app.services.calculations.gap_table import (
    ALL_GROUPS_LABEL,
    DetailSums,
    GapTableRow,
    add_up,
    make_row,
    total_row,
)
from app.services.calculations.missing import MissingCell, describe_missing
from app.services.selection import Selection, check_selection, scope_text, selected_years
from app.services.value_rows import value_rows
from app.storage import ProjectFile

NEED, CAPACITY = "woonbehoefte", "aanbod"
DetailKey = tuple[int, HousingType, int]  # group id, housing type, year


@dataclass(frozen=True)
class GapDetail:
    """Sums per group x housing type x year, for the region or one municipality."""

    municipality_id: int | None
    sums: dict[DetailKey, DetailSums]


@dataclass(frozen=True)
class GapTable:
    """The table for one selection; `rows` are per housing type, in group order."""

    scope: str
    years: tuple[int, ...]
    rows: tuple[GapTableRow, ...]
    group_totals: tuple[GapTableRow, ...]
    total: GapTableRow
    notes: tuple[str, ...]  # what is missing, for the whole table

    def lines(self) -> list[GapTableRow]:
        """Every line in reading order: each group's housing types, its total, then the total."""
        result: list[GapTableRow] = []
        for group_total in self.group_totals:
            result += [r for r in self.rows if r.group_id == group_total.group_id]
            result.append(group_total)
        return [*result, self.total]


# Per cell (municipality x group x housing type x year) need and capacity are netted,
# then shortage and surplus summed per group x housing type x year: one pass over the rows.
_DETAIL_SQL = """
SELECT g, t, y, SUM(n), SUM(MAX(n - c, 0)), SUM(MAX(c - n, 0)), {kind_sums} FROM (
  SELECT m, g, t, y, SUM(n) AS n, SUM(c) AS c, {kind_cells} FROM ({values}) GROUP BY m, g, t, y
) GROUP BY g, t, y
"""


def load_gap_detail(project: ProjectFile, municipality_id: int | None = None) -> GapDetail:
    """Read the sums per group x housing type x year (all municipalities when None)."""
    kinds = list(CapacityKind)
    sql = _DETAIL_SQL.format(
        kind_sums=", ".join(f"SUM(c{i})" for i in range(len(kinds))),
        kind_cells=", ".join(
            f"SUM(CASE WHEN k = :k{i} THEN c ELSE 0 END) AS c{i}" for i in range(len(kinds))
        ),
        values=value_rows("" if municipality_id is None else "WHERE s.municipality_id = :m"),
    )
    params = {f"k{i}": kind.value for i, kind in enumerate(kinds)} | {"m": municipality_id}
    sums: dict[DetailKey, DetailSums] = {}
    with project.read() as session:
        for g, t, y, need, shortage, surplus, *per_kind in session.execute(text(sql), params):
            capacity = {kind: q for kind, q in zip(kinds, per_kind, strict=True) if q}
            sums[(g, HousingType(t), y)] = DetailSums(need, capacity, shortage, surplus)
    return GapDetail(municipality_id, sums)


def gap_table(project: ProjectFile, analysis: Analysis, selection: Selection) -> GapTable:
    """Load and build the table in one call (the GUI keeps the detail to filter years fast)."""
    return build_gap_table(analysis, load_gap_detail(project, selection.municipality_id), selection)


def build_gap_table(analysis: Analysis, detail: GapDetail, selection: Selection) -> GapTable:
    """The table for `selection` from sums loaded for the same municipality (or the region)."""
    if detail.municipality_id != selection.municipality_id:
        raise ValueError("The detail was loaded for another municipality than the selection.")
    figures = analysis.figures
    check_selection(
        selection, {m.id for m in figures.municipalities}, {g.id for g in figures.groups}
    )
    years = selected_years(selection, figures.years)
    groups = [g for g in figures.groups if selection.group_id in (None, g.id)]
    rows: list[GapTableRow] = []
    totals: list[GapTableRow] = []
    notes: list[MissingCell] = []
    for group in groups:
        missing = _missing_cells(analysis, selection, group.id, years)
        notes += [MissingCell(c.input, c.place, group.label, c.year) for c in missing]
        group_rows = _group_rows(analysis, detail, selection, group, years, missing)
        rows += group_rows
        totals.append(total_row(group_rows, group.id, group.label))
    table_notes = describe_missing(
        notes,
        places=_place_names(analysis, selection),
        topics=[g.label for g in groups],
        years=years,
    )
    return GapTable(
        scope=scope_text(figures, selection, years),
        years=tuple(years),
        rows=tuple(rows),
        group_totals=tuple(totals),
        # The total names the groups with missing figures, not just the places.
        total=replace(total_row(totals, None, ALL_GROUPS_LABEL), missing=table_notes),
        notes=table_notes,
    )


def _group_rows(analysis, detail, selection, group, years, missing) -> list[GapTableRow]:
    """One row per housing type the group asks for or has figures for."""
    present = {t for (g, t, _y) in detail.sums if g == group.id}
    types = [t for t in HousingType if t in present or t in group.housing_types]
    need_known = not any(c.input == NEED for c in missing)
    capacity_known = not any(c.input == CAPACITY for c in missing)
    note = describe_missing(missing, places=_place_names(analysis, selection), years=years)
    empty = DetailSums()
    return [
        make_row(
            group.id,
            group.label,
            housing_type,
            add_up(detail.sums.get((group.id, housing_type, y), empty) for y in years),
            need_known=need_known,
            capacity_known=capacity_known,
            missing=note,
        )
        for housing_type in types
    ]


def _missing_cells(analysis, selection, group_id, years) -> list[MissingCell]:
    """Municipality x year cells of a group without any need (or capacity) entered."""
    figures = analysis.figures
    cells = []
    for m in figures.municipalities:
        if selection.municipality_id not in (None, m.id):
            continue
        for year in years:
            key = (m.id, group_id, year)
            if key not in figures.need:
                cells.append(MissingCell(NEED, m.name, year=year))
            if key not in figures.capacity:
                cells.append(MissingCell(CAPACITY, m.name, year=year))
    return cells


def _place_names(analysis: Analysis, selection: Selection | None) -> list[str]:
    return [
        m.name
        for m in analysis.figures.municipalities
        if selection is None or selection.municipality_id in (None, m.id)
    ]
