"""An inline message above a table: visible, not in the way, no dialog to dismiss."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class MessageBar(QLabel):
    """Shows why an edit was refused; hidden when there is nothing to say."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Melding"))
        self.setStyleSheet(
            "QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c2c0;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.show()

    def clear(self) -> None:
        self.setText("")
        self.hide()
