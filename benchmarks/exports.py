"""Excel and Word exports against plain openpyxl / python-docx writing the same content."""

from __future__ import annotations

import io
from pathlib import Path

from app.reports.docx_vision import write_vision_document
from app.reports.xlsx_annex import write_data_annex
from app.storage import open_project_file
from benchmarks.report import median_time


def excel(path: Path, folder: Path, runs: int) -> tuple[float, float]:
    """(our annex, plain openpyxl writing the same cell values) in median seconds."""
    import openpyxl

    target = folder / "bijlage.xlsx"
    project = open_project_file(path, readonly=True)
    try:
        ours = median_time(lambda: write_data_annex(project, target), runs)
    finally:
        project.close()
    book = openpyxl.load_workbook(target)
    sheets = {
        sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
        for sheet in book.worksheets
    }

    def plain() -> None:
        out = openpyxl.Workbook()
        out.remove(out.active)
        for title, rows in sheets.items():
            sheet = out.create_sheet(title)
            for row in rows:
                sheet.append(row)
        out.save(folder / "plain.xlsx")

    return ours, median_time(plain, runs)


def word(path: Path, folder: Path, runs: int) -> tuple[float, float]:
    """(our vision document, plain python-docx with the same tables and as many chart PNGs
    drawn by matplotlib Agg) in median seconds."""
    import docx

    target = folder / "visie.docx"
    project = open_project_file(path, readonly=True)
    try:
        ours = median_time(lambda: write_vision_document(project, target), runs)
    finally:
        project.close()
    document = docx.Document(str(target))
    tables = [
        [[cell.text for cell in row.cells] for row in table.rows] for table in document.tables
    ]
    charts = len(document.inline_shapes)

    def plain() -> None:
        out = docx.Document()
        for rows in tables:
            table = out.add_table(rows=len(rows), cols=len(rows[0]) if rows else 1)
            for row, values in zip(table.rows, rows, strict=True):
                for cell, text in zip(row.cells, values, strict=False):
                    cell.text = text
        for _ in range(charts):
            out.add_picture(io.BytesIO(_bar_chart_png()))
        out.save(str(folder / "plain.docx"))

    return ours, median_time(plain, runs)


def _bar_chart_png() -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.5, 4.6))
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    ax.barh([f"Gemeente {i}" for i in range(10)], range(10))
    ax.set_title("Opgave per gemeente")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=150)
    return buffer.getvalue()
