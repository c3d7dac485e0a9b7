"""The allocation helper: capacity from vacancies.

Municipalities commonly reason: of the social rent homes that become vacant
each year, a share (say 25 %) is allocated to a target group. A capacity row of
kind 'toewijzing' with an allocation share is computed as
round(vacancies x share / 100), half up, for every year with vacancies.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sqlmodel import Session, col, select

from app.models import CapacitySeries, CapacityValue, HousingType, SocialRentVacancies
from app.services.lookup import stored_id


def rule_housing_type(housing_types: tuple[HousingType, ...]) -> HousingType | None:
    """The housing type whose allocation row the helper fills for a group: regular
    independent homes when the group uses them (what vacant social rent homes mostly are),
    else the group's first housing type; None for a group without housing types."""
    if HousingType.INDEPENDENT_REGULAR in housing_types:
        return HousingType.INDEPENDENT_REGULAR
    return housing_types[0] if housing_types else None


def allocated(vacancies: int, share_percent: float) -> int:
    """Homes allocated from `vacancies` at `share_percent` (half rounded up)."""
    exact = Decimal(vacancies) * Decimal(str(share_percent)) / 100
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def vacancy_counts(session: Session, municipality_id: int) -> dict[int, int]:
    """Year -> vrijkomende sociale huurwoningen entered for a municipality."""
    rows = session.exec(
        select(SocialRentVacancies).where(SocialRentVacancies.municipality_id == municipality_id)
    )
    return {row.year: row.count for row in rows}


def recompute_allocation(session: Session, municipality_id: int) -> None:
    """Refresh the values of every allocation-rule row of one municipality."""
    counts = vacancy_counts(session, municipality_id)
    rules = session.exec(
        select(CapacitySeries).where(
            CapacitySeries.municipality_id == municipality_id,
            col(CapacitySeries.allocation_share).is_not(None),
        )
    )
    for series in rules:
        apply_rule(session, series, counts)


def apply_rule(session: Session, series: CapacitySeries, counts: dict[int, int]) -> None:
    """Write vacancies x share into the series for each year with vacancies."""
    assert series.allocation_share is not None
    existing = {
        value.year: value
        for value in session.exec(select(CapacityValue).where(CapacityValue.series_id == series.id))
    }
    for year, value in existing.items():
        if year not in counts:
            session.delete(value)
    for year, count in counts.items():
        quantity = allocated(count, series.allocation_share)
        if year in existing:
            existing[year].quantity = quantity
        else:
            session.add(CapacityValue(series_id=stored_id(series), year=year, quantity=quantity))
