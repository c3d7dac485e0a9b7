"""Ouderen: the national target of the programme Wonen en zorg voor ouderen, shared out.

need (municipality, housing type, year) = target of the housing type
    x the municipality's inhabitants 65+ / the country's inhabitants 65+
    / 9, for each year from 2022 to 2030; after 2030 there is no target (unknown, not 0).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.models import HousingType
from app.services.errors import ValidationError
from app.services.estimates.core import Base, Bases, Estimate, check_number, whole
from app.services.formatting import number

SOURCE = (
    "Programma Wonen en zorg voor ouderen, Kamerbrief van de ministers van BZK en VWS van "
    "23 november 2022: 290.000 voor ouderen geschikte woningen tot en met 2030, waarvan "
    "170.000 nultredenwoningen, 80.000 geclusterde woningen en 40.000 geclusterde woningen "
    "met verpleegzorg"
)
TARGETS: dict[HousingType, int] = {
    HousingType.ZERO_STEP: 170_000,
    HousingType.INDEPENDENT_CLUSTERED: 80_000,
    HousingType.CLUSTERED_NURSING: 40_000,
}


@dataclass(frozen=True)
class OlderPeopleTarget:
    """Parameters: the national 65+ (all 342 municipalities), the target per housing type
    and the years the target covers."""

    national_65_plus: int
    targets: Mapping[HousingType, int] = field(default_factory=lambda: dict(TARGETS))
    first_year: int = 2022
    last_year: int = 2030
    source: str = SOURCE

    def check(self) -> None:
        check_number(self.national_65_plus, "Het landelijk aantal 65-plussers", positive=True)
        for housing_type, target in self.targets.items():
            check_number(target, f"De landelijke opgave {HousingType(housing_type).label}")
        if self.first_year > self.last_year:
            raise ValidationError("Het eerste jaar van de opgave ligt na het laatste.")

    def estimate(self, bases: Bases, years: Sequence[int]) -> Estimate:
        result = Estimate()
        span = self.last_year - self.first_year + 1
        for code, base in bases.items():
            older = base.get(Base.INHABITANTS_65_PLUS)
            for housing_type, target in self.targets.items():
                for year in years:
                    cell = (code, housing_type, year)
                    if not self.first_year <= year <= self.last_year:
                        result.unknown[cell] = (
                            f"de landelijke opgave loopt tot en met {self.last_year}"
                        )
                    elif older is None:
                        result.unknown[cell] = "het aantal inwoners van 65 jaar en ouder ontbreekt"
                    else:
                        result.values[cell] = whole(target * older / self.national_65_plus / span)
        return result

    def describe(self) -> list[str]:
        span = self.last_year - self.first_year + 1
        parts = ", ".join(
            f"{t.label.lower()} {number(self.targets[t])}" for t in HousingType if t in self.targets
        )
        return [
            f"Woonbehoefte per woonvorm en jaar = landelijke opgave × (inwoners van 65 jaar en "
            f"ouder in de gemeente / {number(self.national_65_plus)} in heel Nederland) / {span}, "
            f"voor elk jaar van {self.first_year} tot en met {self.last_year}; na "
            f"{self.last_year} is er geen landelijke opgave (onbekend).",
            f"Landelijke opgave: {parts}. Bron: {self.source}.",
            "Inwoners van 65 jaar en ouder: CBS, Kerncijfers wijken en buurten 2024 "
            "(peildatum 1 januari 2024), alle 342 gemeenten.",
        ]
