"""Every user action as an Edit, without a window: do -> undo restores the whole file's data
exactly, redo gives exactly what do gave, and any sequence of operations followed by undoing
all of it restores the exact content (hypothesis)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import (
    ActionLine,
    AgreementStatus,
    BaselineIndicator,
    CapacityKind,
    DistributionKey,
    FairShareScope,
    HousingType,
    PartnerKind,
    VisionStatus,
)
from app.services import (
    agreements,
    figures,
    measurements,
    measures,
    municipalities,
    norms,
    partners,
)
from app.services import target_groups as groups
from app.services.distribution import Adjustment
from app.services.edits import Changes, Edit, Topic, records, region
from app.services.edits import distribution as distribution_edits
from app.services.edits import estimates as estimate_edits
from app.services.edits import figures as cell_edits
from app.services.edits import monitoring as monitor_edits
from app.services.edits import norms as norm_edits
from app.services.edits.core import combined_edit
from app.services.errors import DomainError
from app.services.estimates import store
from app.services.figures import Cell, CellChange
from app.storage import open_project_file

DELFT, THE_HAGUE, WASSENAAR = "GM0503", "GM0518", "GM0629"


def dump(path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted; the vision's 'modified' time left out (it is when,
    not what)."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        result = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            keep = [c for c in columns if not (table == "vision" and c == "modified")]
            rows = conn.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall()
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        conn.close()


def group_id(project, code: str) -> int:
    return next(g.id for g in groups.list_target_groups(project) if g.code == code)


# One factory per user action: (project) -> Edit, built on the example vision's state.
def _cells(p):
    homeless = group_id(p, "homeless")
    changes = [
        CellChange(Cell(DELFT, homeless, HousingType.INDEPENDENT_REGULAR, 2025), 999),
        CellChange(Cell(DELFT, homeless, HousingType.ROOM, 2026), None),
        CellChange(Cell(DELFT, homeless, HousingType.ROOM, 2027, CapacityKind.OTHER), 7),
    ]
    return cell_edits.set_cells(p, changes, "cellen")


def _zero(p):
    """Clear a figure and zero it again in one step (the example has no empty cells)."""
    cleared = Cell(THE_HAGUE, group_id(p, "homeless"), HousingType.ROOM, 2026)
    return combined_edit(
        "nul",
        [
            cell_edits.set_cells(p, [CellChange(cleared, None)], "wis"),
            cell_edits.zero_empty_cells(p, [cleared], "nul"),
        ],
    )


def _own_group(p) -> int:
    """An own group to delete (IndexError when there is none: the operation is not possible)."""
    return [g for g in groups.list_target_groups(p) if not g.is_standard][0].id


def _note(p):
    row = Cell(DELFT, group_id(p, "students"), HousingType.STUDENT, 0)
    return cell_edits.set_source_note(p, row, "Eigen telling 2026", "bron")


def _rule(p):
    return cell_edits.set_allocation_rule(
        p, WASSENAAR, group_id(p, "caravan_dwellers"), 10, HousingType.PITCH, "regel"
    )


def _rule_off(p):
    return cell_edits.set_allocation_rule(
        p, DELFT, group_id(p, "homeless"), None, HousingType.INDEPENDENT_REGULAR, "regel uit"
    )


def _vacancies(p):
    return cell_edits.set_vacancies(p, DELFT, 2027, 2000, "vrijkomend")


def _delivered(p):
    """Delivered figures in the latest measurement (IndexError when there is none)."""
    homeless = group_id(p, "homeless")
    cells = [
        CellChange(Cell(DELFT, homeless, HousingType.ROOM, 2025, CapacityKind.NEW_BUILD), 4),
        CellChange(Cell(DELFT, homeless, HousingType.ROOM, 2026, CapacityKind.FLEX), None),
    ]
    return monitor_edits.set_delivered(p, measurements.list_measurements(p)[-1].id, cells, "m")


def _measured(p):
    """A measurement per 1-1-2027 holding a delivered figure (what PREPARE gives)."""
    made = measurements.add_measurement(p, "1-1-2027")
    cell = Cell(DELFT, group_id(p, "homeless"), HousingType.ROOM, 2026, CapacityKind.FLEX)
    measurements.write_delivered(p, made.id, [CellChange(cell, 3)])


def _fill_corrections(p):
    """Corrections of 0 where none is (IndexError when every municipality has one)."""
    edit = distribution_edits.fill_corrections(p, "op 0")
    if edit is None:
        raise IndexError("every municipality has a correction")
    return edit


OPERATIONS: dict[str, Callable] = {
    "set_cells": _cells,
    "zero_empty_cells": _zero,
    "set_source_note": _note,
    "set_allocation_rule": _rule,
    "stop_allocation_rule": _rule_off,
    "set_vacancies": _vacancies,
    "add_partner": lambda p: records.add_partner(p, "Nieuw", PartnerKind.OTHER, DELFT, "p+"),
    "update_partner": lambda p: records.update_partner(
        p, partners.list_partners(p)[0].id, "p", name="Anders", municipality_code=None
    ),
    "delete_partner": lambda p: records.delete_partner(p, partners.list_partners(p)[0].id, "p-"),
    "set_ambition": lambda p: records.set_ambition(p, ActionLine.PREVENTION, "Nieuw", "a"),
    "add_measure": lambda p: records.add_measure(p, ActionLine.PREVENTION, "M", "m+"),
    "update_measure": lambda p: records.update_measure(
        p, measures.list_measures(p)[0].id, "m", description="Anders", year=2029
    ),
    "delete_measure": lambda p: records.delete_measure(p, measures.list_measures(p)[0].id, "m-"),
    "add_agreement": lambda p: records.add_agreement(p, "Afspraak", "a+"),
    "update_agreement": lambda p: records.update_agreement(
        p,
        agreements.list_agreements(p)[0].id,
        "a",
        description="Anders",
        party_ids=[partners.list_partners(p)[-1].id],
        deadline="31-12-2029",
    ),
    "set_agreement_year": lambda p: records.set_agreement_year(
        p,
        agreements.list_agreements(p)[0].id,
        2026,
        "jaar",
        target=12,
        realised=3,
        status=AgreementStatus.BEHIND,
    ),
    "add_measurement": lambda p: monitor_edits.add_measurement(p, "1-1-2027", "meting+"),
    "delete_measurement": lambda p: monitor_edits.delete_measurement(
        p, measurements.list_measurements(p)[0].id, "meting-"
    ),
    "set_delivered": _delivered,
    "set_realised": lambda p: monitor_edits.set_realised(
        p,
        measurements.list_measurements(p)[-1].id,
        agreements.list_agreements(p)[0].id,
        2026,
        17.5,
        "realisatie",
    ),
    "override_status": lambda p: monitor_edits.override_status(
        p,
        agreements.list_agreements(p)[-1].id,
        2025,
        AgreementStatus.ON_TRACK,
        "Oplevering in januari",
        "status",
    ),
    "delete_agreement": lambda p: records.delete_agreement(
        p, agreements.list_agreements(p)[0].id, "a-"
    ),
    "set_group_active": lambda p: records.set_group_active(p, group_id(p, "students"), False, "g"),
    "update_group": lambda p: records.update_group(
        p, group_id(p, "homeless"), "w", housing_types=[HousingType.INDEPENDENT_REGULAR]
    ),
    "add_custom_group": lambda p: records.add_custom_group(p, "Eigen", "g+"),
    "delete_custom_group": lambda p: records.delete_custom_group(p, _own_group(p), "g-"),
    "update_vision": lambda p: region.update_vision(
        p, "v", title="Nieuw", status=VisionStatus.ADOPTED
    ),
    "shorten_period": lambda p: region.set_plan_period(p, 2026, 2028, "kort", drop_outside=True),
    "extend_period": lambda p: region.set_plan_period(p, 2025, 2032, "lang"),
    "set_distribution_key": lambda p: region.set_distribution_key(
        p,
        DistributionKey.WEIGHTED_MIX,
        {BaselineIndicator.INHABITANTS: 1, BaselineIndicator.DWELLINGS: 2},
        "sleutel",
    ),
    "add_municipalities": lambda p: region.add_municipalities(p, ["GM0599", "GM0546"], "+"),
    "remove_municipality": lambda p: region.remove_municipality(p, THE_HAGUE, "-"),
    "set_baseline": lambda p: region.set_baseline(
        p, DELFT, BaselineIndicator.SOCIAL_RENT_DWELLINGS, 12345, "b"
    ),
    "reset_baseline": lambda p: region.reset_baseline(
        p, DELFT, BaselineIndicator.PLANNED_NEW_TOTAL, "b0"
    ),
    "set_estimate": lambda p: estimate_edits.set_estimate(
        p,
        store.find_scenario(p).id,
        group_id(p, "older_people"),
        store.default_estimate("older_people"),
        "raming",
    ),
    "remove_estimate": lambda p: estimate_edits.set_estimate(
        p, store.find_scenario(p).id, _estimated_group(p), None, "geen raming"
    ),
    "add_scenario": lambda p: estimate_edits.add_scenario(
        p, "ambitieus", store.find_scenario(p).id, "scenario+"
    ),
    "rename_scenario": lambda p: estimate_edits.rename_scenario(
        p, _other_scenario(p), "anders", "scenario~"
    ),
    "delete_scenario": lambda p: estimate_edits.delete_scenario(p, _other_scenario(p), "scenario-"),
    "fill_shipped_figures": lambda p: estimate_edits.fill_shipped_figures(p, "aanvullen"),
    "choose_norm_set": lambda p: norm_edits.choose_norm_set(p, "wet_regie_2026", "normenset"),
    "set_norm": lambda p: norm_edits.set_norm(
        p, "social_rent_goal", 0.25, "norm", reference_date="2026", source="Eigen akkoord"
    ),
    "use_dashboard_average": lambda p: norm_edits.use_dashboard_average(p, "26 %"),
    "reset_norm": lambda p: norm_edits.reset_norm(p, "national_social_share", "terug"),
    "add_urgency_category": lambda p: norm_edits.add_urgency_category(p, "Eigen", "u+"),
    "rename_urgency_category": lambda p: norm_edits.rename_urgency_category(p, 1, "Ander", "u~"),
    "retire_urgency_category": lambda p: norm_edits.retire_urgency_category(
        p, 1, "2026-07-01", "u-"
    ),
    "set_fair_share_scope": lambda p: distribution_edits.set_scope(
        p, FairShareScope.CHOSEN, [group_id(p, "homeless"), group_id(p, "students")], "scope"
    ),
    "set_carry_over": lambda p: distribution_edits.set_carry_over(p, True, "door"),
    "set_adjustment": lambda p: distribution_edits.set_adjustment(
        p, THE_HAGUE, Adjustment(120, 7, "Telling MO-plaatsen", "1-1-2025"), "correctie"
    ),
    "fill_corrections": lambda p: _fill_corrections(p),
    "combined": lambda p: combined_edit(
        "twee", [records.add_measure(p, ActionLine.PREVENTION, "X", "x"), _cells(p)]
    ),
}


@pytest.fixture
def copy(demo_path, tmp_path):
    path = tmp_path / "ronde.thuisplan"
    shutil.copyfile(demo_path, path)
    project = open_project_file(path)
    yield project
    project.close()


def _estimated_group(p) -> int:
    """A group with an estimate in the base scenario (IndexError when there is none)."""
    return store.list_estimates(p, store.find_scenario(p).id)[0].group_id


def _other_scenario(p) -> int:
    """A scenario besides the base one (IndexError when there is none)."""
    return [s for s in store.list_scenarios(p) if not s.is_base][0].id


# What must exist before an operation can be tried on the example vision.
PREPARE = {
    "delete_custom_group": lambda p: groups.add_custom_group(p, "Weg"),
    "remove_estimate": lambda p: store.set_estimate(
        p,
        store.find_scenario(p).id,
        group_id(p, "older_people"),
        store.default_estimate("older_people"),
    ),
    "rename_scenario": lambda p: store.add_scenario(p, "extra"),
    "fill_shipped_figures": lambda p: municipalities.set_baseline(
        p, DELFT, BaselineIndicator.INHABITANTS_65_PLUS, None
    ),
    "delete_scenario": lambda p: store.add_scenario(p, "extra"),
    "reset_norm": norms.use_dashboard_average,
    "delete_measurement": _measured,
    "set_delivered": _measured,
    "set_realised": _measured,
}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_do_undo_redo_round_trip(copy, name):
    """do changes the file; undo restores every row; redo gives exactly what do gave; undo
    again restores again. The Changes name the topics (and, for figures, the cells)."""
    PREPARE.get(name, lambda p: None)(copy)
    edit = OPERATIONS[name](copy)
    before = dump(copy.path)
    made = edit.do()
    after = dump(copy.path)
    assert after != before, name
    assert isinstance(made, Changes) and made.topics
    assert edit.undo().topics == made.topics
    assert dump(copy.path) == before, name
    edit.do()
    assert dump(copy.path) == after, name
    edit.undo()
    assert dump(copy.path) == before, name


def test_figure_edits_say_which_cells_they_touched(copy):
    """A typed figure's Changes carry its (municipality, group, year) key and new value,
    undo's the old value: screens patch instead of reloading."""
    homeless = group_id(copy, "homeless")
    cell = Cell(DELFT, homeless, HousingType.INDEPENDENT_REGULAR, 2025)
    (old,) = [
        s.values[2025]
        for s in figures.need_series(copy, homeless)
        if s.municipality_code == DELFT and s.housing_type is cell.housing_type
    ]
    edit = cell_edits.set_cells(copy, [CellChange(cell, 5)], "x")
    made = edit.do()
    assert made.topics == {Topic.NEED}
    assert {key[1:] for key in made.cells} == {(homeless, 2025)}
    assert made.values == (CellChange(cell, 5),)
    assert edit.undo().values == (CellChange(cell, old),)


