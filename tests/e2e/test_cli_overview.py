"""`thuisplan overview` as a user runs it: three visions with different plan periods and
groups, compared with figures computed here from each vision's own `summary --json`."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import openpyxl
import pytest

from tests.e2e.test_cli import thuisplan
from tests.unit.overview_visions import make_visions

FIELDS = ("need", "capacity", "gap", "shortage", "surplus")


@pytest.fixture
def folder(tmp_path) -> Path:
    """west, oost and noord, and kapot.thuisplan (not a vision)."""
    folder = tmp_path / "visies"
    make_visions(folder)
    return folder


def run(folder: Path, data_dir: Path, *args: str):
    return thuisplan(*args, cwd=folder, data_dir=data_dir)


def _sum(values: list[int | None]) -> int | None:
    return None if None in values else sum(values)  # type: ignore[arg-type]


def expected_from_summary(summary: dict, years: list[int]) -> dict:
    """Per group label: per year of `years` the sums over the municipalities (None outside
    the plan period or when a cell is unknown), and the sums over the plan period."""
    vision = summary["vision"]
    period = range(vision["start_year"], vision["end_year"] + 1)
    found: dict[str, dict] = {}
    for label in dict.fromkeys(g["target_group"] for g in summary["gaps"]):
        gaps = [g for g in summary["gaps"] if g["target_group"] == label]
        per_year = {}
        for year in years:
            cells = [g for g in gaps if g["year"] == year]
            per_year[year] = {
                f: (_sum([c[f] for c in cells]) if year in period else None) for f in FIELDS
            }
        total = {f: _sum([g[f] for g in gaps]) for f in FIELDS}
        found[" ".join(label.split()).casefold()] = {"years": per_year, "total": total}
    return found


def test_overview_matches_each_visions_own_summary(folder, data_dir):
    """Every figure of the overview's JSON, per vision, group and year, is what that
    vision's own `summary --json` adds up to; groups it lacks are marked, not zero."""
    result = run(folder, data_dir, "overview", ".", "--json")
    assert result.returncode == 1  # a file was refused
    assert result.stderr.strip() == "thuisplan: 'kapot.thuisplan' is geen Thuisplan-bestand."
    data = json.loads(result.stdout)
    assert data["years"] == list(range(2024, 2033))
    assert [Path(v["file"]).name for v in data["visions"]] == [
        "noord.thuisplan",
        "oost.thuisplan",
        "west.thuisplan",
    ]
    compared = 0
    for vision in data["visions"]:
        own = run(folder, data_dir, "summary", Path(vision["file"]).name, "--json")
        assert own.returncode == 0, own.stderr
        expected = expected_from_summary(json.loads(own.stdout), data["years"])
        for group in vision["target_groups"]:
            key = " ".join(group["target_group"].split()).casefold()
            assert group["in_vision"] == (key in expected)
            if key not in expected:
                assert group["total"] is None
                assert all(y[f] is None for y in group["years"] for f in FIELDS)
                continue
            assert group["total"] == expected[key]["total"]
            for year in group["years"]:
                assert {f: year[f] for f in FIELDS} == expected[key]["years"][year["year"]]
                compared += year["need"] is not None
        assert {m["municipality_code"] for m in vision["municipalities"]} == {
            g["municipality_code"] for g in json.loads(own.stdout)["gaps"]
        }
    assert compared > 20
    assert data["refused"] == [
        {"file": "kapot.thuisplan", "reason": "'kapot.thuisplan' is geen Thuisplan-bestand."}
    ]
    assert [s["municipality_code"] for s in data["shared_municipalities"]] == ["GM0503"]


def test_text_and_workbook_and_nothing_changed(folder, data_dir):
    """Without --json a readable overview; --xlsx writes the workbook; no file changes."""
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    result = run(
        folder, data_dir, "overview", "west.thuisplan", "oost.thuisplan", "--xlsx", "o.xlsx"
    )
    assert result.returncode == 0, result.stderr
    assert "Overzicht van 2 visie(s)" in result.stdout
    assert "Delft (GM0503): west.thuisplan, oost.thuisplan" in result.stdout
    assert "Geschreven: o.xlsx" in result.stdout
    workbook = openpyxl.load_workbook(folder / "o.xlsx")
    assert workbook["Visies"]["A2"].value == "west.thuisplan"
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    assert after == {**before, "o.xlsx": after["o.xlsx"]}


def test_json_stays_json_with_a_workbook(folder, data_dir):
    """With --json and --xlsx, stdout is only JSON; the written file is named on stderr."""
    result = run(folder, data_dir, "overview", "noord.thuisplan", "--json", "--xlsx", "n.xlsx")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["visions"][0]["title"] == "Woonzorgvisie Noord"
    assert "Geschreven: n.xlsx" in result.stderr


def test_nothing_to_read(folder, data_dir, tmp_path):
    """An empty folder and a missing file: each said on stderr, exit 1, no traceback."""
    empty = tmp_path / "leeg"
    empty.mkdir()
    result = run(folder, data_dir, "overview", str(empty), "weg.thuisplan")
    assert result.returncode == 1
    assert "staat geen .thuisplan-bestand" in result.stderr
    assert "'weg.thuisplan' bestaat niet" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Overzicht van 0 visie(s)" in result.stdout
