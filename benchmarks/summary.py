"""`thuisplan summary --json` in a fresh process against the minimal sqlite3-and-json
script (`summary_script.py`), started alternately; the ratio is only reported when the
script's JSON equals ours on the parts it reproduces."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.report import Paired, paired_ratio

SCRIPT = Path(__file__).with_name("summary_script.py")
GAP_FIELDS = ("municipality_code", "target_group", "year", "need")
REGION_FIELDS = (
    "dwellings",
    "social_rent_dwellings",
    "planned_new_total",
    "planned_new_social",
    "planned_new_affordable",
)


class NotEqual(Exception):
    """The script's JSON differs from ours: no ratio is reported."""


def ours_command(path: Path) -> list[str]:
    return [sys.executable, "-m", "app", "summary", "--json", str(path)]


def script_command(path: Path) -> list[str]:
    return [sys.executable, str(SCRIPT), str(path)]


def reproduced_part(summary: dict) -> dict:
    """The parts of our summary the script reproduces (see its docstring)."""
    return {
        "vision": summary["vision"],
        "gaps": [{field: gap[field] for field in GAP_FIELDS} for gap in summary["gaps"]],
        "region": {field: summary["region"][field] for field in REGION_FIELDS},
    }


def check_equal(ours: str, script: str) -> None:
    """Raise NotEqual unless the script's JSON equals ours on its parts."""
    expected = reproduced_part(json.loads(ours))
    if json.loads(script) != expected:
        raise NotEqual("the sqlite3 script's JSON differs from thuisplan summary --json")


def _timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(command, check=True, capture_output=True, text=True, timeout=600)
    return time.perf_counter() - start, result.stdout


def summary_json(path: Path, pairs: int) -> Paired:
    """Seconds of both, each in a fresh process, alternately (at least 5 pairs); the
    outputs are compared on every run."""
    ours, baseline = [], []
    for index in range(max(5, pairs)):
        runs = [(ours, ours_command(path)), (baseline, script_command(path))]
        outputs = []
        for times, command in runs if index % 2 == 0 else runs[::-1]:
            seconds, output = _timed(command)
            times.append(seconds)
            outputs.append(output)
        mine, script = outputs if index % 2 == 0 else outputs[::-1]
        check_equal(mine, script)
    return paired_ratio(ours, baseline)
