"""Keep widgets from demanding more width than a 1366-pixel screen can give."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def compact_combo(combo: QComboBox, characters: int = 14) -> QComboBox:
    """A combo box whose minimum width does not grow with its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
