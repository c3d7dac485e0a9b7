"""The gap table of the "Opgave" step: per target group x housing type the need, the
capacity per kind, the gap, shortage and surplus, for the region or one municipality and
any range of years.

Built from the same `Analysis` cells as every other figure (one definition of unknown, of
shortage and of surplus), so the table, the charts, the summary and the documents agree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import chain

from app.services.analysis import Analysis
from app.services.calculations.gap_table import (
    ALL_GROUPS_LABEL,
    GapTableRow,
    row_from_cells,
    total_row,
)
from app.services.calculations.missing import describe_missing
from app.services.selection import Selection, check_selection, scope_text, selected_years


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


def gap_table(analysis: Analysis, selection: Selection) -> GapTable:
    """The table for `selection`."""
    figures = analysis.figures
    check_selection(
        selection, {m.id for m in figures.municipalities}, {g.id for g in figures.groups}
    )
    years = selected_years(selection, figures.years)
    groups = [g for g in figures.groups if selection.group_id in (None, g.id)]
    places = _place_names(analysis, selection)
    municipality_ids = [
        m.id for m in figures.municipalities if selection.municipality_id in (None, m.id)
    ]
    rows: list[GapTableRow] = []
    totals: list[GapTableRow] = []
    for group in groups:
        group_rows = [
            row_from_cells(
                group.id,
                group.label,
                housing_type,
                (
                    figures.cell(m, group.id, housing_type, y)
                    for m in municipality_ids
                    for y in years
                ),
                describe_missing(
                    analysis.missing_cells(
                        municipality_ids=municipality_ids,
                        group_ids=[group.id],
                        years=years,
                        housing_type=housing_type,
                    ),
                    places=places,
                    topics=[group.label],
                    years=years,
                ),
            )
            for housing_type in group.housing_types
        ]
        rows += group_rows
        totals.append(total_row(group_rows, group.id, group.label))
    # One group's missing cells at a time: a national vision has about a million.
    notes = chain.from_iterable(
        analysis.missing_cells(municipality_ids=municipality_ids, group_ids=[g.id], years=years)
        for g in groups
    )
    table_notes = describe_missing(
        notes, places=places, topics=[g.label for g in groups], years=years
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


def _place_names(analysis: Analysis, selection: Selection | None) -> list[str]:
    return [
        m.name
        for m in analysis.figures.municipalities
        if selection is None or selection.municipality_id in (None, m.id)
    ]
