"""The summary benchmark's sqlite3 script produces the same JSON as `thuisplan summary
--json`, a difference is refused, and so is a vision it does not reproduce."""

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
    return both(path)


def both(path):
    """What `thuisplan summary --json` and the script print for `path`."""
    return [
        subprocess.run(c, check=True, capture_output=True, text=True).stdout
        for c in (summary.ours_command(path), summary.script_command(path))
    ]


def test_script_equals_our_summary_on_its_parts(outputs):
    """The whole JSON is equal (vision, estimates, gaps, fair shares, social rent tests,
    the region, monitoring); there are items to compare."""
    ours, script = outputs
    summary.check_equal(ours, script)
    printed = json.loads(script)
    assert len(printed["gaps"]) == len(printed["monitoring"]["delivery"]) == 2 * 10 * 2
    assert set(printed) == set(json.loads(ours))
    assert len(printed["fair_share"]) == 2 * 10 + 2  # per group, then per municipality


@pytest.mark.parametrize(
    ("part", "change"),
    [
        ("need", lambda p: p["gaps"][3].update(need=p["gaps"][3]["need"] + 1)),
        ("surplus", lambda p: p["gaps"][5].update(surplus=-1)),
        ("missing", lambda p: p["gaps"][0]["missing"].append({"input": "need"})),
        ("delivery", lambda p: p["monitoring"]["delivery"][1].update(delivered=0)),
        ("region", lambda p: p["region"].update(dwellings=1)),
        ("social rent", lambda p: p["social_rent"][1].update(below_goal=None)),
        ("fair share", lambda p: p["fair_share"][2].update(missing_count=-1)),
        ("year", lambda p: p["fair_share"][-1]["years"][0].update(backlog=0.5)),
        ("region share", lambda p: p["region"]["social_new_build_share"].update(share=0.1)),
        ("contribution", lambda p: p["region"]["municipalities"][0].update(dwellings=None)),
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


def without_agreements(path):
    """Remove the example's agreement years and realised values (not reproduced)."""
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM realised_value")
        db.execute("DELETE FROM agreement_year")
    db.close()


def test_the_script_reproduces_empty_cells_and_measurements(demo_path):
    """On the example with some cells emptied, a measurement's delivered figures and its
    agreements removed (the script does not reproduce those), the script prints the same
    parts: unknown stays unknown, missing inputs are listed."""
    without_agreements(demo_path)
    with sqlite3.connect(demo_path) as db:
        db.execute("UPDATE cell_value SET need = NULL WHERE rowid % 7 = 0")
        db.execute("UPDATE cell_value SET capacity_flex = NULL WHERE rowid % 11 = 0")
        db.execute("DELETE FROM cell_value WHERE rowid % 13 = 0")
    db.close()
    ours, script = both(demo_path)
    summary.check_equal(ours, script)
    printed = json.loads(script)
    assert any(g["need"] is None for g in printed["gaps"])
    assert any(g["missing"] for g in printed["gaps"])
    assert any(row["delivered"] is not None for row in printed["monitoring"]["delivery"])


# Per municipality of the example (by its place) a baseline figure that takes the social
# rent test down another path: none, 0, more social than all, nothing planned, more social
# than planned, more affordable than planned, a figure missing.
ODD_BASELINES = [
    "UPDATE baseline_figure SET value = NULL WHERE municipality_id = 1 AND indicator = 'dwellings'",
    "UPDATE baseline_figure SET value = 0 WHERE municipality_id = 2 AND indicator = 'dwellings'",
    "UPDATE baseline_figure SET value = 10000000 WHERE municipality_id = 3"
    " AND indicator = 'social_rent_dwellings'",
    "UPDATE baseline_figure SET value = 0 WHERE municipality_id = 4 AND indicator LIKE 'planned%'",
    "UPDATE baseline_figure SET value = 9000000 WHERE municipality_id = 5"
    " AND indicator = 'planned_new_social'",
    "UPDATE baseline_figure SET value = 9000000 WHERE municipality_id = 6"
    " AND indicator = 'planned_new_middle'",
    "DELETE FROM baseline_figure WHERE municipality_id = 7 AND indicator = 'planned_new_middle'",
]


@pytest.mark.parametrize(
    "norms",
    [
        "UPDATE norm SET applies_to = 'below_goal' WHERE code = 'min_social_new_build_share'",
        "UPDATE norm SET applies_to = 'region' WHERE code = 'min_social_new_build_share'",
        "UPDATE norm SET value = NULL WHERE code IN ('social_rent_goal', 'national_social_share',"
        " 'affordable_new_build_share')",
        "UPDATE baseline_figure SET value = 0 WHERE indicator LIKE 'planned%'",
    ],
)
def test_the_script_reproduces_every_path_of_the_social_rent_test(demo_path, norms):
    """Odd baseline figures under each rule of who must build, without norm figures, and
    with nothing planned in the region: the script's social rent tests and the region's
    test are ours."""
    without_agreements(demo_path)
    with sqlite3.connect(demo_path) as db:
        for statement in [*ODD_BASELINES, norms]:
            assert db.execute(statement).rowcount > 0, statement
    db.close()
    ours, script = both(demo_path)
    summary.check_equal(ours, script)
    missing = [
        m["description"] for item in json.loads(script)["social_rent"] for m in item["missing"]
    ]
    assert len(set(missing)) >= 5


# Cells emptied so that fair shares lack inputs: one need, one capacity, and (for a cut
# list) the need of a group in every municipality.
EMPTIED = [
    "UPDATE cell_value SET need = NULL WHERE municipality_id = 2 AND target_group_id = 1"
    " AND year = 2026",
    "UPDATE cell_value SET capacity_other = NULL WHERE municipality_id = 5"
    " AND target_group_id = 3 AND year = 2027",
    "UPDATE cell_value SET need = NULL WHERE target_group_id = 2",
    "INSERT INTO fair_share_adjustment VALUES (3, 12, NULL, 'raad', '2026-01-01')",
]


@pytest.mark.parametrize(
    "settings",
    [
        ["UPDATE vision SET fair_share_scope = 'urgent'"],
        [
            "UPDATE vision SET distribution_key = 'weighted_mix', weight_inhabitants = 0.5,"
            " weight_households = 0.3, weight_dwellings = 0.2",
            "UPDATE vision SET fair_share_scope = 'chosen'",
            "INSERT INTO fair_share_group VALUES (2), (4)",
        ],
        ["UPDATE vision SET distribution_key = 'weighted_mix', weight_inhabitants = 0"],
        [
            "UPDATE vision SET distribution_key = 'households'",
            "UPDATE baseline_figure SET value = NULL WHERE municipality_id IN (2, 4)"
            " AND indicator = 'households'",
        ],
        ["UPDATE baseline_figure SET value = 0 WHERE indicator = 'inhabitants'"],
        [  # carry-over with an opening backlog and corrections entered for some only
            "UPDATE vision SET carry_over = 1",
            "INSERT INTO fair_share_adjustment VALUES (1, 40, 25, 'raad', '2025-01-01'),"
            " (2, NULL, 7, 'raad', '2025-01-01')",
        ],
        [  # carry-over, every municipality with a correction and an opening backlog
            "UPDATE vision SET carry_over = 1",
            "INSERT INTO fair_share_adjustment SELECT id, 30 * id, 5 * id, 'raad', '2025-01-01'"
            " FROM municipality WHERE id != 3",
        ],
    ],
)
def test_the_script_reproduces_the_fair_shares_per_group(demo_path, settings):
    """Under each key (the weighted mix, without weights, a figure missing, a region of 0)
    and scope, with inputs missing (lists cut at 25), corrections and carry-over with
    opening backlogs: the script's fair shares (per group and over the scope) are ours."""
    without_agreements(demo_path)
    with sqlite3.connect(demo_path) as db:
        for statement in [*EMPTIED, *settings]:
            assert db.execute(statement).rowcount > 0, statement
    db.close()
    ours, script = both(demo_path)
    summary.check_equal(ours, script)
    shares = json.loads(script)["fair_share"]
    assert any(item["missing_count"] > 25 for item in shares)
    assert any(item["correction"] for item in shares)
    assert any(item["target_group"] is None for item in shares)


def test_the_script_reproduces_the_fair_shares_of_a_complete_vision_with_carry_over(demo_path):
    """Nothing missing, carry-over and every municipality's correction and opening backlog:
    backlogs are carried and corrections drawn on, the same in the script as in ours."""
    without_agreements(demo_path)
    with sqlite3.connect(demo_path) as db:
        db.execute("UPDATE vision SET carry_over = 1")
        db.execute(
            "INSERT INTO fair_share_adjustment SELECT id, 20 * id, 9 * id, 'raad', '2025-01-01'"
            " FROM municipality"
        )
    db.close()
    ours, script = both(demo_path)
    summary.check_equal(ours, script)
    totals = [item for item in json.loads(script)["fair_share"] if item["target_group"] is None]
    steps = [step for item in totals for step in item["years"]]
    assert any(step["correction_used"] for step in steps)
    assert any(step["carried_in"] for step in steps)


def test_an_empty_scope_is_reproduced(demo_path):
    """The vision's own list of groups is empty: no fair share per group, and each
    municipality's total says the scope is empty."""
    without_agreements(demo_path)
    with sqlite3.connect(demo_path) as db:
        db.execute("UPDATE vision SET fair_share_scope = 'chosen'")
        db.execute("DELETE FROM fair_share_group")
    db.close()
    ours, script = both(demo_path)
    summary.check_equal(ours, script)
    shares = json.loads(script)["fair_share"]
    assert shares and all(item["missing"][0]["input"] == "scope" for item in shares)


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


def test_start_up_is_measured_in_pairs_with_a_bare_window(monkeypatch, tmp_path):
    """Each opening is paired with a bare window started just before it, and the ratio is
    the median of the pairs' ratios: a slow minute slows both sides of a pair."""
    started: list[str] = []
    # bare windows 100, 200, 100, 200, 100 ms; ours twice the bare window just before
    bare = iter([0.1, 0.2, 0.1, 0.2, 0.1])
    last: dict[str, float] = {}

    def fake_run(command, env, step=None):
        if command[1] == "-c":
            started.append("bare")
            last["bare"] = next(bare)
            return {"first_paint": last["bare"]}
        started.append(f"ours on {step[1] if step else 'first step'}")
        return {"first_paint": 1.2 * last["bare"], "usable": 2 * last["bare"], "shown": 0.0}

    monkeypatch.setattr(startup, "_run", fake_run)
    first, usable = startup.opening(tmp_path / "v.thuisplan", 3, str(tmp_path))
    assert started == ["bare", "ours on first step"] * 5  # at least 5 pairs, alternating
    assert first.ratio == pytest.approx(1.2) and usable.ratio == pytest.approx(2.0)
    assert first.baseline == pytest.approx(0.1) and usable.ours == pytest.approx(0.2)
    started.clear()
    bare = iter([0.1] * 5)
    shown, _ = startup.on_remembered_step(tmp_path / "v.thuisplan", 5, str(tmp_path), "gap")
    assert started == ["bare", "ours on gap"] * 5 and shown.ours == 0.0
