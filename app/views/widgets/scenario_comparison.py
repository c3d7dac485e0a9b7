"""The Opgave step's comparison of two scenarios ("basis naast eigen scenario", as Scotland's
HNDA tool puts it): the gap per group and per municipality under the scenario shown and
under another one, and the difference, over the whole plan period."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.estimates.store import ScenarioInfo, list_scenarios
from app.services.scenario_comparison import ComparedBy, compare_scenarios
from app.services.selection import Selection
from app.views.models.comparison_model import ComparisonModel
from app.views.session import VisionSession
from app.views.widgets.compact import compact_combo

if TYPE_CHECKING:
    from app.services.analysis import Analysis


class ScenarioComparison(QWidget):
    """Two tables (per group, per municipality) of the scenario shown beside another.

    Signals:
        other_changed(): the user chose another scenario to compare with.
    """

    other_changed = Signal()

    def __init__(self, session: VisionSession, parent=None):
        super().__init__(parent)
        self.session = session
        self._analyses: tuple[tuple[int, str], Analysis] | None = None  # the other one's
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.other_combo = compact_combo(QComboBox(), 12)
        self.other_combo.setAccessibleName(self.tr("Vergelijken met scenario"))
        self.other_combo.activated.connect(self._other_chosen)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.other_combo, 1)
        top.addStretch(1)
        self.by_group = ComparisonModel(ComparedBy.GROUP, self)
        self.by_municipality = ComparisonModel(ComparedBy.MUNICIPALITY, self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.group_title, self.group_table = self._table(self.by_group, splitter)
        self.place_title, self.place_table = self._table(self.by_municipality, splitter)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)

    def _table(self, model: ComparisonModel, splitter: QSplitter) -> tuple[QLabel, QTableView]:
        title = QLabel()
        title.setTextFormat(Qt.TextFormat.PlainText)
        table = QTableView()
        table.setModel(model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAccessibleName(
            self.tr("Opgave per aandachtsgroep in beide scenario's")
            if model.by is ComparedBy.GROUP
            else self.tr("Opgave per gemeente in beide scenario's")
        )
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(title)
        column.addWidget(table, 1)
        splitter.addWidget(box)
        return title, table

    # -- choosing -----------------------------------------------------------------------
    def others(self) -> list[ScenarioInfo]:
        """The scenarios to compare the one shown with."""
        shown = self.session.scenario().id
        return [s for s in list_scenarios(self.session.project) if s.id != shown]

    def choose(self, scenario_id: int) -> None:
        """Compare with this scenario from now on."""
        self._fill(self.others(), scenario_id)

    def _other_chosen(self, _index: int) -> None:
        self.other_changed.emit()

    def _fill(self, others: list[ScenarioInfo], chosen: int | None) -> None:
        self.other_combo.blockSignals(True)
        self.other_combo.clear()
        for scenario in others:
            self.other_combo.addItem(scenario.name, scenario.id)
        self.other_combo.setCurrentIndex(max(self.other_combo.findData(chosen), 0))
        self.other_combo.blockSignals(False)

    # -- showing ------------------------------------------------------------------------
    def show_comparison(self, selection: Selection, where: str, which: str) -> None:
        """Both tables for the filters: per group within `where` (a municipality or the
        region), per municipality for `which` (a group or all groups)."""
        shown = self.session.scenario()
        self._fill(self.others(), self.other_combo.currentData())
        self.heading.setText(self.tr("Scenario '{0}' naast:").format(shown.name))
        if not self.other_combo.count():
            self._show_nothing(shown.name)
            return
        first = self.session.analysis()
        second = self._analysis_of(self.other_combo.currentText())
        self.by_group.set_comparison(
            compare_scenarios(
                first, second, ComparedBy.GROUP, municipality_id=selection.municipality_id
            )
        )
        self.by_municipality.set_comparison(
            compare_scenarios(first, second, ComparedBy.MUNICIPALITY, group_id=selection.group_id)
        )
        self.group_title.setText(self.tr("Per aandachtsgroep: {0}").format(where))
        self.place_title.setText(self.tr("Per gemeente: {0}").format(which))
        for table in (self.group_table, self.place_table):
            table.resizeColumnsToContents()
        years = first.figures.years
        self.note.setText(
            self.tr(
                "Over de hele planperiode ({0}–{1}). Ingevulde cijfers zijn in beide scenario's "
                "gelijk; alleen ramingen verschillen. Verschil = opgave onder '{2}' min die "
                "onder '{3}'."
            ).format(years[0], years[-1], self.other_combo.currentText(), shown.name)
        )

    def _show_nothing(self, shown: str) -> None:
        for model in (self.by_group, self.by_municipality):
            model.set_comparison(None)
        self.group_title.setText("")
        self.place_title.setText("")
        self.note.setText(
            self.tr(
                "Er is nog maar één scenario ('{0}'). Voeg er een toe met Scenario's → Scenario "
                "toevoegen, geef het andere ramingen en zet de opgave hier naast elkaar."
            ).format(shown)
        )

    def _analysis_of(self, name: str) -> Analysis:
        """The other scenario's calculations, kept until the vision changes."""
        from app.services.analysis import analyse

        key = (self.session.generation, name)
        if self._analyses is None or self._analyses[0] != key:
            self._analyses = (key, analyse(self.session.project, name))
        return self._analyses[1]
