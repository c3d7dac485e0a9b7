"""`thuisplan summary --json` in a fresh process against the minimal sqlite3-and-json
script (`summary_script.py`), started alternately; the ratio is only reported when the
script's JSON equals ours (checked on a first run of each)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from app.storage import checked
from app.storage.paths import user_data_dir
from benchmarks.report import Paired, paired_ratio

SCRIPT = Path(__file__).with_name("summary_script.py")
# What the printed line says the script reproduces (its docstring says how).
REPRODUCED = (
    "the whole JSON (a vision without estimates or agreements, with every norm:"
    " the script refuses another)"
)


class NotEqual(Exception):
    """The script's JSON differs from ours (or it does not reproduce this file): no ratio
    is reported."""


def ours_command(path: Path) -> list[str]:
    return [sys.executable, "-m", "app", "summary", "--json", str(path)]


def script_command(path: Path) -> list[str]:
    return [sys.executable, str(SCRIPT), str(path)]


def check_equal(ours: str, script: str) -> None:
    """Raise NotEqual unless the script's JSON equals ours (as JSON values: our lines are
    laid out differently)."""
    if json.loads(script) != json.loads(ours):
        raise NotEqual("the sqlite3 script's JSON differs from thuisplan summary --json")


def _timed(command: list[str], output: Path) -> float:
    """Seconds to run `command` in a fresh process, its output written to `output`."""
    with open(output, "wb") as out:
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=out, timeout=1800)
        return time.perf_counter() - start


def summary_json(path: Path, folder: Path, pairs: int, *, checked_before: bool = True) -> Paired:
    """Seconds of both, each in a fresh process, alternately (at least 5 pairs), after
    a first run of each whose outputs are compared (`check_equal`). `checked_before`: ours
    reads a file this Thuisplan checked before (`app.storage.checked`); otherwise it is
    made to check everything each time, as for a file never seen here."""
    mine, script = folder / "summary-ours.json", folder / "summary-script.json"
    _timed(ours_command(path), mine)
    try:
        _timed(script_command(path), script)
    except subprocess.CalledProcessError as exc:  # a file the script does not reproduce
        raise NotEqual("the sqlite3 script does not reproduce this vision") from exc
    check_equal(mine.read_text(encoding="utf-8"), script.read_text(encoding="utf-8"))
    ours, baseline = [], []
    for index in range(max(5, pairs)):
        runs = [(ours, ours_command(path), mine), (baseline, script_command(path), script)]
        for times, command, output in runs if index % 2 == 0 else runs[::-1]:
            if not checked_before:
                (user_data_dir() / checked.RECORD_NAME).unlink(missing_ok=True)
            times.append(_timed(command, output))
    return paired_ratio(ours, baseline)
