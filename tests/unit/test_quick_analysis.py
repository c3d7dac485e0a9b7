"""The quick cell pass of the calculations (issue 19) gives exactly what the reference pass
(tests/unit/analysis_reference.py) gives: every cell, total, fair share, gap table, missing
input, note and warning, on the demo and on a generated vision with empty cells, zeros,
figures of a housing type its group no longer uses and estimated need; also after edits
that patch the calculations. Unknown stays unknown. One small case is worked out by hand."""

from __future__ import annotations

import random
import shutil
import sys
import tracemalloc
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import CapacityKind, HousingType
from app.services import figures
from app.services.analysis import Analysis, analyse, refreshed, with_estimates
from app.services.calculations.cells import CellInput
from app.services.calculations.gaps import GapTotal
from app.services.calculations.parted import CellInputs
from app.services.estimates import store
from app.services.estimates.apply import EstimatedCells
from app.services.figures import Cell, CellChange
from app.services.gap_table import gap_table
from app.services.plausibility import plausibility_warnings
from app.services.selection import Selection
from app.services.summary import summary_data
from app.services.target_groups import list_target_groups, update_group
from app.services.vision import create_vision
from app.storage import open_project_file
from tests.unit.analysis_reference import reference_analysis, reference_fair_shares

H = HousingType
CODES = ("GM0503", "GM0603", "GM0518")  # Delft, Rijswijk, 's-Gravenhage


@pytest.fixture
def generated(tmp_path):
    """Three municipalities, 2025-2028, every group: one group complete, the others with
    about one input in six empty and zeros among the figures; the first group's flex
    figures stay in the file after the group stops using flex; the ouderen estimate fills
    the need nobody typed."""
    project = create_vision(
        tmp_path / "gegenereerd.thuisplan",
        title="Gegenereerd",
        municipality_codes=list(CODES),
        start_year=2025,
        end_year=2028,
    )
    groups = list_target_groups(project)
    first = groups[0]
    update_group(project, first.id, housing_types=(H.INDEPENDENT_REGULAR, H.ROOM, H.FLEX))
    rng = random.Random(19)
    changes = []
    for group in list_target_groups(project):
        holes = 0.0 if group.id == groups[1].id else 0.17
        for code in CODES:
            for housing in group.housing_types:
                for year in range(2025, 2029):
                    for kind in (None, *CapacityKind):
                        if group.code == "older_people" and kind is None and rng.random() < 0.5:
                            continue  # for the estimate
                        if rng.random() >= holes:
                            value = rng.choice([0, rng.randint(0, 60)])
                            changes.append(
                                CellChange(Cell(code, group.id, housing, year, kind), value)
                            )
    figures.set_cells(project, changes)
    update_group(project, first.id, housing_types=(H.INDEPENDENT_REGULAR, H.ROOM))
    older = next(g.id for g in groups if g.code == "older_people")
    base = store.find_scenario(project)
    store.set_estimate(project, base.id, older, store.default_estimate("older_people"))
    yield project
    project.close()


def assert_as_the_reference(project, analysis):
    """Cells, totals and everything made of them equal the reference pass's."""
    reference = reference_analysis(project, analysis.figures)
    assert analysis.figures.inputs == reference.figures.inputs
    assert analysis.figures.estimated == reference.figures.estimated
    assert analysis.gaps == reference.gaps
    assert analysis.fair_shares == reference.fair_shares
    assert analysis.missing() == reference.missing()
    assert analysis.missing_cells() == reference.missing_cells()
    assert summary_data(analysis) == summary_data(reference)
    assert plausibility_warnings(analysis) == plausibility_warnings(reference)
    first, last = analysis.figures.years[0], analysis.figures.years[-1]
    for m in [None, analysis.figures.municipalities[-1].id]:
        for g in [None, analysis.figures.groups[0].id]:
            for years in [(None, None), (last, last), (first, first + 1)]:
                selection = Selection(m, g, *years)
                assert gap_table(analysis, selection) == gap_table(reference, selection)


def test_the_demo_as_the_reference(demo):
    assert_as_the_reference(demo, analyse(demo))


def test_a_generated_vision_as_the_reference(generated):
    """Known and unknown totals both occur, estimated need is in, and figures of a housing
    type the group does not use count nowhere."""
    analysis = analyse(generated)
    totals = analysis.gaps.values()
    assert any(t.complete for t in totals) and any(t.need is None for t in totals)
    assert any(t.capacity is None and t.need is not None for t in totals)
    assert analysis.figures.estimated
    first = analysis.figures.groups[0]
    assert all(k[2] != H.FLEX for k in analysis.figures.inputs if k[1] == first.id)
    assert generated.fetch(
        "SELECT count(*) FROM cell_value WHERE target_group_id = ? AND housing_type = 'flex'",
        (first.id,),
    ) != [(0,)]
    assert_as_the_reference(generated, analysis)


