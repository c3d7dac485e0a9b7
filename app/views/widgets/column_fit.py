"""Size a long table's columns to their contents without Qt measuring every cell.

`QTableView.resizeColumnsToContents` asks the delegate for the size of every cell: for
each of 342 municipalities a handful of data() calls per column (font, alignment, check
state, decoration, text) and a text layout, 0.14 s for the Regio step of a national
vision, on the way to its first paint. The widest text of a column is almost always among
its longest texts, so `fit_columns` reads each column's texts once, lets the delegate
measure only the longest few, and sets the same widths Qt would.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

# Distinct texts measured per column: a shorter text is wider only when it is made of wider
# letters, and among the longest eight one of the widest is all but certainly found.
CANDIDATES = 8


def fit_columns(view: QTableView, columns: Iterable[int] | None = None) -> None:
    """As `view.resizeColumnsToContents()` (for `columns` only, if given), measuring the
    `CANDIDATES` longest texts of each visible column instead of every cell (Qt's own for
    short tables)."""
    model = view.model()
    rows = model.rowCount()
    chosen = range(model.columnCount()) if columns is None else columns
    if rows <= 4 * CANDIDATES:
        if columns is None:
            view.resizeColumnsToContents()
        for column in () if columns is None else chosen:
            view.resizeColumnToContents(column)
        return
    header = view.horizontalHeader()
    grid_line = 1 if view.showGrid() else 0  # as QTableView.sizeHintForColumn adds
    for column in chosen:
        if view.isColumnHidden(column):
            continue
        longest = heapq.nlargest(CANDIDATES, _distinct_texts(model, column).items(), key=_length)
        content = max(view.sizeHintForIndex(model.index(row, column)).width() for _, row in longest)
        title = 0 if header.isHidden() else header.sectionSizeHint(column)
        view.setColumnWidth(column, max(content + grid_line, title))


def _distinct_texts(model, column: int) -> dict[str, int]:
    """Each text the cells of `column` show -> the first row showing it (a province
    repeated in a hundred rows is measured once). A model with `column_texts` (a
    `RowTableModel`) gives them without a model index per cell."""
    if hasattr(model, "column_texts"):
        shown = model.column_texts(column)
    else:
        index, data, display = model.index, model.data, Qt.ItemDataRole.DisplayRole
        shown = [data(index(row, column), display) for row in range(model.rowCount())]
    texts: dict[str, int] = {}
    for row, text in enumerate(shown):
        texts.setdefault("" if text is None else str(text), row)
    return texts


def _length(item: tuple[str, int]) -> int:
    return len(item[0])
