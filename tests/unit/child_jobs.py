"""Work for the export child process in tests/unit/test_child_run.py: functions a spawned
child can import, each following the exports' contract (progress, is_cancelled)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from app.reports.export_io import ExportCancelled, ExportError, Steps, atomic_target


def write_text(target: Path, text: str, *, progress=None, is_cancelled=None, notes=None):
    """Write `text` atomically in three reported steps; a note for the caller."""
    steps = Steps(3, progress, is_cancelled)
    for name in ("een", "twee", "drie"):
        steps.step(name)
    with atomic_target(target) as temporary:
        temporary.write_text(text, encoding="utf-8")
    steps.finish()
    if notes is not None:
        notes.append(f"geschreven door proces {os.getpid()}")
    return target


def wait_for_cancel(target: Path, pid_file: Path, *, progress=None, is_cancelled=None):
    """Start writing `target`, say so in `pid_file` (this process's id), then wait until
    cancelled; 'gestopt' is added to `pid_file` when the cancel arrived."""
    with atomic_target(target) as temporary:
        temporary.write_text("half", encoding="utf-8")
        pid_file.write_text(str(os.getpid()), encoding="utf-8")
        if progress is not None:
            progress(1, 2, "wachten")
        while not is_cancelled():
            time.sleep(0.02)
        with pid_file.open("a", encoding="utf-8") as file:
            file.write("\ngestopt")
        raise ExportCancelled("Het exporteren is afgebroken.")


def die_while_writing(target: Path, *, progress=None, is_cancelled=None):
    """Leave a temporary file and die as a killed process does."""
    with atomic_target(target) as temporary:
        temporary.write_text("half", encoding="utf-8")
        os.kill(os.getpid(), signal.SIGKILL)


def refuse(*, progress=None, is_cancelled=None):
    raise ExportError("De map 'weg' bestaat niet.")


def fail(*, progress=None, is_cancelled=None):
    return {"a": 1}["b"]  # a KeyError: a fault in Thuisplan


def run_out_of_memory(*, progress=None, is_cancelled=None):
    raise MemoryError


def die_with_data(data, target: Path, *, progress=None, is_cancelled=None):
    """`die_while_writing` as an export from a copy calls it (the data first)."""
    die_while_writing(target, progress=progress, is_cancelled=is_cancelled)


def refuse_with_data(data, *, progress=None, is_cancelled=None):
    refuse(progress=progress, is_cancelled=is_cancelled)


def scenario_of(data, *, progress=None, is_cancelled=None):
    """The scenario whose calculations the data holds, and the vision's title."""
    return data.analysis.figures.scenario, data.vision.title
