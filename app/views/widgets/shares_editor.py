"""The split of an estimate over a group's housing types: a percentage per housing type,
with their sum shown as they are typed (the method's check() demands 100 %)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from app.models import HousingType
from app.services.errors import ValidationError
from app.services.validation import parse_share
from app.views.estimate_fields import optional, percent_text
from app.views.labels import label
from app.views.numbers import number


class SharesEditor(QWidget):
    """A percentage per housing type of the group (they add up to 100 %).

    Signals:
        changed(): a share changed.
    """

    changed = Signal()

    def __init__(self, housing_types: Sequence[HousingType], parent=None):
        super().__init__(parent)
        self.edits: dict[HousingType, QLineEdit] = {}
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.total = QLabel()
        for housing_type in housing_types:
            self._add_row(housing_type)
        self._show_total()

    def _add_row(self, housing_type: HousingType) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaximumWidth(80)
        edit.setAccessibleName(label(housing_type))
        edit.textChanged.connect(self._changed)
        row = len(self.edits)
        self.layout_.removeWidget(self.total)  # it moves below the new row
        self.layout_.addWidget(QLabel(label(housing_type)), row, 0)
        self.layout_.addWidget(edit, row, 1)
        self.layout_.addWidget(QLabel("%"), row, 2)
        self.layout_.addWidget(self.total, row + 1, 0, 1, 3)
        self.edits[housing_type] = edit
        return edit

    def load(self, shares: Mapping[HousingType, float] | None) -> None:
        """Show stored shares; none stored: a group with one housing type gets 100 %."""
        shares = dict(shares or {})
        if not shares and len(self.edits) == 1:
            shares = {next(iter(self.edits)): 1.0}
        for housing_type in shares:
            if housing_type not in self.edits:
                self._add_row(housing_type)
        for housing_type, edit in self.edits.items():
            share = shares.get(housing_type)
            edit.setText("" if share is None else percent_text(share))

    def shares(self) -> dict[HousingType, float]:
        """The shares as fractions; an empty field is 0 (no field filled: none at all)."""
        read = {t: optional(e.text(), label(t), parse_share) for t, e in self.edits.items()}
        if all(v is None for v in read.values()):
            return {}
        return {t: (v or 0) / 100 for t, v in read.items()}

    def _changed(self, *_args) -> None:
        self._show_total()
        self.changed.emit()

    def _show_total(self) -> None:
        try:
            total = sum(self.shares().values()) * 100
        except ValidationError:
            self.total.setText("")
            return
        self.total.setText(self.tr("Samen: {0} % (moet 100 % zijn)").format(number(total, 1)))
