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
