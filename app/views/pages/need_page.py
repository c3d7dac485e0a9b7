"""Step 4: the need (woonbehoefte) grid, with the scenario shown and its ramingen.

A cell nobody typed a need for shows the scenario's raming of it (italic on light blue,
with the method, formula and parameters in its tooltip); typing a figure replaces it, and
emptying the cell brings the raming back. The ramingen come from the window's analysis,
worked out once per change, never per cell while painting.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton

from app.services.dto import SeriesInfo
from app.services.edits import Topic
from app.services.edits import estimates as estimate_edits
from app.services.estimates.store import StoredEstimate, list_estimates
from app.services.figures import Cell
from app.services.grid_read import need_series_from
from app.services.steps import Step
from app.views.labels import label
from app.views.models.grid_model import GridRow
from app.views.pages.figures_page import FiguresPage
from app.views.pages.groups_page import group_name
from app.views.widgets.scenario_bar import ScenarioBar

if TYPE_CHECKING:
    from app.services.analysis import VisionFigures


class NeedPage(FiguresPage):
    """Step 4: woonbehoefte."""

    step = Step.NEED
    topics = frozenset({Topic.NEED, Topic.GROUPS, Topic.MUNICIPALITIES, Topic.VISION})

    def intro(self) -> str:
        return self.tr(
            "Hoeveel woningen heeft de groep per jaar nodig, per woonvorm die de groep "
            "gebruikt? Een leeg vak is onbekend; vul 0 in als er geen behoefte is. Een "
            "raming staat schuin op lichtblauw."
        )

    # -- layout -------------------------------------------------------------------------
    def _add_estimate_controls(self) -> None:
        """The scenario shown, Raming maken… and Raming verwijderen, and what the group's
        raming is."""
        self.estimate: StoredEstimate | None = None
        self.scenario_bar = ScenarioBar(self.session, self.step)
        self.estimate_button = QPushButton(self.tr("&Raming maken…"))
        self.estimate_button.setToolTip(
            self.tr(
                "Vul de lege cellen van een groep met een onderbouwde eerste schatting "
                "(formule, parameters en bron); wat u invulde blijft staan."
            )
        )
        self.estimate_button.clicked.connect(self.make_estimate)
        self.remove_button = QPushButton(self.tr("Raming verw&ijderen"))
        self.remove_button.setToolTip(
            self.tr("Haal de raming van deze groep weg in dit scenario; ingevulde cijfers blijven.")
        )
        self.remove_button.clicked.connect(self.remove_estimate)
        row = QHBoxLayout()
        row.addWidget(self.scenario_bar)
        row.addWidget(self.estimate_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.estimate_status = QLabel()
        self.estimate_status.setWordWrap(True)
        self.estimate_status.setTextFormat(Qt.TextFormat.PlainText)  # names, never markup
        self.layout_.addWidget(self.estimate_status)

    # -- reading ------------------------------------------------------------------------
    def _content(self, group) -> tuple[list[GridRow], str]:
        """The group's rows with the scenario's raming in them, and how it was made."""
        rows = self._rows(group)
        scenario = self.session.scenario()
        self.estimate = next(
            (
                e
                for e in list_estimates(self.session.project, scenario.id)
                if e.group_id == group.id
            ),
            None,
        )
        self._show_estimate_state(scenario.name)
        if self.estimate is None or self.estimate.parameters is None:
            return rows, ""
        figures = self.session.analysis().figures
        add_estimates(rows, figures, group.id)
        names = {m.code: m.name for m in figures.municipalities}
        return rows, estimate_note(self.estimate, names)

    def _series(self, group) -> list[SeriesInfo]:
        """From the calculations when they are at hand: they hold the same typed figures,
        and a national group's forty thousand are then not read from the file again."""
        analysis = self.session.ready_analysis()
        listed = None
        if analysis is not None:
            listed = need_series_from(analysis.figures, self.session.project, group.id)
        return super()._series(group) if listed is None else listed

    def _show_estimate_state(self, scenario: str) -> None:
        estimate = self.estimate
        if estimate is None:
            text = self.tr(
                "Geen raming in scenario '{0}'. Met Raming maken… vult Thuisplan de lege cellen "
                "met een onderbouwde eerste schatting."
            ).format(scenario)
        elif estimate.parameters is None:
            text = self.tr(
                "De raming in scenario '{0}' is onbruikbaar: {1} Maak haar opnieuw met Raming "
                "maken…"
            ).format(scenario, estimate.problem)
        else:
            text = self.tr(
                "Raming in scenario '{0}': {1}. Wijs een geraamde cel aan voor de formule."
            ).format(scenario, label(estimate.method))
        self.estimate_status.setText(text)
        writable = not self.session.readonly
        self.estimate_button.setEnabled(writable and bool(self._groups))
        self.remove_button.setEnabled(writable and estimate is not None)

    # -- writing ------------------------------------------------------------------------
    def make_estimate(self) -> None:
        """The Raming maken dialog for the group shown; afterwards the grid shows the group
        that was estimated."""
        from app.views.estimate_dialog import EstimateDialog  # its editors: when first used

        group = self.current_group()
        dialog = EstimateDialog(self.session, group.id if group else None, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                index = self.group_combo.findData(dialog.group().id)
                self.group_combo.setCurrentIndex(max(index, 0))
        finally:
            dialog.deleteLater()

    def remove_estimate(self) -> None:
        """Remove the group's raming in the scenario shown (one undoable step)."""
        group = self.current_group()
        if group is None or self.estimate is None or self.session.readonly:
            return
        edit = estimate_edits.set_estimate(
            self.session.project,
            self.session.scenario().id,
            group.id,
            None,
            self.tr("Raming {0} verwijderen").format(group_name(group)),
        )
        self.session.perform(edit, self.step, on_error=self.message.show_error)

    def _without_estimates(self, cells: list[Cell]) -> list[Cell]:
        """'Lege cellen op 0' leaves the cells that show a raming alone: they are not empty
        on screen (typing 0 there replaces the raming)."""
        if not cells:
            return cells
        figures = self.session.analysis().figures
        if not figures.estimated:
            return cells
        ids = {m.code: m.id for m in figures.municipalities}
        return [
            c
            for c in cells
            if (ids.get(c.municipality_code), c.group_id, c.housing_type, c.year)
            not in figures.estimated
        ]


def add_estimates(rows: list[GridRow], figures: VisionFigures, group_id: int) -> None:
    """Put the group's ramingen (and why a cell has none) into its rows: one look-up per
    cell, once per reload."""
    ids = {m.code: m.id for m in figures.municipalities}
    estimates, unknown = figures.estimates, figures.estimate_unknown
    for row in rows:
        municipality = ids.get(row.municipality_code)
        for year in figures.years:
            key = (municipality, group_id, row.housing_type, year)
            if key in estimates:
                row.estimates[year] = estimates[key]  # type: ignore[index]
            elif key in unknown:
                row.estimate_reasons[year] = unknown[key]  # type: ignore[index]


def estimate_note(estimate: StoredEstimate, names: Mapping[str, str]) -> str:
    """'Geraamd: <method>' and the formula with its parameters and sources, a line each."""
    from app.services.estimates.parameters import describe

    assert estimate.parameters is not None and estimate.method is not None
    first = QCoreApplication.translate("NeedPage", "Geraamd: {0}").format(label(estimate.method))
    return "\n".join([first, *describe(estimate.parameters, names)])
