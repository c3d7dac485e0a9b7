"""The calculations of a vision as plain JSON-ready data (used by `thuisplan summary`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from app.models import CapacityKind, DistributionKey, HousingType
from app.services.analysis import Analysis, Key
from app.services.calculations.cells import MissingInput
from app.services.calculations.fair_share import FairShare
from app.services.calculations.gaps import GapTotal
from app.services.calculations.regional_social_rent import (
    Contribution,
    MissingFigure,
    RegionalShare,
)
from app.services.dto import MunicipalityInfo
from app.services.estimates.apply import INDICATORS
from app.services.estimates.parameters import base_of, source_of, to_json
from app.services.estimates.store_read import StoredEstimate
from app.services.summary_distribution import (
    FAIR_SHARE_DIGITS,
    SHARE_DIGITS,
    correction_item,
    rounded,
    scope_fields,
    total_items,
)
from app.services.summary_missing import MAX_LISTED_MISSING as MAX_LISTED_MISSING  # re-exported
from app.services.summary_missing import NOTHING, MissingIndex, listed

# Labels looked up once (a national summary names over a million missing inputs).
_HOUSING_LABELS = {t: t.label for t in HousingType}
_KIND_LABELS = {k: k.label for k in CapacityKind}

# The summary is JSON: nested dicts and lists of plain values, different per entry.
JsonObject = dict[str, Any]


def summary_data(analysis: Analysis) -> JsonObject:
    """Gaps, fair shares and social rent tests, values None where unknown.

    Gaps and fair shares are summed over housing types and kinds of capacity; shortage and
    surplus are summed per housing type (never netted across them); fair shares cover the
    whole plan period with the vision's distribution key. `missing` lists every expected
    input an unknown value depends on (see `_missing_item`).
    Shares are fractions (0.3 = 30 %). `must_build_30_percent` keeps its name for the
    tools that read it, but means "must build at least the minimum social share of new
    construction" (the norm `min_social_new_build_share`, whatever its value): true when
    the current share is below the national average.
    `region` is the social rent test of the region as a whole (sums over its
    municipalities) with each municipality's contribution; a regional share is None as
    soon as one municipality's figure it needs is missing, never the known part's share.
    Each `gaps` item says where its need comes from (`need_source`: entered, estimated,
    mixed, or None while unknown); `estimates` describes every estimate of the scenario.
    `fair_share` has an item per municipality x group of the vision's scope, then one per
    municipality over the whole scope (`target_group` None) with the correction counted,
    the carried-in backlog, the backlog carried on and the years (`summary_distribution`).
    """
    figures = analysis.figures
    codes = {m.id: m.code for m in figures.municipalities}
    labels = {g.id: g.label for g in figures.groups}
    vision = figures.vision
    key = vision.distribution_key
    scope = figures.distribution.scope.value
    in_scope = {g.id for g in analysis.scope_groups}
    adjustments = figures.distribution.adjustments

    def missing_item(item: MissingInput) -> JsonObject:
        return _missing_item(item, codes, labels)

    index = MissingIndex(analysis)
    sources = need_sources(analysis)

    return {
        "vision": {
            "title": vision.title,
            "region": vision.region_name,
            "start_year": vision.start_year,
            "end_year": vision.end_year,
            "is_example": vision.is_example,
            "distribution_key": key.value,
            "distribution_key_label": key.label,
            "key_weights": (
                {ind.value: w for ind, w in vision.key_weights.items()}
                if key is DistributionKey.WEIGHTED_MIX
                else None
            ),
            "scenario": figures.scenario,
            **scope_fields(analysis),
        },
        "estimates": [
            _estimate_item(e, labels, figures.municipalities)
            for e in figures.stored_estimates
            if e.group_id in labels
        ],
        "gaps": [
            _gap_item(key, gap, sources[key], codes, labels, index)
            for key, gap in analysis.gaps.items()
        ],
        "fair_share": [
            *(
                {
                    "municipality_code": codes[share.municipality_id],
                    "target_group": labels[share.group_id],
                    "scope": scope,
                    "key_share": rounded(share.key_share, SHARE_DIGITS),
                    "fair_share": rounded(share.fair_share, FAIR_SHARE_DIGITS),
                    "capacity": share.contribution,
                    "correction": correction_item(adjustments.get(share.municipality_id)),
                    "difference": rounded(share.difference, FAIR_SHARE_DIGITS),
                    **_fair_share_missing(analysis, share, index, missing_item),
                }
                for share in analysis.fair_shares
                if share.group_id in in_scope
            ),
            *total_items(analysis, codes, missing_item, index),
        ],
        "social_rent": [
            {
                "municipality_code": codes[m],
                "current_share": rounded(test.current_share, SHARE_DIGITS),
                "projected_share": rounded(test.projected_share, SHARE_DIGITS),
                "below_goal": test.below_goal,
                "must_build_30_percent": test.must_build_30_percent,
                "required_social_new_build_share": rounded(
                    test.required_social_new_build_share, SHARE_DIGITS
                ),
                "goal_reachable": test.goal_reachable,
                "needed_social_new_build_share": rounded(
                    test.needed_social_new_build_share, SHARE_DIGITS
                ),
                "affordable_new_build_share": rounded(
                    test.affordable_new_build_share, SHARE_DIGITS
                ),
                "meets_affordable_norm": test.meets_affordable_norm,
                "missing": [_baseline_item(text) for text in test.missing],
            }
            for m, test in analysis.social_rent.items()
        ],
        "region": region_item(analysis, codes),
    }


def region_item(analysis: Analysis, codes: Mapping[int, str]) -> JsonObject:
    """The region's social rent test: three shares against their norms, the totals and
    each municipality's contribution."""
    region = analysis.region_social_rent
    return {
        "norm_set": analysis.figures.norm_set,
        "social_rent_current_share": _regional_share(region.current, codes),
        "social_rent_projected_share": {
            **_regional_share(region.projected, codes),
            "required_social_new_build_share": _round(
                region.required_social_new_build_share, SHARE_DIGITS
            ),
            "goal_reachable": region.goal_reachable,
            "needed_social_new_build_share": _round(
                region.needed_social_new_build_share, SHARE_DIGITS
            ),
        },
        "affordable_new_build_share": _regional_share(region.affordable, codes),
        "social_new_build_share": _regional_share(region.social_new_build, codes),
        "dwellings": region.dwellings,
        "social_rent_dwellings": region.social_rent_dwellings,
        "planned_new_total": region.planned_new_total,
        "planned_new_social": region.planned_new_social,
        "planned_new_affordable": region.planned_new_affordable,
        "municipalities": [_contribution_item(c, codes) for c in region.contributions],
    }


