"""Controle van de cijfers: every plausibility warning of the vision (app.services.plausibility),
kept up to date while the officer edits; a double click shows the figure in its step. The
warnings come from the session, which works them out in the background."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from app.services.plausibility import PlausibilityWarning, VisionWarnings
from app.views.labels import label
from app.views.models.row_model import Column, RowTableModel
from app.views.widgets.column_fit import fit_columns


class PlausibilityDialog(QDialog):
    """Lists the warnings; `show_requested(warning)` asks the window to show its figure."""

    show_requested = Signal(object)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._shown: VisionWarnings | None = None  # the warnings in the table
        self._fitting = False  # the rows in view are to be fitted when the loop is back
        self.setWindowTitle(self.tr("Controle van de cijfers"))
        self.model = RowTableModel(self._columns(), self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = self._build_table()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 420)
        session.changed.connect(self.refresh)
        session.analysis_ready.connect(self.refresh)
        session.warnings_ready.connect(self.refresh)
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Gemeente"), self._municipality),
            Column(self.tr("Aandachtsgroep"), self._group),
            Column(self.tr("Woonvorm"), self._housing_type),
            Column(self.tr("Jaar"), lambda w: w.year, align_right=True),
            Column(self.tr("Cijfer"), self._figure),
            Column(self.tr("Waarschuwing"), lambda w: w.reason, tooltip=self._explanation),
        ]

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.horizontalHeader().setStretchLastSection(True)
        # wrapped reasons need the final column width: measure the rows in view after every
        # resize, and those that come into view
        table.horizontalHeader().sectionResized.connect(self._fit_rows_soon)
        table.verticalScrollBar().valueChanged.connect(self._fit_rows_soon)
        table.verticalHeader().setVisible(False)
        table.doubleClicked.connect(self._show_figure)
        table.activated.connect(self._show_figure)
        return table

    def refresh(self, _made: object = None) -> None:
        """Show the warnings of the current figures; while the session works them out,
        say so (`warnings_ready` brings them)."""
        warnings = self.session.request_warnings()
        if warnings is self._shown and warnings is not None:
            return
        self._shown = warnings
        if warnings is None:
            self.model.set_rows([])
            self.summary.setText(self.tr("De cijfers worden gecontroleerd…"))
            return
        figures = warnings.analysis.figures
        self._names = {m.id: m.name for m in figures.municipalities}
        self._groups = {g.id: g.label for g in figures.groups}
        self.model.set_rows(list(warnings.warnings))
        # the reasons (the last column) take the width left, to wrap in
        fit_columns(self.table, range(self.model.columnCount() - 1))
        self._fit_rows()
        count = self.model.rowCount()
        self.summary.setText(
            self.tr(
                "Thuisplan vindt deze ingevoerde cijfers onwaarschijnlijk voor de omvang van de "
                "gemeente. Een waarschuwing is geen fout: controleer het cijfer bij de bron. "
                "Dubbelklik om het cijfer te tonen. Aantal waarschuwingen: {0}."
            ).format(count)
            if count
            else self.tr("Geen waarschuwingen: alle ingevoerde cijfers zijn aannemelijk.")
        )

    def _fit_rows_soon(self, *_args) -> None:
        """Fit the rows in view once the event loop is back (a resize of every column or a
        scroll asks many times in a row)."""
        if not self._fitting:
            self._fitting = True
            QTimer.singleShot(0, self, self._fit_rows)

    def _fit_rows(self) -> None:
        """Give the rows in view the height of their wrapped text, and a screenful on either
        side and at the end: the keyboard (Down, Page Down, Ctrl+End) then scrolls to rows
        whose height is known, so the row it goes to is not left half out of view. Only
        those: fitting all 92,740 warnings of a national vision took seconds, and every
        column's resize did it again (the window stood still for minutes). Other rows are
        fitted as they scroll into view."""
        self._fitting = False
        table, count = self.table, self.model.rowCount()
        if not count:
            return
        first, bottom = max(table.rowAt(0), 0), table.viewport().height()
        last = first
        while last + 1 < count and table.rowViewportPosition(last + 1) < bottom:
            last += 1
        screenful = last - first + 1
        around = range(max(first - screenful, 0), min(last + 1 + screenful, count))
        for row in (*around, *range(max(count - screenful, around.stop), count)):
            table.resizeRowToContents(row)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_rows_soon()  # once the stretched column has its width

    def _explanation(self, warning: PlausibilityWarning) -> str:
        if not warning.source:
            return warning.reason
        return self.tr("{0}\nBron: {1}.").format(warning.reason, warning.source)

    def _municipality(self, warning: PlausibilityWarning) -> str:
        return self._names.get(warning.municipality_id, "")

    def _group(self, warning: PlausibilityWarning) -> str:
        return self._groups.get(warning.group_id, "")

    def _housing_type(self, warning: PlausibilityWarning) -> str:
        if warning.housing_type is None:
            return self.tr("alle woonvormen")
        return label(warning.housing_type)

    def _figure(self, warning: PlausibilityWarning) -> str:
        return self.tr("Aanbod") if warning.capacity else self.tr("Woonbehoefte")

    def _show_figure(self, index) -> None:
        if index.isValid():
            self.show_requested.emit(self.model.rows[index.row()])
