"""Statushouders: the half-yearly taakstelling, shared out by inhabitants.

need (municipality, housing type, year) = (national number of the first half year + that
of the second) x the municipality's inhabitants / the country's inhabitants x the share of
the housing type. A year of which a half year has no number is unknown. The national
numbers come from the user, with the circulaire they are taken from: Thuisplan ships none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.models import HousingType
from app.services.errors import ValidationError
from app.services.estimates.core import (
    Base,
    Bases,
    Estimate,
    check_number,
    check_shares,
    spread,
)
from app.services.formatting import number, percent


@dataclass(frozen=True)
class StatusHoldersTask:
    """Parameters: the national number per half year ('2026-1', '2026-2'), the circulaire
    they come from, the national inhabitants and the split over housing types."""

    half_years: Mapping[str, int]
    circulaire: str
    national_inhabitants: int
    shares: Mapping[HousingType, float]

    def check(self) -> None:
        if not self.circulaire.strip():
            raise ValidationError("Noem de circulaire waar de landelijke aantallen uit komen.")
        check_number(self.national_inhabitants, "Het landelijk aantal inwoners", positive=True)
        for period, count in self.half_years.items():
            year, _, half = period.partition("-")
            if not (year.isdigit() and half in ("1", "2")):
                raise ValidationError(f"'{period}' is geen halfjaar; schrijf bijvoorbeeld 2026-1.")
            check_number(count, f"Het aantal voor {period}")
        check_shares(self.shares)

    def estimate(self, bases: Bases, years: Sequence[int]) -> Estimate:
        result = Estimate()
        for code, base in bases.items():
            inhabitants = base.get(Base.INHABITANTS)
            for year in years:
                halves = [self.half_years.get(f"{year}-{h}") for h in (1, 2)]
                if None in halves:
                    spread(result, code, year, None, self.shares, f"geen taakstelling voor {year}")
                elif inhabitants is None:
                    spread(result, code, year, None, self.shares, "het aantal inwoners ontbreekt")
                else:
                    total = sum(halves) * inhabitants / self.national_inhabitants  # type: ignore[arg-type]
                    spread(result, code, year, total, self.shares, "")
        return result

    def describe(self) -> list[str]:
        numbers = "; ".join(f"{p}: {number(v)}" for p, v in sorted(self.half_years.items()))
        shares = ", ".join(
            f"{HousingType(t).label.lower()} {percent(s, 0)}" for t, s in self.shares.items()
        )
        return [
            "Woonbehoefte per jaar = (landelijke taakstelling van het eerste + het tweede "
            "halfjaar) × inwoners van de gemeente / "
            f"{number(self.national_inhabitants)} inwoners van Nederland, verdeeld over de "
            "woonvormen; een jaar zonder taakstelling voor beide halfjaren is onbekend.",
            f"Landelijke aantallen: {numbers or 'geen'}. Bron: {self.circulaire}.",
            f"Verdeling over woonvormen: {shares}.",
        ]
