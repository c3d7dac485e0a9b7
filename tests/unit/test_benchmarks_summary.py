"""The summary benchmark's sqlite3 script produces the same JSON as `thuisplan summary
--json` on the parts it reproduces, a difference is refused, and so is a vision it does
not reproduce."""

from __future__ import annotations

import json
import os
import sqlite3
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
    """vision, estimates, every gap item, monitoring and the region totals are equal; there
    are gaps and delivery rows to compare."""
    ours, script = outputs
    summary.check_equal(ours, script)
    printed = json.loads(script)
    assert len(printed["gaps"]) == len(printed["monitoring"]["delivery"]) == 2 * 10 * 2
    assert set(printed) == {"vision", "estimates", "gaps", "region", "monitoring"}


@pytest.mark.parametrize(
    ("part", "change"),
    [
        ("need", lambda p: p["gaps"][3].update(need=p["gaps"][3]["need"] + 1)),
        ("surplus", lambda p: p["gaps"][5].update(surplus=-1)),
        ("missing", lambda p: p["gaps"][0]["missing"].append({"input": "need"})),
        ("delivery", lambda p: p["monitoring"]["delivery"][1].update(delivered=0)),
        ("region", lambda p: p["region"].update(dwellings=1)),
    ],
)
def test_a_difference_is_refused(outputs, part, change):
    """One figure off in any part it reproduces makes the comparison fail, so no ratio is
    reported."""
    ours, script = outputs
    changed = json.loads(script)
    change(changed)
    with pytest.raises(summary.NotEqual):
        summary.check_equal(ours, json.dumps(changed))


def test_the_script_reproduces_empty_cells_and_measurements(demo_path):
    """On the example with some cells emptied, a measurement's delivered figures and its
    agreements removed (the script does not reproduce those), the script prints the same
    parts: unknown stays unknown, missing inputs are listed."""
    with sqlite3.connect(demo_path) as db:
        db.execute("UPDATE cell_value SET need = NULL WHERE rowid % 7 = 0")
        db.execute("UPDATE cell_value SET capacity_flex = NULL WHERE rowid % 11 = 0")
        db.execute("DELETE FROM cell_value WHERE rowid % 13 = 0")
        db.execute("DELETE FROM realised_value")
        db.execute("DELETE FROM agreement_year")
    db.close()
    ours, script = (
        subprocess.run(c, check=True, capture_output=True, text=True).stdout
        for c in (summary.ours_command(demo_path), summary.script_command(demo_path))
    )
    summary.check_equal(ours, script)
    printed = json.loads(script)
    assert any(g["need"] is None for g in printed["gaps"])
    assert any(g["missing"] for g in printed["gaps"])
    assert any(row["delivered"] is not None for row in printed["monitoring"]["delivery"])


def test_a_vision_the_script_does_not_reproduce_is_refused(demo_path, tmp_path):
    """The example has agreements: the script says so and exits 2 instead of printing
    something else, and the benchmark reports no ratio."""
    result = subprocess.run(summary.script_command(demo_path), capture_output=True, text=True)
    assert result.returncode == 2 and "agreements" in result.stderr
    with pytest.raises(summary.NotEqual):
        summary.summary_json(demo_path, tmp_path, 0)


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
