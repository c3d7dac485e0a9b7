"""Reading the text of an estimate's fields: the services' parsers, with the field named in
the message (a Dutch message for anything unreadable; the method's own check() judges the
values themselves)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from app.services.errors import DomainError, ValidationError
from app.services.validation import parse_number

T = TypeVar("T")


def required(text: str, what: str, parse: Callable[[str], T | None]) -> T:
    """The value of a field that must be filled."""
    value = optional(text, what, parse)
    if value is None:
        raise ValidationError(f"{what}: vul dit in.")
    return value


def optional(text: str, what: str, parse: Callable[[str], T | None]) -> T | None:
    """The value of a field that may stay empty (None)."""
    try:
        return parse(text)
    except DomainError as error:
        raise ValidationError(f"{what}: {error}") from error


def parse_count(text: str) -> int | None:
    """A whole number as a Dutch user types it ('17.942.942', '4500'), national totals
    included (parse_quantity stops at a need's maximum); empty text -> None."""
    value = parse_number(text)
    if value is None:
        return None
    if not value.is_integer():
        raise ValidationError(f"'{text.strip()}' is geen geheel getal.")
    return int(value)


def plain(value: float) -> str:
    """A parameter as a user would type it: '12', '2,5' (no thousands separators, so it
    reads back the same in any interface language)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.12g}".replace(".", ",")


def percent_text(share: float) -> str:
    """A share (0-1) as the percentage typed in a field: 0.25 -> '25'."""
    return plain(round(share * 100, 6))
