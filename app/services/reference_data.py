"""The shipped reference data: all 342 municipalities with their CBS baseline figures."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from app.resources import resource_path

CBS_ATTRIBUTION = "Bron: CBS, Kerncijfers wijken en buurten 2024 (CC BY 4.0)"
CBS_SOURCE = "CBS, Kerncijfers wijken en buurten 2024 (85984NED)"
CBS_REFERENCE_DATE = "2024-01-01"


@dataclass(frozen=True)
class ReferenceMunicipality:
    """A municipality as CBS describes it (2024 division, unchanged in 2025)."""

    code: str
    name: str
    province: str
    corop: str
    safety_region: str
    inhabitants: int
    households: int
    dwellings: int
    neighbours: tuple[str, ...]


@cache
def reference_municipalities() -> dict[str, ReferenceMunicipality]:
    """Code -> municipality, in the order of the CBS file."""
    neighbours = _neighbours()
    with resource_path("reference", "gemeenten_2024.csv").open(encoding="utf-8") as f:
        return {
            row["gemeentecode"]: ReferenceMunicipality(
                code=row["gemeentecode"],
                name=row["gemeentenaam"],
                province=row["provincienaam"],
                corop=row["corop_naam"],
                safety_region=row["veiligheidsregio_naam"],
                inhabitants=int(row["inwoners_2024"]),
                households=int(row["huishoudens_2024"]),
                dwellings=int(row["woningvoorraad_2024"]),
                neighbours=neighbours.get(row["gemeentecode"], ()),
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
