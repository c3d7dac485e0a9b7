"""What part of a vision a table or chart shows: a municipality or the region, a group or all
groups, a range of years. The "Opgave" step keeps one Selection and hands it to every
table and chart builder."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.services.calculations.missing import year_ranges
from app.services.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from app.services.analysis import VisionFigures


@dataclass(frozen=True)
class Selection:
    """None means "all": the whole region, every active group, the whole plan period."""

    municipality_id: int | None = None
    group_id: int | None = None
    first_year: int | None = None
    last_year: int | None = None


def selected_years(selection: Selection, period: list[int]) -> list[int]:
    """The years of the plan period that the selection covers (at least one)."""
    first = period[0] if selection.first_year is None else selection.first_year
    last = period[-1] if selection.last_year is None else selection.last_year
    if first > last:
        raise ValidationError(f"Het beginjaar ({first}) ligt na het eindjaar ({last}).")
    years = [y for y in period if first <= y <= last]
    if not years:
        raise ValidationError(
            f"{year_ranges([first, last])} valt buiten de planperiode {period[0]}–{period[-1]}."
        )
    return years


def check_selection(
    selection: Selection, municipality_ids: Container[int], group_ids: Container[int]
) -> None:
    """Refuse a municipality or group that is not (or no longer) in the vision."""
    if selection.municipality_id is not None and selection.municipality_id not in municipality_ids:
        raise NotFoundError("Deze gemeente hoort niet (meer) bij de woonzorgvisie.")
    if selection.group_id is not None and selection.group_id not in group_ids:
        raise NotFoundError("Deze aandachtsgroep is er niet (meer) of staat uit.")


def period_text(years: list[int]) -> str:
    """'2025–2030' or '2026'."""
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def scope_text(
    figures: VisionFigures, selection: Selection, years: list[int], groups: str | None = None
) -> str:
    """'Regio Haaglanden · alle aandachtsgroepen · 2025–2030' for a VisionFigures (`groups`
    names the groups when no single one is selected, e.g. 'verplicht urgenten')."""
    if selection.municipality_id is None:
        region = figures.vision.region_name
        place = f"Regio {region}" if region else "Hele regio"
    else:
        place = next(m.name for m in figures.municipalities if m.id == selection.municipality_id)
    if selection.group_id is None:
        group = groups or "alle aandachtsgroepen"
    else:
        group = next(g.label for g in figures.groups if g.id == selection.group_id)
    return f"{place} · {group} · {period_text(years)}"