@pytest.mark.parametrize("seed", range(3))
def test_patched_calculations_as_the_reference(generated, seed):
    """Edits of a few cells (emptying some, typing over estimated need, emptying typed need
    where the estimate comes back) patch the calculations to what the reference reads."""
    rng = random.Random(seed)
    analysis = analyse(generated)
    assert analysis.gaps and analysis.gap_index and analysis.fair_shares  # patched, not lazily made
    groups = analysis.figures.groups
    for _ in range(5):
        changes = {}
        for _ in range(rng.randint(1, 6)):
            group = rng.choice(groups)
            cell = Cell(
                rng.choice(CODES),
                group.id,
                rng.choice(group.housing_types),
                rng.choice(analysis.figures.years),
                rng.choice([None, None, *CapacityKind]),
            )
            changes[cell] = CellChange(cell, rng.choice([None, 0, rng.randint(1, 90)]))
        keys = figures.write_cells(generated, list(changes.values())).keys
        analysis = refreshed(analysis, generated, keys)
        assert_as_the_reference(generated, analysis)
        fresh = analyse(generated)
        assert analysis.figures.inputs == fresh.figures.inputs
        assert analysis.gaps == fresh.gaps and analysis.gap_index == fresh.gap_index
        assert list(analysis.gaps.items()) == list(fresh.gaps.items())  # in the same order
        assert analysis.period_totals == fresh.period_totals


FOUR = (H.INDEPENDENT_REGULAR, H.ZERO_STEP, H.ROOM, H.FLEX)  # the random visions' types
THE_PROJECT_CODES = ("GM0503", "GM0518", "GM0603")  # the `project` fixture's municipalities


def assert_totals_as_the_reference(project, analysis):
    """The totals, in their order, the period totals and the fair shares equal the
    reference's: cells read again, added up cell by cell, years combined one by one."""
    reference = reference_analysis(project, analysis.figures)
    assert analysis.figures.inputs == reference.figures.inputs
    assert list(analysis.gaps.items()) == list(reference.gaps.items())
    assert list(analysis.gaps) == analysis.keys()
    totals = analysis.period_totals
    assert [(g, list(t.items())) for g, t in totals.items()] == [
        (g, list(t.items())) for g, t in reference.period_totals.items()
    ]
    assert analysis.fair_shares == reference_fair_shares(analysis, reference.period_totals)


def _random_cells(
    rng: random.Random, written: dict[int, set], years: list[int], *, entered: str = "some"
) -> list:
    """Need and capacity of each kind for the cells of the `written` housing types, in key
    order, zeros among the figures. `entered`: "some" (some cells without any row, some
    inputs empty), "every row" (every need, so every cell has a row in key order; some
    capacities empty) or "everything"."""
    changes = []
    for code in THE_PROJECT_CODES:
        for group_id, types in written.items():
            for housing in sorted(types):
                for year in years:
                    if entered == "some" and rng.random() < 0.25:
                        continue  # nothing entered: no row at all
                    for kind in (None, *CapacityKind):
                        value: int | None = rng.choice([0, rng.randint(0, 60)])
                        if entered == "some" or (entered == "every row" and kind):
                            if rng.random() >= 0.85:
                                continue  # this input not entered at all
                            value = rng.choice([None, value])
                        changes.append(CellChange(Cell(code, group_id, housing, year, kind), value))
    return changes


def _write_in_batches(project, rng: random.Random, changes: list, *, shuffled: bool) -> None:
    """Write `changes` in a few blocks, `shuffled` first: cells typed later get rows after
    the others, so the table's rows are not in key order."""
    if shuffled:
        rng.shuffle(changes)
    cuts = sorted(rng.choices(range(len(changes) + 1), k=2))
    for start, end in zip([0, *cuts], [*cuts, len(changes)], strict=True):
        figures.set_cells(project, changes[start:end])


def _use_housing_types(project, used: dict[int, set]) -> None:
    """Let each group use these housing types (none: stored as such, as the schema allows)."""
    for group_id, types in used.items():
        if types:
            update_group(project, group_id, housing_types=sorted(types))
        else:
            with project.write() as session:
                session.connection().exec_driver_sql(
                    "UPDATE target_group SET housing_types = '' WHERE id = ?", (group_id,)
                )


