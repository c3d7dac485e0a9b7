"""`summary --json` does each piece of work once: where a gap's need comes from is worked out
in one pass (not by a look at every housing type's cell per item), and says the same as
`Analysis.need_source` for entered, estimated, mixed and unknown needs; the monitor's
delivered figures come from one pass over the figures the file holds, the same as a look
at every housing type and kind of every cell."""

from __future__ import annotations

import pytest

from app.models import HousingType
from app.services import figures, measurements, monitor
from app.services.analysis import Analysis, VisionFigures, analyse
from app.services.calculations.cells import KINDS
from app.services.figures import Cell, CellChange
from app.services.summary import need_sources, summary_data
from tests.unit.estimated_region import DELFT, estimated_region, older_group


@pytest.fixture
def estimated(tmp_path):
    """Delft and Rijswijk with the ouderen need estimated, one cell typed over the estimate
    (mixed), and one housing type's need emptied in another group (unknown)."""
    project = estimated_region(tmp_path / "raming.thuisplan")
    older = older_group(project)
    changes = [CellChange(Cell(DELFT, older.id, HousingType.ZERO_STEP, 2030), 500)]
    figures.set_cells(project, changes)
    yield project
    project.close()


def test_need_sources_are_those_of_the_analysis(estimated):
    """Every municipality x group x year: the same source as `Analysis.need_source`, and
    estimated, mixed and unknown all occur."""
    analysis = analyse(estimated)
    found = need_sources(analysis)
    expected = {(m, g, y): analysis.need_source(m, g, y) for m, g, y in analysis.gaps}
    assert found == expected
    assert {"estimated", "mixed", None} <= set(found.values())


def test_the_summary_asks_no_cell_for_its_need_source(demo, monkeypatch):
    """summary_data reads the need sources in one pass: `need_source` of the figures (a
    look at each housing type's cell) is not called once, for 540 gap items."""
    calls = []
    original = VisionFigures.need_source
    monkeypatch.setattr(
        VisionFigures, "need_source", lambda self, keys: calls.append(1) or original(self, keys)
    )
    analysis = analyse(demo)
    data = summary_data(analysis)
    assert len(data["gaps"]) == 540 and calls == []
    assert [g["need_source"] for g in data["gaps"]] == [
        Analysis(analysis.figures).need_source(*key) for key in analysis.gaps
    ]


def delivered_by_every_cell(analysis, history, at):
    """The delivered per municipality x group x year as the monitor worked it out before:
    every housing type and kind of every cell looked up, the latest figure on or before
    `at`; None when one has none."""
    day = at.measured_on.isoformat()
    types = {g.id: [t.value for t in g.housing_types] for g in analysis.figures.groups}
    result = {}
    for m, g, y in analysis.gaps:
        total = 0 if types[g] else None
        for t in types[g]:
            for kind in KINDS:
                values = sorted(history.get((m, g, t, kind.value, y), []))
                known = [q for measured_on, q in values if measured_on <= day]
                total = None if total is None or not known else total + known[-1]
        result[(m, g, y)] = total
    return result


class CountedHistory(dict):
    """A delivered history that counts the look-ups of single figures."""

    def __init__(self, *args):
        super().__init__(*args)
        self.lookups = 0

    def get(self, key, default=None):
        self.lookups += 1
        return super().get(key, default)

    def __getitem__(self, key):
        self.lookups += 1
        return super().__getitem__(key)


def test_delivered_is_the_look_at_every_cell_in_one_pass(demo, monkeypatch):
    """The example's two measurements (Delft's figures corrected by the second), with one
    figure of a complete cell removed: at each measurement the same delivered figures as
    a look at every cell, with known and unknown ones, and not one look-up per cell."""
    project = demo
    with project.snapshot() as view:
        history = monitor._delivered_history(view)
        analysis = analyse(view)
    complete = next(
        k
        for k, v in delivered_by_every_cell(
            analysis, history, measurements.list_measurements(project)[-1]
        ).items()
        if v is not None
    )
    first_key = next(k for k in history if (k[0], k[1], k[4]) == complete)
    del history[first_key]
    counted = CountedHistory(history)
    for at in measurements.list_measurements(project):
        found = monitor._delivered(analysis, counted, at)
        assert found == delivered_by_every_cell(analysis, history, at)
        assert found[complete] is None and any(v is not None for v in found.values())
    assert counted.lookups == 0
