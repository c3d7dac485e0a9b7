"""Combo boxes: keep them from demanding more width than a 1366-pixel screen can give, and
refill them without announcing a change."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def compact_combo(combo: QComboBox, characters: int = 14) -> QComboBox:
    """A combo box whose minimum width does not grow with its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def fill_combo(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Replace a combo's items, keeping the current choice where it still exists, without
    announcing the change."""
    current = combo.currentData()
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == items:
        return
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
