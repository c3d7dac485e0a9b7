"""Editors for table cells: a combo box for choices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from app.views.models.row_model import CHOICES_ROLE, RAW_ROLE


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell whose model offers (label, value) choices, with a combo box."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt's name)
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        editor = QComboBox(parent)
        for text, value in choices:
            editor.addItem(text, value)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(RAW_ROLE))
            editor.setCurrentIndex(max(position, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
