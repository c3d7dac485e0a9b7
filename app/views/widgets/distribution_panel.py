"""The Evenwichtige verdeling tab of the Opgave step: over which groups (the scope, with the
vision's own list), whether a shortfall carries over into the next year, the verdeling per
municipality, and per municipality the correction and the backlog from before the period.
Every change is an operation of `app.services.edits.distribution`."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import FairShareScope
from app.services.distribution import Adjustment
from app.services.errors import DomainError
from app.services.validation import parse_quantity
from app.views.labels import label
from app.views.models.distribution_models import (
    BACKLOG,
    CARRIED_IN,
    CORRECTION,
    AdjustmentRow,
    DistributionRow,
    adjustment_model,
    distribution_model,
)
from app.views.pages.groups_page import group_name
from app.views.widgets.column_fit import fit_columns
from app.views.widgets.compact import compact_combo


def _edits():
    """The verdeling's operations (and the database layer), loaded on first edit."""
    from app.services.edits import distribution

    return distribution


class DistributionPanel(QWidget):
    """Scope, carry-over, the verdeling per municipality and the corrections.

    Signals: none (edits go through the session, which tells the page to redraw).
    """

    def __init__(self, session, step: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.step = step
        self.analysis = None
        self.years: list[int] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self._settings_row())
        layout.addWidget(self.scope_note)
        layout.addWidget(self._group_list())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._distribution_table())
        splitter.addWidget(self._adjustments_box())
        splitter.setSizes([300, 220])
        layout.addWidget(splitter, 1)

    # -- building -----------------------------------------------------------------------
    def _settings_row(self) -> QHBoxLayout:
        self.scope_combo = compact_combo(QComboBox(), 16)
        for scope in (FairShareScope.URGENT, FairShareScope.ACTIVE, FairShareScope.CHOSEN):
            self.scope_combo.addItem(label(scope), scope)
        self.scope_combo.activated.connect(self._scope_chosen)
        caption = QLabel(self.tr("Verdelen &over:"))
        caption.setBuddy(self.scope_combo)
        self.carry_box = QCheckBox(self.tr("&Tekort doorschuiven naar het volgende jaar"))
        self.carry_box.setToolTip(
            self.tr(
                "Zoals bij de taakstelling statushouders: wat een gemeente in een jaar minder "
                "biedt dan haar aandeel, komt bij haar aandeel van het jaar erna. Een "
                "overschot schuift niet door."
            )
        )
        self.carry_box.clicked.connect(self._carry_over_clicked)
        self.scope_note = QLabel()
        self.scope_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.scope_combo)
        row.addWidget(self.carry_box)
        row.addStretch(1)
        return row

    def _group_list(self) -> QListWidget:
        self.group_list = QListWidget()
        self.group_list.setAccessibleName(self.tr("Gekozen aandachtsgroepen"))
        self.group_list.setFlow(QListView.Flow.LeftToRight)
        self.group_list.setWrapping(True)
        self.group_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.group_list.setMaximumHeight(64)
        self.group_list.itemChanged.connect(self._group_checked)
        return self.group_list

    def _distribution_table(self) -> QWidget:
        self.model = distribution_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Evenwichtige verdeling per gemeente"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        return box

    def _adjustments_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Correctie en achterstand vooraf per gemeente"))
        self.adjustments = adjustment_model(self._edit_adjustment, self)
        self.adjustment_table = QTableView()
        self.adjustment_table.setModel(self.adjustments)
        self.adjustment_table.setAccessibleName(self.tr("Correcties per gemeente"))
        self.adjustment_table.verticalHeader().hide()
        self.fill_button = QPushButton(self.tr("Lege correcties op &0"))
        self.fill_button.clicked.connect(self.fill_corrections)
        hint = QLabel(
            self.tr(
                "Correctie: plaatsen die de gemeente al biedt (zoals beschermd wonen en "
                "maatschappelijke opvang); ze tellen één keer mee als bijdrage. Achterstand "
                "vooraf: het tekort van vóór de planperiode (telt alleen bij doorschuiven). "
                "Vult u er één in, dan hebben alle gemeenten er een nodig (0 mag)."
            )
        )
        hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.fill_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.adjustment_table, 1)
        layout.addLayout(bottom)
        return box

    # -- showing ------------------------------------------------------------------------
    def show_distribution(self, analysis, years: list[int]) -> None:
        """Redraw from `analysis`, the verdeling over `years` of the plan period."""
        self.analysis, self.years = analysis, years
        settings = analysis.figures.distribution
        self._show_settings(analysis)
        shares = analysis.distribution(years=years)
        municipalities = analysis.figures.municipalities
        self.model.set_rows([DistributionRow(m.name, shares[m.id]) for m in municipalities])
        self.table.setColumnHidden(CARRIED_IN, not settings.carry_over)
        self.table.setColumnHidden(CORRECTION, not settings.corrections_used)
        self.table.setColumnHidden(BACKLOG, not settings.carry_over)
        fit_columns(self.table)
        missing = list(dict.fromkeys(n for s in shares.values() for n in s.missing))
        self.notes.setText(
            self.tr("Onbekend, want er ontbreekt: {0}.").format("; ".join(missing))
            if missing
            else ""
        )
        self._show_adjustments(analysis)

    def _show_settings(self, analysis) -> None:
        settings = analysis.figures.distribution
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(settings.scope))
        self.carry_box.setChecked(settings.carry_over)
        names = [group_name(g) for g in analysis.scope_groups]
        self.scope_note.setText(
            self.tr("Telt mee: {0}").format(", ".join(names)) if names else self.tr("Geen groepen")
        )
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for group in analysis.figures.groups:
            item = QListWidgetItem(group_name(group))
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = group.id in settings.chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.group_list.addItem(item)
        self.group_list.blockSignals(False)
        self.group_list.setVisible(settings.scope is FairShareScope.CHOSEN)
        readonly = self.session.readonly
        for widget in (self.scope_combo, self.carry_box, self.group_list, self.fill_button):
            widget.setEnabled(not readonly)

    def _show_adjustments(self, analysis) -> None:
        settings = analysis.figures.distribution
        rows = []
        for m in analysis.figures.municipalities:
            entry = settings.adjustments.get(m.id, Adjustment())
            lacks_correction = settings.corrections_used and entry.correction is None
            lacks_backlog = settings.backlogs_used and entry.opening_backlog is None
            rows.append(AdjustmentRow(m.code, m.name, entry, lacks_correction, lacks_backlog))
        self.adjustments.set_rows(rows)
        fit_columns(self.adjustment_table)
        self.fill_button.setEnabled(
            not self.session.readonly and any(r.lacks_correction for r in rows)
        )
        triggers = QAbstractItemView.EditTrigger
        self.adjustment_table.setEditTriggers(
            triggers.NoEditTriggers if self.session.readonly else triggers.AllEditTriggers
        )

    # -- actions ------------------------------------------------------------------------
    def _scope_chosen(self, index: int) -> None:
        """A scope from the combo box; the own list starts as the groups shown until now."""
        scope = FairShareScope(self.scope_combo.itemData(index))
        analysis = self.session.analysis()
        groups = None
        if scope is FairShareScope.CHOSEN and not analysis.figures.distribution.chosen:
            groups = [g.id for g in analysis.scope_groups or analysis.figures.groups]
        project = self.session.project
        self._perform(_edits().set_scope(project, scope, groups, self.tr("Verdeling: groepen")))

    def _group_checked(self, _item: QListWidgetItem) -> None:
        """A group ticked or unticked on the own list."""
        ids = [
            item.data(Qt.ItemDataRole.UserRole)
            for item in map(self.group_list.item, range(self.group_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        edit = _edits().set_scope(
            self.session.project, FairShareScope.CHOSEN, ids, self.tr("Verdeling: groepen")
        )
        self._perform(edit)

    def _carry_over_clicked(self, checked: bool) -> None:
        text = self.tr("Doorschuiven aan") if checked else self.tr("Doorschuiven uit")
        self._perform(_edits().set_carry_over(self.session.project, checked, text))

    def fill_corrections(self) -> None:
        """A correction of 0 for every municipality without one (one undo step)."""
        edit = _edits().fill_corrections(self.session.project, self.tr("Lege correcties op 0"))
        if edit is not None:
            self._perform(edit)

    def _perform(self, edit) -> None:
        """Run an edit; when it is refused, show the stored state again."""
        if not self.session.perform(edit, self.step):
            self._show_settings(self.session.analysis())

    def _edit_adjustment(self, row: AdjustmentRow, field: str, value: object) -> bool:
        """A typed correction, backlog, source or date (a bad one: the reason, no change)."""
        try:
            entry = _typed(row.entry, field, value)
        except DomainError as error:
            self.session.error.emit(f"{row.name}: {error}")
            return False
        texts = {
            "correction": self.tr("Correctie wijzigen"),
            "opening_backlog": self.tr("Achterstand vooraf wijzigen"),
            "source": self.tr("Bron wijzigen"),
            "reference_date": self.tr("Peildatum wijzigen"),
        }
        edit = _edits().set_adjustment(self.session.project, row.code, entry, texts[field])
        return self.session.perform(edit, self.step)


def _typed(entry: Adjustment, field: str, value: object) -> Adjustment:
    """`entry` with one field as typed: a figure read as a whole number (empty: none)."""
    text = "" if value is None else str(value)
    if field in ("correction", "opening_backlog"):
        return replace(entry, **{field: parse_quantity(text)})
    return replace(entry, **{field: text})
