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


def run_script(script: str, path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run `script` with `path` in a fresh Python process; it must succeed."""
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_the_first_step_is_filled_without_the_database_layer_or_documents(demo_path, data_dir):
    """Region page with the example's nine municipalities is on screen, and none of
    SQLAlchemy, SQLModel, matplotlib, openpyxl or python-docx has been imported yet."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = run_script(SCRIPT, demo_path, env)
    assert result.stdout.split()[:2] == ["RegionPage", "9"]
    assert result.stdout.strip().endswith("[]"), result.stdout


FIRST_PAINT = textwrap.dedent(
    """
    import runpy
    import sys

    import PySide6.QtCore

    from app.views import probe

    LATER = ("multiprocessing", "hashlib", "ctypes", "html")

    def first_paint(event):
        # what the opening window waited for: the Qt namespace made, these modules loaded
        print(event, "Qt" in vars(PySide6.QtCore), [m for m in LATER if m in sys.modules])
        sys.stdout.flush()
        raise SystemExit(0)

    probe.mark = first_paint
    runpy.run_module("app", run_name="__main__", alter_sys=True)
    """
)


def test_the_first_paint_waits_for_nothing_but_qt_itself(demo_path, tmp_path):
    """`thuisplan FILE` paints the window that says the file is being opened before the
    QtCore.Qt namespace is made (some 40 ms on first use) and before multiprocessing,
    hashlib (OpenSSL), ctypes or html are imported: the start-up benchmark's first paint
    waits for that window."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "THUISPLAN_SETTINGS_DIR": str(tmp_path),
        "THUISPLAN_STARTUP_PROBE": str(tmp_path / "probe.txt"),
    }
    result = run_script(FIRST_PAINT, demo_path, env)
    assert result.stdout.split("\n")[0] == "first_paint False []", result.stdout


def test_the_opening_window_shows_a_file_name_as_text(qapp):
    """A file name with markup characters is shown as written, centred."""
    from app.views.startup import _opening_text

    text = _opening_text(["<b>plan<b> & co.thuisplan"])
    assert "&lt;b&gt;plan&lt;b&gt; &amp; co.thuisplan" in text
    assert text.startswith('<div align="center">')


AHEAD = textwrap.dedent(
    """
    import sys

    import app.views.application as application
    from app.storage import checked
    from app.views import startup

    def run_gui(app, args, splash):  # the window itself is not needed here
        print(list(checked._ahead))
        return 0

    application.run_gui = run_gui
    sys.exit(startup.run(sys.argv[1:]))
    """
)


def test_the_file_is_hashed_while_the_window_loads(demo_path, tmp_path):
    """After the first paint `thuisplan FILE` starts hashing the file (for its check), so
    that the window's modules load meanwhile."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "THUISPLAN_SETTINGS_DIR": str(tmp_path)}
    result = run_script(AHEAD, demo_path, env)
    assert result.stdout.strip() == str([str(demo_path.resolve())])
