"""Start the GUI: one QApplication, the requested project (or the example) in a window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.demo import create_demo
from app.storage import ProjectFileError, open_project_file
from app.storage.paths import user_data_dir
from app.views.main_window import MainWindow

DEMO_FILE_NAME = "Voorbeeld Haaglanden.thuisplan"


def run(args: list[str]) -> int:
    """Show the project named in `args`, or the example vision; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Thuisplan")
    app.setOrganizationName("Thuisplan")
    try:
        project = open_project_file(Path(args[0])) if args else _example()
    except ProjectFileError as error:
        QMessageBox.critical(None, "Thuisplan", str(error))
        return 1
    window = MainWindow(project)
    window.show()
    return app.exec()


def _example():
    path = user_data_dir() / DEMO_FILE_NAME
    if path.exists():
        return open_project_file(path)
    return create_demo(path)
