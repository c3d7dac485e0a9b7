"""`thuisplan summary` and `check` only read: they run without SQLAlchemy, SQLModel or the
tables, and say what the services say in a process that has the ORM loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.models import CapacityKind, HousingType
from app.services import figures
from app.services.analysis import analyse
from app.services.distribution import Adjustment
from app.services.distribution_input import set_adjustment, set_carry_over
from app.services.figures import Cell, CellChange
from app.services.monitor import monitor_data
from app.services.summary import summary_data
from app.services.summary_monitoring import monitoring_item
from app.services.target_groups import list_target_groups
from app.services.vision_read import list_municipalities
from app.storage import open_project_file

ROOT = Path(__file__).resolve().parents[2]
ORM = ("sqlalchemy", "sqlmodel", "app.models.tables")
# Runs the command, then fails (exit 99, the modules on stderr) if it loaded the ORM.
PROBE = f"""
import runpy, sys
sys.argv = ["thuisplan", *sys.argv[1:]]
try:
    runpy.run_module("app", run_name="__main__")
except SystemExit as end:
    code = end.code
loaded = sorted(m for m in sys.modules if m in {ORM!r} or m.split(".")[0] in {ORM[:2]!r})
if loaded:
    print("geladen:", loaded[:5], file=sys.stderr)
    sys.exit(99)
sys.exit(code)
"""


def probed(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    """`thuisplan ARGS` in a process of its own that fails when the ORM was imported."""
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        env={**os.environ, "THUISPLAN_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(params=["few", "many"])
def partly_missing(request, demo_path) -> Path:
    """The example with a few figures emptied ('many': and a second group's need in every
    municipality, so that lists are cut), carry-over on, and a correction and an opening
    backlog entered for one municipality each (the others lack them)."""
    with open_project_file(demo_path) as project:
        groups = list_target_groups(project)
        homeless, other = groups[0], groups[1]
        regular = HousingType.INDEPENDENT_REGULAR
        emptied = [
            Cell("GM0503", homeless.id, regular, 2025),
            Cell("GM0518", homeless.id, regular, 2026),
            Cell("GM0603", homeless.id, regular, 2027, CapacityKind.NEW_BUILD),
        ]
        if request.param == "many":
            emptied += [
                Cell(m.code, other.id, other.housing_types[0], year)
                for m in list_municipalities(project)
                for year in range(2025, 2031)
            ]
        figures.set_cells(project, [CellChange(cell, None) for cell in emptied])
        set_carry_over(project, True)
        set_adjustment(project, "GM0603", Adjustment(correction=3, source="test"))
        set_adjustment(project, "GM0503", Adjustment(opening_backlog=4, source="test"))
    return demo_path


def in_process(path: Path) -> dict:
    """What `summary --json` must print, computed here (the ORM loaded) through the
    services, and passed through JSON as the command passes it."""
    assert "sqlmodel" in sys.modules  # the services that write (figures) loaded it here
    with open_project_file(path, readonly=True) as project:
        analysis = analyse(project)
        monitor = monitor_data(project, analysis=analysis)
        data = {**summary_data(analysis), "monitoring": monitoring_item(monitor)}
    return json.loads(json.dumps(data))


def test_summary_json_reads_without_the_orm_and_agrees(partly_missing, data_dir, request):
    """The command loads no ORM module and prints what the services give in a process
    with the ORM: every gap, fair share (cut lists and short ones) and monitoring item."""
    result = probed("summary", str(partly_missing), "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    expected = in_process(partly_missing)
    assert printed == expected
    counts = [item["missing_count"] for item in printed["fair_share"]]
    assert any(0 < count <= 25 for count in counts)
    inputs = {m["input"] for item in printed["fair_share"] for m in item["missing"]}
    assert (max(counts) > 25) == (request.node.callspec.params["partly_missing"] == "many")
    if max(counts) > 25:  # the lists are cut: what comes after the needs is counted only
        assert {"need", "capacity"} <= inputs
    else:
        assert {"need", "capacity", "correction", "opening_backlog"} <= inputs


@pytest.mark.parametrize("command", [["summary"], ["check"]])
def test_summary_and_check_read_without_the_orm(command, demo_path, data_dir):
    """The text summary and `check` load no ORM module either."""
    result = probed(*command, str(demo_path), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Voorbeeldcijfers, fictief" in result.stdout or "in orde" in result.stdout
