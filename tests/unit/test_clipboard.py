"""The clipboard's tab-separated text, as Excel and LibreOffice copy and paste it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.views.widgets.clipboard import parse_tsv, to_tsv


def test_rows_and_cells_are_split_on_line_breaks_and_tabs():
    """Each line is a row, each tab starts a cell."""
    assert parse_tsv("1\t2\t3\n4\t5\t6") == [["1", "2", "3"], ["4", "5", "6"]]


def test_a_final_line_break_is_not_an_extra_row():
    """Excel ends a copied block with a line break; it adds no empty row."""
    assert parse_tsv("1\t2\n3\t4\n") == [["1", "2"], ["3", "4"]]


def test_windows_line_endings():
    """CR LF (Excel on Windows) and a lone CR (old Mac) end a row like LF."""
    assert parse_tsv("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]
    assert parse_tsv("1\r2\r") == [["1"], ["2"]]


def test_empty_cells_are_kept_in_place():
    """An empty cell between, before or after others keeps the columns where they were."""
    assert parse_tsv("\t2\t\t4\t") == [["", "2", "", "4", ""]]


def test_an_empty_line_inside_the_block_is_a_row_of_empty_cells():
    """A blank row in the middle of a copied block stays a row, as wide as the others."""
    assert parse_tsv("1\t2\n\n3\t4\n") == [["1", "2"], ["", ""], ["3", "4"]]


def test_short_rows_are_padded_to_the_widest():
    """Rows of different lengths become a rectangle; the missing cells are empty."""
    assert parse_tsv("1\t2\t3\n4\n5\t6") == [["1", "2", "3"], ["4", "", ""], ["5", "6", ""]]


def test_quoted_cells_may_hold_tabs_and_line_breaks():
    """Excel quotes a cell with a tab or line break in it; the quotes are not content."""
    text = '"met\ttab"\t2\r\n"regel 1\r\nregel 2"\t4\r\n'
    assert parse_tsv(text) == [["met\ttab", "2"], ["regel 1\nregel 2", "4"]]


def test_doubled_quotes_inside_a_quoted_cell_are_one_quote():
    """Two quotes inside a quoted cell are one quote; in an unquoted cell a quote is text."""
    assert parse_tsv('"5 ""lang"""\t7 " breed') == [['5 "lang"', '7 " breed']]


def test_nothing_on_the_clipboard_is_no_block():
    """Empty text, or only a line break, pastes nothing."""
    assert parse_tsv("") == []
    assert parse_tsv("\n") == []
    assert parse_tsv("\r\n") == []


def test_to_tsv_quotes_only_cells_that_need_it():
    """Plain cells are written as they are; a tab, line break or quote gets quotes."""
    assert to_tsv([["1", "2"], ["3", ""]]) == "1\t2\n3\t\n"
    assert to_tsv([["a\tb", 'c"d', "e\nf"]]) == '"a\tb"\t"c""d"\t"e\nf"\n'


# A carriage return inside a cell is read as a line break (Windows line endings), so the
# round trip holds for text without one; every block is at least one cell wide.
CELL = st.text(alphabet=st.characters(blacklist_characters="\r"), max_size=12)
BLOCK = st.integers(1, 4).flatmap(
    lambda width: st.lists(st.lists(CELL, min_size=width, max_size=width), min_size=1, max_size=5)
)


@settings(max_examples=200, deadline=None)
@given(rows=BLOCK)
def test_what_is_copied_pastes_back_the_same(rows):
    """parse_tsv(to_tsv(block)) is the block again: a copy from the grid pastes unchanged."""
    assert parse_tsv(to_tsv(rows)) == rows
