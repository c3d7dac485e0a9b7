"""User text made safe for Word and Excel, and small numbers hidden when asked.

XML (and so .docx and .xlsx) cannot store most control characters: they are
removed rather than crashing the export. Text that starts with `=`, `+`, `-` or
`@` is written to Excel as text, never as a formula.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from app.services.text_safety import looks_like_formula, strip_control

if TYPE_CHECKING:  # openpyxl is imported when a workbook is made
    from openpyxl.cell.cell import Cell


def clean_text(text: object) -> str:
    """`text` as a string without the characters Word and Excel cannot store (the rule of
    `app.services.text_safety`), its line ends as one newline each: a Windows line end
    ("\r\n", pasted from Word or Outlook) became two line breaks in a document."""
    if text is None:
        return ""
    return strip_control(str(text)).replace("\r\n", "\n").replace("\r", "\n")


@lru_cache(maxsize=4096)
def _safe_cell_text(text: str) -> tuple[str, bool]:
    """(the cleaned text, whether it would read as a formula); cached because an annex
    repeats the same names and labels on thousands of rows."""
    value = clean_text(text)
    return value, looks_like_formula(value)


def write_text_cell(cell: Cell, text: object) -> None:
    """Put user text in an openpyxl cell so that it always stays text."""
    value, formula_like = _safe_cell_text("" if text is None else str(text))
    cell.value = value
    if formula_like:
        # openpyxl would store '=...' as a formula; the quote prefix also keeps Excel
        # from turning it into one when the officer edits the cell.
        cell.data_type = "s"
        cell.quotePrefix = True


@dataclass(frozen=True)
class SmallNumbers:
    """Small-number protection: counts from 1 up to `threshold` - 1 are shown as '<threshold'.

    Off by default; chosen per export for privacy when groups are small.
    """

    enabled: bool = False
    threshold: int = 5

    def hides(self, value: float | None) -> bool:
        """Whether `value` must be shown as '<threshold'."""
        return self.enabled and value is not None and 0 < abs(value) < self.threshold

    @property
    def mask(self) -> str:
        return f"<{self.threshold}"


NO_PROTECTION = SmallNumbers()
