"""The region's social rent and affordable shares: the sums over its municipalities.

current share            = Σ social rent dwellings / Σ dwellings
projected share          = (Σ social + Σ planned social) / (Σ dwellings + Σ planned)
social new-build share   = Σ planned social / Σ planned
affordable new-build     = (Σ planned social + Σ planned middle) / Σ planned

A share is unknown (None) as soon as one municipality lacks a figure it needs: a sum of the
figures that happen to be entered is not the region's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.services.calculations.social_rent import SocialRentInput


@dataclass(frozen=True)
class RegionShares:
    """The region's shares (fractions); None where a municipality lacks a figure."""

    current: float | None
    projected: float | None
    social_new_build: float | None
    affordable_new_build: float | None


def region_shares(inputs: Iterable[SocialRentInput]) -> RegionShares:
    """The region's shares from its municipalities' baseline figures."""
    rows = list(inputs)
    dwellings = _total(r.dwellings for r in rows)
    social = _total(r.social_rent_dwellings for r in rows)
    planned = _total(r.planned_new_total for r in rows)
    planned_social = _total(r.planned_new_social for r in rows)
    planned_middle = _total(r.planned_new_middle for r in rows)
    affordable = None
    if planned_social is not None and planned_middle is not None:
        affordable = planned_social + planned_middle
    return RegionShares(
        current=_share(social, dwellings),
        projected=_share(
            _total([social, planned_social]),
            _total([dwellings, planned]),
        ),
        social_new_build=_share(planned_social, planned),
        affordable_new_build=_share(affordable, planned),
    )


def _total(values: Iterable[int | None]) -> int | None:
    known: Sequence[int | None] = list(values)
    if not known or any(v is None for v in known):
        return None
    return sum(v for v in known if v is not None)


def _share(part: int | None, whole: int | None) -> float | None:
    if part is None or not whole or part > whole:
        return None
    return part / whole
