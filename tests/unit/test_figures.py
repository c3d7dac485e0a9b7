"""Entering need and capacity: cells, blocks, bad values, the allocation helper."""

from __future__ import annotations

import pytest

from app.models import CapacityKind, HousingType
from app.services import figures, municipalities
from app.services.analysis import analyse
from app.services.errors import NotFoundError, ValidationError
from app.services.figures import Cell, CellChange
from app.services.target_groups import list_target_groups, update_group
from tests.unit.cell_helpers import capacity

REG = HousingType.INDEPENDENT_REGULAR
ROOM = HousingType.ROOM


@pytest.fixture
def group(project):
    return list_target_groups(project)[0]


def need_values(project, group_id):
    return {
        (s.municipality_code, s.housing_type, y): v
        for s in figures.need_series(project, group_id)
        for y, v in s.values.items()
    }


def test_set_need_stores_and_returns_previous_value(project, group):
    """Typing 12, then 15: the second call reports 12 as the old value (for undo)."""
    cell = Cell("GM0503", group.id, REG, 2025)
    assert figures.set_need(project, cell, 12) is None
    assert figures.set_need(project, cell, 15) == 12
    assert need_values(project, group.id) == {("GM0503", REG, 2025): 15}


def test_emptying_a_cell_makes_it_unknown_again(project, group):
    """None removes the value: the gap for that cell is unknown, not zero."""
    cell = Cell("GM0503", group.id, REG, 2025)
    figures.set_need(project, cell, 12)
    assert figures.set_need(project, cell, None) == 12
    assert need_values(project, group.id) == {}


def test_a_pasted_block_is_stored_at_once_with_old_values_in_order(project, group):
    """A 2x3 block (two housing types x three years) lands in one step."""
    figures.set_need(project, Cell("GM0518", group.id, ROOM, 2026), 99)
    block = [
        CellChange(Cell("GM0518", group.id, t, y), 10 * i + j)
        for i, t in enumerate([REG, ROOM])
        for j, y in enumerate([2025, 2026, 2027])
    ]
    old = figures.set_cells(project, block)
    assert old == [None, None, None, None, 99, None]
    stored = need_values(project, group.id)
    assert stored[("GM0518", ROOM, 2026)] == 11 and len(stored) == 6


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (-3, "negatief"),
        (2.5, "geen geheel getal"),
        ("veel", "geen getal"),
        (10**9, "onwaarschijnlijk groot"),
        (True, "geen getal"),
    ],
)
def test_bad_value_in_a_block_changes_nothing(project, group, value, message):
    """One bad value refuses the whole block with its place; nothing is written."""
    block = [
        CellChange(Cell("GM0503", group.id, REG, 2025), 4),
        CellChange(Cell("GM0503", group.id, REG, 2026), value),
    ]
    with pytest.raises(ValidationError, match=message) as info:
        figures.set_cells(project, block)
    assert "GM0503, Zelfstandig regulier, 2026" in str(info.value)
    assert need_values(project, group.id) == {}


def test_year_outside_the_plan_period_is_refused(project, group):
    """The plan period is 2025-2027; 2031 is refused."""
    with pytest.raises(ValidationError, match="buiten de planperiode 2025–2027"):
        figures.set_need(project, Cell("GM0503", group.id, REG, 2031), 1)


def test_unknown_municipality_and_group_are_refused(project, group):
    """A municipality outside the vision, or a group that does not exist."""
    with pytest.raises(NotFoundError, match="GM0363 hoort niet bij"):
        figures.set_need(project, Cell("GM0363", group.id, REG, 2025), 1)
    with pytest.raises(NotFoundError, match="aandachtsgroep"):
        figures.set_need(project, Cell("GM0503", 9999, REG, 2025), 1)


def test_duplicate_cells_in_one_block_are_refused(project, group):
    """The same cell twice in an import block is an error, not a silent overwrite."""
    cell = Cell("GM0503", group.id, REG, 2025)
    with pytest.raises(ValidationError, match="twee keer"):
        figures.set_cells(project, [CellChange(cell, 1), CellChange(cell, 2)])


