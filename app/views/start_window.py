"""The start screen: new vision, open, recent files, the example."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.views import settings


class StartWindow(QWidget):
    """First screen when no vision is open.

    Signals:
        new_requested(), open_dialog_requested(), example_requested(), backups_requested(),
        dashboard_requested(), overview_requested(), open_requested(Path): the user's choice.
    """

    new_requested = Signal()
    open_dialog_requested = Signal()
    example_requested = Signal()
    open_requested = Signal(Path)
    backups_requested = Signal()
    dashboard_requested = Signal()
    overview_requested = Signal()

    def __init__(self):
        super().__init__()
        self.setWindowTitle("Thuisplan")
        self.setAcceptDrops(True)
        title = QLabel(
            self.tr(
                "<h1>Thuisplan</h1><p>Een regionale woonzorgvisie voor "
                "aandachtsgroepen: woonbehoefte, aanbod, opgave en "
                "prestatieafspraken.</p>"
            )
        )
        title.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addLayout(self._build_buttons(), 1)
        columns.addLayout(self._build_recent(), 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(columns, 1)
        self.resize(760, 460)
        self.refresh()

    # -- layout -------------------------------------------------------------------------
    def _build_buttons(self) -> QVBoxLayout:
        """New, open and the example above, then the national dashboard (no vision needed);
        the overview over many visions and restoring a backup apart, at the bottom."""
        self.new_button = QPushButton(self.tr("&Nieuwe woonzorgvisie…"))
        self.open_button = QPushButton(self.tr("&Openen…"))
        self.example_button = QPushButton(self.tr("&Voorbeeld openen (Haaglanden, fictief)"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button.clicked.connect(self.open_dialog_requested.emit)
        self.example_button.clicked.connect(self.example_requested.emit)
        self.overview_button = QPushButton(self.tr("Overzicht van &meerdere visies…"))
        self.overview_button.clicked.connect(self.overview_requested.emit)
        self.backups_button = QPushButton(self.tr("Reservekopie &terugzetten…"))
        self.backups_button.clicked.connect(self.backups_requested.emit)
        self.dashboard_button = QPushButton(self.tr("&Sociale huur in Nederland…"))
        self.dashboard_button.setToolTip(
            self.tr(
                "Het aandeel corporatiewoningen per gemeente, provincie en landelijk, tegen "
                "het streven en het landelijk gemiddelde; zonder woonzorgvisie"
            )
        )
        self.dashboard_button.clicked.connect(self.dashboard_requested.emit)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.example_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.dashboard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.overview_button)
        buttons.addWidget(self.backups_button)
        return buttons

    def _build_recent(self) -> QVBoxLayout:
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recente bestanden"))
        self.recent.itemActivated.connect(self._open_item)
        recent_label = QLabel(self.tr("&Recente bestanden:"))
        recent_label.setBuddy(self.recent)
        right = QVBoxLayout()
        right.addWidget(recent_label)
        right.addWidget(self.recent, 1)
        return right

    # -- behaviour ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the recent files; missing ones are marked."""
        self.recent.clear()
        for path in settings.recent_files():
            exists = path.exists()
            text = path.name if exists else self.tr("{0} (niet gevonden)").format(path.name)
            item = QListWidgetItem(text)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            if not exists:
                item.setForeground(QBrush(QColor("#8c8c8c")))
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if any(u.toLocalFile().lower().endswith(".thuisplan") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".thuisplan"):
                self.open_requested.emit(Path(url.toLocalFile()))
