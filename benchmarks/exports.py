"""Excel and Word exports against plain openpyxl / python-docx writing the same content,
measured in alternating pairs (`report.interleaved`)."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from pathlib import Path

from app.reports.docx_vision import write_vision_document
from app.reports.export_io import collector_paused
from app.reports.xlsx_annex import write_data_annex
from app.storage import open_project_file
from benchmarks import plain_charts, plain_xlsx
from benchmarks.report import Paired, interleaved

SOFFICE_ENV = "THUISPLAN_SOFFICE"  # app.reports.docx_render's; empty: no LibreOffice


def excel(path: Path, folder: Path, pairs: int) -> Paired:
    """Our annex against plain openpyxl writing the same cells with the same formats
    (`plain_xlsx`), both with the garbage collector paused as our export pauses it."""
    target, plain_target = folder / "bijlage.xlsx", folder / "plain.xlsx"
    project = open_project_file(path, readonly=True)
    try:
        write_data_annex(project, target)
        captured = plain_xlsx.capture(target)
        return interleaved(
            lambda: write_data_annex(project, target),
            lambda: plain_xlsx.write(captured, plain_target),
            pairs,
            context=collector_paused,
        )
    finally:
        project.close()


def word(path: Path, folder: Path, pairs: int) -> Paired:
    """Our vision document against plain python-docx writing the same tables cell by cell
    and the same charts' data drawn with plain matplotlib (`plain_charts`); both without
    the LibreOffice layout pass for the table of contents' page numbers."""
    target = folder / "visie.docx"
    with without_soffice():
        project = open_project_file(path, readonly=True)
        try:
            write_vision_document(project, target)
            charts = plain_charts.document_chart_data(_analysis(project))
            tables = word_tables(target)
            return interleaved(
                lambda: write_vision_document(project, target),
                lambda: plain_word(tables, charts, folder / "plain.docx"),
                pairs,
            )
        finally:
            project.close()


@contextlib.contextmanager
def without_soffice() -> Iterator[None]:
    """The Word export without LibreOffice (THUISPLAN_SOFFICE set to empty)."""
    before = os.environ.get(SOFFICE_ENV)
    os.environ[SOFFICE_ENV] = ""
    try:
        yield
    finally:
        if before is None:
            del os.environ[SOFFICE_ENV]
        else:
            os.environ[SOFFICE_ENV] = before


def _analysis(project):
    from app.services.analysis import analyse

    with project.snapshot() as view:
        return analyse(view)


def word_tables(path: Path) -> list[list[list[str]]]:
    """The text of every table of the document at `path`, row by row."""
    import docx

    document = docx.Document(str(path))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def plain_word(tables: list[list[list[str]]], charts: list[object], target: Path) -> int:
    """Plain python-docx: the tables written cell by cell, then each chart drawn with
    plain matplotlib and added as a picture; returns the number of pictures."""
    import docx

    out = docx.Document()
    for rows in tables:
        table = out.add_table(rows=len(rows), cols=len(rows[0]) if rows else 1)
        for row, values in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, values, strict=False):
                cell.text = text
    for data in charts:
        out.add_picture(io.BytesIO(plain_charts.plain_png(data)))
    out.save(str(target))
    return len(charts)
