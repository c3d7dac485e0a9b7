"""Two scenarios side by side: the need and the gap per group and per municipality under each,
and how much the second differs from the first ("basis naast eigen scenario").

Typed figures are the same in both; only estimated need differs, so a row whose need is all
typed shows the same figures twice. Unknown stays unknown: a difference needs both gaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.services.analysis import Analysis
from app.services.calculations.gaps import GapTotal


class ComparedBy(StrEnum):
    """What the rows of a comparison are."""

    GROUP = "group"
    MUNICIPALITY = "municipality"


@dataclass(frozen=True)
class ComparisonRow:
    """One group or municipality (or the region) under both scenarios, whole plan period."""

    label: str
    first: GapTotal
    second: GapTotal
    is_total: bool = False

    @property
    def difference(self) -> int | None:
        """The second scenario's gap minus the first's; None while either is unknown."""
        if self.first.gap is None or self.second.gap is None:
            return None
        return self.second.gap - self.first.gap


@dataclass(frozen=True)
class Comparison:
    """The rows, and the names of the two scenarios."""

    first_name: str
    second_name: str
    rows: list[ComparisonRow]


def compare_scenarios(
    first: Analysis,
    second: Analysis,
    by: ComparedBy,
    *,
    group_id: int | None = None,
    municipality_id: int | None = None,
) -> Comparison:
    """Rows per active group (within one municipality, or the region) or per municipality
    (of one group, or all groups), then the total, from two analyses of the same file
    (`analyse(project, name)` for each scenario)."""
    figures = first.figures

    def row(label: str, group: int | None, municipality: int | None) -> ComparisonRow:
        return ComparisonRow(
            label,
            first.gap_total(group_id=group, municipality_id=municipality),
            second.gap_total(group_id=group, municipality_id=municipality),
            is_total=label == "Totaal",
        )

    if by is ComparedBy.GROUP:
        rows = [row(g.label, g.id, municipality_id) for g in figures.groups]
    else:
        rows = [row(m.name, group_id, m.id) for m in figures.municipalities]
    rows.append(row("Totaal", group_id, municipality_id))
    return Comparison(figures.scenario, second.figures.scenario, rows)
