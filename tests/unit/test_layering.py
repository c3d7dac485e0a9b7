"""Nothing outside app.views (and the GUI entry) imports Qt."""

import subprocess
import sys

NON_GUI_MODULES = [
    "app.cli",
    "app.models",
    "app.storage",
    "app.services.analysis",
    "app.services.demo",
    "app.services.summary",
    "app.services.project_check",
    "app.reports.text_summary",
]


def test_core_modules_load_without_qt():
    """Importing the CLI, models, storage, services and reports does not load PySide6."""
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in NON_GUI_MODULES)
        + "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_runs_without_loading_qt(tmp_path):
    """`thuisplan summary` on a display-less machine never touches Qt."""
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"main(['demo', {str(tmp_path / 'x.thuisplan')!r}])\n"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_gui_entry_knows_every_cli_command():
    """`thuisplan <command>` reaches the CLI for every command (the entry keeps its own list
    so that the GUI can start without importing the CLI)."""
    from app.__main__ import COMMAND_NAMES
    from app.cli import COMMANDS

    assert set(COMMANDS) == COMMAND_NAMES


def test_first_window_needs_only_qt():
    """The module that paints the first window imports no database layer or services."""
    code = (
        "import sys\n"
        "import app.views.startup\n"
        "heavy = [m for m in sys.modules if m.startswith(('sqlalchemy', 'sqlmodel', "
        "'app.services', 'app.storage', 'matplotlib', 'openpyxl', 'docx'))]\n"
        "print(heavy)\n"
        "sys.exit(1 if heavy else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
