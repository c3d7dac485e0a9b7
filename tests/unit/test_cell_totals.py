"""The totals per municipality x group x year that the database keeps by triggers always
equal the sums of the stored values, whatever sequence of edits, deletes and undos."""

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
    st.integers(1, 3),
    st.sampled_from(list(HousingType)[:3]),
    st.integers(2025, 2027),
    st.sampled_from([None, CapacityKind.NEW_BUILD, CapacityKind.FLEX]),
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
        group = groups.add_custom_group(project, f"Groep {operation[1]}")
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
    conn.execute("UPDATE cell_total SET need_sum = need_sum + 1 WHERE rowid = 1")
    conn.commit()
    conn.close()
    assert any("kloppen niet" in p for p in check_project(demo_path).problems)


def test_the_shared_value_rows_are_the_stored_values(demo):
    """`value_rows`, which the gap table and the check both read, has one row per stored
    value, and its filter keeps one municipality's."""
    from app.services.value_rows import value_rows

    with demo.read() as session:
        run = session.connection().exec_driver_sql
        stored = run(
            "SELECT (SELECT COUNT(*) FROM need_value) + (SELECT COUNT(*) FROM capacity_value), "
            "(SELECT SUM(quantity) FROM need_value), (SELECT SUM(quantity) FROM capacity_value)"
        ).fetchone()
        rows = run(f"SELECT COUNT(*), SUM(n), SUM(c), SUM(nc) + SUM(cc) FROM ({value_rows()})")
        assert tuple(rows.fetchone()) == (stored[0], stored[1], stored[2], stored[0])
        one = run(f"SELECT DISTINCT m FROM ({value_rows('WHERE s.municipality_id = 1')})")
        assert [m for (m,) in one.fetchall()] == [1]