def _random_estimates(rng: random.Random, figures_: object) -> EstimatedCells:
    """Estimated need for some cells: of used and unused housing types, in and outside the
    plan period, with and without an entered need."""
    f = figures_
    keys = [
        (m.id, g.id, t, y)
        for m in f.municipalities
        for g in f.groups[:3]
        for t in FOUR
        for y in (f.years[0] - 1, *f.years)
    ]
    return EstimatedCells({k: rng.randint(0, 50) for k in keys if rng.random() < 0.3}, {})


def _random_edit(project, rng: random.Random, groups: list, years: list[int]) -> frozenset:
    """A few figures typed over or emptied; returns the municipality x group x years."""
    changes = {}
    for _ in range(rng.randint(1, 6)):
        cell = Cell(
            rng.choice(THE_PROJECT_CODES),
            rng.choice(groups).id,
            rng.choice(FOUR),
            rng.choice(years),
            rng.choice([None, None, *CapacityKind]),
        )
        changes[cell] = CellChange(cell, rng.choice([None, 0, rng.randint(1, 90)]))
    return figures.write_cells(project, list(changes.values())).keys


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_totals_of_random_visions_as_the_reference(project, tmp_path_factory, data):
    """Whatever is entered (empty inputs, cells without a row, every cell complete, rows in
    or out of key order, rows of housing types a group does not use, a group without
    housing types), with estimated need in some cells and edits afterwards, the totals
    worked out while reading equal the reference's, in the same order, and so do the
    period totals and fair shares."""
    path = tmp_path_factory.mktemp("random") / "v.thuisplan"
    shutil.copyfile(project.path, path)
    copy = open_project_file(path)
    try:
        groups = list_target_groups(copy)[:3]
        # some of the four, or every housing type (then no row is of a type it does not use)
        subsets = st.sets(st.sampled_from(FOUR)) | st.just(set(H))
        written = {g.id: data.draw(subsets, label=f"written {g.id}") for g in groups}
        used = {g.id: data.draw(subsets, label=f"used {g.id}") for g in groups}
        rng = random.Random(data.draw(st.integers(0, 2**32), label="seed"))
        years = [2025, 2026, 2027]
        _use_housing_types(copy, dict.fromkeys(used, set(H)))  # figures may be typed in
        entered = data.draw(st.sampled_from(["some", "every row", "everything"]), label="entered")
        shuffled = data.draw(st.booleans(), label="shuffled")
        changes = _random_cells(rng, written, years, entered=entered)
        _write_in_batches(copy, rng, changes, shuffled=shuffled)
        _use_housing_types(copy, used)
        analysis = analyse(copy)
        assert_totals_as_the_reference(copy, analysis)
        if data.draw(st.booleans(), label="estimates"):
            estimates = _random_estimates(rng, analysis.figures)
            analysis = Analysis(with_estimates(analysis.figures, estimates))
            assert_totals_as_the_reference(copy, analysis)
        _use_housing_types(copy, dict.fromkeys(used, set(H)))  # the analysis keeps `used`
        for _ in range(data.draw(st.integers(0, 3), label="edits")):
            computed = data.draw(st.sampled_from(["none", "totals", "index"]), label="before")
            if computed != "none":  # worked out before the edit, so the edit patches them
                assert analysis.gaps and analysis.fair_shares
            if computed == "index":
                assert analysis.gap_index
            keys = _random_edit(copy, rng, groups, years)
            analysis = refreshed(analysis, copy, keys)
            assert_totals_as_the_reference(copy, analysis)
    finally:
        copy.close()


def test_a_small_case_worked_out_by_hand(tmp_path):
    """Delft, 2026, one group with two housing types. Regular: need 10, capacity 2 of each of
    the five kinds = 10, gap 0. Room: need 4, capacity 1 of each = 5, surplus 1. Together:
    need 14, capacity 15, shortage 0, surplus 1, gap -1. One kind of the room's capacity
    emptied: capacity and shortage/surplus unknown, the need still 14; one cell unknown."""
    project = create_vision(
        tmp_path / "hand.thuisplan",
        title="Met de hand",
        municipality_codes=["GM0503"],
        start_year=2026,
        end_year=2026,
    )
    group = list_target_groups(project)[0]
    update_group(project, group.id, housing_types=(H.INDEPENDENT_REGULAR, H.ROOM))
    changes = [
        CellChange(Cell("GM0503", group.id, H.INDEPENDENT_REGULAR, 2026), 10),
        CellChange(Cell("GM0503", group.id, H.ROOM, 2026), 4),
    ]
    for kind in CapacityKind:
        changes.append(CellChange(Cell("GM0503", group.id, H.INDEPENDENT_REGULAR, 2026, kind), 2))
        changes.append(CellChange(Cell("GM0503", group.id, H.ROOM, 2026, kind), 1))
    figures.set_cells(project, changes)
    analysis = analyse(project)
    delft = analysis.figures.municipalities[0].id
    assert analysis.gaps[(delft, group.id, 2026)] == GapTotal(14, 15, 0, 1, 0, 2)
    assert analysis.gaps[(delft, group.id, 2026)].gap == -1
    room = Cell("GM0503", group.id, H.ROOM, 2026, CapacityKind.FLEX)
    keys = figures.write_cells(project, [CellChange(room, None)]).keys
    patched = refreshed(analysis, project, keys)
    assert patched.gaps[(delft, group.id, 2026)] == GapTotal(14, None, None, None, 1, 2)
    assert analyse(project).gaps == patched.gaps
    project.close()