def test_capacity_is_summed_over_kinds_and_types(project, group):
    """A group using rooms and regular homes: capacity 3 (new build) + 4 (flex) in rooms +
    5 (allocation) regular = 12, the other kinds 0; need 20 regular + 0 rooms: gap 8. Per
    housing type: regular 20 - 5 = 15 short, rooms 0 - 7 = 7 surplus (never netted)."""
    year = 2025
    update_group(project, group.id, housing_types=[REG, ROOM])
    figures.set_cells(
        project,
        [
            *capacity("GM0503", group.id, ROOM, year, new_build=3, flex=4),
            *capacity("GM0503", group.id, REG, year, allocation=5),
            CellChange(Cell("GM0503", group.id, REG, year), 20),
            CellChange(Cell("GM0503", group.id, ROOM, year), 0),
        ],
    )
    analysis = analyse(project)
    delft = next(m.id for m in analysis.figures.municipalities if m.code == "GM0503")
    gap = analysis.gaps[(delft, group.id, year)]
    assert (gap.need, gap.capacity, gap.gap) == (20, 12, 8)
    assert (gap.shortage, gap.surplus) == (15, 7)


def test_allocation_rule_follows_vacancies(project, group):
    """420 vacancies x 25 % = 105; 417 x 25 % = 104.25 -> 104; 418 x 25 % = 104.5 -> 105."""
    for year, count in ((2025, 420), (2026, 417), (2027, 418)):
        municipalities.set_vacancies(project, "GM0503", year, count)
    figures.set_allocation_rule(project, "GM0503", group.id, 25)
    (series,) = figures.capacity_series(project, group.id)
    assert series.kind is CapacityKind.ALLOCATION and series.allocation_share == 25
    assert series.values == {2025: 105, 2026: 104, 2027: 105}
    municipalities.set_vacancies(project, "GM0503", 2026, 800)
    (series,) = figures.capacity_series(project, group.id)
    assert series.values[2026] == 200


def test_cells_of_an_allocation_rule_cannot_be_typed_over(project, group):
    """The row is a formula; the user changes vacancies or the share instead."""
    municipalities.set_vacancies(project, "GM0503", 2025, 100)
    figures.set_allocation_rule(project, "GM0503", group.id, 10)
    cell = Cell("GM0503", group.id, REG, 2025, CapacityKind.ALLOCATION)
    with pytest.raises(ValidationError, match="wordt berekend"):
        figures.set_capacity(project, cell, 3)
    assert figures.set_allocation_rule(project, "GM0503", group.id, None).share == 10
    assert figures.set_capacity(project, cell, 3) == 10


def test_allocation_share_must_be_a_percentage(project, group):
    """150 % is not a share."""
    with pytest.raises(ValidationError, match="tussen 0 en 100"):
        figures.set_allocation_rule(project, "GM0503", group.id, 150)


def test_source_note_per_row(project, group):
    """A grid row keeps its source note; setting it returns the old one."""
    row = Cell("GM0503", group.id, REG, 2025)
    assert figures.set_source_note(project, row, "Monitor BW/MO 2024") == ""
    assert figures.set_source_note(project, row, "GGD 2025") == "Monitor BW/MO 2024"
    (series,) = figures.need_series(project, group.id)
    assert series.source_note == "GGD 2025"


def test_undoing_an_allocation_rule_brings_back_the_typed_figures(project, group):
    """Typed 40/40/40, a 10 % rule over it, then undo: the typed figures are back."""
    from app.services.figures import restore_allocation

    for year in (2025, 2026, 2027):
        figures.set_capacity(
            project, Cell("GM0503", group.id, REG, year, CapacityKind.ALLOCATION), 40
        )
    municipalities.set_vacancies(project, "GM0503", 2025, 100)
    before = figures.set_allocation_rule(project, "GM0503", group.id, 10)
    (series,) = figures.capacity_series(project, group.id)
    assert series.values == {2025: 10}
    restore_allocation(project, "GM0503", group.id, before)
    (series,) = figures.capacity_series(project, group.id)
    assert series.values == {2025: 40, 2026: 40, 2027: 40} and series.allocation_share is None


def test_a_rule_without_values_survives_a_longer_plan_period(project, group):
    """An allocation rule waiting for vacancies is not dropped when the period changes."""
    from app.services.vision import set_plan_period

    figures.set_allocation_rule(project, "GM0503", group.id, 25)
    set_plan_period(project, 2025, 2028)
    (series,) = figures.capacity_series(project, group.id)
    assert series.allocation_share == 25
