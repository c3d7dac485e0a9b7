"""The evenwichtige verdeling in `summary --json`: per municipality x group of the scope, and
per municipality over the whole scope with correction and carry-over (`target_group` null).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from app.services.analysis import Analysis
from app.services.calculations.cells import MissingInput
from app.services.calculations.distribution import YearStep
from app.services.distribution import EMPTY_SCOPE, Adjustment, MunicipalityDistribution
from app.services.summary_missing import MAX_LISTED_MISSING, NOTHING, MissingIndex, listed

JsonObject = dict[str, Any]
FAIR_SHARE_DIGITS = 2
SHARE_DIGITS = 4


def scope_fields(analysis: Analysis) -> JsonObject:
    """What the `vision` object says about the verdeling: scope, its groups, carry-over."""
    settings = analysis.figures.distribution
    return {
        "fair_share_scope": settings.scope.value,
        "fair_share_scope_label": settings.scope.label,
        "fair_share_groups": [g.label for g in analysis.scope_groups],
        "carry_over": settings.carry_over,
    }


def correction_item(adjustment: Adjustment | None) -> JsonObject | None:
    """A municipality's entered correction with its source and date; None when none is."""
    if adjustment is None or adjustment.correction is None:
        return None
    return {
        "places": adjustment.correction,
        "source": adjustment.source,
        "reference_date": adjustment.reference_date,
    }


def total_items(
    analysis: Analysis,
    codes: Mapping[int, str],
    missing_item: Callable[[MissingInput], JsonObject],
    index: MissingIndex,
) -> list[JsonObject]:
    """One item per municipality: the fair share over the scope's groups over the whole
    period, its capacity, the correction counted, the difference and the carried backlog."""
    settings = analysis.figures.distribution
    result = []
    for m_id, share in analysis.distribution().items():
        adjustment = settings.adjustments.get(m_id)
        result.append(
            {
                "municipality_code": codes[m_id],
                "target_group": None,
                "scope": settings.scope.value,
                "key_share": rounded(share.key_share, SHARE_DIGITS),
                "fair_share": rounded(share.fair_share, FAIR_SHARE_DIGITS),
                "carried_in": rounded(share.carried_in, FAIR_SHARE_DIGITS),
                "capacity": share.contribution,
                "correction": correction_item(adjustment),
                "correction_counted": rounded(share.correction, FAIR_SHARE_DIGITS),
                "opening_backlog": None if adjustment is None else adjustment.opening_backlog,
                "difference": rounded(share.difference, FAIR_SHARE_DIGITS),
                "backlog": rounded(share.backlog, FAIR_SHARE_DIGITS),
                "years": [_year(step) for step in share.balance.steps],
                **_missing(analysis, share, codes, missing_item, index),
            }
        )
    return result


def _year(step: YearStep) -> JsonObject:
    return {
        "year": step.year,
        "fair_share": rounded(step.fair_share, FAIR_SHARE_DIGITS),
        "carried_in": rounded(step.carried_in, FAIR_SHARE_DIGITS),
        "capacity": step.contribution,
        "correction_used": rounded(step.correction_used, FAIR_SHARE_DIGITS),
        "backlog": rounded(step.backlog, FAIR_SHARE_DIGITS),
    }


def _missing(
    analysis: Analysis,
    share: MunicipalityDistribution,
    codes: Mapping[int, str],
    missing_item: Callable[[MissingInput], JsonObject],
    index: MissingIndex,
) -> JsonObject:
    """The inputs the municipality's figures lack: the key's baseline figures, the scope's
    need anywhere and its own capacity (in the years they depend on), its correction and
    its opening backlog."""
    code = codes[share.municipality_id]
    before: list[JsonObject] = [
        {"input": "baseline", "description": text}
        for text in analysis.key_shares.missing
        if text in share.missing
    ]
    if EMPTY_SCOPE in share.missing:
        before.append({"input": "scope", "description": EMPTY_SCOPE})
    groups = tuple(g.id for g in analysis.scope_groups)
    found = NOTHING
    if groups and (share.fair_share is None or share.contribution is None):
        found = index.selection(groups, share.depends_on).needs_and_own(
            share.municipality_id, MAX_LISTED_MISSING
        )
    after: list[JsonObject] = []
    if share.lacks_correction:
        after.append({"input": "correction", "municipality_code": code})
    if share.lacks_opening_backlog:
        after.append({"input": "opening_backlog", "municipality_code": code})
    return listed(before, found, after, missing_item)


def rounded(value: float | None, digits: int) -> float | None:
    """`value` to `digits` decimals; None stays None."""
    return None if value is None else round(value, digits)
