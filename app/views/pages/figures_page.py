"""Steps 4 and 5: the need (woonbehoefte) and capacity (aanbod) grids of a target group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
)

from app.models import CapacityKind
from app.services import figures, municipalities
from app.services import target_groups as groups
from app.services.dto import SeriesInfo
from app.services.edits import Changes, Topic
from app.services.edits import figures as cell_edits
from app.services.errors import DomainError
from app.services.figures import Cell, CellChange
from app.services.steps import Step
from app.services.validation import parse_quantity
from app.services.vision_read import get_vision
from app.views.labels import label
from app.views.models.grid_model import FigureGridModel, GridRow, grid_rows
from app.views.pages.base import StepPage
from app.views.pages.groups_page import group_name
from app.views.widgets.after_paint import once_painted
from app.views.widgets.allocation_helper import AllocationHelper
from app.views.widgets.compact import compact_combo, fill_combo
from app.views.widgets.grid_view import GridView
from app.views.widgets.message_bar import MessageBar

MAX_LISTED_ERRORS = 3


class FiguresPage(StepPage):
    """A grid of municipalities x housing types (x kinds) with a column per year."""

    capacity = False

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.add_heading()
        self.layout_.addLayout(self._build_controls())
        self._add_estimate_controls()
        self.types_hint = QLabel()
        self.types_hint.setWordWrap(True)
        self.layout_.addWidget(self.types_hint)
        self.message = MessageBar()
        self._marked = None  # the warnings the grid shows marks of (None: none yet)
        self._asking = False  # for the warnings, once the grid is on screen
        self._build_grid()
        # Below the grid: appearing above it would push the rows down under the mouse.
        self.layout_.addWidget(self.message)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        session.analysis_ready.connect(self._analysis_ready)
        session.warnings_ready.connect(self._analysis_ready)
        self.municipality_combo.currentIndexChanged.connect(self.refresh)

    # -- layout -------------------------------------------------------------------------
    def _build_controls(self) -> QHBoxLayout:
        """The group and municipality (and, for capacity, kind) filters and the zero button."""
        self.group_combo = compact_combo(QComboBox(), 14)
        self.group_combo.setAccessibleName(self.tr("Aandachtsgroep"))
        self.municipality_combo = compact_combo(QComboBox(), 10)
        self.municipality_combo.setAccessibleName(self.tr("Gemeente"))
        controls = QHBoxLayout()
        group_label = QLabel(self.tr("&Aandachtsgroep:"))
        group_label.setBuddy(self.group_combo)
        municipality_label = QLabel(self.tr("&Gemeente:"))
        municipality_label.setBuddy(self.municipality_combo)
        controls.addWidget(group_label)
        controls.addWidget(self.group_combo, 2)
        controls.addWidget(municipality_label)
        controls.addWidget(self.municipality_combo, 1)
        if self.capacity:
            self._add_kind_filter(controls)
        controls.addWidget(self._zero_button())
        return controls

    def _add_estimate_controls(self) -> None:
        """The need step's scenario and Raming maken (the capacity grid has no ramingen)."""

    def _add_kind_filter(self, controls: QHBoxLayout) -> None:
        """The 'Soort' choice of the capacity grid: all kinds of capacity or one."""
        self.kind_combo = compact_combo(QComboBox(), 10)
        self.kind_combo.setAccessibleName(self.tr("Soort aanbod"))
        self.kind_combo.addItem(self.tr("Alle soorten"), None)
        for kind in CapacityKind:
            self.kind_combo.addItem(label(kind), kind.value)  # Qt keeps a StrEnum as str
        self.kind_combo.currentIndexChanged.connect(self.refresh)
        kind_label = QLabel(self.tr("&Soort:"))
        kind_label.setBuddy(self.kind_combo)
        controls.addWidget(kind_label)
        controls.addWidget(self.kind_combo, 1)

    def _build_grid(self) -> None:
        """The grid, and for capacity the allocation helper below it."""
        self.model = FigureGridModel(self._write_one, self._write_note, self)
        self.view = GridView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.title())
        self.view.edits_requested.connect(self.write_cells)
        self.view.refused.connect(self.message.show_error)
        if not self.capacity:
            self.layout_.addWidget(self.view, 1)
            return
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        self.helper = AllocationHelper(self.session, self)
        splitter.addWidget(self.helper)
        splitter.setSizes([420, 200])
        self.layout_.addWidget(splitter, 1)

    def _zero_button(self) -> QPushButton:
        """'Lege cellen op 0' with its three scopes: what 'nothing' means is said on purpose."""
        button = QPushButton(self.tr("Lege cellen op &0"))
        menu = QMenu(button)
        self.zero_actions = {
            "selection": menu.addAction(self.tr("In de selectie")),
            "group": menu.addAction(""),
            "municipality": menu.addAction(""),
        }
        self.zero_actions["selection"].triggered.connect(self._zero_selection)
        self.zero_actions["group"].triggered.connect(self._zero_group)
        self.zero_actions["municipality"].triggered.connect(self._zero_municipality)
        menu.aboutToShow.connect(self._update_zero_actions)
        button.setMenu(menu)
        button.setToolTip(
            self.tr(
                "Een lege cel is onbekend. Zet lege cellen op 0 als er niets nodig is of niets "
                "komt; in één stap ongedaan te maken."
            )
        )
        self.zero_button = button
        return button

    def show_cell(self, group_id: int, municipality_id: int, housing_type, year: int) -> None:
        """Select a figure: its group, all municipalities, the first row of the municipality
        (and housing type, when given) and the year's column."""
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(group_id), 0))
        self.municipality_combo.setCurrentIndex(0)
        self.refresh()
        code = next((m.code for m in self._municipalities if m.id == municipality_id), None)
        row = next(
            (
                i
                for i, r in enumerate(self.model.rows)
                if r.municipality_code == code and housing_type in (None, r.housing_type)
            ),
            None,
        )
        if row is not None and year in self.model.years:
            index = self.model.index(row, self.model.year_column(year))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus()

    # -- reading ------------------------------------------------------------------------
    def current_group(self):
        group_id = self.group_combo.currentData()
        return next((g for g in self._groups if g.id == group_id), None)

    def _group_changed(self) -> None:
        self.refresh()
        if self.capacity:
            self.helper.set_group(self.current_group())

    def refresh(self) -> None:
        project = self.session.project
        self._groups = groups.list_target_groups(project, active_only=True)
        self._fill_combo(self.group_combo, [(group_name(g), g.id) for g in self._groups])
        analysis = self.session.ready_analysis()  # the same list, read already
        self._municipalities = (
            municipalities.list_municipalities(project)
            if analysis is None
            else analysis.figures.municipalities
        )
        self._fill_combo(
            self.municipality_combo,
            [(self.tr("Alle gemeenten"), None)] + [(m.name, m.code) for m in self._municipalities],
        )
        years = get_vision(project).years  # not the analysis: it may still be on its way
        group = self.current_group()
        self._show_types_hint(group)
        rows, note = ([], "") if group is None else self._content(group)
        if self.model.set_content(rows, years, self.capacity, note):
            self.view.fit_columns()
        self._mark_warnings(group)
        readonly = self.session.readonly
        self.view.setEditTriggers(
            self.view.EditTrigger.NoEditTriggers if readonly else self.view.editTriggers()
        )
        if self.capacity:
            self.helper.set_group(group)

    def _analysis_ready(self) -> None:
        self._mark_warnings(self.current_group())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # reloads the page if something changed since it was filled
        if self._marked is None or self._marked is not self.session.warnings_at_hand():
            self._mark_warnings(self.current_group())  # filled ahead: ask for them now

    def _mark_warnings(self, group) -> None:
        """The plausibility warnings of this grid's figures (Beeld > Controle van de
        cijfers), once the calculations are at hand (this page does not start them): the
        session works the warnings out in the background (once per calculation, and after an
        edit for the touched cells only), never here. A page filled ahead while hidden only
        shows those already worked out: checking a national vision's figures takes seconds
        and some 40 MB, for someone who may never open the grid."""
        warnings = None if group is None else self.session.warnings_at_hand()
        if warnings is None and group is not None and self.isVisible():
            self._ask_for_warnings_once_painted()  # `warnings_ready` follows
        self._marked = warnings
        if warnings is None:
            self.model.set_warnings({})
            return
        codes = {m.id: m.code for m in warnings.analysis.figures.municipalities}
        marks: dict = {}
        for warning in warnings.of_group(group.id):
            if warning.capacity == self.capacity:
                key = (codes[warning.municipality_id], warning.housing_type, warning.year)
                marks.setdefault(key, []).append(warning.reason)
        self.model.set_warnings(marks)

    def _ask_for_warnings_once_painted(self) -> None:
        """Have the session work the warnings out once the grid is on screen: the check's
        worker would otherwise hold the interpreter through the grid's first paint, up to
        the switch interval for each of the hundreds of calls Qt makes into Python then (a
        national grid took 0.25 s to appear instead of 0.03 s)."""
        if not self._asking:
            self._asking = True
            once_painted(self.view.viewport(), self._ask_for_warnings)

    def _ask_for_warnings(self) -> None:
        self._asking = False
        if self.isVisible() and self.session.request_warnings(start_analysis=False) is not None:
            self._mark_warnings(self.current_group())  # worked out meanwhile

    def _kinds(self) -> list[CapacityKind | None]:
        """The kinds of capacity the Soort filter shows (need: [None])."""
        if not self.capacity:
            return [None]
        chosen = self.kind_combo.currentData()
        return [CapacityKind(chosen)] if chosen else list(CapacityKind)

    def _show_types_hint(self, group) -> None:
        names = ", ".join(label(t).lower() for t in group.housing_types) if group else ""
        self.types_hint.setText(
            self.tr(
                "{0} gebruikt: {1}. Welke woonvormen een groep gebruikt, kiest u in stap "
                "Aandachtsgroepen."
            ).format(group_name(group), names)
            if group
            else ""
        )

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        fill_combo(combo, items)

    def _content(self, group) -> tuple[list[GridRow], str]:
        """The group's rows, and how their ramingen were made (the need step's)."""
        return self._rows(group), ""

    def _rows(self, group) -> list[GridRow]:
        project = self.session.project
        listed = self._series(group)
        chosen = self.municipality_combo.currentData()
        shown = [m for m in self._municipalities if not chosen or m.code == chosen]
        vacancies = municipalities.all_vacancies(project) if self.capacity else {}
        return grid_rows(listed, shown, group.housing_types, self._kinds(), vacancies)

    def _series(self, group) -> list[SeriesInfo]:
        """The group's stored rows, read from the file."""
        read = figures.capacity_series if self.capacity else figures.need_series
        return read(self.session.project, group.id)

    # -- writing ------------------------------------------------------------------------
    def _write_one(self, row: GridRow, year: int, text: str) -> bool:
        return self.write_cells([(row, year, text)], self.tr("{0} wijzigen").format(self.title()))

    def write_cells(self, edits: list, description: str) -> bool:
        """Validate typed or pasted text and store it as one undoable edit."""
        group = self.current_group()
        if group is None or self.session.readonly:
            return False
        changes, errors = _parse_edits(group.id, edits)
        if errors:
            self._show_refused(errors)
            return False
        edit = cell_edits.set_cells(self.session.project, changes, description)
        ok = self.session.perform(edit, self.step, on_error=self.message.show_error)
        if ok:
            self.message.clear()
        return ok

    def _show_refused(self, errors: list[str]) -> None:
        more = len(errors) - MAX_LISTED_ERRORS
        listed = "\n".join(errors[:MAX_LISTED_ERRORS])
        suffix = self.tr("\n… en nog {0} fout(en).").format(more) if more > 0 else ""
        self.message.show_error(
            listed + suffix + "\n" + self.tr("Er is niets gewijzigd; de oude waarden staan er nog.")
        )

    def data_changed(self, made: Changes) -> None:
        """Written cells of the group on screen are patched into its rows (a national grid
        is not reloaded for one typed figure); anything else reloads the page."""
        group = self.current_group()
        if not made.values or not self.isVisible() or group is None:
            super().data_changed(made)
            return
        rows = {(r.municipality_code, r.housing_type, r.kind): r for r in self.model.rows}
        for change in made.values:
            cell = change.cell
            if cell.group_id != group.id or (cell.kind is not None) != self.capacity:
                continue
            row = rows.get((cell.municipality_code, cell.housing_type, cell.kind))
            if row is None:
                continue  # filtered out of view
            if change.quantity is None:
                row.values.pop(cell.year, None)
            else:
                row.values[cell.year] = change.quantity
        self.model.refresh_values()
        self._mark_warnings(group)

    # -- zero fill ----------------------------------------------------------------------
    def _update_zero_actions(self) -> None:
        group = self.current_group()
        chosen = self.municipality_combo.currentData()
        place = self.municipality_combo.currentText()
        scope = place if chosen else place.lower()  # "Delft" or "alle gemeenten"
        self.zero_actions["group"].setText(
            self.tr("{0}: alle lege cellen ({1})").format(group_name(group), scope)
            if group
            else self.tr("Deze groep")
        )
        self.zero_actions["group"].setEnabled(group is not None)
        self.zero_actions["municipality"].setText(
            self.tr("{0}: alle lege cellen van alle groepen").format(place)
            if chosen
            else self.tr("Eén gemeente, alle groepen (kies eerst een gemeente)")
        )
        self.zero_actions["municipality"].setEnabled(bool(chosen))

    def _zero_selection(self) -> None:
        self.view.zero_selection()

    def _zero_group(self) -> None:
        group = self.current_group()
        if group is not None:
            self._zero(group.id, self.municipality_combo.currentData(), self._kinds())

    def _zero_municipality(self) -> None:
        code = self.municipality_combo.currentData()
        if code:
            self._zero(None, code, [None] if not self.capacity else list(CapacityKind))

    def _zero(self, group_id, municipality_code, kinds) -> None:
        """Set every empty expected cell of the scope to 0, as one undoable edit."""
        if self.session.readonly:
            return
        cells = [
            c
            for c in figures.empty_cells(
                self.session.project,
                capacity=self.capacity,
                group_id=group_id,
                municipality_code=municipality_code,
            )
            if c.kind in kinds
        ]
        cells = self._without_estimates(cells)
        if not cells:
            self.message.show_error(self.tr("Er zijn geen lege cellen in deze keuze."))
            return
        text = self.tr("Lege cellen op 0 zetten ({0})").format(len(cells))
        edit = cell_edits.zero_empty_cells(self.session.project, cells, text)
        self.session.perform(edit, self.step, on_error=self.message.show_error)

    def _without_estimates(self, cells: list[Cell]) -> list[Cell]:
        """The cells that show nothing (the need step leaves out those with a raming)."""
        return cells

    def _write_note(self, row: GridRow, text: str) -> bool:
        group = self.current_group()
        if group is None:
            return False
        cell = Cell(row.municipality_code, group.id, row.housing_type, 0, row.kind)
        edit = cell_edits.set_source_note(
            self.session.project, cell, text, self.tr("Bron wijzigen")
        )
        return self.session.perform(edit, self.step, on_error=self.message.show_error)


def _parse_edits(group_id: int, edits: list) -> tuple[list[CellChange], list[str]]:
    """(row, year, text) from the grid as cell changes, and what could not be read."""
    changes, errors = [], []
    for row, year, text in edits:
        try:
            value = parse_quantity(text)
        except DomainError as error:
            errors.append(f"{row.municipality_name}, {label(row.housing_type)}, {year}: {error}")
            continue
        cell = Cell(row.municipality_code, group_id, row.housing_type, year, row.kind)
        changes.append(CellChange(cell, value))
    return changes, errors


class CapacityPage(FiguresPage):
    """Step 5: aanbod, with the allocation helper."""

    step = Step.CAPACITY
    topics = frozenset({Topic.CAPACITY, Topic.GROUPS, Topic.MUNICIPALITIES, Topic.VISION})
    capacity = True

    def intro(self) -> str:
        return self.tr(
            "Hoeveel woningen komen er per jaar voor de groep beschikbaar, per woonvorm "
            "en soort aanbod? Een leeg vak is onbekend: vul 0 in als er niets komt. "
            "Grijze rijen worden berekend met de toewijzingshulp."
        )
