"""One rule for user text that goes into files: which control characters go, and when a
spreadsheet must be kept from reading text as a formula.

Used when text is entered (validation), written to Word and Excel (reports) and copied
as tab-separated text (the gap table, the grid).
"""

from __future__ import annotations

import re

# Characters no Word or Excel file can hold (XML 1.0 forbids them; tab, newline and
# carriage return are allowed), DEL, lone surrogates and the non-characters U+FFFE/U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("[\t\n\r]")
# Text starting with one of these is a formula to Excel, LibreOffice and Google Sheets.
FORMULA_STARTS = ("=", "+", "-", "@")


def strip_control(text: str, keep_newlines: bool = True) -> str:
    """`text` without control characters. Tab, newline and carriage return stay when
    `keep_newlines`; otherwise each becomes a space (one line, one cell)."""
    text = _CONTROL.sub("", text)
    return text if keep_newlines else _LINE_BREAKS.sub(" ", text)


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would take `text` for a formula (leading spaces ignored)."""
    return text.lstrip().startswith(FORMULA_STARTS)


def spreadsheet_text(text: str) -> str:
    """`text` as one cell of tab-separated text for a spreadsheet (a clipboard copy): on
    one line without control characters, trimmed, and with an apostrophe in front when it
    would otherwise be a formula ('=SUM(A1)' -> "'=SUM(A1)")."""
    cleaned = strip_control(text, keep_newlines=False).strip()
    return "'" + cleaned if looks_like_formula(cleaned) else cleaned