def _regional_share(share: RegionalShare, codes: Mapping[int, str]) -> JsonObject:
    return {
        "share": _round(share.share, SHARE_DIGITS),
        "norm": _round(share.norm, SHARE_DIGITS),
        "meets_norm": share.meets_norm,
        "missing": [_regional_missing(item, codes) for item in share.missing],
    }


def _contribution_item(c: Contribution, codes: Mapping[int, str]) -> JsonObject:
    return {
        "municipality_code": codes[c.municipality_id],
        "dwellings": c.dwellings,
        "social_rent_dwellings": c.social_rent_dwellings,
        "planned_new_total": c.planned_new_total,
        "planned_new_social": c.planned_new_social,
        "planned_new_affordable": c.planned_new_affordable,
        "share_of_region_social_rent": _round(c.share_of_social_rent, SHARE_DIGITS),
        "share_of_region_affordable_new_build": _round(
            c.share_of_affordable_new_build, SHARE_DIGITS
        ),
        "current_share_points": _round(c.current_points, SHARE_DIGITS),
        "projected_share_points": _round(c.projected_points, SHARE_DIGITS),
        "affordable_share_points": _round(c.affordable_points, SHARE_DIGITS),
    }


def _regional_missing(item: MissingFigure, codes: Mapping[int, str]) -> JsonObject:
    """A missing baseline figure, with the municipality it belongs to (None: the region)."""
    code = None if item.municipality_id is None else codes[item.municipality_id]
    return {**_baseline_item(item.description), "municipality_code": code}


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def need_sources(analysis: Analysis) -> dict[Key, str | None]:
    """`Analysis.need_source` of every municipality x group x year, in one pass over the
    estimated cells instead of a look at every housing type's cell per item: a known need
    is 'estimated' when each of the group's housing types has an estimate, 'entered' when
    none has, else 'mixed'; an unknown need (or a group without housing types) has None."""
    figures = analysis.figures
    types = {g.id: frozenset(g.housing_types) for g in figures.groups}
    years = set(figures.years)
    estimated: dict[Key, int] = {}
    for m, g, t, y in figures.estimated:
        if y in years and t in types.get(g, ()):
            estimated[(m, g, y)] = estimated.get((m, g, y), 0) + 1
    return {
        key: None
        if gap.need is None or not types[key[1]]
        else _source(estimated.get(key, 0), len(types[key[1]]))
        for key, gap in analysis.gaps.items()
    }