def test_opening_adds_up_each_cell_once(generated, project, monkeypatch):
    """The totals are worked out while the cells are read: adding them up again from the
    cells (`_cell_totals`) happens only for the municipality x group x years with estimated
    need, and not at all without estimates (it was done for every one)."""
    import app.services.analysis as analysis_module

    totalled: list = []
    totals = analysis_module._cell_totals
    monkeypatch.setattr(
        analysis_module, "_cell_totals", lambda f, keys: totals(f, totalled.extend(keys) or keys)
    )
    group = list_target_groups(project)[0]
    figures.set_need(project, Cell(CODES[0], group.id, group.housing_types[0], 2026), 5)
    assert analyse(project).gaps and totalled == []
    analysis = analyse(generated)
    assert analysis.gaps and analysis.fair_shares
    estimated = {(m, g, y) for m, g, _t, y in analysis.figures.estimated}
    assert sorted(totalled) == sorted(estimated) and len(estimated) < len(analysis.keys()) / 4


def _complete_vision(project) -> None:
    """Every input of every cell of every group, typed in key order."""
    groups = list_target_groups(project)
    written = {g.id: set(g.housing_types) for g in groups}
    changes = _random_cells(random.Random(7), written, [2025, 2026, 2027], entered="everything")
    figures.set_cells(project, changes)


def test_a_complete_vision_in_key_order_is_added_up_for_all_years_at_once(project, monkeypatch):
    """Where every cell of a municipality x group is known and its rows come type after type
    in year order (as typed in key order, and as a national vision is), its year totals are
    added up in one go, without a pass per year; they equal the reference's."""
    import app.services.analysis as analysis_module

    totalled: list = []
    total = analysis_module._total
    monkeypatch.setattr(
        analysis_module,
        "_total",
        lambda needs, capacities: totalled.append(1) or total(needs, capacities),
    )
    _complete_vision(project)
    analysis = analyse(project)
    groups = analysis.figures.groups
    assert all(t.complete for t in analysis.gaps.values())
    # one "nothing entered" total per group is made for parts without cells, and no other
    assert len(totalled) == sum(1 for g in groups if g.housing_types)
    monkeypatch.setattr(analysis_module, "_total", total)
    assert_totals_as_the_reference(project, analysis)


def test_opening_and_every_calculation_make_no_cell(project, monkeypatch):
    """Opening a vision and working out its gaps, fair shares and social rent tests needs
    only the totals, which are added up from the rows as read: no cell is made until
    something looks at the cells, and then only that municipality x group's."""
    import app.services.analysis as analysis_module

    made: list = []
    cells_of = analysis_module._cells_of
    monkeypatch.setattr(
        analysis_module,
        "_cells_of",
        lambda m, g, *rest: made.append((m, g)) or cells_of(m, g, *rest),
    )
    _complete_vision(project)
    analysis = analyse(project)
    assert (
        analysis.gaps and analysis.fair_shares and analysis.social_rent and analysis.period_totals
    )
    assert made == []
    m, g = analysis.figures.municipalities[1], analysis.figures.groups[2]
    cell = analysis.figures.cell(m.id, g.id, g.housing_types[0], 2026)
    assert cell.need is not None and made == [(m.id, g.id)]
    assert_as_the_reference(project, analysis)


