"""Start-up: first paint and usable, against a bare PySide6 window, in fresh processes."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(800, 600)
window.show()
app.processEvents()
with open(os.environ["THUISPLAN_STARTUP_PROBE"], "a") as f:
    f.write(f"first_paint {time.time():.6f}\\n")
"""


def _run(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Start `command`, return event -> seconds since the process was started."""
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe.txt"
        env = {
            **env,
            "THUISPLAN_STARTUP_PROBE": str(probe),
            "THUISPLAN_STARTUP_EXIT": "1",
            "QT_QPA_PLATFORM": "offscreen",
            "THUISPLAN_SETTINGS_DIR": folder,
        }
        start = time.time()
        subprocess.run(command, env=env, check=True, timeout=120, capture_output=True)
        events = {}
        for line in probe.read_text().splitlines():
            event, stamp = line.split()
            events[event] = float(stamp) - start
        return events


def bare_window(runs: int) -> float:
    """Median seconds from process start to an empty QMainWindow painted."""
    env = dict(os.environ)
    return statistics.median(
        _run([sys.executable, "-c", BARE], env)["first_paint"] for _ in range(runs)
    )


def thuisplan(path: Path, runs: int, data_dir: str) -> tuple[float, float]:
    """Medians of first paint and usable (first step filled) when opening `path`."""
    env = {**os.environ, "THUISPLAN_DATA_DIR": data_dir}
    first, usable = [], []
    for _ in range(runs):
        events = _run([sys.executable, "-m", "app", str(path)], env)
        first.append(events["first_paint"])
        usable.append(events["usable"])
    return statistics.median(first), statistics.median(usable)
