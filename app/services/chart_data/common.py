"""What every chart's data shares: its texts (title, scope, source, missing inputs), the
target groups with their fixed style number, and the top-N selection with "Overige"."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from app.models import BaselineIndicator
from app.services import catalogue
from app.services.analysis import Analysis, VisionFigures
from app.services.calculations.missing import describe_missing
from app.services.catalogue import EXAMPLE_NOTE
from app.services.dto import TargetGroupInfo
from app.services.reference_data import CBS_ATTRIBUTION, CBS_SOURCE

T = TypeVar("T")
V = TypeVar("V")
DEFAULT_TOP_N = 15
CBS_CREDIT = CBS_ATTRIBUTION.removeprefix("Bron: ")
_STANDARD_ORDER = {group.code: i for i, group in enumerate(catalogue.STANDARD_GROUPS)}


@dataclass(frozen=True)
class ChartText:
    """Title, scope line, source line and the inputs that are missing (one per line)."""

    title: str
    subtitle: str
    source: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroupRef:
    """A target group as charts show it; `style_index` picks its colour, hatch and marker."""

    id: int
    label: str
    style_index: int


def style_index(group: TargetGroupInfo) -> int:
    """A fixed number per group: the catalogue position for standard groups, so every file
    and document shows a group in the same colour; own groups follow in the order they
    were added (their ids come after the standard groups')."""
    if group.is_standard and group.code in _STANDARD_ORDER:
        return _STANDARD_ORDER[group.code]
    standard = len(_STANDARD_ORDER)
    return standard + max(group.id - standard - 1, 0)


def group_refs(groups: Iterable[TargetGroupInfo]) -> tuple[GroupRef, ...]:
    """GroupRefs in the given order."""
    return tuple(GroupRef(g.id, g.label, style_index(g)) for g in groups)


def source_line(figures: VisionFigures, cbs_indicators: Iterable[BaselineIndicator] = ()) -> str:
    """'Bron: Thuisplan, woonzorgvisie ‘…’' plus CBS where its figures are used, and the
    example warning for the example vision."""
    parts = [f"Thuisplan, woonzorgvisie ‘{figures.vision.title}’"]
    indicators = list(cbs_indicators)
    if any(
        m.baseline.get(ind) is not None and m.baseline[ind].source == CBS_SOURCE
        for m in figures.municipalities
        for ind in indicators
    ):
        parts.append(CBS_CREDIT)
    line = "Bron: " + "; ".join(parts)
    return f"{line}. {EXAMPLE_NOTE}." if figures.vision.is_example else line


def gap_notes(
    analysis: Analysis, municipality_ids: set[int], group_ids: set[int], years: Sequence[int]
) -> tuple[str, ...]:
    """Which expected inputs are missing in the cells a gap chart or table covers."""
    figures = analysis.figures
    cells = analysis.missing_cells(
        municipality_ids=municipality_ids, group_ids=group_ids, years=years
    )
    return describe_missing(
        cells,
        places=[m.name for m in figures.municipalities if m.id in municipality_ids],
        topics=[g.label for g in figures.groups if g.id in group_ids],
        years=years,
    )


def gap_total_notes(
    analysis: Analysis,
    *,
    group_id: int | None = None,
    municipality_id: int | None = None,
    years: Sequence[int] | None = None,
) -> tuple[str, ...]:
    """Which need or capacity is missing in the cells of `Analysis.gap_total` with the same
    filters (all, when a filter is None): the note under a total that is unknown."""
    figures = analysis.figures
    municipality_ids = {municipality_id} if municipality_id is not None else set(analysis.names)
    group_ids = {group_id} if group_id is not None else {g.id for g in figures.groups}
    return gap_notes(
        analysis, municipality_ids, group_ids, figures.years if years is None else years
    )


@dataclass(frozen=True)
class Ranked(Generic[T]):
    """Items to show one by one, and the known and unknown rest to show as one bar each."""

    shown: list[T]
    rest: list[T]
    unknown_rest: list[T]


def rank(
    items: Sequence[T],
    *,
    known: Callable[[T], bool],
    order: Callable[[T], float],
    top_n: int,
    keep: Callable[[T], bool] = lambda _item: False,
    select: Callable[[T], float] | None = None,
) -> Ranked[T]:
    """The `top_n` known items by `select` (default `order`), shown in `order`, then the
    unknown ones; a kept item (the selected municipality) is always shown. Up to three
    unknown items are shown by name, more become one bar."""
    known_items = [i for i in items if known(i)]
    unknown = [i for i in items if not known(i)]
    if len(items) <= top_n + 1:
        return Ranked(sorted(known_items, key=order) + unknown, [], [])
    chosen = sorted(known_items, key=select or order)[:top_n]
    kept = [i for i in known_items if keep(i) and not any(i is c for c in chosen)]
    if kept:
        chosen = chosen[: top_n - 1] + kept[:1]
    rest = [i for i in known_items if not any(i is c for c in chosen)]
    if len(rest) == 1:
        chosen, rest = chosen + rest, []
    named = unknown if len(unknown) <= 3 else [i for i in unknown if keep(i)]
    unknown_rest = [i for i in unknown if not any(i is n for n in named)]
    if len(unknown_rest) == 1:
        named, unknown_rest = named + unknown_rest, []
    return Ranked(sorted(chosen, key=order) + named, rest, unknown_rest)


def known_value(value: V | None) -> V:
    """A value the caller knows is there, typed so: `rank` orders only the known items, a
    complete total has every part, a single-figure key names its figure."""
    assert value is not None
    return value


def others_label(count: int) -> str:
    """'Overige (12 gemeenten)'."""
    return f"Overige ({count} gemeenten)"


def unknown_label(count: int) -> str:
    """'Onbekend (40 gemeenten)'."""
    return f"Onbekend ({count} gemeenten)"
