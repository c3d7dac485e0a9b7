"""Dates the Dutch way: read what a user types, store ISO text, show Dutch.

A date in Thuisplan can be a year ('2030'), a month ('december 2030') or a day
('31 december 2030'). Users may type any of
  2030 · 12-2030 · december 2030 · 31-12-2030 · 31/12/2030 · 31.12.2030 ·
  31 december 2030 · 31 dec 2030 · and the ISO forms 2030-12 and 2030-12-31;
the file stores the ISO form ('2030', '2030-12', '2030-12-31'), as it always has,
and documents and screens show '31 december 2030' (`long_date`) or '31-12-2030'
(`short_date`), never '2030-12-31'.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from app.services.errors import ValidationError
from app.services.text_safety import strip_control

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
_SHORT_MONTHS = {
    "jan": 1, "feb": 2, "mrt": 3, "maa": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
FIRST_YEAR, LAST_YEAR = 1900, 2200
MAX_LENGTH = 50
_NUMERIC = [  # ASCII digits only: int() would also read other scripts' digits
    re.compile(r"(?P<y>\d{4})", re.ASCII),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})", re.ASCII),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})", re.ASCII),
    re.compile(r"(?P<m>\d{1,2})[-/.](?P<y>\d{4})", re.ASCII),
    re.compile(r"(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})", re.ASCII),
]
_NAMED = re.compile(r"(?:(\d{1,2})\.?\s+)?([a-z]+)\.?,?\s+(\d{4})", re.ASCII)
_TWO_DIGIT_YEAR = re.compile(r"(\d{1,2}[-/. ])?(\d{1,2}|[a-z]+\.?)[-/. ]\d{2}", re.ASCII)


@dataclass(frozen=True)
class DutchDate:
    """A year, a month of a year, or a day; validated on construction by `parse_date`."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """'2030', '2030-12' or '2030-12-31': the form the file stores."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def long(self) -> str:
        """'2030', 'december 2030' or '31 december 2030'."""
        if self.month is None:
            return str(self.year)
        month = f"{MONTHS[self.month - 1]} {self.year}"
        return month if self.day is None else f"{self.day} {month}"

    def short(self) -> str:
        """'2030', '12-2030' or '31-12-2030'."""
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{self.month:02d}-{self.year}"
        return f"{self.day:02d}-{self.month:02d}-{self.year}"

    def as_date(self) -> dt.date | None:
        """The day as a `date`; None for a year or a month."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


def parse_date(value: object, field: str = "De datum") -> DutchDate | None:
    """Read a typed date (see the module docstring); None when empty. Raises
    ValidationError with a Dutch message naming `field` for anything else."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _checked(value.year, value.month, value.day, str(value), field)
    if not isinstance(value, str):
        raise ValidationError(f"{field} moet een datum zijn, zoals 31-12-2030.")
    text = " ".join(strip_control(value).split())
    if not text:
        return None
    if len(text) > MAX_LENGTH:
        raise ValidationError(f"{field} is te lang voor een datum (maximaal {MAX_LENGTH} tekens).")
    parts = _numeric(text) or _named(text.casefold())
    if parts is None:
        raise ValidationError(_not_a_date(text, field))
    return _checked(*parts, text, field)


def stored_date(value: object, field: str = "De datum") -> str:
    """A typed date as the file stores it ('2030-12-31'); '' when empty."""
    parsed = parse_date(value, field)
    return "" if parsed is None else parsed.iso()


def read_stored(text: str | None) -> DutchDate | None:
    """The date a file holds; None when empty or not a date (text from an older version)."""
    try:
        return parse_date(text or "")
    except ValidationError:
        return None


def long_date(text: str | None) -> str:
    """A stored date for a document: '31 december 2030'; other text as it is, '' if empty."""
    parsed = read_stored(text)
    return parsed.long() if parsed else (text or "").strip()


def short_date(text: str | None) -> str:
    """A stored date for a table cell or an editor: '31-12-2030'; other text as it is."""
    parsed = read_stored(text)
    return parsed.short() if parsed else (text or "").strip()


def day_text(day: dt.date | None = None) -> str:
    """'7 maart 2026' (today when no day is given)."""
    day = day or dt.date.today()
    return DutchDate(day.year, day.month, day.day).long()


def _numeric(text: str) -> tuple[int, int | None, int | None] | None:
    for pattern in _NUMERIC:
        match = pattern.fullmatch(text)
        if match is not None:
            found = match.groupdict()
            month, day = found.get("m"), found.get("d")
            return int(found["y"]), int(month) if month else None, int(day) if day else None
    return None


def _named(text: str) -> tuple[int, int | None, int | None] | None:
    match = _NAMED.fullmatch(text)
    if match is None:
        return None
    day, name, year = match.groups()
    month = _month_number(name)
    if month is None:
        return None
    return int(year), month, None if day is None else int(day)


def _month_number(name: str) -> int | None:
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return _SHORT_MONTHS.get(name)


def _checked(year: int, month: int | None, day: int | None, text: str, field: str) -> DutchDate:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            f"{field}: het jaar {year} ligt niet tussen {FIRST_YEAR} en {LAST_YEAR}."
        )
    if month is not None and not 1 <= month <= 12:
        raise ValidationError(f"{field}: '{text}' heeft geen bestaande maand (1 tot en met 12).")
    if day is not None and month is not None:
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            raise ValidationError(
                f"{field}: '{text}' bestaat niet; {MONTHS[month - 1]} {year} heeft {days} dagen."
            )
    return DutchDate(year, month, day)


def _not_a_date(text: str, field: str) -> str:
    shown = text if len(text) <= 40 else text[:37] + "..."
    if _TWO_DIGIT_YEAR.fullmatch(text.casefold()):
        return f"{field}: schrijf het jaar in '{shown}' voluit, bijvoorbeeld 31-12-2030."
    return (
        f"{field}: '{shown}' is geen datum. Schrijf bijvoorbeeld 31-12-2030, "
        "31 december 2030 of alleen het jaar, 2030."
    )
