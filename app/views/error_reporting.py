"""Unexpected errors: written to the log file and told to the user, never a silent crash.

Qt calls `sys.excepthook` for an exception raised in a slot; without a hook of our
own the details would go to a console nobody has open and the user would see
the window simply not react. Figures are stored with every edit, so the message
can say plainly that the work is safe.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.storage.log_file import configure_logging, log_path

_log = logging.getLogger("app.views")


def unexpected_error_text() -> str:
    """The message for the user after an error that is a fault in Thuisplan."""
    text = QCoreApplication.translate(
        "ErrorReporting",
        "Er ging iets onverwachts mis in Thuisplan. Wat u hebt ingevoerd is al opgeslagen.\n\n"
        "Meld dit bij de beheerder en stuur het logbestand mee:\n{0}",
    )
    return text.format(log_path())


def log_unexpected(exc_type, exc_value, exc_traceback) -> None:
    _log.error(
        "Unexpected error\n%s",
        "".join(traceback.format_exception(exc_type, exc_value, exc_traceback)),
    )


def install() -> Path | None:
    """Log to the user's data folder and show unexpected errors; returns the log's path."""
    path = configure_logging()
    _log.info("Thuisplan started (Python %s)", sys.version.split()[0])
    sys.excepthook = _excepthook
    return path


_showing = False


def _excepthook(exc_type, exc_value, exc_traceback) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, exc_traceback)
        return
    log_unexpected(exc_type, exc_value, exc_traceback)
    sys.__excepthook__(exc_type, exc_value, exc_traceback)  # also to a console, if any
    # One box at a time: an error repeated on every repaint must not stack up dialogs.
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        QMessageBox.critical(QApplication.activeWindow(), "Thuisplan", unexpected_error_text())
    finally:
        _showing = False
