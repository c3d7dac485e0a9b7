"""Start-up: first paint and usable, against a bare PySide6 window, in fresh processes."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import Paired, paired_ratio

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


REMEMBER = """
import sys
from pathlib import Path
from app.views import settings
settings.set_last_step(Path(sys.argv[1]), sys.argv[2])
assert settings.last_step(Path(sys.argv[1])) == sys.argv[2]
"""


def _run(
    command: list[str], env: dict[str, str], step: tuple[Path, str] | None = None
) -> dict[str, float]:
    """Start `command`, return event -> seconds since the process was started. With
    `step` (file, step), the settings remember that step for that file beforehand."""
    with tempfile.TemporaryDirectory() as folder:
        if step is not None:  # as Thuisplan itself stores it (QSettings in the folder)
            subprocess.run(
                [sys.executable, "-c", REMEMBER, str(step[0]), step[1]],
                env={**env, "THUISPLAN_SETTINGS_DIR": folder},
                check=True,
                timeout=60,
            )
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


def opening(path: Path, pairs: int, data_dir: str) -> tuple[Paired, Paired]:
    """Opening `path` (`thuisplan FILE`) against a bare window, started alternately (at
    least 5 pairs; medians of the per-pair ratios): first paint, and usable (the first step
    filled)."""
    return _against_bare(path, pairs, data_dir, None, ("first_paint", "usable"))


def on_remembered_step(path: Path, pairs: int, data_dir: str, step: str) -> tuple[Paired, Paired]:
    """Reopening `path` on the remembered `step`, against a bare window, started alternately
    (at least 5 pairs; medians of the per-pair ratios): when the step is on screen with its
    computing panel and the window answers (`shown`), and when it shows its figures
    (`usable`)."""
    return _against_bare(path, pairs, data_dir, step, ("shown", "usable"))


def _against_bare(
    path: Path, pairs: int, data_dir: str, step: str | None, events: tuple[str, str]
) -> tuple[Paired, Paired]:
    """The two `events` of opening `path` (on the remembered `step`, if any), each paired
    with a bare window's first paint started just before it."""
    env = {**os.environ, "THUISPLAN_DATA_DIR": data_dir}
    remembered = None if step is None else (path, step)
    bare: list[float] = []
    seen: dict[str, list[float]] = {event: [] for event in events}
    for _ in range(max(5, pairs)):
        bare.append(_run([sys.executable, "-c", BARE], env)["first_paint"])
        stamps = _run([sys.executable, "-m", "app", str(path)], env, remembered)
        for event in events:
            seen[event].append(stamps[event])
    first, second = (paired_ratio(seen[event], bare) for event in events)
    return first, second
