"""`summary --json` does each piece of work once: where a gap's need comes from is worked out
in one pass (not by a look at every housing type's cell per item), and says the same as
`Analysis.need_source` for entered, estimated, mixed and unknown needs."""

from __future__ import annotations

import pytest

from app.models import HousingType
from app.services import figures
from app.services.analysis import Analysis, VisionFigures, analyse
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
