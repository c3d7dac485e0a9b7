"""The command-line interface end to end, as a user runs it (a separate process)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def thuisplan(*args: str, cwd: Path, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "THUISPLAN_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def run(tmp_path, data_dir):
    return lambda *args: thuisplan(*args, cwd=tmp_path, data_dir=data_dir)


def test_new_then_summary_json(run, tmp_path):
    """`new` makes a vision of three municipalities; `summary --json` shows unknown gaps."""
    result = run(
        "new",
        "regio.thuisplan",
        "--name",
        "Visie Delft e.o.",
        "--municipalities",
        "GM0503,GM0518,GM0603",
        "--start",
        "2025",
        "--end",
        "2027",
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "regio.thuisplan").exists()
    summary = run("summary", "regio.thuisplan", "--json")
    assert summary.returncode == 0, summary.stderr
    data = json.loads(summary.stdout)
    assert data["vision"]["title"] == "Visie Delft e.o."
    assert len(data["gaps"]) == 3 * 10 * 3
    assert {g["municipality_code"] for g in data["gaps"]} == {"GM0503", "GM0518", "GM0603"}
    assert all(g["gap"] is None for g in data["gaps"])


def test_demo_summary_json_matches_the_hand_checked_figures(run, tmp_path):
    """The example: Delft, 'Dak- en thuisloze mensen', 2025 has need, capacity and gap that
    agree; 's-Gravenhage's social rent share is 29 %."""
    assert run("demo", "x.thuisplan").returncode == 0
    data = json.loads(run("summary", "x.thuisplan", "--json").stdout)
    delft = next(
        g
        for g in data["gaps"]
        if g["municipality_code"] == "GM0503"
        and g["target_group"] == "Dak- en thuisloze mensen"
        and g["year"] == 2025
    )
    assert delft["gap"] == delft["need"] - delft["capacity"]
    hague = next(s for s in data["social_rent"] if s["municipality_code"] == "GM0518")
    assert hague["current_share"] == pytest.approx(0.29, abs=1e-4)
    assert hague["must_build_30_percent"] is False
    shares = [s for s in data["fair_share"] if s["target_group"] == "Ouderen"]
    region_need = sum(g["need"] for g in data["gaps"] if g["target_group"] == "Ouderen")
    assert sum(s["fair_share"] for s in shares) == pytest.approx(region_need, abs=0.05)


def test_summary_json_region_adds_up_its_municipalities(run):
    """`summary --json` of the example: the region object's shares are the sums of the
    municipalities' figures it lists, and their points add up to each share."""
    assert run("demo", "x.thuisplan").returncode == 0
    data = json.loads(run("summary", "x.thuisplan", "--json").stdout)
    region = data["region"]
    parts = region["municipalities"]
    assert [p["municipality_code"] for p in parts] == [
        s["municipality_code"] for s in data["social_rent"]
    ]
    dwellings = sum(p["dwellings"] for p in parts)
    social = sum(p["social_rent_dwellings"] for p in parts)
    planned = sum(p["planned_new_total"] for p in parts)
    affordable = sum(p["planned_new_affordable"] for p in parts)
    current = region["social_rent_current_share"]
    assert current["share"] == pytest.approx(social / dwellings, abs=1e-4)
    assert current["missing"] == [] and current["meets_norm"] is False  # 28,0 % < 30 %
    new = sum(p["planned_new_social"] for p in parts)
    projected = region["social_rent_projected_share"]["share"]
    assert projected == pytest.approx((social + new) / (dwellings + planned), abs=1e-4)
    share = region["affordable_new_build_share"]["share"]
    assert share == pytest.approx(affordable / planned, abs=1e-4)
    assert sum(p["affordable_share_points"] for p in parts) == pytest.approx(share, abs=1e-3)
    assert region["norm_set"] == "voortgang_2023"  # the norm set a new vision follows


def test_summary_as_readable_dutch_table(run):
    """Without --json: Dutch headings, Dutch number format and the CBS attribution."""
    run("demo", "x.thuisplan")
    result = run("summary", "x.thuisplan")
    assert result.returncode == 0
    assert "Opgave per aandachtsgroep" in result.stdout
    assert "Voorbeeldcijfers, fictief" in result.stdout
    assert "Bron: CBS, Kerncijfers wijken en buurten 2024 (CC BY 4.0)" in result.stdout
    assert "29,0 %" in result.stdout


def test_check_reports_a_sound_file(run):
    """`check` runs the full integrity check and says the file is fine."""
    run("demo", "x.thuisplan")
    result = run("check", "x.thuisplan")
    assert result.returncode == 0, result.stderr
    assert "in orde" in result.stdout and "9 gemeenten" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summary", "bestaat-niet.thuisplan"], "bestaat niet"),
        (["summary", "notities.txt"], "geen Thuisplan-bestand"),
        (["check", "notities.txt"], "geen Thuisplan-bestand"),
        (
            [
                "new",
                "n.thuisplan",
                "--name",
                "X",
                "--municipalities",
                "GM0503,GM9999",
                "--start",
                "2025",
                "--end",
                "2030",
            ],
            "Onbekende gemeentecode: GM9999",
        ),
        (
            [
                "new",
                "n.thuisplan",
                "--name",
                "X",
                "--municipalities",
                "GM0503",
                "--start",
                "2030",
                "--end",
                "2025",
            ],
            "ligt na het eindjaar",
        ),
        (["new", "n.thuisplan", "--name", "X"], "deze argumenten ontbreken"),
    ],
    ids=["missing", "foreign", "check-foreign", "unknown-code", "bad-period", "missing-args"],
)
def test_user_errors_are_dutch_on_stderr_without_traceback(run, tmp_path, args, message):
    """A user mistake: non-zero exit, a Dutch message on stderr, no traceback, nothing made."""
    notes = tmp_path / "notities.txt"
    notes.write_text("boodschappen\n")
    before = hashlib.sha256(notes.read_bytes()).hexdigest()
    result = run(*args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(notes.read_bytes()).hexdigest() == before
    assert not (tmp_path / "n.thuisplan").exists()


def test_new_refuses_to_overwrite(run, tmp_path):
    """An existing file is not replaced by `new`."""
    run("demo", "x.thuisplan")
    before = hashlib.sha256((tmp_path / "x.thuisplan").read_bytes()).hexdigest()
    result = run(
        "new",
        "x.thuisplan",
        "--name",
        "X",
        "--municipalities",
        "GM0503",
        "--start",
        "2025",
        "--end",
        "2030",
    )
    assert result.returncode == 1 and "bestaat al" in result.stderr
    assert hashlib.sha256((tmp_path / "x.thuisplan").read_bytes()).hexdigest() == before


def test_version_names_the_cbs_source(run):
    """The about text carries the attribution of the shipped figures."""
    result = run("--version")
    assert result.returncode == 0
    assert "Bron: CBS, Kerncijfers wijken en buurten 2024 (CC BY 4.0)" in result.stdout


def test_summary_of_a_file_from_an_older_version_leaves_it_as_it_was(run, tmp_path):
    """`summary` only reads: an older file is summarised without being upgraded."""
    import shutil

    path = tmp_path / "oud.thuisplan"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema_v1.thuisplan", path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run("summary", str(path))
    assert result.returncode == 0, result.stderr
    assert "Woonzorgvisie regio Haaglanden" in result.stdout
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