def _source(estimated: int, housing_types: int) -> str:
    if estimated == 0:
        return "entered"
    return "estimated" if estimated == housing_types else "mixed"


def _gap_item(
    key: Key,
    gap: GapTotal,
    need_source: str | None,
    codes: Mapping[int, str],
    labels: Mapping[int, str],
    index: MissingIndex,
) -> JsonObject:
    m, g, y = key
    missing = [] if gap.complete else index.cell(m, g, y)
    return {
        "municipality_code": codes[m],
        "target_group": labels[g],
        "year": y,
        "need": gap.need,
        "capacity": gap.capacity,
        "gap": gap.gap,
        "shortage": gap.shortage,
        "surplus": gap.surplus,
        "need_source": need_source,
        "missing": [_missing_item(item, codes, labels) for item in missing],
    }


def _estimate_item(
    estimate: StoredEstimate, labels: Mapping[int, str], municipalities: list[MunicipalityInfo]
) -> JsonObject:
    """A group's estimate: its method, its parameters (national totals included), the base
    it shares out by with each municipality's value, and where they come from."""
    parameters = estimate.parameters
    base = None if parameters is None else base_of(parameters)
    return {
        "base": None if base is None else base.value,
        "base_values": None
        if base is None
        else {m.code: m.value(INDICATORS[base]) for m in municipalities},
        "target_group": labels[estimate.group_id],
        "method": None if estimate.method is None else estimate.method.value,
        "method_label": None if estimate.method is None else estimate.method.label,
        "parameters": None if parameters is None else json.loads(to_json(parameters)),
        "source": None if parameters is None else source_of(parameters),
        "description": [] if parameters is None else parameters.describe(),
        "problem": estimate.problem or None,
    }


def _fair_share_missing(
    analysis: Analysis,
    share: FairShare,
    index: MissingIndex,
    missing_item: Callable[[MissingInput], JsonObject],
) -> JsonObject:
    """The inputs a fair share depends on that are missing: the key's baseline figures, the
    group's need in every municipality and the municipality's own capacity."""
    found = NOTHING
    if share.fair_share is None or share.contribution is None:
        found = index.selection([share.group_id]).needs_and_own(
            share.municipality_id, MAX_LISTED_MISSING
        )
    baseline = [_baseline_item(text) for text in analysis.key_shares.missing]
    return listed(baseline, found, [], missing_item)


def _missing_item(
    item: MissingInput, codes: Mapping[int, str], labels: Mapping[int, str]
) -> JsonObject:
    """One expected input nobody entered: where, and need or which kind of capacity."""
    kind = item.kind
    return {
        "input": "need" if kind is None else "capacity",
        "municipality_code": codes[item.municipality_id],
        "target_group": labels[item.group_id],
        "housing_type": _HOUSING_LABELS[item.housing_type],
        "year": item.year,
        "capacity_kind": None if kind is None else _KIND_LABELS[kind],
    }


def _baseline_item(description: str) -> JsonObject:
    """A missing baseline figure of a municipality (stock, planned construction, key)."""
    return {"input": "baseline", "description": description}
