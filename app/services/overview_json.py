"""The overview over many visions as plain JSON-ready data (`thuisplan overview --json`)."""

from __future__ import annotations

from typing import Any

from app.services.calculations.gaps import GapTotal
from app.services.overview import Overview, OverviewGroup
from app.services.overview_vision import AgreementStatuses, RegionTests, TestCounts

JsonObject = dict[str, Any]


def overview_data(overview: Overview) -> JsonObject:
    """Every vision read, every file refused with its reason, the groups as matched, and the
    municipalities in more than one vision. Figures are None where unknown: a year outside a
    vision's plan period, a group the vision does not have, or a missing input."""
    files = [str(v.path) for v in overview.visions]
    return {
        "years": list(overview.years),
        "visions": [_vision(overview, index) for index in range(len(overview.visions))],
        "refused": [{"file": str(r.path), "reason": r.reason} for r in overview.refused],
        "target_groups": [
            {
                "target_group": group.label,
                "in_all_visions": len(group.visions) == len(overview.visions),
                "visions": [files[i] for i in group.visions],
            }
            for group in overview.groups
        ],
        "shared_municipalities": [
            {
                "municipality_code": shared.code,
                "name": shared.name,
                "visions": [files[i] for i in shared.visions],
            }
            for shared in overview.shared
        ],
    }


def _vision(overview: Overview, index: int) -> JsonObject:
    vision = overview.visions[index]
    shared = {s.code: s for s in overview.shared_in(index)}
    return {
        "file": str(vision.path),
        "title": vision.title,
        "region": vision.region_name,
        "start_year": vision.start_year,
        "end_year": vision.end_year,
        "scenario": vision.scenario,
        "is_example": vision.is_example,
        "municipalities": [
            {
                "municipality_code": code,
                "name": name,
                "also_in": [
                    str(overview.visions[i].path)
                    for i in (shared[code].visions if code in shared else ())
                    if i != index
                ],
            }
            for code, name in vision.municipalities
        ],
        "target_groups": [_group(overview, index, group) for group in overview.groups],
        "social_rent": _tests(vision.tests, len(vision.municipalities)),
        "agreements": [_agreement(a, vision.years) for a in vision.agreements],
    }


def _group(overview: Overview, index: int, group: OverviewGroup) -> JsonObject:
    """A group in one vision: `in_vision` false when the vision does not have it."""
    found = overview.group_in(index, group)
    period = overview.visions[index].years
    return {
        "target_group": group.label,
        "in_vision": found is not None,
        "total": None if found is None else _figures(found.total),
        "years": [
            {
                "year": year,
                "in_period": year in period,
                **_figures(overview.figures(index, group, year)),
            }
            for year in overview.years
        ],
    }


def _figures(total: GapTotal | None) -> JsonObject:
    if total is None:
        return dict.fromkeys(("need", "capacity", "gap", "shortage", "surplus"))
    return {
        "need": total.need,
        "capacity": total.capacity,
        "gap": total.gap,
        "shortage": total.shortage,
        "surplus": total.surplus,
    }


def _tests(tests: RegionTests, municipalities: int) -> JsonObject:
    return {
        "municipalities": municipalities,
        "goal": tests.goal,
        "national_average": tests.national_average,
        "affordable_norm": tests.affordable_norm,
        "region": tests.summary_region,
        "municipality_counts": {
            "below_goal": _counts(tests.below_goal),
            "must_build_30_percent": _counts(tests.must_build_30_percent),
            "goal_reachable": _counts(tests.goal_reachable),
            "meets_affordable_norm": _counts(tests.meets_affordable_norm),
        },
    }


def _counts(counts: TestCounts) -> JsonObject:
    return {"true": counts.true, "false": counts.false, "unknown": counts.unknown}


def _agreement(agreement: AgreementStatuses, period: range) -> JsonObject:
    return {
        "description": agreement.description,
        "municipality": agreement.municipality,
        "target_group": agreement.target_group,
        "years": [
            {
                "year": year,
                "target": info.target,
                "realised": info.realised,
                "status": None if info.status is None else info.status.value,
                "status_label": None if info.status is None else info.status.label,
            }
            for year, info in agreement.years.items()
            if year in period
        ],
    }
