"""The benchmark's baselines write the same content as our exports, so that a ratio
against them cannot silently compare unlike work."""

from __future__ import annotations

import openpyxl
import pytest

from app.reports.docx_vision import write_vision_document
from app.reports.xlsx_annex import write_data_annex
from app.services.demo import create_demo
from benchmarks import exports, plain_charts, plain_xlsx
from benchmarks.report import interleaved, paired_ratio


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "voorbeeld.thuisplan"
    project = create_demo(path)
    yield project
    project.close()


def _cells(path):
    book = openpyxl.load_workbook(path)
    return {
        sheet.title: {
            cell.coordinate: (cell.value, cell.number_format, bool(cell.font.b))
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None or cell.has_style
        }
        for sheet in book.worksheets
    }


def test_plain_excel_writes_our_cells_formats_and_bold(demo, tmp_path):
    """The openpyxl baseline's workbook reads back as ours: every cell's value (formulas as
    text), number format and bold, the widths and the frozen panes."""
    ours, plain = tmp_path / "ours.xlsx", tmp_path / "plain.xlsx"
    write_data_annex(demo, ours)
    plain_xlsx.write(plain_xlsx.capture(ours), plain)
    assert _cells(plain) == _cells(ours)
    ours_book, plain_book = openpyxl.load_workbook(ours), openpyxl.load_workbook(plain)
    for mine, theirs in zip(ours_book.worksheets, plain_book.worksheets, strict=True):
        assert mine.freeze_panes == theirs.freeze_panes
        assert {k: d.width for k, d in mine.column_dimensions.items()} == {
            k: d.width for k, d in theirs.column_dimensions.items()
        }
    assert sum(len(cells) for cells in _cells(ours).values()) > 1000  # a real annex


def test_plain_word_draws_a_chart_for_every_chart_we_embed(demo, tmp_path):
    """The python-docx baseline draws as many charts (from the same chart data) as the
    vision document embeds, and writes every one of its tables."""
    import docx

    ours = tmp_path / "visie.docx"
    with exports.without_soffice():
        write_vision_document(demo, ours)
    embedded = len(docx.Document(str(ours)).inline_shapes)
    charts = plain_charts.document_chart_data(exports._analysis(demo))
    tables = exports.word_tables(ours)
    plain = tmp_path / "plain.docx"
    assert exports.plain_word(tables, charts, plain) == embedded > 5
    written = docx.Document(str(plain))
    assert len(written.inline_shapes) == embedded
    assert len(written.tables) == len(tables)


def test_paired_ratio_is_the_median_of_the_pairs():
    """The ratio is the median of the per-pair ratios, not the ratio of the medians."""
    paired = paired_ratio([1.0, 2.0, 10.0], [1.0, 4.0, 2.0])
    assert (paired.ours, paired.baseline, paired.ratio) == (2.0, 2.0, 1.0)


def test_interleaved_runs_both_sides_alternately_at_least_five_times():
    """Both sides run in turns, at least five pairs, the first alternating."""
    calls: list[str] = []
    interleaved(lambda: calls.append("a"), lambda: calls.append("b"), 2)
    assert calls == ["a", "b", "b", "a"] * 2 + ["a", "b"]
