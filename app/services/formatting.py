"""Numbers and shares written the Dutch way (1.234; 12,5 %); unknown shown as such."""

from __future__ import annotations

UNKNOWN = "onbekend"


def number(value: float | None, decimals: int = 0) -> str:
    """1234.5 -> '1.234,5' (with `decimals`); None -> 'onbekend'."""
    if value is None:
        return UNKNOWN
    text = f"{round(value, decimals) + 0.0:,.{decimals}f}"  # + 0.0: never '-0'
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def signed(value: float | None, decimals: int = 0) -> str:
    """A difference with its sign: '+12', '−3', '0'."""
    if value is None:
        return UNKNOWN
    rounded = round(value, decimals)
    if rounded > 0:
        return "+" + number(rounded, decimals)
    if rounded < 0:
        return "\u2212" + number(-rounded, decimals)
    return number(0, decimals)


def percent(share: float | None, decimals: int = 1) -> str:
    """0.2875 -> '28,8 %'; None -> 'onbekend'."""
    if share is None:
        return UNKNOWN
    return f"{number(share * 100, decimals)} %"


def yes_no(value: bool | None) -> str:
    """True -> 'ja', False -> 'nee', None -> 'onbekend'."""
    return UNKNOWN if value is None else ("ja" if value else "nee")


def norm_text(share: float | None) -> str:
    """A norm as a sentence or header names it: 2/3 as '2/3', any other share as a
    percentage with a decimal only where it has one ('30 %', '27,5 %'); 'geen norm' where
    the vision's norm set has none."""
    if share is None:
        return "geen norm"
    if abs(share - 2 / 3) < 1e-6:
        return "2/3"
    whole = abs(share * 100 - round(share * 100)) < 1e-6
    return percent(share, 0 if whole else 1)


def required_share_text(
    required: float | None, reachable: bool | None, needed: float | None
) -> str:
    """The social share new construction needs to reach the goal: '41,3 %', or, when more
    than all of it would have to be social rent, 'niet haalbaar met nieuwbouw alleen:
    nodig 128,0 %' (never a bare 100 %)."""
    if required is None:
        return UNKNOWN
    if reachable is False and needed is not None:
        return f"niet haalbaar met nieuwbouw alleen: nodig {percent(needed)}"
    return percent(required)
