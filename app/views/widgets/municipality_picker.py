"""Find municipalities among the 342 shipped ones: type a name or code, filter by province
or COROP region, add the selection."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.reference_data import reference_municipalities
from app.views.models.municipality_models import MunicipalityFilter, reference_model
from app.views.widgets.column_fit import fit_columns
from app.views.widgets.compact import compact_combo


class MunicipalityPicker(QWidget):
    """Search field, filters and a list of municipalities to add.

    Signals:
        chosen(list): the CBS codes the user asked to add.
    """

    chosen = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        references = list(reference_municipalities().values())
        self.model = reference_model(self)
        self.model.set_rows(references)
        self.proxy = MunicipalityFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build_filters(references)
        self._build_table()
        self._build_layout()
        self._connect_signals()
        self._exclude: set[str] = set()
        self._apply()
        fit_columns(self.table)

    # -- layout -------------------------------------------------------------------------
    def _build_filters(self, references) -> None:
        """The search field and the province and COROP choices (of the shipped ones)."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Naam of code, bv. Delft of 0503"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Gemeente zoeken"))
        self.province = compact_combo(QComboBox(), 10)
        self.province.setAccessibleName(self.tr("Provincie"))
        self.province.addItem(self.tr("Alle provincies"), "")
        for name in sorted({m.province for m in references}):
            self.province.addItem(name, name)
        self.corop = compact_combo(QComboBox(), 10)
        self.corop.setAccessibleName(self.tr("COROP-gebied"))
        self.corop.addItem(self.tr("Alle COROP-gebieden"), "")
        for name in sorted({m.corop for m in references}):
            self.corop.addItem(name, name)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnHidden(3, True)
        self.table.setAccessibleName(self.tr("Gevonden gemeenten"))
        self.add_button = QPushButton(self.tr("&Toevoegen"))
        self.count = QLabel()

    def _build_layout(self) -> None:
        search_label = QLabel(self.tr("&Zoeken:"))
        search_label.setBuddy(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        layout.addLayout(row)
        filters = QHBoxLayout()
        filters.addWidget(self.province)
        filters.addWidget(self.corop)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.add_button)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.table.doubleClicked.connect(self._add_selected)
        self.add_button.clicked.connect(self._add_selected)
        self.search.textChanged.connect(self._apply)
        self.province.currentIndexChanged.connect(self._apply)
        self.corop.currentIndexChanged.connect(self._apply)
        self.search.installEventFilter(self)  # Enter adds; it must not press 'Maken'

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Enter in the search field adds the one municipality found (or selects the
        first), and goes no further: the dialog's default button would create the vision."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._add_first_if_single()
            return True
        return super().eventFilter(watched, event)

    # -- behaviour ----------------------------------------------------------------------
    def exclude(self, codes: set[str]) -> None:
        """Hide the municipalities already chosen."""
        self._exclude = set(codes)
        self._apply()

    def _apply(self) -> None:
        self.proxy.set_filters(
            self.search.text(),
            self.province.currentData() or "",
            self.corop.currentData() or "",
            self._exclude,
        )
        found = self.proxy.rowCount()
        text = self.tr("1 gemeente") if found == 1 else self.tr("{0} gemeenten").format(found)
        self.count.setText(text)

    def _selected_codes(self) -> list[str]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).code
            for r in sorted(rows)
        ]

    def _add_selected(self) -> None:
        codes = self._selected_codes()
        if codes:
            self.chosen.emit(codes)

    def _add_first_if_single(self) -> None:
        if self.proxy.rowCount() == 1:
            self.chosen.emit(
                [self.model.row_at(self.proxy.mapToSource(self.proxy.index(0, 0)).row()).code]
            )
        else:
            self.table.setFocus()
            self.table.selectRow(0)
