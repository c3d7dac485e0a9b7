"""Step 6: the opgave. Filters (municipality or region, group, years), the gap table per group
x housing type, the gap per municipality and year, and the charts with a presentation mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.edits import Topic
from app.services.errors import DomainError
from app.services.gap_table import gap_table
from app.services.gap_table_text import gap_table_tsv
from app.services.selection import Selection
from app.services.steps import Step
from app.views.charts import ChartInputs
from app.views.models.gap_table_model import GapTableModel
from app.views.pages.base import StepPage
from app.views.pages.groups_page import group_name
from app.views.widgets.chart_panel import ChartPanel
from app.views.widgets.compact import compact_combo
from app.views.widgets.distribution_panel import DistributionPanel
from app.views.widgets.gap_year_table import GapYearTable
from app.views.widgets.message_bar import MessageBar
from app.views.widgets.regional_test_table import RegionalTestPanel
from app.views.widgets.scenario_bar import ScenarioBar
from app.views.widgets.scenario_comparison import ScenarioComparison

TABLE_TAB, YEAR_TAB, CHART_TAB, DISTRIBUTION_TAB, REGION_TAB, COMPARE_TAB = range(6)


class GapPage(StepPage):
    """Opgave: tables and charts from the services' calculations."""

    step = Step.GAP
    topics = frozenset(
        {
            Topic.NEED,
            Topic.CAPACITY,
            Topic.GROUPS,
            Topic.MUNICIPALITIES,
            Topic.VISION,
            Topic.NORMS,
            Topic.DISTRIBUTION,
        }
    )

    def intro(self) -> str:
        return self.tr(
            "Woonbehoefte min aanbod, per gemeente, woonvorm en jaar: rood (+) is een "
            "tekort, blauw (−) een overschot; 'onbekend' betekent dat invoer ontbreekt."
        )

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.add_heading()
        self.presentation = None
        self.layout_.addLayout(self._filters())
        self.layout_.addLayout(self._scenario_row())
        self.message = MessageBar()
        self.layout_.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._table_tab(), self.tr("Per &groep en woonvorm"))
        self.year_table = GapYearTable()
        self.tabs.addTab(self.year_table, self.tr("Per gemeente en &jaar"))
        self.charts = ChartPanel()
        self.charts.choice_changed.connect(self._show_current)
        self.charts.present_requested.connect(self.present)
        self.tabs.addTab(self.charts, self.tr("G&rafieken"))
        self.distribution = DistributionPanel(session, self.step)
        self.tabs.addTab(self.distribution, self.tr("Evenwichtige &verdeling"))
        self.regional_test = RegionalTestPanel()
        self.tabs.addTab(self.regional_test, self.tr("Regionale &toets sociale huur"))
        self.comparison = ScenarioComparison(self.session)
        self.comparison.other_changed.connect(self._show_current)
        self.tabs.addTab(self.comparison, self.tr("Scenario's &naast elkaar"))
        self.tabs.currentChanged.connect(self._show_current)
        self.layout_.addWidget(self.tabs, 1)
        present = QShortcut(QKeySequence("F5"), self)
        present.activated.connect(self.present)

    # -- building -----------------------------------------------------------------------
    def _filters(self) -> QHBoxLayout:
        self.municipality_combo = compact_combo(QComboBox(), 12)
        self.group_combo = compact_combo(QComboBox(), 14)
        self.first_year, self.last_year = QSpinBox(), QSpinBox()
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("&Gemeente:"), self.municipality_combo),
            (self.tr("&Aandachtsgroep:"), self.group_combo),
            (self.tr("&Jaren:"), self.first_year),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        row.addWidget(QLabel(self.tr("t/m")))
        row.addWidget(self.last_year)
        self.municipality_combo.currentIndexChanged.connect(self._filters_changed)
        self.group_combo.currentIndexChanged.connect(self._filters_changed)
        self.first_year.valueChanged.connect(self._filters_changed)
        self.last_year.valueChanged.connect(self._filters_changed)
        return row

    def _scenario_row(self) -> QHBoxLayout:
        """The scenario shown, and a comparison with another one."""
        self.compare_button = QPushButton(self.tr("Vergelijk &met scenario…"))
        self.compare_button.setToolTip(
            self.tr(
                "Zet de opgave onder een ander scenario naast die onder dit scenario, per "
                "aandachtsgroep en per gemeente, met het verschil."
            )
        )
        menu = QMenu(self.compare_button)
        menu.aboutToShow.connect(self._fill_compare_menu)
        menu.triggered.connect(self._compare_chosen)
        self.compare_button.setMenu(menu)
        row = QHBoxLayout()
        row.addWidget(ScenarioBar(self.session, self.step))
        row.addWidget(self.compare_button)
        row.addStretch(1)
        return row

    def _fill_compare_menu(self) -> None:
        """The other scenarios, or why there is nothing to compare with yet."""
        menu = self.compare_button.menu()
        menu.clear()
        others = self.comparison.others()
        for scenario in others:
            menu.addAction(scenario.name).setData(scenario.id)
        if not others:
            menu.addAction(self.tr("Er is nog maar één scenario")).setEnabled(False)

    def _compare_chosen(self, action) -> None:
        self.comparison.choose(action.data())
        if self.tabs.currentIndex() == COMPARE_TAB:
            self._show_current()
        else:
            self.tabs.setCurrentIndex(COMPARE_TAB)  # which shows it

    def _table_tab(self) -> QWidget:
        self.table_model = GapTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(self.tr("Opgave per aandachtsgroep en woonvorm"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        copy = QPushButton(self.tr("Tabel &kopiëren (voor Excel)"))
        copy.clicked.connect(self.copy_table)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notes, 1)
        bottom.addWidget(copy)
        layout.addLayout(bottom)
        return tab

    # -- state --------------------------------------------------------------------------
    def selection(self) -> Selection:
        return Selection(
            municipality_id=self.municipality_combo.currentData(),
            group_id=self.group_combo.currentData(),
            first_year=self.first_year.value(),
            last_year=self.last_year.value(),
        )

    def refresh(self) -> None:
        """The figures changed: reload the choices and redraw what is shown."""
        figures = self.session.analysis().figures
        self._refill(
            self.municipality_combo,
            self.tr("Hele regio"),
            [(m.name, m.id) for m in figures.municipalities],
        )
        self._refill(
            self.group_combo,
            self.tr("Alle aandachtsgroepen"),
            [(group_name(g), g.id) for g in figures.groups],
        )
        for spin, default in (
            (self.first_year, figures.years[0]),
            (self.last_year, figures.years[-1]),
        ):
            spin.blockSignals(True)
            keep = spin.value()
            spin.setRange(figures.years[0], figures.years[-1])
            spin.setValue(
                keep
                if figures.years[0] <= keep <= figures.years[-1]
                and getattr(self, "_years", None) == figures.years
                else default
            )
            spin.blockSignals(False)
        self._years = figures.years
        self._show_current()

    def _refill(self, combo: QComboBox, everything: str, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _filters_changed(self) -> None:
        self._show_current()

    def _table(self):
        """The gap table for the filters."""
        return gap_table(self.session.analysis(), self.selection())

    def _show_current(self, *_args) -> None:
        """Draw only the tab that is visible (the others follow when shown)."""
        if not self.isVisible() and self.presentation is None:
            self._stale = True
            return
        try:
            self._show_tab(self.tabs.currentIndex())
            self.message.clear()
        except DomainError as error:
            self.message.show_error(str(error))
        if self.presentation is not None:
            self.presentation.redraw()

    def _show_tab(self, index: int) -> None:
        analysis = self.session.analysis()
        if index == TABLE_TAB:
            self._show_table()
        elif index == YEAR_TAB:
            group_id = self.selection().group_id
            self.year_table.show_gaps(analysis, group_id, self._shown_years())
        elif index == DISTRIBUTION_TAB:
            self.distribution.show_distribution(analysis, self._shown_years())
        elif index == REGION_TAB:
            self.regional_test.show_test(analysis)
        elif index == COMPARE_TAB:
            self.comparison.show_comparison(
                self.selection(),
                self.municipality_combo.currentText(),
                self.group_combo.currentText(),
            )
        else:
            self.charts.show_chart(self.chart_data())

    def _shown_years(self) -> list[int]:
        """The years of the plan period the filters choose."""
        selection = self.selection()
        return [y for y in self._years if selection.first_year <= y <= selection.last_year]

    def _show_table(self) -> None:
        table = self._table()
        self.table_model.set_table(table)
        self.table.resizeColumnsToContents()
        notes = list(table.notes)
        self.notes.setText(self.scope_line() + (" — " + " ".join(notes) if notes else ""))

    def scope_line(self) -> str:
        """'Regio Haaglanden · alle aandachtsgroepen · 2025–2030' under the table, in the
        interface's language (the service's own line is Dutch, for the documents)."""
        selection = self.selection()
        if selection.municipality_id is not None:
            place = self.municipality_combo.currentText()
        else:
            region = self.session.analysis().figures.vision.region_name
            place = self.tr("Regio {0}").format(region) if region else self.tr("Hele regio")
        group = (
            self.group_combo.currentText()
            if selection.group_id is not None
            else self.tr("alle aandachtsgroepen")
        )
        first, last = selection.first_year, selection.last_year
        years = str(first) if first == last else f"{first}–{last}"
        return f"{place} · {group} · {years}"

    def chart_data(self):
        """The data of the chosen chart for the current filters."""
        inputs = ChartInputs(
            self.session.analysis(), self._table, self.selection(), self.charts.key()
        )
        return self.charts.kinds[self.charts.kind_index()].build(inputs)

    # -- actions ------------------------------------------------------------------------
    def copy_table(self) -> None:
        """The table (in its current order) as tab-separated text for Excel."""
        if self.table_model.table is not None:
            QGuiApplication.clipboard().setText(
                gap_table_tsv(self.table_model.table, self.table_model.rows)
            )

    def present(self) -> None:
        """Show the chosen chart full screen."""
        from app.views.presentation_window import PresentationWindow

        self.tabs.setCurrentIndex(CHART_TAB)
        self.presentation = PresentationWindow(self, self.chart_data, self.window())
        self.presentation.destroyed.connect(self._presentation_closed)
        self.presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presentation.setGeometry(self.window().screen().geometry())
        self.presentation.showFullScreen()
        self.presentation.setFocus()

    def _presentation_closed(self, *_args) -> None:
        self.presentation = None

    def navigate(self, what: str, delta: int) -> None:
        """Move to the next/previous chart, municipality or group (wrapping around)."""
        combo = {
            "chart": self.charts.chart_combo,
            "municipality": self.municipality_combo,
            "group": self.group_combo,
        }[what]
        combo.setCurrentIndex((combo.currentIndex() + delta) % combo.count())
