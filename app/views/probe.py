"""Start-up timestamps for the benchmark (`python -m benchmarks`).

With THUISPLAN_STARTUP_PROBE=<file> the GUI appends "<event> <unix time>" lines:
`first_paint` when the first window is on screen, `shown` when the vision's first
step is painted and the event loop answers (a step whose figures are computed behind it
shows its computing panel then), `usable` when that step shows its data. With
THUISPLAN_STARTUP_EXIT=1 it then quits. Without the variable this does nothing.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QTimer


def mark(event: str) -> None:
    """Record that `event` happened now (only when probing)."""
    target = os.environ.get("THUISPLAN_STARTUP_PROBE")
    if not target:
        return
    with open(target, "a", encoding="utf-8") as handle:
        handle.write(f"{event} {time.time():.6f}\n")
    if event == "usable" and os.environ.get("THUISPLAN_STARTUP_EXIT"):
        QTimer.singleShot(0, QCoreApplication.quit)
