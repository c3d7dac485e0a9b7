"""Tab-separated text, as Excel and LibreOffice put on the clipboard."""

from __future__ import annotations

import csv
import io


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells from clipboard text; a final line break is not an extra row.

    Excel quotes cells that contain a tab or line break; csv handles that.
    """
    if not text:
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quotechar='"'))
    width = max((len(row) for row in rows), default=0)
    return [row + [""] * (width - len(row)) for row in rows]


def to_tsv(rows: list[list[str]]) -> str:
    """Clipboard text for a block of cells."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", quotechar='"', lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()
