"""Rules for values users type or import: whole, non-negative, sane numbers and years."""

from __future__ import annotations

import re

# The limits are the project file's own (its CHECK constraints, and what opening a file
# verifies): what is accepted here is never refused when the file is opened again.
from app.models.rules import FIRST_YEAR, LAST_YEAR, MAX_NUMBER, MAX_PLAN_YEARS
from app.models.rules import MAX_BASELINE as MAX_BASELINE
from app.models.rules import MAX_QUANTITY as MAX_QUANTITY
from app.services.errors import ValidationError
from app.services.text_safety import strip_control

# Dutch thousands separators: 1.234 or 12.345.678 (a dot followed by exactly three digits).
_DUTCH_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_DECIMAL = re.compile(r"^-?\d*[.,]\d+$")
_MAX_DIGITS = 15


def parse_quantity(text: str) -> int | None:
    """Turn typed or pasted text into a quantity; empty text means 'not entered' (None)."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if _DUTCH_THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(".", "")
    if re.fullmatch(r"-?\d+", cleaned):
        if len(cleaned) > _MAX_DIGITS:  # int() refuses thousands of digits with a ValueError
            raise ValidationError(
                f"'{_shown(text)}' is onwaarschijnlijk groot (maximaal {MAX_QUANTITY:,}).".replace(
                    ",", "."
                )
            )
        return check_quantity(int(cleaned))
    if _DECIMAL.match(cleaned):
        raise ValidationError(
            f"'{_shown(text)}' is geen geheel getal. Vul een aantal in zonder decimalen."
        )
    raise ValidationError(f"'{_shown(text)}' is geen getal. Vul een geheel aantal in (0 of meer).")


def _shown(text: str) -> str:
    """Typed text quoted in a message, cut short (a pasted novel should not fill the screen)."""
    text = text.strip()
    return text if len(text) <= 40 else text[:37] + "..."


def check_quantity(value: object, maximum: int = MAX_QUANTITY) -> int:
    """Accept a whole number from 0 up to `maximum`, or raise with the reason."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(f"'{value}' is geen getal. Vul een geheel aantal in (0 of meer).")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValidationError("Vul een geheel aantal in (0 of meer).")
        if not value.is_integer():
            raise ValidationError(
                f"{_format(value)} is geen geheel getal. Vul een aantal in zonder decimalen."
            )
        value = int(value)
    if value < 0:
        raise ValidationError(f"{value} is negatief. Aantallen zijn 0 of meer.")
    if value > maximum:
        raise ValidationError(
            f"{value:,} is onwaarschijnlijk groot (maximaal {maximum:,}).".replace(",", ".")
        )
    return value


def check_year(year: object, start_year: int, end_year: int) -> int:
    """Accept a year inside the plan period."""
    if isinstance(year, bool) or not isinstance(year, int):
        raise ValidationError(f"'{year}' is geen jaartal.")
    if not start_year <= year <= end_year:
        raise ValidationError(f"{year} valt buiten de planperiode {start_year}–{end_year}.")
    return year


def check_plan_period(start_year: object, end_year: object) -> tuple[int, int]:
    """Accept a plan period of whole years, start not after end, at most 30 years long."""
    for year in (start_year, end_year):
        if (
            isinstance(year, bool)
            or not isinstance(year, int)
            or not FIRST_YEAR <= year <= LAST_YEAR
        ):
            raise ValidationError(f"'{year}' is geen geldig jaartal ({FIRST_YEAR}–{LAST_YEAR}).")
    assert isinstance(start_year, int) and isinstance(end_year, int)
    if start_year > end_year:
        raise ValidationError(f"Het beginjaar ({start_year}) ligt na het eindjaar ({end_year}).")
    if end_year - start_year >= MAX_PLAN_YEARS:
        raise ValidationError(f"Een planperiode duurt hoogstens {MAX_PLAN_YEARS} jaar.")
    return start_year, end_year


def check_share_percent(value: object) -> float:
    """Accept a percentage from 0 to 100."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise ValidationError(f"'{value}' is geen percentage.")
    if not 0 <= value <= 100:
        raise ValidationError(f"{_format(value)} % ligt niet tussen 0 en 100 %.")
    return float(value)


def check_text(
    value: object, field: str, *, required: bool = False, max_length: int = 10_000
) -> str:
    """Accept text (stripped, without control characters); `required` refuses empty text."""
    if not isinstance(value, str):
        raise ValidationError(f"{field}: verwacht tekst.")
    text = strip_control_characters(value).strip()
    if required and not text:
        raise ValidationError(f"{field} mag niet leeg zijn.")
    if len(text) > max_length:
        raise ValidationError(f"{field} is te lang (maximaal {max_length} tekens).")
    return text


def strip_control_characters(text: str) -> str:
    """`text` without the characters no Word or Excel file can hold (NUL, escape, vertical
    tab, ...; tab and newlines stay), as the exports would drop them anyway: stored text
    is then exactly what every document shows, and a name of only such characters is
    empty. The rule is `app.services.text_safety.strip_control`'s."""
    return strip_control(text)


def _format(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def parse_share(text: str) -> float | None:
    """'25', '25 %', '2,5' or '2.5' -> a percentage; empty text -> None (no rule)."""
    cleaned = text.strip().removesuffix("%").strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError as exc:
        raise ValidationError(f"'{text.strip()}' is geen percentage.") from exc
    return check_share_percent(value)


def parse_number(text: str) -> float | None:
    """A number as a Dutch user types it ('12', '12,5', '1.250'); empty text -> None."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if _DUTCH_THOUSANDS.match(cleaned.lstrip("-")):
        cleaned = cleaned.replace(".", "")
    try:
        value = float(cleaned.replace(",", "."))
    except ValueError as exc:
        raise ValidationError(f"'{text.strip()}' is geen getal.") from exc
    if value != value or abs(value) > MAX_NUMBER:
        raise ValidationError(f"'{text.strip()}' is geen bruikbaar getal.")
    return value
