"""The table view of the need/capacity grid: spreadsheet keys and the clipboard.

Delete empties the selected cells, Ctrl+C copies, Ctrl+V pastes a block from
Excel (or fills a selection with one copied value), Ctrl+R and Ctrl+D fill the
selection right and down. Every multi-cell action becomes one undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QMenu, QTableView

from app.services.text_safety import spreadsheet_text
from app.views.models.grid_model import FigureGridModel
from app.views.numbers import number, unknown
from app.views.widgets.clipboard import parse_tsv, to_tsv
from app.views.widgets.frozen_columns import FrozenColumns

CELL_PADDING = 16  # the cell's margins and focus frame
HEADER_PADDING = 24  # the header's margins and sort indicator
MIN_YEAR_WIDTH = 58  # room to type a four-digit number
MAX_COLUMN_WIDTH = 320  # a long source note is read in its tooltip, not a wide column


class GridView(QTableView):
    """Spreadsheet-like view on a FigureGridModel.

    Signals:
        edits_requested(list, str): [(GridRow, year, text), ...] and a description for undo.
        refused(str): a block action that cannot be done, with the reason.
    """

    edits_requested = Signal(object, str)
    refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setStretchLastSection(True)  # the Bron column takes the rest
        # By pixel, so a cell half under the frozen names can be scrolled fully into view.
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen: FrozenColumns | None = None

    def setModel(self, model) -> None:  # noqa: N802 (Qt's name)
        """Show `model`, with its key columns (municipality, woonvorm, kind) kept in view
        when the grid scrolls sideways to later years."""
        super().setModel(model)
        if self.frozen is None:
            self.frozen = FrozenColumns(self, self._key_columns)
        else:
            self.frozen.attach()

    def _key_columns(self) -> int:
        return self.grid().key_columns

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        """As Qt's, and a cell that would end up under the frozen columns comes out."""
        super().scrollTo(index, hint)
        if self.frozen is None or not index.isValid() or index.column() < self.frozen.count:
            return
        covered = self.frozen.width() - self.visualRect(index).left()
        if covered > 0:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - covered)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:  # presentation mode: taller rows
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        super().changeEvent(event)

    def grid(self) -> FigureGridModel:
        return self.model()  # type: ignore[return-value]

    def fit_columns(self) -> None:
        """Size every column to what it holds, measured with the font on one row per
        distinct text and on the largest numbers, rather than by Qt laying out cells (in
        a national grid of thousands of rows that was 40 ms of the step's first paint)."""
        grid = self.grid()
        header = QFontMetrics(self.horizontalHeader().font())
        for column, content in enumerate(self._content_widths()):
            title = grid.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(content + CELL_PADDING, header.horizontalAdvance(title) + HEADER_PADDING)
            self.setColumnWidth(column, min(width, MAX_COLUMN_WIDTH))

    def _content_widths(self) -> list[int]:
        """The width of the widest content of each column: texts sampled once per distinct
        value, year columns as wide as the largest value or year total, the total column
        as wide as the grand total or 'onbekend'."""
        grid = self.grid()
        plain = self.fontMetrics()
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        text_keys = self._text_keys()
        values = grid.cell_values()  # each row's year cells, once (empty ones count as 0)
        year_totals = [sum(filter(None, column)) for column in zip(*values, strict=True)]
        largest_value = max((max(filter(None, row), default=0) for row in values), default=0)
        number_width = max(
            plain.horizontalAdvance(number(largest_value)),
            bold.horizontalAdvance(number(max(year_totals, default=0))),
            bold.horizontalAdvance(unknown()),
            MIN_YEAR_WIDTH - CELL_PADDING,
        )
        total_width = max(
            bold.horizontalAdvance(number(sum(year_totals))), bold.horizontalAdvance(unknown())
        )
        widths = []
        for column in range(grid.columnCount()):
            if column in text_keys:
                samples = {text_keys[column](row): i for i, row in enumerate(grid.rows)}.values()
                texts = [grid.data(grid.index(i, column)) or "" for i in samples]
                widths.append(max((plain.horizontalAdvance(text) for text in texts), default=0))
            else:
                widths.append(total_width if column == grid.total_column else number_width)
        return widths

    def _text_keys(self) -> dict:
        """Per text column, what makes two rows show the same text there."""
        grid = self.grid()
        keys = {
            0: lambda row: row.municipality_name,
            1: lambda row: row.housing_type,
            grid.note_column: lambda row: (row.note, row.allocation_share),
        }
        if grid.capacity:
            keys[2] = lambda row: row.kind
        return keys

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 (Qt's name)
        """Enter in a cell stores the figure and goes one row down, as in Excel."""
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.move_down()

    def move_down(self) -> None:
        """The cell below becomes the current one (the last row stays where it is)."""
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            below = current.sibling(current.row() + 1, current.column())
            self.setCurrentIndex(below)
            self.scrollTo(below)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.move_down()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_selection()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif (
            event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_R
        ):
            self.fill(right=True)
        elif (
            event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_D
        ):
            self.fill(right=False)
        else:
            super().keyPressEvent(event)

    def _context_menu(self, position) -> None:
        menu = QMenu(self)
        for text, shortcut, slot in (
            (self.tr("Kopiëren"), "Ctrl+C", self.copy_selection),
            (self.tr("Plakken"), "Ctrl+V", self.paste),
            (self.tr("Wissen"), "Delete", self.clear_selection),
            (self.tr("Lege cellen op 0 zetten"), "", self.zero_selection),
            (self.tr("Naar rechts doorvoeren"), "Ctrl+R", self._fill_right),
            (self.tr("Omlaag doorvoeren"), "Ctrl+D", self._fill_down),
        ):
            action = menu.addAction(f"{text}\t{shortcut}" if shortcut else text)
            action.triggered.connect(slot)
        menu.exec(self.viewport().mapToGlobal(position))

    # -- selection helpers --------------------------------------------------------------
    def _editable_cells(self) -> list[tuple[int, int]]:
        grid = self.grid()
        return sorted(
            (i.row(), i.column())
            for i in self.selectedIndexes()
            if not grid.is_total_row(i.row())
            and grid.year_at(i.column()) is not None
            and grid.flags(i) & Qt.ItemFlag.ItemIsEditable
        )

    def _bounds(self) -> tuple[int, int, int, int] | None:
        indexes = self.selectedIndexes() or (
            [self.currentIndex()] if self.currentIndex().isValid() else []
        )
        if not indexes:
            return None
        rows = [i.row() for i in indexes]
        columns = [i.column() for i in indexes]
        return min(rows), min(columns), max(rows), max(columns)

    # -- actions ------------------------------------------------------------------------
    def clear_selection(self) -> None:
        """Empty the selected cells (they become unknown again)."""
        grid = self.grid()
        edits = [
            (grid.rows[r], grid.year_at(c), "")
            for r, c in self._editable_cells()
            if grid.year_at(c) in grid.rows[r].values
        ]
        if edits:
            self.edits_requested.emit(edits, self.tr("Cellen wissen"))

    def zero_selection(self) -> None:
        """Set the empty cells of the selection to 0: 'none needed' said on purpose. A cell
        that shows a raming is not empty: typing 0 there replaces it."""
        grid = self.grid()
        edits = [
            (grid.rows[r], year, "0")
            for r, c in self._editable_cells()
            for year in [grid.year_at(c)]
            if year not in grid.rows[r].values and not grid.rows[r].is_estimated(year)
        ]
        if edits:
            self.edits_requested.emit(
                edits, self.tr("Lege cellen op 0 zetten ({0})").format(len(edits))
            )

    def copy_selection(self) -> None:
        """Put the selected block on the clipboard as tab-separated text."""
        bounds = self._bounds()
        if bounds is None:
            return
        top, left, bottom, right = bounds
        grid = self.grid()
        group_separator = QLocale().groupSeparator()
        rows = []
        for r in range(top, bottom + 1):
            cells = []
            for c in range(left, right + 1):
                text = grid.data(grid.index(r, c)) or ""
                if grid.year_at(c) is not None or c == grid.total_column:
                    text = text.replace(group_separator, "")  # plain digits for any Excel
                else:
                    text = spreadsheet_text(text)  # a source note is never a formula
                cells.append(text)
            rows.append(cells)
        QGuiApplication.clipboard().setText(to_tsv(rows))

    def paste(self) -> None:
        """Paste a block from the clipboard at the selection's top-left corner."""
        block = parse_tsv(QGuiApplication.clipboard().text())
        bounds = self._bounds()
        if not block or bounds is None:
            return
        top, left, bottom, right = bounds
        if len(block) == 1 and len(block[0]) == 1 and (bottom > top or right > left):
            targets = [
                (r, c, block[0][0]) for r in range(top, bottom + 1) for c in range(left, right + 1)
            ]
        else:
            targets = [
                (top + i, left + j, text)
                for i, line in enumerate(block)
                for j, text in enumerate(line)
            ]
        self._apply(targets, self.tr("Plakken ({0} cellen)").format(len(targets)))

    def _fill_right(self) -> None:
        self.fill(right=True)

    def _fill_down(self) -> None:
        self.fill(right=False)

    def fill(self, *, right: bool) -> None:
        """Copy the first column (right) or first row (down) of the selection across it."""
        bounds = self._bounds()
        if bounds is None:
            return
        top, left, bottom, right_ = bounds
        grid = self.grid()
        targets = []
        for r in range(top, bottom + 1):
            for c in range(left, right_ + 1):
                source = grid.index(r, left) if right else grid.index(top, c)
                if c == left if right else r == top:
                    continue
                targets.append((r, c, grid.data(source, Qt.ItemDataRole.EditRole) or ""))
        if targets:
            text = self.tr("Naar rechts doorvoeren") if right else self.tr("Omlaag doorvoeren")
            self._apply(targets, text)

    def _apply(self, targets: list[tuple[int, int, str]], description: str) -> None:
        grid = self.grid()
        edits = []
        for r, c, text in targets:
            year = grid.year_at(c)
            if r >= len(grid.rows) or year is None:
                self.refused.emit(
                    self.tr(
                        "Het blok past niet: het loopt buiten de jaarkolommen of onder de laatste "
                        "rij. Er is niets gewijzigd."
                    )
                )
                return
            if grid.rows[r].computed:
                self.refused.emit(
                    self.tr(
                        "Het blok raakt een berekende toewijzingsrij; pas daar de vrijkomende "
                        "woningen of het percentage aan. Er is niets gewijzigd."
                    )
                )
                return
            edits.append((grid.rows[r], year, text))
        self.edits_requested.emit(edits, description)
