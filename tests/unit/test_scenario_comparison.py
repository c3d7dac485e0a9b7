"""Two scenarios side by side: only estimated need differs, unknown stays unknown."""

from __future__ import annotations

import pytest

from app.models import HousingType
from app.services import figures
from app.services.analysis import analyse
from app.services.estimates import store
from app.services.estimates.older_people import TARGETS, OlderPeopleTarget
from app.services.figures import CellChange
from app.services.reference_data import national_totals
from app.services.scenario_comparison import ComparedBy, compare_scenarios
from app.services.target_groups import list_target_groups
from app.services.vision import create_vision

DELFT, RIJSWIJK = "GM0503", "GM0603"


@pytest.fixture
def region(tmp_path):
    """Delft and Rijswijk, 2029-2030, every ouderen capacity typed as 0 (so gap = need).

    basis: the national target. Delft 91 + 43 + 21 = 155 a year, Rijswijk 63 + 30 + 15 = 108.
    ambitieus: twice the national target, rounded per cell:
      Delft    2 x 170,000 x 17,787 / 3,677,228 / 9 = 182.73 -> 183; 85.99 -> 86; 43.00 -> 43
               = 312 a year
      Rijswijk 2 x 170,000 x 12,334 / 3,677,228 / 9 = 126.71 -> 127; 59.63 -> 60; 29.81 -> 30
               = 217 a year
    """
    project = create_vision(
        tmp_path / "scenarios.thuisplan",
        title="Scenario's",
        municipality_codes=[DELFT, RIJSWIJK],
        start_year=2029,
        end_year=2030,
    )
    older = next(g for g in list_target_groups(project) if g.code == "older_people")
    empty = figures.empty_cells(project, capacity=True, group_id=older.id)
    figures.set_cells(project, [CellChange(cell, 0) for cell in empty])
    base = store.find_scenario(project)
    store.set_estimate(project, base.id, older.id, store.default_estimate("older_people"))
    ambitious = store.add_scenario(project, "ambitieus")
    doubled = OlderPeopleTarget(
        national_65_plus=national_totals()["inhabitants_65_plus"],
        targets={t: 2 * v for t, v in TARGETS.items()},
        source="Eigen ambitie: twee keer de landelijke opgave",
    )
    store.set_estimate(project, ambitious.id, older.id, doubled)
    yield project
    project.close()


def older(project):
    return next(g for g in list_target_groups(project) if g.code == "older_people")


def test_per_municipality_the_second_scenario_beside_the_first(region):
    """Ouderen per municipality over 2029-2030 (two years of the figures above)."""
    comparison = compare_scenarios(
        analyse(region),
        analyse(region, "ambitieus"),
        ComparedBy.MUNICIPALITY,
        group_id=older(region).id,
    )
    assert (comparison.first_name, comparison.second_name) == ("basis", "ambitieus")
    got = [(r.label, r.first.gap, r.second.gap, r.difference) for r in comparison.rows]
    assert got == [
        ("Delft", 2 * 155, 2 * 312, 2 * 157),
        ("Rijswijk (ZH.)", 2 * 108, 2 * 217, 2 * 109),
        ("Totaal", 2 * 263, 2 * 529, 2 * 266),
    ]
    assert comparison.rows[-1].is_total


def test_per_group_only_the_estimated_group_differs_and_unknown_stays_unknown(region):
    """Ouderen differs; every other group has nothing entered: unknown in both, no
    difference (not 0)."""
    comparison = compare_scenarios(analyse(region), analyse(region, "ambitieus"), ComparedBy.GROUP)
    rows = {r.label: r for r in comparison.rows}
    assert (rows["Ouderen"].first.gap, rows["Ouderen"].second.gap) == (526, 1058)
    homeless = rows["Dak- en thuisloze mensen"]
    assert homeless.first.gap is None and homeless.difference is None
    assert rows["Totaal"].difference is None


def test_a_typed_need_is_the_same_in_both_scenarios(region):
    """Typing every ouderen need of Delft 2029 as 100 takes it out of both estimates."""
    group = older(region)
    typed = [
        CellChange(figures.Cell(DELFT, group.id, housing_type, 2029), 100)
        for housing_type in (
            HousingType.ZERO_STEP,
            HousingType.INDEPENDENT_CLUSTERED,
            HousingType.CLUSTERED_NURSING,
        )
    ]
    figures.set_cells(region, typed)
    comparison = compare_scenarios(
        analyse(region), analyse(region, "ambitieus"), ComparedBy.MUNICIPALITY, group_id=group.id
    )
    delft = comparison.rows[0]
    assert (delft.first.gap, delft.second.gap) == (300 + 155, 300 + 312)
