"""User text made safe for Word and Excel, and small numbers hidden when asked.

XML (and so .docx and .xlsx) cannot store most control characters: they are
removed rather than crashing the export. Text that starts with `=`, `+`, `-` or
`@` is written to Excel as text, never as a formula.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Characters XML 1.0 forbids (tab, newline and carriage return are allowed).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@")


def clean_text(text: object) -> str:
    """`text` as a string without the characters Word and Excel cannot store."""
    if text is None:
        return ""
    return _ILLEGAL_XML.sub("", str(text))


def write_text_cell(cell, text: object) -> None:
    """Put user text in an openpyxl cell so that it always stays text."""
    value = clean_text(text)
    cell.value = value
    if value.lstrip().startswith(FORMULA_STARTS):
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
