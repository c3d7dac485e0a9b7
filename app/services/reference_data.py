"""The shipped reference data: all 342 municipalities with their CBS baseline figures."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from app.resources import resource_path

CBS_ATTRIBUTION = "Bron: CBS, Kerncijfers wijken en buurten 2024 (CC BY 4.0)"
CBS_SOURCE = "CBS, Kerncijfers wijken en buurten 2024 (85984NED)"
CBS_REFERENCE_DATE = "2024-01-01"
CORPORATION_SOURCE = (
    "CBS, woningvoorraad naar eigendom (peildatum vermoedelijk 1-1-2023, via allecijfers.nl)"
)
CORPORATION_ATTRIBUTION = f"Bron: {CORPORATION_SOURCE}, CC BY 4.0"
CORPORATION_REFERENCE_DATE = "2023-01-01"
SOCIAL_RENT_ESTIMATE_SOURCE = (
    "Raming: aandeel woningen in bezit van woningcorporaties (CBS, peildatum vermoedelijk "
    "1-1-2023, via allecijfers.nl) × woningvoorraad (CBS, 1-1-2024)"
)


@dataclass(frozen=True)
class ReferenceMunicipality:
    """A municipality as CBS describes it (2024 division, unchanged in 2025)."""

    code: str
    name: str
    province: str
    corop: str
    safety_region: str
    inhabitants: int
    inhabitants_65_plus: int
    households: int
    dwellings: int
    neighbours: tuple[str, ...]
    corporation_share: float  # of dwellings owned by housing corporations (0-1), 1-1-2023

    @property
    def estimated_social_rent_dwellings(self) -> int:
        """The corporation share x the dwellings: a raming that mixes two reference dates."""
        return round(self.corporation_share * self.dwellings)


@cache
def reference_municipalities() -> dict[str, ReferenceMunicipality]:
    """Code -> municipality, in the order of the CBS file."""
    neighbours = _neighbours()
    shares = _corporation_shares()
    with resource_path("reference", "gemeenten_2024.csv").open(encoding="utf-8") as f:
        return {
            row["gemeentecode"]: ReferenceMunicipality(
                code=row["gemeentecode"],
                name=row["gemeentenaam"],
                province=row["provincienaam"],
                corop=row["corop_naam"],
                safety_region=row["veiligheidsregio_naam"],
                inhabitants=int(row["inwoners_2024"]),
                inhabitants_65_plus=int(row["inwoners_65plus_2024"]),
                households=int(row["huishoudens_2024"]),
                dwellings=int(row["woningvoorraad_2024"]),
                neighbours=neighbours.get(row["gemeentecode"], ()),
                corporation_share=shares[row["gemeentecode"]],
            )
            for row in csv.DictReader(f)
        }


def find_reference(code: str) -> ReferenceMunicipality | None:
    """The municipality with CBS code `code` ('GM0518' or '518'), or None."""
    return reference_municipalities().get(normalise_code(code))


def normalise_code(code: str) -> str:
    """'518', '0518', 'gm0518' -> 'GM0518'; anything else is returned stripped, upper-cased."""
    cleaned = code.strip().upper()
    digits = cleaned[2:] if cleaned.startswith("GM") else cleaned
    if digits.isascii() and digits.isdigit() and len(digits) <= 4:  # not '²' or '٣'
        return f"GM{int(digits):04d}"
    return cleaned


def _neighbours() -> dict[str, tuple[str, ...]]:
    with resource_path("reference", "buurgemeenten.csv").open(encoding="utf-8") as f:
        return {
            row["gemeentecode"]: tuple(c for c in row["buurgemeente_codes"].split("|") if c)
            for row in csv.DictReader(f)
        }


def _corporation_shares() -> dict[str, float]:
    """Code -> share of dwellings owned by housing corporations (the file has percentages)."""
    with resource_path("reference", "corporatiebezit_2023.csv").open(encoding="utf-8") as f:
        return {
            row["gemeentecode"]: float(row["pct_huur_corporatie"]) / 100
            for row in csv.DictReader(f)
        }


@cache
def national_corporation_share() -> float:
    """The national share of dwellings owned by housing corporations: every municipality's
    share weighted by its dwellings (the same source as each municipality's own share, so a
    municipality is compared with a like-for-like average)."""
    everyone = reference_municipalities().values()
    owned = sum(m.corporation_share * m.dwellings for m in everyone)
    return owned / sum(m.dwellings for m in everyone)


@cache
def national_totals() -> dict[str, int]:
    """Inhabitants, 65+, households and dwellings of all 342 municipalities together."""
    everyone = list(reference_municipalities().values())
    return {
        "inhabitants": sum(m.inhabitants for m in everyone),
        "inhabitants_65_plus": sum(m.inhabitants_65_plus for m in everyone),
        "households": sum(m.households for m in everyone),
        "dwellings": sum(m.dwellings for m in everyone),
    }


@dataclass(frozen=True)
class ShippedFigure:
    """What the shipped data says of one baseline figure of a municipality."""

    value: int | None
    source: str = ""
    reference_date: str = ""
    estimated: bool = False  # a raming, not a count


def shipped_figure(reference: ReferenceMunicipality | None, indicator: str) -> ShippedFigure:
    """CBS counts, the social rent dwellings as a raming (corporation share x dwellings),
    and nothing (value None) for figures nothing is shipped for (planned construction)."""
    if reference is None:
        return ShippedFigure(None)
    counts = {
        "inhabitants": reference.inhabitants,
        "inhabitants_65_plus": reference.inhabitants_65_plus,
        "households": reference.households,
        "dwellings": reference.dwellings,
    }
    if indicator in counts:
        return ShippedFigure(counts[indicator], CBS_SOURCE, CBS_REFERENCE_DATE)
    if indicator == "social_rent_dwellings":
        return ShippedFigure(
            reference.estimated_social_rent_dwellings,
            SOCIAL_RENT_ESTIMATE_SOURCE,
            CORPORATION_REFERENCE_DATE,
            estimated=True,
        )
    return ShippedFigure(None)
