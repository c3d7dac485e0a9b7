"""File names from user text are safe on every system."""

import pytest

from app.services.file_names import safe_file_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Woonzorgvisie Haaglanden 2025", "Woonzorgvisie Haaglanden 2025"),
        ("../../etc/passwd", "etc-passwd"),
        ('a\\b/c:d*e?f"g<h>i|j', "a-b-c-d-e-f-g-h-i-j"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("Com1", "_Com1"),
        ("  visie.  ", "visie"),
        ("", "woonzorgvisie"),
        ("\x00\x07", "woonzorgvisie"),
        ("Ëén thuis € ïnclusief", "Ëén thuis € ïnclusief"),
        ("visie\u202excod.exe", "visiexcod.exe"),  # would show as 'visieexe.docx'
        ("\u2067Delft\u2069 \u200ee.o.\u200f", "Delft e.o"),  # no trailing dot
        ("C1\x85\x9bcontrole", "C1-controle"),
        ("half\ud800surrogaat", "half-surrogaat"),
        ("\u202e", "woonzorgvisie"),
    ],
)
def test_safe_file_name(text, expected):
    """Path separators, reserved Windows names and control characters never reach the disk."""
    assert safe_file_name(text) == expected


def test_long_names_are_cut():
    """A very long title still gives a usable file name."""
    assert len(safe_file_name("x" * 500)) == 120


def test_documents_per_partner_lose_the_override(demo, tmp_path):
    """A partner named with an RTL override ('Woon<U+202E>xcod.exe', shown as
    'Woonexe.docx') gets a document whose file name has no bidi control at all."""
    from app.reports import docx_agreements
    from app.services import partners

    first = partners.list_partners(demo)[0]
    partners.update_partner(demo, first.id, name="Woon\u202excod.exe")
    written = docx_agreements.write_agreement_documents(demo, tmp_path)
    names = [path.name for path in written]
    assert "Prestatieafspraken Woonxcod.exe.docx" in names
    assert not any(c in name for name in names for c in "\u202a\u202b\u202c\u202d\u202e")
