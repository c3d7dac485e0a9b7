"""'Sociale huur in Nederland': every municipality's corporation share against the 30 % goal
and the national average, by province and COROP area; a table, a chart and a copy for Excel.

Needs no vision: it reads the shipped reference data only (`social_rent_dashboard`).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.social_rent_dashboard import (
    Dashboard,
    DashboardColumn,
    corop_areas,
    province_of,
    provinces,
    social_rent_dashboard,
)
from app.services.social_rent_dashboard_text import dashboard_tsv
from app.views import settings
from app.views.dashboard_texts import empty_text, sources_text, summary_text
from app.views.models.dashboard_model import dashboard_model, sorting_proxy
from app.views.widgets.column_fit import fit_columns
from app.views.widgets.compact import compact_combo
from app.views.widgets.message_bar import MessageBar

TABLE_TAB, CHART_TAB = 0, 1
NAME_COLUMN = list(DashboardColumn).index(DashboardColumn.NAME)
# Chart height: per bar (at least, at most) and for titles, axis, legend and notes.
BAR_PIXELS, MAX_BAR_PIXELS, CHART_MARGIN_PIXELS = 21, 60, 260


class DashboardWindow(QWidget):
    """The dashboard; one per application (the launcher keeps it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Sociale huur in Nederland – Thuisplan"))
        self.dashboard: Dashboard = social_rent_dashboard()
        self.model = dashboard_model(self.dashboard.goal, self)
        self.proxy = sorting_proxy(self.model, self)
        self.canvas = None  # made (and matplotlib loaded) when the chart is first shown
        self._chart_stale = True
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_summary())
        layout.addWidget(self._build_tabs(), 1)
        layout.addWidget(self._build_sources())
        self._connect_signals()
        saved = settings.geometry("dashboard")
        if saved is None or not self.restoreGeometry(saved):
            self.resize(1180, 700)
        self.show_dashboard(self.dashboard)
        self.table.sortByColumn(NAME_COLUMN, Qt.SortOrder.AscendingOrder)

    # -- layout -------------------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        """Province, COROP area (of the chosen province) and the copy button."""
        self.province = compact_combo(QComboBox(), 14)
        self.province.setAccessibleName(self.tr("Provincie"))
        self.province.addItem(self.tr("Alle provincies"), "")
        for name in provinces():
            self.province.addItem(name, name)
        self.corop = compact_combo(QComboBox(), 22)
        self.corop.setAccessibleName(self.tr("COROP-gebied"))
        self._fill_corops("")
        self.copy_button = QPushButton(self.tr("&Kopiëren"))
        self.copy_button.setToolTip(self.tr("De tabel als tekst met tabs, voor Excel"))
        province_label = QLabel(self.tr("&Provincie:"))
        province_label.setBuddy(self.province)
        corop_label = QLabel(self.tr("&COROP-gebied:"))
        corop_label.setBuddy(self.corop)
        row = QHBoxLayout()
        for widget in (province_label, self.province, corop_label, self.corop):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        return row

    def _build_summary(self) -> QWidget:
        """The selection's, province's and nation's figures, and why a selection is empty."""
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        self.message = MessageBar()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        return box

    def _build_tabs(self) -> QTabWidget:
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Gemeenten"))
        self.table.verticalHeader().hide()
        self.chart_area = QScrollArea()
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setAccessibleName(self.tr("Grafiek"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("&Tabel"))
        self.tabs.addTab(self.chart_area, self.tr("&Grafiek"))
        return self.tabs

    def _build_sources(self) -> QLabel:
        self.sources = QLabel(sources_text(self.dashboard.goal))
        self.sources.setWordWrap(True)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sources.setStyleSheet("QLabel { color: #444444; }")
        self.sources.setAccessibleName(self.tr("Bronnen"))
        return self.sources

    def _connect_signals(self) -> None:
        self.province.currentIndexChanged.connect(self._province_chosen)
        self.corop.currentIndexChanged.connect(self._corop_chosen)
        self.copy_button.clicked.connect(self.copy_table)
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- filters ------------------------------------------------------------------------
    def _fill_corops(self, province: str) -> None:
        """The COROP areas of `province` (all for ''); the chosen one stays if it is there."""
        chosen = self.corop.currentData() or ""
        self.corop.blockSignals(True)
        self.corop.clear()
        self.corop.addItem(self.tr("Alle COROP-gebieden"), "")
        for name in corop_areas(province):
            self.corop.addItem(name, name)
        self.corop.setCurrentIndex(max(self.corop.findData(chosen), 0))
        self.corop.blockSignals(False)

    def _province_chosen(self, _index: int) -> None:
        self._fill_corops(self.province.currentData())
        self._refresh()

    def _corop_chosen(self, _index: int) -> None:
        """A COROP area chosen under 'Alle provincies' also chooses its province."""
        corop = self.corop.currentData() or ""
        if corop and not self.province.currentData():
            self.province.setCurrentIndex(self.province.findData(province_of(corop)))
        else:
            self._refresh()

    def _refresh(self) -> None:
        province, corop = self.province.currentData() or "", self.corop.currentData() or ""
        self.show_dashboard(social_rent_dashboard(province, corop))

    # -- showing ------------------------------------------------------------------------
    def show_dashboard(self, dashboard: Dashboard) -> None:
        """Show a selection: its rows, figures and chart (or why it is empty)."""
        self.dashboard = dashboard
        self.model.set_rows(dashboard.rows)
        fit_columns(self.table)
        self.summary.setText(summary_text(dashboard))
        if dashboard.rows:
            self.message.clear()
        else:
            self.message.show_error(empty_text(dashboard.province, dashboard.corop))
        self.copy_button.setEnabled(bool(dashboard.rows))
        self._chart_stale = True
        if self.tabs.currentIndex() == CHART_TAB:
            self._show_chart()

    def _tab_changed(self, index: int) -> None:
        if index == CHART_TAB and self._chart_stale:
            self._show_chart()

    def _show_chart(self) -> None:
        """Draw the chart, as tall as its bars need (the area scrolls); none when empty."""
        from app.services.chart_data import national_social_rent_chart

        canvas = self._ensure_canvas()
        data = national_social_rent_chart(self.dashboard)
        canvas.setMinimumHeight(CHART_MARGIN_PIXELS + BAR_PIXELS * len(data.bars))
        canvas.setMaximumHeight(CHART_MARGIN_PIXELS + MAX_BAR_PIXELS * max(len(data.bars), 8))
        canvas.show_chart(data if data.bars else None)
        self._chart_stale = False

    def _ensure_canvas(self):
        if self.canvas is None:
            from app.views.widgets.chart_canvas import ChartCanvas

            self.canvas = ChartCanvas(parent=self.chart_area)
            self.canvas.setAccessibleName(self.tr("Grafiek sociale huur"))
            self.chart_area.setWidget(self.canvas)
        return self.canvas

    # -- actions ------------------------------------------------------------------------
    def shown_rows(self) -> list:
        """The rows in the order the table shows them."""
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def copy_table(self) -> None:
        """The table in its shown order, with the area figures and sources, for Excel (the
        decimal separator of the computer's own settings, which Excel follows)."""
        if self.dashboard.rows:
            decimal = QLocale.system().decimalPoint()
            text = dashboard_tsv(self.dashboard, self.shown_rows(), decimal=decimal)
            QGuiApplication.clipboard().setText(text)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        settings.set_geometry("dashboard", self.saveGeometry())
        super().closeEvent(event)
