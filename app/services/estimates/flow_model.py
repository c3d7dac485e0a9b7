"""Stroommodel for uitstromers and dak- en thuisloze mensen.

yearly need = places / average stay (years) x share that moves on to a home
              + backlog of people ready to move out / years to clear (the first years only)
split over housing types. Per municipality (each its own places, stay, ...) or per
centrumgemeente region (one set for the region, shared out with the vision's key).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.models import HousingType
from app.services.errors import ValidationError
from app.services.estimates.core import (
    Bases,
    Estimate,
    check_fraction,
    check_number,
    check_shares,
    spread,
)
from app.services.formatting import number, percent


@dataclass(frozen=True)
class Flow:
    """The flow through the places of one municipality or one region."""

    places: float
    average_stay_years: float
    share_moving_on: float
    backlog: float = 0
    years_to_clear: int = 1

    def check(self, where: str) -> None:
        check_number(self.places, f"{where}: het aantal bezette plekken")
        check_number(
            self.average_stay_years, f"{where}: de gemiddelde verblijfsduur", positive=True
        )
        check_fraction(self.share_moving_on, f"{where}: het aandeel dat doorstroomt")
        check_number(self.backlog, f"{where}: het aantal uitstroomklare mensen")
        if isinstance(self.years_to_clear, bool) or not isinstance(self.years_to_clear, int):
            raise ValidationError(
                f"{where}: het aantal jaren om de achterstand weg te werken is geen heel getal."
            )
        if self.years_to_clear < 1:
            raise ValidationError(f"{where}: de achterstand wegwerken duurt ten minste 1 jaar.")

    def yearly(self, year_number: int) -> float:
        """The need in the `year_number`-th year of the plan period (0 = the first)."""
        flow = self.places / self.average_stay_years * self.share_moving_on
        return flow + (
            self.backlog / self.years_to_clear if year_number < self.years_to_clear else 0
        )


@dataclass(frozen=True)
class FlowModel:
    """Parameters: per municipality code a Flow, or one regional Flow (`region`) shared out
    with each municipality's key share; and the split over housing types."""

    shares: Mapping[HousingType, float]
    per_municipality: Mapping[str, Flow] | None = None
    region: Flow | None = None
    source: str = ""

    def check(self) -> None:
        if (self.per_municipality is None) == (self.region is None):
            raise ValidationError("Kies het stroommodel per gemeente of voor de hele regio.")
        if self.region is not None:
            self.region.check("Regio")
        for code, flow in (self.per_municipality or {}).items():
            flow.check(code)
        check_shares(self.shares)

    def estimate(
        self, bases: Bases, years: Sequence[int], key_shares: Mapping[str, float | None]
    ) -> Estimate:
        result = Estimate()
        for code in bases:
            for number_, year in enumerate(years):
                total, reason = self._total(code, number_, key_shares)
                spread(result, code, year, total, self.shares, reason)
        return result

    def _total(
        self, code: str, year_number: int, key_shares: Mapping[str, float | None]
    ) -> tuple[float | None, str]:
        if self.region is not None:
            share = key_shares.get(code)
            if share is None:
                return None, "het aandeel van de gemeente in de verdeelsleutel is onbekend"
            return self.region.yearly(year_number) * share, ""
        flow = (self.per_municipality or {}).get(code)
        if flow is None:
            return None, "geen gegevens over plekken en uitstroom voor deze gemeente"
        return flow.yearly(year_number), ""

    def describe(self, names: Mapping[str, str] | None = None) -> list[str]:
        """The formula and every flow; municipalities by name where `names` knows them."""
        lines = [
            "Woonbehoefte per jaar = bezette plekken / gemiddelde verblijfsduur in jaren × "
            "aandeel dat doorstroomt naar een woning + uitstroomklare mensen / aantal jaren om "
            "die achterstand weg te werken (alleen in die eerste jaren), verdeeld over de "
            "woonvormen."
        ]
        flows = {"Regio (verdeeld met de verdeelsleutel)": self.region} if self.region else {}
        flows.update(
            {
                (names or {}).get(code, code): flow
                for code, flow in (self.per_municipality or {}).items()
            }
        )
        for where, flow in flows.items():
            stay = number(flow.average_stay_years, 1)
            lines.append(
                f"{where}: {number(flow.places)} plekken, verblijf {stay} jaar, "
                f"{percent(flow.share_moving_on, 0)} stroomt door, {number(flow.backlog)} "
                f"uitstroomklaar in {flow.years_to_clear} jaar."
            )
        shares = ", ".join(
            f"{HousingType(t).label.lower()} {percent(s, 0)}" for t, s in self.shares.items()
        )
        lines.append(f"Verdeling over woonvormen: {shares}.")
        if self.source:
            lines.append(f"Bron: {self.source}.")
        return lines
