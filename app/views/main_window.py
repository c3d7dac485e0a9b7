"""The main window of an open vision (a first, minimal version)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from app.services.about import about_text
from app.services.municipalities import list_municipalities
from app.services.vision import get_vision
from app.storage import ProjectFile


class MainWindow(QMainWindow):
    """Shows the vision's title, region, plan period and municipalities."""

    def __init__(self, project: ProjectFile):
        super().__init__()
        self.project = project
        vision = get_vision(project)
        self.setWindowTitle(f"{project.path.name} – Thuisplan")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(QLabel(f"<h2>{vision.title}</h2>"))
        layout.addWidget(
            QLabel(
                f"Regio {vision.region_name} · planperiode {vision.start_year}–{vision.end_year}"
            )
        )
        municipalities = QListWidget()
        municipalities.addItems([m.name for m in list_municipalities(project)])
        layout.addWidget(municipalities)
        self.setCentralWidget(central)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction("&Over Thuisplan", self.show_about)
        self.resize(900, 600)

    def show_about(self) -> None:
        """The about box, with the attribution of the reference data."""
        QMessageBox.about(self, "Over Thuisplan", about_text())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.project.close()
        super().closeEvent(event)
