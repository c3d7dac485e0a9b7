"""The cells per municipality x group x housing type x year that the database keeps by
triggers (cell_value) always equal the stored values, whatever sequence of edits, deletes
and undos."""

from __future__ import annotations

import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import CapacityKind, HousingType
from app.services import figures, municipalities
from app.services import target_groups as groups
from app.services.figures import Cell, CellChange
from app.services.project_check import TOTALS_MISMATCH
from app.services.tombstone import restore_deleted
from app.services.vision import set_plan_period
from app.storage import open_project_file

CODES = ["GM0503", "GM0518", "GM0603"]
cells = st.builds(
    lambda code, group, housing, year, kind: Cell(code, group, housing, year, kind),
    st.sampled_from(CODES),
    st.integers(1, 2),  # homeless people and institution leavers: both use these three
    st.sampled_from(
        [HousingType.INDEPENDENT_REGULAR, HousingType.INDEPENDENT_CLUSTERED, HousingType.ROOM]
    ),
    st.integers(2025, 2027),
    # Allocation rows may follow the allocation rule (an operation below): then they are
    # computed, and typing into them is refused.
    st.sampled_from([None, *(k for k in CapacityKind if k is not CapacityKind.ALLOCATION)]),
)
edits = st.lists(
    st.tuples(cells, st.one_of(st.none(), st.integers(0, 500))),
    min_size=1,
    max_size=12,
    unique_by=lambda e: e[0],
)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("cells"), edits),
        st.tuples(st.just("remove_and_undo"), st.sampled_from(CODES)),
        st.tuples(st.just("vacancies"), st.sampled_from(CODES), st.integers(0, 900)),
        st.tuples(st.just("own_group"), st.integers(0, 50)),
    ),
    min_size=1,
    max_size=8,
)


def mismatches(project) -> int:
    with project.read() as session:
        return session.connection().exec_driver_sql(TOTALS_MISMATCH).fetchone()[0]


def apply(project, operation) -> None:
    kind = operation[0]
    if kind == "cells":
        figures.set_cells(project, [CellChange(cell, value) for cell, value in operation[1]])
    elif kind == "remove_and_undo":
        restore_deleted(project, municipalities.remove_municipality(project, operation[1]))
    elif kind == "vacancies":
        municipalities.set_vacancies(project, operation[1], 2026, operation[2])
        figures.set_allocation_rule(project, operation[1], 1, 10)
    else:
        group = groups.add_custom_group(
            project, f"Groep {operation[1]}", housing_types=[HousingType.ROOM]
        )
        figures.set_need(project, Cell("GM0503", group.id, HousingType.ROOM, 2025), operation[1])
        groups.delete_custom_group(project, group.id)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations)
def test_totals_follow_every_change(project, tmp_path_factory, sequence):
    """After any mix of blocks, clears, removals with undo, allocation rules and own groups
    the kept totals equal the sums of the values."""
    path = tmp_path_factory.mktemp("totals") / "v.thuisplan"
    shutil.copyfile(project.path, path)
    copy = open_project_file(path)
    try:
        for operation in sequence:
            apply(copy, operation)
            assert mismatches(copy) == 0
    finally:
        copy.close()


def test_totals_follow_a_shorter_plan_period(demo):
    """Dropping the figures outside a shorter period updates the totals too."""
    set_plan_period(demo, 2026, 2028, drop_outside=True)
    assert mismatches(demo) == 0


def test_check_reports_wrong_totals(demo_path):
    """`thuisplan check` notices totals that do not match the values."""
    import sqlite3

    from app.services.project_check import check_project

    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE cell_value SET need = need + 1 WHERE rowid = 1")
    conn.commit()
    conn.close()
    assert any("kloppen niet" in p for p in check_project(demo_path).problems)


def test_check_reports_a_cell_the_values_do_not_explain(demo_path):
    """A kept cell whose value was removed behind the triggers' back is found too."""
    import sqlite3

    from app.services.project_check import check_project
    from app.storage.cell_values import TRIGGERS

    conn = sqlite3.connect(demo_path)
    conn.execute("DROP TRIGGER need_cell_delete")
    conn.execute("DELETE FROM need_value WHERE rowid = 1")
    conn.execute(TRIGGERS["need_cell_delete"])
    conn.commit()
    conn.close()
    assert any("kloppen niet" in p for p in check_project(demo_path).problems)


def test_cell_values_mirror_the_stored_values(demo):
    """Every stored need and capacity value appears in its cell's column, nothing else."""
    with demo.read() as session:
        run = session.connection().exec_driver_sql
        stored = run(
            "SELECT (SELECT COUNT(*) FROM need_value), (SELECT SUM(quantity) FROM need_value),"
            " (SELECT COUNT(*) FROM capacity_value), (SELECT SUM(quantity) FROM capacity_value)"
        ).fetchone()
        columns = ", ".join(f"capacity_{k.value}" for k in CapacityKind)
        kept = run(
            "SELECT COUNT(need), SUM(need), "
            + " + ".join(f"COUNT(capacity_{k.value})" for k in CapacityKind)
            + ", "
            + " + ".join(f"TOTAL(capacity_{k.value})" for k in CapacityKind)
            + f" FROM cell_value -- {columns}"
        ).fetchone()
        assert (kept[0], kept[1], kept[2], int(kept[3])) == tuple(stored)
