"""The 'Wat verandert er?' tab: two norm sets side by side and what each would make of
this vision's figures (from `app.services.norm_compare`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import norms
from app.services.norm_compare import NormComparison, compare_norm_sets
from app.services.norm_sets import DEFAULT_SET, find_set, norm_sets
from app.views.labels import vocab
from app.views.models.row_model import Column, RowTableModel
from app.views.session import VisionSession


class CompareTab(QWidget):
    """Pick two norm sets; see the norms that differ and the vision's figures that change."""

    def __init__(self, session: VisionSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.comparison: NormComparison | None = None
        self.first_combo, self.second_combo = QComboBox(), QComboBox()
        names = (self.tr("Eerste normenset"), self.tr("Tweede normenset"))
        for combo, name in zip((self.first_combo, self.second_combo), names, strict=True):
            combo.setAccessibleName(name)
            for norm_set in norm_sets():
                combo.addItem(vocab(norm_set.name), norm_set.code)
            combo.activated.connect(self.compare)
        self.norm_model = RowTableModel(self._norm_columns(), self)
        self.effect_model = RowTableModel(self._effect_columns(), self)
        self.categories = QLabel()
        self.categories.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._choice_row())
        layout.addWidget(self._table(self.norm_model, self.tr("Normen van beide sets")), 1)
        layout.addWidget(self.categories)
        layout.addWidget(self.summary)
        layout.addWidget(self._table(self.effect_model, self.tr("Gevolgen voor deze visie")), 3)

    def _choice_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Van:")))
        row.addWidget(self.first_combo, 1)
        row.addWidget(QLabel(self.tr("naar:")))
        row.addWidget(self.second_combo, 1)
        return row

    def _norm_columns(self) -> list[Column]:
        return [
            Column(self.tr("Norm"), lambda r: vocab(r.label), italic=_changed),
            Column(self.tr("Verschilt"), lambda r: self.tr("ja") if r.changed else ""),
            Column(self.tr("Eerste normenset"), lambda r: r.first, italic=_changed),
            Column(self.tr("Tweede normenset"), lambda r: r.second, italic=_changed),
        ]

    def _effect_columns(self) -> list[Column]:
        return [
            Column(self.tr("Gemeente / regio"), lambda e: e.subject),
            Column(self.tr("Wat"), lambda e: e.what),
            Column(self.tr("Onder de eerste"), lambda e: e.first),
            Column(self.tr("Onder de tweede"), lambda e: e.second, tooltip=lambda e: e.second),
        ]

    def _table(self, model: RowTableModel, name: str) -> QTableView:
        """A table whose two set columns share the width, their texts wrapped."""
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in SET_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        return table

    def compare(self) -> None:
        """Compare the two chosen sets for this vision."""
        first = find_set(self.first_combo.currentData())
        second = find_set(self.second_combo.currentData())
        if first is None or second is None:
            return
        project = self.session.project
        self.comparison = compare_norm_sets(
            self.session.analysis(), norms.list_norms(project), first, second
        )
        self.norm_model.set_rows(self.comparison.norms)
        self.effect_model.set_rows(self.comparison.effects)
        self._name_columns(vocab(first.short_name), vocab(second.short_name))
        self.categories.setText(self._categories_text(self.comparison))
        self.summary.setText(self._summary_text(self.comparison))

    def _name_columns(self, first: str, second: str) -> None:
        for model in (self.norm_model, self.effect_model):
            model.set_header(SET_COLUMNS[0], first)
            model.set_header(SET_COLUMNS[1], second)

    def _categories_text(self, comparison: NormComparison) -> str:
        added = ", ".join(vocab(c) for c in comparison.categories_added) or self.tr("geen")
        dropped = ", ".join(vocab(c) for c in comparison.categories_dropped) or self.tr("geen")
        return self.tr("Verplicht urgenten erbij: {0}. Vervallen: {1}.").format(added, dropped)

    def _summary_text(self, comparison: NormComparison) -> str:
        if comparison.effects:
            text = self.tr("{0} uitkomsten van deze visie veranderen:").format(
                len(comparison.effects)
            )
        else:
            text = self.tr("Geen uitkomst van deze visie verandert.")
        kept = "; ".join(comparison.kept_overrides)
        return f"{text} {self.tr('Blijft gelden:')} {kept}" if kept else text

    def refresh(self) -> None:
        """Compare again; the first time from the vision's own set to the newest other."""
        if self.comparison is None:
            status = norms.norm_set_status(self.session.project)
            first = status.code if status.known is not None else DEFAULT_SET
            others = [s.code for s in norm_sets() if s.code != first]
            self.first_combo.setCurrentIndex(self.first_combo.findData(first))
            self.second_combo.setCurrentIndex(self.second_combo.findData(others[-1]))
        self.compare()


# The columns of the first and the second set, in both tables.
SET_COLUMNS = (2, 3)


def _changed(row) -> bool:
    return bool(row.changed)
