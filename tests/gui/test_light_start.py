"""The first step shows before the heavy libraries load (start-up time; see benchmarks)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "matplotlib", "openpyxl", "docx")

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from app.views.application import Launcher
    window = Launcher().open_file(sys.argv[1])
    page = window.current_page()
    rows = page.model.rowCount()
    loaded = [m for m in {heavy!r} if m in sys.modules]
    print(type(page).__name__, rows, window.windowTitle(), loaded)
    """
).format(heavy=HEAVY)


def test_the_first_step_is_filled_without_the_database_layer_or_documents(demo_path, data_dir):
    """Region page with the example's nine municipalities is on screen, and none of
    SQLAlchemy, SQLModel, matplotlib, openpyxl or python-docx has been imported yet."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(demo_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:2] == ["RegionPage", "9"]
    assert result.stdout.strip().endswith("[]"), result.stdout
