"""The installed Qt binding survives what a long workshop session does to it."""

import subprocess
import sys

EMIT_MANY = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal

class Source(QObject):
    changed = Signal(object)

source = Source()
source.changed.connect(lambda value: None)
for _ in range(60_000):
    source.changed.emit("need")
print("ok")
"""


def test_many_signal_emits_do_not_corrupt_the_interpreter():
    """PySide6 6.12.0 dropped a reference to True on every emit and aborted after ~10k."""
    result = subprocess.run(
        [sys.executable, "-c", EMIT_MANY], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
