"""The summary benchmark's sqlite3 script produces the same JSON as `thuisplan summary
--json` on the parts it reproduces, and a difference is refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from benchmarks import startup, summary
from benchmarks.data import Scale, make_vision

TINY = Scale("klein", ("GM0518", "GM0599"), range(2025, 2027))


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    path = make_vision(TINY, tmp_path_factory.mktemp("summary") / "klein.thuisplan")
    run = [
        subprocess.run(c, check=True, capture_output=True, text=True).stdout
        for c in (summary.ours_command(path), summary.script_command(path))
    ]
    return run


def test_script_equals_our_summary_on_its_parts(outputs):
    """vision, each gap's need and the region totals are equal; there are gaps to compare."""
    ours, script = outputs
    summary.check_equal(ours, script)
    assert len(json.loads(script)["gaps"]) == 2 * 10 * 2


def test_a_different_need_is_refused(outputs):
    """One need off by one makes the comparison fail, so no ratio is reported."""
    ours, script = outputs
    changed = json.loads(script)
    changed["gaps"][3]["need"] += 1
    with pytest.raises(summary.NotEqual):
        summary.check_equal(ours, json.dumps(changed))


def test_remembered_step_is_stored_where_thuisplan_reads_it(tmp_path):
    """The start-up benchmark's settings remember the step as the main window reads it."""
    target = tmp_path / "visie.thuisplan"
    env = {**os.environ, "THUISPLAN_SETTINGS_DIR": str(tmp_path)}
    subprocess.run(
        [sys.executable, "-c", startup.REMEMBER, str(target), "gap"], env=env, check=True
    )
    read = (
        "import sys; from pathlib import Path; from app.views import settings;"
        " print(settings.last_step(Path(sys.argv[1])))"
    )
    result = subprocess.run(
        [sys.executable, "-c", read, str(target)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "gap"
