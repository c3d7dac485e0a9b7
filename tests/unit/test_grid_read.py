"""The need grid's rows taken from the calculations at hand are the rows read from the file:
the same typed figures in the plan period and the same source notes, never a raming."""

from __future__ import annotations

import pytest

from app.models import HousingType
from app.services import figures
from app.services.analysis import analyse
from app.services.figures import Cell, CellChange
from app.services.grid_read import need_series_from
from app.services.target_groups import list_target_groups
from app.services.vision import create_vision
from tests.unit.test_estimates import DELFT, RIJSWIJK, estimate_older, older


@pytest.fixture
def region(tmp_path):
    """Delft and Rijswijk, 2029-2031."""
    project = create_vision(
        tmp_path / "grid.thuisplan",
        title="Grid",
        municipality_codes=[DELFT, RIJSWIJK],
        start_year=2029,
        end_year=2031,
    )
    yield project
    project.close()


def shown(series, years) -> dict:
    """(municipality, housing type) -> (figures in `years`, note) of the rows with either:
    what the grid shows of them."""
    rows = {}
    for s in series:
        values = {y: v for y, v in s.values.items() if y in years}
        if values or s.source_note:
            rows[(s.municipality_code, s.housing_type)] = (values, s.source_note)
    return rows


def test_every_group_of_the_example_vision_gives_the_rows_of_the_file(demo):
    """Each active group of the example vision: the same rows from both."""
    calculations = analyse(demo).figures
    for group in list_target_groups(demo, active_only=True):
        from_file = shown(figures.need_series(demo, group.id), calculations.years)
        at_hand = need_series_from(calculations, demo, group.id)
        assert at_hand is not None and shown(at_hand, calculations.years) == from_file
        assert all(s.kind is None and s.group_id == group.id for s in at_hand)


def test_ramingen_typed_figures_and_notes(region):
    """With the ouderen estimated, one figure typed over the raming and a note on a row
    without figures: the raming is left out, the typed figure and the note are there."""
    estimate_older(region)
    group = older(region)
    typed = Cell(DELFT, group.id, HousingType.ZERO_STEP, 2030)
    figures.set_cells(region, [CellChange(typed, 500)])
    noted = Cell(RIJSWIJK, group.id, HousingType.ZERO_STEP, 2030)
    figures.set_source_note(region, noted, "Woonmonitor 2024")
    calculations = analyse(region).figures
    assert calculations.estimated  # the raming is in the calculations' cells
    at_hand = shown(need_series_from(calculations, region, group.id), calculations.years)
    assert at_hand == shown(figures.need_series(region, group.id), calculations.years)
    assert at_hand == {
        (DELFT, HousingType.ZERO_STEP): ({2030: 500}, ""),
        (RIJSWIJK, HousingType.ZERO_STEP): ({}, "Woonmonitor 2024"),
    }


def test_a_group_outside_the_calculations_is_read_from_the_file(demo):
    """A group the calculations do not hold (deactivated since): None, so the grid reads
    the file."""
    calculations = analyse(demo).figures
    assert (
        need_series_from(calculations, demo, max(g.id for g in calculations.groups) + 1000) is None
    )
