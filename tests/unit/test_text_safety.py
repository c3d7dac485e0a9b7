"""One rule for control characters and formula prefixes: entering text (validation),
writing Word and Excel (reports) and copying tab-separated text (gap table) agree."""

from __future__ import annotations

import pytest

from app.reports.safe_text import clean_text
from app.services import gap_table_text
from app.services.text_safety import looks_like_formula, spreadsheet_text, strip_control
from app.services.validation import strip_control_characters

SAMPLES = [
    "gewoon",
    "Reünie in België: € 5",
    "met\ttab\nen\r\nregels",
    "nul\x00bel\x07esc\x1bvt\x0bff\x0c",
    "del\x7f",  # DEL: dropped on entry, used to stay in the documents
    "surrogaat\ud800",
    "niet-teken\ufffe\uffff",
    "\x01=SUM(A1)",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_entry_and_documents_drop_the_same_characters(text):
    """What is stripped on entry is exactly what Word and Excel drop; tabs and newlines
    stay in both."""
    assert strip_control_characters(text) == clean_text(text) == strip_control(text)


def test_strip_control():
    """Control characters go; tab, newline and CR stay, or become spaces on one line."""
    assert strip_control("a\x00b\x7fc\td\ne") == "abc\td\ne"
    assert strip_control("a\x00b\x7fc\td\ne\rf", keep_newlines=False) == "abc d e f"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+31 6", "'+31 6"),
        ("-5", "'-5"),
        ("@SUM(1)", "'@SUM(1)"),
        ("  =1+1  ", "'=1+1"),
        ("\x00=1", "'=1"),
        ("a=b", "a=b"),
        ("Delft\tRijswijk\nDen Haag", "Delft Rijswijk Den Haag"),
        ("Ouderen\x7f", "Ouderen"),
    ],
)
def test_spreadsheet_text(text, expected):
    """One cell of tab-separated text: one line, no control characters, never a formula."""
    assert spreadsheet_text(text) == expected


@pytest.mark.parametrize("text", [*SAMPLES, "=1+1", " -3", "@x"])
def test_gap_table_copy_uses_the_rule(text):
    """The gap table's clipboard text writes text cells by `spreadsheet_text`."""
    assert gap_table_text._cell(text) == spreadsheet_text(text)


def test_looks_like_formula():
    """The four formula starts, after leading spaces; nothing else."""
    assert [looks_like_formula(t) for t in ("=a", "+a", "-a", "@a", " =a", "a", "'=a", "")] == [
        True,
        True,
        True,
        True,
        True,
        False,
        False,
        False,
    ]
