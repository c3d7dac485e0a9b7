"""Step 6: the opgave. Filters (municipality or region, group, years), the gap table per group
x housing type, the gap per municipality and year, and the charts with a presentation mode."""

from __future__ import annotations

from functools import partial

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
    QStackedWidget,
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
from app.views.widgets.column_fit import fit_columns
from app.views.widgets.compact import compact_combo
from app.views.widgets.computing_panel import ComputingPanel
from app.views.widgets.distribution_panel import DistributionPanel
from app.views.widgets.gap_year_table import GapYearTable
from app.views.widgets.message_bar import MessageBar
from app.views.widgets.regional_test_table import RegionalTestPanel
from app.views.widgets.scenario_bar import ScenarioBar
from app.views.widgets.scenario_comparison import ScenarioComparison
from app.views.worker import Task

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
        self._background_fill = False  # the window opened here: computed behind the page
        self._fill_task: Task | None = None
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filters())
        layout.addLayout(self._scenario_row())
        self.message = MessageBar()
        layout.addWidget(self.message)
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
        layout.addWidget(self.tabs, 1)
        self.computing = ComputingPanel()
        self.body = QStackedWidget()
        self.body.addWidget(self.content)
        self.body.addWidget(self.computing)
        self.layout_.addWidget(self.body, 1)
        present = QShortcut(QKeySequence("F5"), self)
        present.activated.connect(self.present)
        session.analysis_ready.connect(self._analysis_ready)
        session.analysis_failed.connect(self._fill_failed)

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
        if self._background_fill:
            self._refresh_in_background()
            return
        self._fill_filters(self.session.analysis().figures)
        self._show_current()

    def _fill_filters(self, figures) -> None:
        """The municipalities, groups and years of the figures, keeping the choices made."""
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
        if self._background_fill or (not self.isVisible() and self.presentation is None):
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

    def _show_table(self, table=None) -> None:
        table = self._table() if table is None else table
        self.table_model.set_table(table)
        fit_columns(self.table)
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

    # -- opening on this step -----------------------------------------------------------
    def fill_in_background(self) -> None:
        """The window opens on the Opgave step: 'wordt berekend…' until the calculations
        and the first table, made in the background, are there."""
        self._background_fill = True

    @property
    def filling(self) -> bool:
        return self._background_fill

    def _refresh_in_background(self) -> None:
        """Show that the figures are being computed; the calculations (asked for once) and
        then the table for the filters are made in workers, the page filled when both are."""
        self.body.setCurrentWidget(self.computing)
        analysis = self.session.request_analysis()
        if analysis is None:
            return  # `_analysis_ready` follows
        self._fill_filters(analysis.figures)
        if self.tabs.currentIndex() != TABLE_TAB:
            self._finish_fill()
            return
        self._fill_task = Task(partial(_table_work, analysis, self.selection()))
        # Bound methods: Qt drops the connections, and a result on its way, with the page.
        self._fill_task.signals.finished.connect(self._table_ready)
        self._fill_task.signals.failed.connect(self._fill_failed)
        self.session.run_in_background(self._fill_task)

    def _analysis_ready(self) -> None:
        if self._background_fill:
            self.mark_stale()

    def _table_ready(self, result) -> None:
        """The first table: shown if it is of the current figures and filters (after an
        edit meanwhile the page's refresh has asked for another)."""
        analysis, selection, table = result
        if (
            self._background_fill
            and analysis is self.session.ready_analysis()
            and selection == self.selection()
        ):
            self._finish_fill(table)

    def _finish_fill(self, table=None) -> None:
        self._background_fill = False
        self._fill_task = None
        self.body.setCurrentWidget(self.content)
        if table is None:
            self._show_current()
        else:
            self._show_table(table)
            self.message.clear()
        self.filled.emit()

    def _fill_failed(self, message: str) -> None:
        if self._background_fill:
            self.computing.show_failure(message)

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


def _table_work(analysis, selection: Selection, _progress, _is_cancelled):
    """In a worker thread: the gap table of `selection` (with what it was made of)."""
    return analysis, selection, gap_table(analysis, selection)
