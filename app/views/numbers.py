"""Numbers on screen in the interface language's format (1.234 in Dutch, 1,234 in English).

Documents and charts keep the Dutch format of `app.services.formatting`: they are
Dutch policy documents whatever language the screen is in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def unknown() -> str:
    """How an unknown figure reads."""
    return QCoreApplication.translate("Numbers", "onbekend")


def number(value: float | None, decimals: int = 0) -> str:
    """A figure with thousands separators in the current locale; None reads 'onbekend'."""
    if value is None:
        return unknown()
    locale = QLocale()
    if decimals == 0:
        return locale.toString(int(round(value)))
    return locale.toString(float(value), "f", decimals)


def signed(value: float | None, decimals: int = 0) -> str:
    """'+12', '−3' or '0'."""
    if value is None:
        return unknown()
    rounded = round(value, decimals)
    if rounded > 0:
        return "+" + number(rounded, decimals)
    if rounded < 0:
        return "\u2212" + number(-rounded, decimals)
    return number(0, decimals)


def percent(share: float | None, decimals: int = 1) -> str:
    """0.2875 -> '28,8 %' (Dutch) or '28.8%' (English)."""
    if share is None:
        return unknown()
    space = "\u00a0" if QLocale().language() == QLocale.Language.Dutch else ""
    return f"{number(share * 100, decimals)}{space}%"