def test_period_totals_combine_each_municipality_and_group_once(generated, monkeypatch):
    """The period totals (what the fair shares share out) add up each municipality x
    group's year totals once, read from its own part: no index of all the totals is made
    for them (it was, 40,000 totals national), and an edit combines its own part only."""
    import app.services.analysis as analysis_module

    combined = []
    combine = analysis_module.combine
    monkeypatch.setattr(
        analysis_module, "combine", lambda totals: combine(combined.append(1) or totals)
    )
    analysis = analyse(generated)
    assert analysis.gaps and analysis.fair_shares and analysis.social_rent
    f = analysis.figures
    assert len(combined) == len(f.municipalities) * len(f.groups)
    assert "gap_index" not in analysis.__dict__
    group = f.groups[1]
    cell = Cell(CODES[1], group.id, group.housing_types[0], 2026)
    keys = figures.write_cells(generated, [CellChange(cell, 77)]).keys
    combined.clear()
    patched = refreshed(analysis, generated, keys)
    assert "period_totals" in patched.__dict__ and len(combined) == 1
    assert patched.period_totals == analyse(generated).period_totals


def test_an_edit_visits_only_its_own_cells(generated, monkeypatch):
    """Typing one figure reads that municipality x group x year's rows, fills estimates and
    adds up totals for its cells only; the other cells are carried over as a whole."""
    import app.services.analysis as analysis_module

    analysis = analyse(generated)
    assert analysis.gaps and analysis.fair_shares
    visited, totalled, read = [], [], []
    fill, totals = analysis_module._filled, analysis_module._cell_totals
    monkeypatch.setattr(
        analysis_module, "_filled", lambda i, e, keys: fill(i, e, visited.extend(keys) or keys)
    )
    monkeypatch.setattr(
        analysis_module, "_cell_totals", lambda f, keys: totals(f, totalled.extend(keys) or keys)
    )
    fetch = generated.fetch
    group = analysis.figures.groups[1]
    cell = Cell(CODES[1], group.id, group.housing_types[0], 2026)
    keys = figures.write_cells(generated, [CellChange(cell, 77)]).keys
    monkeypatch.setattr(generated, "fetch", lambda *a: read.extend(rows := fetch(*a)) or rows)
    patched = refreshed(analysis, generated, keys)
    assert len(visited) == len(group.housing_types)
    assert totalled == list(keys)
    assert 1 <= len(read) <= len(group.housing_types)
    assert patched.figures.cell(*next(iter(keys))[:2], cell.housing_type, 2026).need == 77


def test_an_edit_allocates_for_its_own_cells_not_for_the_whole_vision(generated):
    """With 200,000 more cells (2,000 more municipality x group, as a national vision has
    3,420), typing one figure allocates less than a tenth of what a copy of all the cells
    takes: the cells and totals of every other municipality x group are shared with the
    calculations before the edit, not copied (all cells and totals were copied)."""
    analysis = analyse(generated)
    f = analysis.figures
    padding = {
        (10_000 + m, g.id, t, y): CellInput(1, (1, 1, 1, 1, 1))
        for m in range(200)
        for g in f.groups
        for t in g.housing_types
        for y in range(2000, 2100)
    }
    large = Analysis(replace(f, inputs=CellInputs({**f.inputs, **padding})))
    assert large.gaps and large.gap_index and large.fair_shares and len(padding) > 200_000
    whole = sys.getsizeof(dict(large.figures.inputs.items()))
    group = f.groups[1]
    cell = Cell(CODES[1], group.id, group.housing_types[0], 2026)
    keys = figures.write_cells(generated, [CellChange(cell, 77)]).keys
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        patched = refreshed(large, generated, keys)
        used = tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()
    assert patched.figures.cell(*next(iter(keys))[:2], cell.housing_type, 2026).need == 77
    assert len(patched.figures.inputs) - len(large.figures.inputs) in (0, 1)
    assert used < whole / 10, (used, whole)
    place = next(iter(keys))[:2]
    for old, new in [(large.figures.inputs, patched.figures.inputs), (large.gaps, patched.gaps)]:
        others = [p for p in old.parts() if p != place]
        assert len(others) == len(old.parts()) - 1
        assert all(new.part(*p) is old.part(*p) for p in others)  # shared, not copied


def test_writing_a_figure_reads_only_its_own_series(generated):
    """The series ids of one typed capacity figure are looked up among that municipality's
    series of that group, not among the whole group's (thousands in a national vision)."""
    from app.services.figures import _series_ids
    from app.services.vision_read import list_municipalities

    group = list_target_groups(generated, active_only=True)[1]
    delft = next(m for m in list_municipalities(generated) if m.code == CODES[0])
    key = (delft.id, group.id, group.housing_types[0].value, CapacityKind.OTHER.value)
    with generated.write() as session:
        found = _series_ids(session, True, {key})
    assert key in found
    assert {(m, g) for m, g, *_ in found} == {(delft.id, group.id)}
    assert len(found) <= len(group.housing_types) * len(CapacityKind)
