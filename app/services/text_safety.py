"""One rule for user text that goes into files or onto a terminal: which control
characters go, and when a spreadsheet must be kept from reading text as a formula.

Used when text is entered (validation), written to Word and Excel (reports), copied as
tab-separated text (the gap table, the grid), made into a file name (`file_names`) and
printed by the command line (`terminal_text`): a name from a file someone sent must not
retitle the terminal window (ESC]0;...BEL), recolour it, or reorder what is shown with
bidirectional overrides (U+202E makes 'gpj.exe' read as 'exe.jpg').
"""

from __future__ import annotations

import re

# Characters no Word or Excel file can hold (XML 1.0 forbids them; tab, newline and
# carriage return are allowed), DEL, lone surrogates and the non-characters U+FFFE/U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("[\t\n\r]")
# Bidirectional formatting characters: marks, embeddings, overrides and isolates.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
# Terminal escape sequences, removed whole: CSI (colours, cursor), OSC/DCS/SOS/PM/APC
# strings up to BEL or ST (window titles, hyperlinks, clipboard) within one line, other
# two-character ESC sequences, and the same introduced by their 8-bit C1 characters.
_ESCAPE_SEQUENCE = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]"
    "|\x9b[0-?]*[ -/]*[@-~]"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\\\|\x9c)?"
    "|\x1b[ -~]?"
)
# What is left after the sequences: C0 (but tab and newline), DEL, C1, bidi controls,
# lone surrogates and non-characters.
_TERMINAL_CONTROL = re.compile(
    f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}\ud800-\udfff\ufffe\uffff]"
)
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


def strip_bidi(text: str) -> str:
    """`text` without bidirectional formatting characters (marks, overrides, isolates)."""
    return _BIDI.sub("", text)


def terminal_text(text: str) -> str:
    """`text` safe to print on a terminal: escape sequences removed whole, every other
    control character (tab and newline excepted) and every bidi control dropped."""
    return _TERMINAL_CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))
