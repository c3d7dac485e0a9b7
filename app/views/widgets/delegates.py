"""Editors for table cells: a combo box for choices, an editable one for suggestions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from app.views.models.row_model import CHOICES_ROLE, RAW_ROLE, SUGGESTIONS_ROLE


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell whose model offers (label, value) choices with a combo box, and one
    that offers suggestions (say, the partners' names) with an editable combo box."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt's name)
        choices = index.data(CHOICES_ROLE)
        suggestions = index.data(SUGGESTIONS_ROLE)
        if not choices and suggestions is None:
            return super().createEditor(parent, option, index)
        editor = QComboBox(parent)
        if choices:
            for text, value in choices:
                editor.addItem(text, value)
        else:
            editor.setEditable(True)
            editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            editor.addItems(suggestions)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox) and editor.isEditable():
            editor.setCurrentText(str(index.data(RAW_ROLE) or ""))
        elif isinstance(editor, QComboBox):
            position = editor.findData(index.data(RAW_ROLE))
            editor.setCurrentIndex(max(position, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = editor.currentText() if editor.isEditable() else editor.currentData()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
