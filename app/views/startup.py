"""The first second of the GUI: a window on screen at once, then the rest.

Only Qt is imported before the first window is painted; the services, the
database layer and the pages (most of start-up) load while it shows that the
vision is being opened.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel

from app.resources import resource_path
from app.views import probe, settings
from app.views.i18n import install_translators, use_own_dialogs


def run(args: list[str]) -> int:
    """Start the GUI; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Thuisplan")
    app.setOrganizationName("Thuisplan")
    app.setWindowIcon(QIcon(str(resource_path("icons", "thuisplan.png"))))
    language = os.environ.get("THUISPLAN_LANG") or settings.language()
    app._translators = install_translators(app, language)  # keep them alive
    # Centred by its markup, not setAlignment: nothing before the first paint may touch the
    # QtCore.Qt namespace, whose first use costs some 40 ms (a QLabel centres vertically).
    splash = QLabel(_opening_text(args))
    splash.setWindowTitle("Thuisplan")
    splash.setMinimumSize(460, 180)
    splash.setStyleSheet("QLabel { font-size: 13pt; padding: 24px; }")
    splash.show()
    app.processEvents()
    probe.mark("first_paint")
    if args:  # hashed beside the imports below, for the check of the file when it opens
        from app.storage.checked import fingerprint_ahead

        fingerprint_ahead(Path(args[0]))
    use_own_dialogs(app, language)
    from app.views import error_reporting  # after the first paint: it loads the storage layer

    error_reporting.install()
    from app.views.application import run_gui  # the heavy part: services, storage, pages

    return run_gui(app, args, splash)


def _opening_text(args: list[str]) -> str:
    if args:
        text = QCoreApplication.translate("Startup", "{0} wordt geopend…")
        line = _plain(text.format(Path(args[0]).name))  # a file name is not markup
    else:
        line = QCoreApplication.translate("Startup", "Bezig met starten…")
    return f'<div align="center"><b>Thuisplan</b><br><br>{line}</div>'


def _plain(text: str) -> str:
    """`text` shown as it is in rich text (html.escape would cost the first paint an import
    of some 5 ms)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
