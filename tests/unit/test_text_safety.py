"""One rule for control characters and formula prefixes: entering text (validation),
writing Word and Excel (reports) and copying tab-separated text (gap table) agree."""

from __future__ import annotations

import pytest

from app.reports.safe_text import clean_text
from app.services import gap_table_text
from app.services.text_safety import (
    looks_like_formula,
    spreadsheet_text,
    strip_bidi,
    strip_control,
    terminal_text,
)
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
    stay in both (the documents write a CR LF or a lone CR as one newline)."""
    assert strip_control_characters(text) == strip_control(text)
    one_line_end = strip_control(text).replace("\r\n", "\n").replace("\r", "\n")
    assert clean_text(text) == one_line_end


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delft\x1b]0;GEHACKT\x07 e.o.", "Delft e.o."),  # window title (OSC ... BEL)
        ("a\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),  # OSC 8 ... ST
        ("\x1b[31;1mrood\x1b[0m", "rood"),  # colours (CSI)
        ("\x1b[2J\x1b[Hleeg", "leeg"),  # clear screen, cursor home
        ("\x9b31m8-bit\x9d0;titel\x9c", "8-bit"),  # the same with C1 introducers
        ("\x1bPq#0;2;0;0;0\x1b\\x", "x"),  # DCS (sixel)
        ("\x1b7opslaan\x1b8", "opslaan"),  # two-character sequences
        ("Rijswijk\u202egpj.exe\u202c", "Rijswijkgpj.exe"),  # RTL override
        ("\u2066iso\u2069 \u200emark\u200f \u061c", "iso mark "),
        ("nul\x00bel\x07cr\rdel\x7fc1\x85", "nulbelcrdelc1"),
        ("regel 1\n\tregel 2", "regel 1\n\tregel 2"),  # tab and newline stay
        ("Reünie in België: € 5", "Reünie in België: € 5"),
        ("open \x1b]0;zonder einde", "open "),  # an unterminated string ends at the line
        ("open \x1b]0;zonder einde\nvolgende", "open \nvolgende"),
    ],
)
def test_terminal_text(text, expected):
    """Escape sequences go whole; control and bidi characters go; text, tabs and newlines
    stay."""
    assert terminal_text(text) == expected


def test_terminal_text_leaves_nothing_a_terminal_acts_on():
    """Whatever goes in, no ESC, C0/C1 control (but tab/newline) or bidi control comes out."""
    import random

    alphabet = "ab[];\\\x1b\x07\x9b\x9c\x9d\x90\r\n\t\u202e\u2067\x00\x7f0123456789m"
    rng = random.Random(13)
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(30)))
        cleaned = terminal_text(text)
        assert not any(
            (ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F or c in "\u202e\u2067"
            for c in cleaned
        ), repr(text)


def test_strip_bidi_keeps_right_to_left_text():
    """Only the invisible controls go; Arabic and Hebrew letters stay."""
    assert strip_bidi("\u202bمرحبا\u202c שלום\u200f") == "مرحبا שלום"
