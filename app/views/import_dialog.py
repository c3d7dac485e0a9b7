"""Preview of an import from filled-in uitvraag workbooks: what changes (old -> new), what was
rejected and why, what conflicts. Nothing is written until the user applies it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from app.services.collection_plan import ImportPlan
from app.services.monitor_collection import MonitorPlan
from app.views.labels import label
from app.views.models.row_model import Column, RowTableModel
from app.views.numbers import number


def _old(value: int | None) -> str:
    return "—" if value is None else number(value)


def _decimal(value: float | None) -> str:
    if value is None:
        return "—"
    return number(value, 0 if float(value).is_integer() else 2)


class ImportDialog(QDialog):
    """Shows an ImportPlan; `valid_rows_only` asks for a new plan without the bad rows.
    With `monitor` (the plan of monitoring workbooks, `plan` its delivered figures) a tab
    shows the agreements' realised values that change as well.

    After `exec()`, `apply` is True when the user chose to import.
    """

    def __init__(self, plan: ImportPlan, parent=None, monitor: MonitorPlan | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Werkboeken inlezen: controle"))
        self.plan = plan
        self.monitor = monitor
        self.apply = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.valid_only = QCheckBox(
            self.tr("Alleen de &goede regels inlezen uit werkboeken met fouten")
        )
        self.valid_only.setChecked(plan.valid_rows_only)
        self._build_tabs()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.valid_only.setVisible(bool(plan.issues))
        self.valid_only.toggled.connect(self.done_rerun)
        self.summary.setText(self._summary())
        self.resize(900, 520)

    # -- layout -------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        """A tab per list in the plan, with its length; an empty list's tab is disabled."""
        plan = self.plan
        self.tabs = QTabWidget()
        lists = (
            (self._change_columns(), plan.changes, self.tr("Wijzigingen ({0})")),
            (self._issue_columns(), plan.issues, self.tr("Afgewezen cellen ({0})")),
            (self._conflict_columns(), plan.conflicts, self.tr("Conflicten ({0})")),
            (self._refused_columns(), plan.refused, self.tr("Niet gelezen ({0})")),
        )
        if self.monitor is not None:
            realised = (self._realised_columns(), self.monitor.realised, self.tr("Afspraken ({0})"))
            lists = (lists[0], realised, *lists[1:])
        for columns, rows, title in lists:
            self.tabs.addTab(self._table(columns, rows), title.format(len(rows)))
        # Only once all tabs are there: disabling the current tab moves to the next one
        # that is enabled, so the dialog opens on the first list that has something.
        for index, (_columns, rows, _title) in enumerate(lists):
            self.tabs.setTabEnabled(index, len(rows) > 0)

    def _build_buttons(self) -> QDialogButtonBox:
        """Apply (only when something changes) and Cancel."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Toepassen"))
        changes = self.plan.changes or (self.monitor is not None and self.monitor.realised)
        self.apply_button.setEnabled(bool(changes))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        return buttons

    # -- behaviour ----------------------------------------------------------------------
    def done_rerun(self) -> None:
        """Close so the caller can read the workbooks again with the other choice."""
        self.done(2)

    def _accept(self) -> None:
        self.apply = True
        self.accept()

    def _summary(self) -> str:
        plan = self.plan
        parts = [
            self.tr("{0} cel(len) krijgen een nieuwe waarde; {1} ongewijzigd.").format(
                len(plan.changes), plan.unchanged
            )
        ]
        if self.monitor is not None:
            parts.append(
                self.tr("{0} realisatie(s) van afspraken krijgen een nieuwe waarde.").format(
                    len(self.monitor.realised)
                )
            )
        if self.monitor is not None and self.monitor.realised_conflicts:
            parts.append(
                self.tr(
                    "{0} realisatie(s) verschillen tussen werkboeken; die blijven zoals ze zijn."
                ).format(len(self.monitor.realised_conflicts))
            )
        if plan.blocked:
            parts.append(
                self.tr(
                    "Uit {0} is niets overgenomen omdat er fouten in staan "
                    "(zie 'Afgewezen cellen')."
                ).format(", ".join(plan.blocked))
            )
        if plan.conflicts:
            parts.append(
                self.tr(
                    "{0} cel(len) hebben verschillende waarden in verschillende "
                    "werkboeken; die blijven zoals ze zijn."
                ).format(len(plan.conflicts))
            )
        if plan.refused:
            parts.append(
                self.tr("{0} bestand(en) konden niet worden gelezen.").format(len(plan.refused))
            )
        return " ".join(parts)

    def _table(self, columns: list[Column], rows) -> QTableView:
        model = RowTableModel(columns, self)
        model.set_rows(list(rows))
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.resizeColumnsToContents()
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _change_columns(self) -> list[Column]:
        return [
            Column(self.tr("Gemeente"), lambda c: c.row.municipality_name),
            Column(self.tr("Aandachtsgroep"), lambda c: c.row.group_label),
            Column(self.tr("Woonvorm"), lambda c: label(c.row.housing_type)),
            Column(self.tr("Soort aanbod"), lambda c: label(c.row.kind) if c.row.kind else ""),
            Column(self.tr("Jaar"), lambda c: c.year),
            Column(self.tr("Oud"), lambda c: c.old, text=lambda c: _old(c.old), align_right=True),
            Column(
                self.tr("Nieuw"), lambda c: c.new, text=lambda c: number(c.new), align_right=True
            ),
            Column(self.tr("Werkboek"), lambda c: ", ".join(c.sources)),
        ]

    def _realised_columns(self) -> list[Column]:
        return [
            Column(self.tr("Afspraak"), lambda c: c.row.description),
            Column(self.tr("Jaar"), lambda c: c.row.year),
            Column(
                self.tr("Oud"), lambda c: c.old, text=lambda c: _decimal(c.old), align_right=True
            ),
            Column(
                self.tr("Nieuw"), lambda c: c.new, text=lambda c: _decimal(c.new), align_right=True
            ),
            Column(self.tr("Werkboek"), lambda c: ", ".join(c.sources)),
        ]

    def _issue_columns(self) -> list[Column]:
        return [
            Column(self.tr("Werkboek"), lambda i: i.workbook),
            Column(self.tr("Blad"), lambda i: i.sheet),
            Column(self.tr("Rij"), lambda i: i.row or ""),
            Column(self.tr("Kolom"), lambda i: i.column),
            Column(self.tr("Waarde"), lambda i: i.value),
            Column(self.tr("Waarom"), lambda i: i.reason),
        ]

    def _conflict_columns(self) -> list[Column]:
        return [
            Column(self.tr("Cel"), lambda c: c.row.describe(c.year)),
            Column(self.tr("Nu"), lambda c: _old(c.current)),
            Column(
                self.tr("Voorstellen"),
                lambda c: "; ".join(f"{origin}: {number(value)}" for origin, value in c.proposals),
            ),
        ]

    def _refused_columns(self) -> list[Column]:
        return [
            Column(self.tr("Werkboek"), lambda r: r[0]),
            Column(self.tr("Waarom"), lambda r: r[1]),
        ]
