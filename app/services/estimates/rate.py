"""Norm x basis: a rate per 1,000 of a base (inhabitants, households, 65+ or dwellings), for
any group, own groups included.

need (municipality, housing type, year) = rate / 1,000 x the municipality's base x the
share of the housing type.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.models import HousingType
from app.services.errors import ValidationError
from app.services.estimates.core import Base, Bases, Estimate, check_number, check_shares, spread
from app.services.formatting import number, percent


@dataclass(frozen=True)
class RatePerBase:
    """Parameters: the base, the rate per 1,000 of it per year, where the rate comes from,
    and the split over housing types."""

    base: Base
    rate_per_1000: float
    source: str
    shares: Mapping[HousingType, float]

    def check(self) -> None:
        Base(self.base)
        check_number(self.rate_per_1000, "Het aantal per 1.000")
        if not self.source.strip():
            raise ValidationError("Noem de bron van het aantal per 1.000.")
        check_shares(self.shares)

    def estimate(self, bases: Bases, years: Sequence[int]) -> Estimate:
        result = Estimate()
        base = Base(self.base)
        for code, values in bases.items():
            value = values.get(base)
            total = None if value is None else self.rate_per_1000 / 1000 * value
            for year in years:
                spread(result, code, year, total, self.shares, f"het aantal {base.label} ontbreekt")
        return result

    def describe(self) -> list[str]:
        shares = ", ".join(
            f"{HousingType(t).label.lower()} {percent(s, 0)}" for t, s in self.shares.items()
        )
        base = Base(self.base)
        return [
            f"Woonbehoefte per jaar = {number(self.rate_per_1000, 2)} per 1.000 {base.label} × "
            f"{base.label} van de gemeente, verdeeld over de woonvormen.",
            f"Bron van het aantal: {self.source}.",
            f"Verdeling over woonvormen: {shares}.",
        ]
