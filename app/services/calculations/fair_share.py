"""Evenwichtige verdeling: each municipality's fair share of the regional need.

fair share = regional need of the group over the period x the municipality's
share under the distribution key; difference = its capacity - its fair share
(positive: it contributes more than its share).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.models import BaselineIndicator, DistributionKey


@dataclass(frozen=True, slots=True)
class KeyShares:
    """Each municipality's share (0-1) under a key, or None with the reasons."""

    shares: dict[int, float | None]
    missing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FairShare:
    """Fair share against actual contribution of one municipality for one group."""

    municipality_id: int
    group_id: int
    key_share: float | None
    fair_share: float | None
    contribution: int | None
    missing: tuple[str, ...]

    @property
    def difference(self) -> float | None:
        """Contribution minus fair share: negative means it carries less than its share."""
        if self.fair_share is None or self.contribution is None:
            return None
        return self.contribution - self.fair_share


def rounded_difference(contribution: float | None, fair_share: float | None) -> int | None:
    """Contribution (whole dwellings) minus the fair share rounded to whole dwellings: the
    difference as a document shows it beside the rounded fair share, so the row adds up."""
    if contribution is None or fair_share is None:
        return None
    return round(contribution) - round(fair_share)


def key_shares(
    baseline: Mapping[int, Mapping[BaselineIndicator, int | None]],
    names: Mapping[int, str],
    key: DistributionKey,
    weights: Mapping[BaselineIndicator, float] | None = None,
) -> KeyShares:
    """Shares of the municipalities in `baseline` under `key` (weights for the mix)."""
    if key is DistributionKey.WEIGHTED_MIX:
        parts = {ind: w for ind, w in (weights or {}).items() if w > 0}
        if not parts:
            return KeyShares(dict.fromkeys(baseline), ("de gewichten van de gewogen mix",))
    else:
        indicator = key.indicator
        assert indicator is not None
        parts = {indicator: 1.0}

    missing: list[str] = []
    per_indicator: dict[BaselineIndicator, dict[int, float]] = {}
    for indicator in parts:
        values = {m: figures.get(indicator) for m, figures in baseline.items()}
        absent = [names.get(m, str(m)) for m, v in values.items() if v is None]
        if absent:
            missing.append(f"{indicator.label.lower()} van {', '.join(absent)}")
            continue
        known = {m: v for m, v in values.items() if v is not None}  # all of them: none absent
        region = sum(known.values())
        if region == 0:
            missing.append(f"{indicator.label.lower()} (regiototaal is 0)")
            continue
        per_indicator[indicator] = {m: v / region for m, v in known.items()}

    if missing:
        return KeyShares(dict.fromkeys(baseline), tuple(missing))
    weight_sum = sum(parts.values())
    shares: dict[int, float | None] = {
        m: sum(parts[ind] * per_indicator[ind][m] for ind in parts) / weight_sum for m in baseline
    }
    return KeyShares(shares, ())


def fair_shares(
    group_id: int,
    need_by_municipality: Mapping[int, int | None],
    capacity_by_municipality: Mapping[int, int | None],
    shares: KeyShares,
    names: Mapping[int, str],
) -> list[FairShare]:
    """Fair share per municipality for one group, from its period totals of need and capacity.

    A municipality whose need is unknown makes the regional need, and so every
    fair share, unknown.
    """
    unknown_need = [names.get(m, str(m)) for m, v in need_by_municipality.items() if v is None]
    known_need = [v for v in need_by_municipality.values() if v is not None]
    region_need = None if unknown_need else sum(known_need)
    # the same note for every municipality: joined once (a national vision names hundreds)
    need_note = ["woonbehoefte van " + ", ".join(unknown_need)] if unknown_need else []
    result = []
    for municipality_id, share in shares.shares.items():
        missing = [*shares.missing, *need_note]
        contribution = capacity_by_municipality.get(municipality_id)
        if contribution is None:
            missing.append(f"aanbod van {names.get(municipality_id, municipality_id)}")
        fair = None if share is None or region_need is None else region_need * share
        result.append(
            FairShare(municipality_id, group_id, share, fair, contribution, tuple(missing))
        )
    return result
