"""What every estimation method shares: the cells it fills, its bases, its rounding and the
checks on its parameters (a Dutch message, nothing stored)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from app.models import EstimateMethod as Method
from app.models import HousingType
from app.services.errors import ValidationError
from app.services.formatting import percent

__all__ = ["Base", "Bases", "Cell", "Estimate", "Method", "check_shares", "whole"]

Cell = tuple[str, HousingType, int]  # municipality code, housing type, year
Bases = Mapping[str, Mapping["Base", int | None]]  # municipality code -> base -> value
EPSILON = 1e-9


class Base(StrEnum):
    """What a municipality's need can be proportional to (a baseline figure)."""

    INHABITANTS = "inhabitants"
    HOUSEHOLDS = "households"
    INHABITANTS_65_PLUS = "inhabitants_65_plus"
    DWELLINGS = "dwellings"

    @property
    def label(self) -> str:
        return {
            Base.INHABITANTS: "inwoners",
            Base.HOUSEHOLDS: "huishoudens",
            Base.INHABITANTS_65_PLUS: "inwoners van 65 jaar en ouder",
            Base.DWELLINGS: "woningen",
        }[self]


@dataclass(frozen=True)
class Estimate:
    """What a method computed: the cells it could, and why the others stay unknown."""

    values: dict[Cell, int] = field(default_factory=dict)
    unknown: dict[Cell, str] = field(default_factory=dict)


def whole(value: float) -> int:
    """Round to whole dwellings, half up (2.5 -> 3), as the allocation rule does."""
    return int(Decimal(repr(float(value))).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def check_shares(shares: Mapping[HousingType, float], what: str = "De verdeling") -> None:
    """Shares over housing types: each 0-100 %, together 100 %."""
    if not shares:
        raise ValidationError(f"{what} over woonvormen ontbreekt.")
    for housing_type, share in shares.items():
        check_fraction(share, f"Het aandeel {HousingType(housing_type).label.lower()}")
    if abs(sum(shares.values()) - 1) > 1e-6:
        total = percent(sum(shares.values()))
        raise ValidationError(f"{what} over woonvormen telt op tot {total}, niet 100 %.")


def check_fraction(value: object, what: str) -> float:
    """A share between 0 and 1 (0 % and 100 %)."""
    number = check_number(value, what)
    if number > 1 + EPSILON:
        raise ValidationError(f"{what} is meer dan 100 %.")
    return number


def check_number(value: object, what: str, *, positive: bool = False) -> float:
    """A finite number of at least 0 (above 0 with `positive`)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(f"{what} is geen getal.")
    if value < 0 or (positive and value <= 0):
        raise ValidationError(f"{what} moet {'groter dan' if positive else 'ten minste'} 0 zijn.")
    return float(value)


def spread(
    result: Estimate,
    code: str,
    year: int,
    total: float | None,
    shares: Mapping[HousingType, float],
    reason: str,
) -> None:
    """Put a municipality's yearly need, divided over housing types, into `result`."""
    for housing_type, share in shares.items():
        cell = (code, housing_type, year)
        if total is None:
            result.unknown[cell] = reason
        else:
            result.values[cell] = whole(total * share)