def test_a_refused_edit_changes_nothing(copy):
    """A value the service refuses raises a DomainError from do(); the file is unchanged."""
    before = dump(copy.path)
    edit = cell_edits.set_cells(
        copy, [CellChange(Cell(DELFT, group_id(copy, "students"), HousingType.PITCH, 2025), 1)], "x"
    )
    with pytest.raises(DomainError):
        edit.do()
    assert dump(copy.path) == before


def test_a_combined_edit_that_fails_half_way_leaves_nothing_done(copy):
    """Deleting two partners where the second no longer exists: the first comes back."""
    first = partners.list_partners(copy)[0]
    edit = combined_edit(
        "twee",
        [records.delete_partner(copy, first.id, "a"), records.delete_partner(copy, 99_999, "b")],
    )
    before = dump(copy.path)
    with pytest.raises(DomainError):
        edit.do()
    assert dump(copy.path) == before


def test_redo_after_undo_of_an_add_keeps_the_id_later_edits_recorded(copy):
    """Add a partner, rename it, undo both, redo both: the rename finds the same partner
    (the add puts back the very same row, not a new one that happens to get its id)."""
    add = records.add_partner(copy, "Nieuw", PartnerKind.OTHER, None, "+")
    add.do()
    created = add.result
    partners.add_partner(copy, "Tussendoor", PartnerKind.OTHER)  # takes the next id meanwhile
    rename = records.update_partner(copy, created.id, "r", name="Hernoemd")
    rename.do()
    rename.undo()
    add.undo()
    add.do()
    rename.do()
    assert partners.get_partner(copy, created.id).name == "Hernoemd"


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.sampled_from(list(OPERATIONS)), min_size=1, max_size=6))
def test_any_sequence_undone_restores_the_exact_file(demo_path, tmp_path_factory, sequence):
    """Run a random sequence of operations (each built on the state the previous ones left;
    one the services refuse changes nothing and is left out), undo all of it in reverse:
    the data is exactly as before. Redo all: exactly as after."""
    path = tmp_path_factory.mktemp("reeks") / "v.thuisplan"
    shutil.copyfile(demo_path, path)
    project = open_project_file(path)
    try:
        original = dump(path)
        done: list[Edit] = []
        for name in sequence:
            state = dump(path)
            try:
                edit = OPERATIONS[name](project)
                edit.do()
            except (DomainError, IndexError):
                assert dump(path) == state
                continue
            done.append(edit)
        final = dump(path)
        for edit in reversed(done):
            edit.undo()
        assert dump(path) == original
        for edit in done:
            edit.do()
        assert dump(path) == final
    finally:
        project.close()
