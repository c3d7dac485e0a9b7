"""Helpers for tests that build or fill Excel workbooks."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def find_row(sheet, **keys) -> int:
    """The number of the first row whose header-named cells equal `keys`."""
    header = [c.value for c in sheet[1]]
    positions = {name: header.index(name) for name in keys}
    for row in sheet.iter_rows(min_row=2):
        if all(row[positions[name]].value == value for name, value in keys.items()):
            return row[0].row
    raise LookupError(keys)


def year_column(sheet, year: int) -> int:
    """The column number (1-based) headed by `year`."""
    for cell in sheet[1]:
        if cell.value == year:
            return cell.column
    raise LookupError(year)


def edit_workbook(path: Path, edit, target: Path | None = None) -> Path:
    """Open `path` with openpyxl, call `edit(workbook)`, save to `target` (default: in place)."""
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    edit(workbook)
    workbook.save(target or path)
    return target or path
