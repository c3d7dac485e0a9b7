"""The calculations of a vision as plain JSON-ready data (used by `thuisplan summary`)."""

from __future__ import annotations

from app.models import DistributionKey
from app.services.analysis import Analysis

SHARE_DIGITS = 4
FAIR_SHARE_DIGITS = 2


def summary_data(analysis: Analysis) -> dict:
    """Gaps, fair shares and social rent tests, values None where unknown.

    Gaps and fair shares are summed over housing types and kinds of capacity;
    fair shares cover the whole plan period with the vision's distribution key.
    Shares are fractions (0.3 = 30 %). `must_build_30_percent` keeps its name for the
    tools that read it, but means "must build at least the minimum social share of new
    construction" (the norm `min_social_new_build_share`, whatever its value): true when
    the current share is below the national average.
    """
    figures = analysis.figures
    codes = {m.id: m.code for m in figures.municipalities}
    labels = {g.id: g.label for g in figures.groups}
    vision = figures.vision
    key = vision.distribution_key
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
        },
        "gaps": [
            {
                "municipality_code": codes[m],
                "target_group": labels[g],
                "year": y,
                "need": gap.need,
                "capacity": gap.capacity,
                "gap": gap.gap,
                "missing": list(gap.missing),
            }
            for (m, g, y), gap in analysis.gaps.items()
        ],
        "fair_share": [
            {
                "municipality_code": codes[share.municipality_id],
                "target_group": labels[share.group_id],
                "key_share": _round(share.key_share, SHARE_DIGITS),
                "fair_share": _round(share.fair_share, FAIR_SHARE_DIGITS),
                "capacity": share.contribution,
                "difference": _round(share.difference, FAIR_SHARE_DIGITS),
                "missing": list(share.missing),
            }
            for share in analysis.fair_shares
        ],
        "social_rent": [
            {
                "municipality_code": codes[m],
                "current_share": _round(test.current_share, SHARE_DIGITS),
                "projected_share": _round(test.projected_share, SHARE_DIGITS),
                "below_goal": test.below_goal,
                "must_build_30_percent": test.must_build_30_percent,
                "required_social_new_build_share": _round(
                    test.required_social_new_build_share, SHARE_DIGITS
                ),
                "goal_reachable": test.goal_reachable,
                "affordable_new_build_share": _round(test.affordable_new_build_share, SHARE_DIGITS),
                "meets_affordable_norm": test.meets_affordable_norm,
                "missing": list(test.missing),
            }
            for m, test in analysis.social_rent.items()
        ],
    }


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
