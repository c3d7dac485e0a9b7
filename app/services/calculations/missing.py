"""Say briefly which inputs are missing, for the note under a table or chart.

"woonbehoefte voor Ouderen: Delft (2025–2026), Rijswijk" reads better than a
list of cells; groups with the same gaps in their figures share one line, and a
long list of municipalities is cut off with a count.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple


class MissingCell(NamedTuple):
    """One input that is not entered: what, where, for which group ('' = any) and year.
    (A named tuple: a national vision's notes are made from about a million of them, and a
    tuple is made several times quicker than a frozen dataclass.)"""

    input: str
    place: str
    topic: str = ""
    year: int | None = None


def describe_missing(
    cells: Iterable[MissingCell],
    *,
    places: Sequence[str],
    topics: Sequence[str] = (),
    years: Sequence[int] = (),
    max_places: int = 5,
    max_lines: int = 6,
) -> tuple[str, ...]:
    """One line per missing input (and per set of groups that lack the same figures).

    `places`, `topics` and `years` are the whole selection, so that "alle gemeenten",
    "alle groepen" and "all years" can be said instead of listing them.
    """
    per_input: dict[str, dict[str, dict[str, set[int]]]] = {}
    for cell in cells:
        where = per_input.setdefault(cell.input, {}).setdefault(cell.topic, {})
        where.setdefault(cell.place, set()).update(() if cell.year is None else (cell.year,))
    lines = []
    for input_, by_topic in per_input.items():
        bundles: dict[frozenset[tuple[str, frozenset[int]]], list[str]] = {}
        for topic, where in by_topic.items():
            signature = frozenset((place, frozenset(ys)) for place, ys in where.items())
            bundles.setdefault(signature, []).append(topic)
        for signature, bundle_topics in bundles.items():
            where = {place: set(ys) for place, ys in signature}
            topic_text = _topics(bundle_topics, topics)
            head = f"{input_} voor {topic_text}" if topic_text else input_
            lines.append(f"{head}: {_places(where, places, years, max_places)}")
    if len(lines) > max_lines:
        rest = len(lines) - (max_lines - 1)
        lines = [*lines[: max_lines - 1], f"en nog {rest} andere ontbrekende invoer"]
    return tuple(lines)


def year_ranges(years: Iterable[int]) -> str:
    """[2025, 2026, 2027, 2029] -> '2025–2027, 2029'."""
    ordered = sorted(set(years))
    parts: list[str] = []
    start = previous = None
    for year in [*ordered, None]:
        if previous is not None and year == previous + 1:
            previous = year
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = year
    return ", ".join(parts)


def name_list(names: Sequence[str], limit: int, noun_plural: str = "gemeenten") -> str:
    """'A, B en C', or 'A, B, C en 12 andere gemeenten' beyond `limit` names."""
    if len(names) > limit:
        shown = list(names[:limit])
        return ", ".join(shown) + f" en {len(names) - limit} andere {noun_plural}"
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


def _topics(bundle: list[str], all_topics: Sequence[str]) -> str:
    named = [t for t in all_topics if t in bundle] + [t for t in bundle if t not in all_topics]
    named = [t for t in named if t]
    if not named:
        return ""
    if len(all_topics) > 1 and set(named) >= set(all_topics):
        return "alle groepen"
    return name_list(named, 3, "groepen")


def _places(
    where: dict[str, set[int]], all_places: Sequence[str], all_years: Sequence[int], limit: int
) -> str:
    every_year = set(all_years)

    def when(ys: set[int]) -> str:
        return "" if not ys or ys >= every_year else f" ({year_ranges(ys)})"

    year_sets = {frozenset(ys) for ys in where.values()}
    if len(all_places) > 1 and set(where) >= set(all_places) and len(year_sets) == 1:
        return "alle gemeenten" + when(set(next(iter(year_sets))))
    order = {place: i for i, place in enumerate(all_places)}
    ordered = sorted(where, key=lambda p: (order.get(p, len(order)), p))
    return name_list([place + when(where[place]) for place in ordered], limit)
