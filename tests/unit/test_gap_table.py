"""The gap table agrees with the stored figures, computed independently with sqlite3."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

import pytest

from app.models import CapacityKind, HousingType
from app.services.analysis import analyse
from app.services.calculations.gap_table import GapColumn, sorted_rows
from app.services.calculations.missing import MissingCell, describe_missing, year_ranges
from app.services.errors import ValidationError
from app.services.figures import Cell, CellChange, set_cells
from app.services.gap_table import gap_table
from app.services.gap_table_text import gap_table_tsv
from app.services.selection import Selection
from app.services.target_groups import add_custom_group


def raw_cells(path, code=None, years=None):
    """(group code, housing type) -> {(municipality, year): need} and capacity per kind."""
    conn = sqlite3.connect(path)
    need = defaultdict(dict)
    capacity = defaultdict(lambda: defaultdict(int))
    per_kind = defaultdict(lambda: defaultdict(int))
    for table, series, extra in (
        ("need", "need_series", ""),
        ("capacity", "capacity_series", ", s.kind"),
    ):
        rows = conn.execute(
            f"SELECT g.code, s.housing_type, m.code, v.year, v.quantity{extra} "
            f"FROM {table}_value v JOIN {series} s ON s.id = v.series_id "
            "JOIN municipality m ON m.id = s.municipality_id "
            "JOIN target_group g ON g.id = s.target_group_id"
        )
        for group, housing, municipality, year, quantity, *kind in rows:
            if (code and municipality != code) or (years and year not in years):
                continue
            if table == "need":
                need[(group, housing)][(municipality, year)] = quantity
            else:
                capacity[(group, housing)][(municipality, year)] += quantity
                per_kind[(group, housing)][kind[0]] += quantity
    conn.close()
    return need, capacity, per_kind


def check_rows(table, analysis, path, code=None, years=None):
    """Every row equals the raw sums of its cells; shortage and surplus per cell."""
    need, capacity, per_kind = raw_cells(path, code, years)
    codes = {g.id: g.code for g in analysis.figures.groups}
    for row in table.rows:
        key = (codes[row.group_id], row.housing_type.value)
        cells = set(need[key]) | set(capacity[key])
        assert cells, key  # the demo fills every row it asks
        gaps = [need[key].get(c, 0) - capacity[key].get(c, 0) for c in cells]
        assert row.need == sum(need[key].values()), key
        assert row.capacity == sum(capacity[key].values()), key
        for kind in CapacityKind:
            assert row.capacity_by_kind[kind] == per_kind[key].get(kind.value, 0), (key, kind)
        assert row.shortage == sum(g for g in gaps if g > 0), key
        assert row.surplus == -sum(g for g in gaps if g < 0), key


def test_region_rows_equal_the_stored_cells(demo, demo_path):
    """Every group x housing type row of the whole region and period matches raw SQL sums."""
    analysis = analyse(demo)
    table = gap_table(analysis, Selection())
    assert len(table.rows) == 28  # the housing types the example's ten groups use
    check_rows(table, analysis, demo_path)


def test_one_municipality_and_a_year_range(demo, demo_path):
    """Delft over 2026-2027 only counts Delft's cells of those two years."""
    analysis = analyse(demo)
    delft = next(m for m in analysis.figures.municipalities if m.code == "GM0503")
    selection = Selection(municipality_id=delft.id, first_year=2026, last_year=2027)
    table = gap_table(analysis, selection)
    assert table.years == (2026, 2027)
    assert table.scope == "Delft · alle aandachtsgroepen · 2026–2027"
    check_rows(table, analysis, demo_path, "GM0503", {2026, 2027})


def test_totals_agree_with_the_analysis(demo):
    """Need, capacity, shortage, surplus and gap of each group total equal
    Analysis.gap_total: one definition, per cell of municipality x group x housing type x
    year, and shortage - surplus = gap."""
    analysis = analyse(demo)
    table = gap_table(analysis, Selection(first_year=2027))
    for total in table.group_totals:
        expected = analysis.gap_total(group_id=total.group_id, years=range(2027, 2031))
        assert (total.need, total.capacity) == (expected.need, expected.capacity)
        assert (total.shortage, total.surplus, total.gap) == (
            expected.shortage,
            expected.surplus,
            expected.gap,
        )
        assert total.shortage - total.surplus == expected.gap
    assert table.total.need == analysis.gap_total(years=range(2027, 2031)).need


def test_one_group_only(demo):
    """With a group selected the table has only that group's housing types."""
    analysis = analyse(demo)
    students = next(g for g in analysis.figures.groups if g.code == "students")
    table = gap_table(analysis, Selection(group_id=students.id))
    assert [r.housing_type for r in table.rows] == [HousingType.ROOM, HousingType.STUDENT]
    assert [t.group_id for t in table.group_totals] == [students.id]


def test_nothing_entered_is_unknown_not_zero(project):
    """A new vision: every value is None and the note names what is missing."""
    analysis = analyse(project)
    table = gap_table(analysis, Selection())
    assert all(r.need is None and r.capacity is None and r.gap is None for r in table.lines())
    assert table.total.shortage is None
    assert table.notes == (
        "woonbehoefte voor alle groepen: alle gemeenten",
        "aanbod voor alle groepen: alle gemeenten",
    )


def test_one_complete_housing_type_is_known_while_its_group_is_not(project):
    """Delft, first group, room: need 5 and every kind of capacity entered (flex 2, the rest
    0) for 2025-2027. That row of Delft's table is known (need 15, capacity 6, shortage 9);
    the group's other housing types, its total and the region are unknown, and the notes
    name the housing types and places that are missing."""
    analysis = analyse(project)
    group = analysis.figures.groups[0]
    years = (2025, 2026, 2027)
    changes = [CellChange(Cell("GM0503", group.id, HousingType.ROOM, y), 5) for y in years]
    changes += [
        CellChange(
            Cell("GM0503", group.id, HousingType.ROOM, y, kind),
            2 if kind is CapacityKind.FLEX else 0,
        )
        for y in years
        for kind in CapacityKind
    ]
    set_cells(project, changes)
    analysis = analyse(project)
    delft = next(m for m in analysis.figures.municipalities if m.code == "GM0503")
    own = gap_table(analysis, Selection(delft.id, group.id))
    room = next(r for r in own.rows if r.housing_type is HousingType.ROOM)
    assert (room.need, room.capacity, room.shortage, room.missing) == (15, 6, 9, ())
    assert own.group_totals[0].need is None and own.group_totals[0].shortage is None
    regular = next(r for r in own.rows if r.housing_type is HousingType.INDEPENDENT_REGULAR)
    assert regular.missing == (
        "woonbehoefte voor Dak- en thuisloze mensen: Delft",
        "aanbod voor Dak- en thuisloze mensen: Delft",
    )
    region = gap_table(analysis, Selection(group_id=group.id))
    region_room = next(r for r in region.rows if r.housing_type is HousingType.ROOM)
    assert region_room.need is None
    assert region_room.missing[0] == (
        "woonbehoefte voor Dak- en thuisloze mensen: 's-Gravenhage en Rijswijk (ZH.)"
    )
    assert own.notes[0] == "woonbehoefte zelfstandig regulier voor Dak- en thuisloze mensen: Delft"
    assert own.notes[-1] == "en nog 3 andere ontbrekende invoer"  # 4 needs, 4 capacities


def test_sorting_puts_unknown_last(demo):
    """Sorting by gap, largest first, keeps unknown rows at the end in both directions."""
    analysis = analyse(demo)
    table = gap_table(analysis, Selection())
    rows = list(table.rows)
    unknown = type(rows[0])(**{**rows[0].__dict__, "need": None, "shortage": None, "surplus": None})
    ordered = sorted_rows([unknown, *rows], GapColumn.GAP, descending=True)
    gaps = [r.gap for r in ordered]
    assert gaps[-1] is None and gaps[:-1] == sorted(gaps[:-1], reverse=True)
    assert sorted_rows([unknown, *rows], GapColumn.GAP)[-1] is unknown
    by_group = sorted_rows(rows, GapColumn.GROUP)
    assert by_group[0].group_label.casefold() <= by_group[-1].group_label.casefold()


def test_tab_separated_copy_text(project):
    """Dutch headers, plain digits, 'onbekend', and user text never read as a formula."""
    group = add_custom_group(project, "=HYPERLINK(1)")
    set_cells(
        project,
        [
            CellChange(Cell(c, group.id, HousingType.INDEPENDENT_REGULAR, y), 1200)
            for c in ("GM0503", "GM0518", "GM0603")
            for y in (2025, 2026, 2027)
        ]
        + [
            CellChange(
                Cell(c, group.id, HousingType.INDEPENDENT_REGULAR, y, kind),
                1500 if kind is CapacityKind.NEW_BUILD else 0,
            )
            for c in ("GM0503", "GM0518", "GM0603")
            for y in (2025, 2026, 2027)
            for kind in CapacityKind
        ],
    )
    analysis = analyse(project)
    table = gap_table(analysis, Selection(group_id=group.id))
    lines = gap_table_tsv(table).split("\r\n")
    title = "Opgave per aandachtsgroep en woonvorm – Regio Testregio · =HYPERLINK(1) · 2025–2027"
    assert lines[0] == title
    header = lines[1].split("\t")
    assert header[:3] == ["Aandachtsgroep", "Woonvorm", "Woonbehoefte"]
    assert "Aanbod: Nieuwbouw" in header and header[-1] == "Ontbrekende invoer"
    row = dict(zip(header, lines[2].split("\t"), strict=True))
    assert row["Aandachtsgroep"] == "'=HYPERLINK(1)"
    assert (row["Woonbehoefte"], row["Aanbod totaal"], row["Opgave"]) == ("10800", "13500", "-2700")
    assert (row["Tekort"], row["Overschot"]) == ("0", "2700")
    empty = gap_table_tsv(gap_table(analysis, Selection()))
    assert "\tonbekend\t" in empty


def test_years_outside_the_period_are_refused(demo):
    """A year range outside the plan period is a user error with a Dutch message."""
    analysis = analyse(demo)
    with pytest.raises(ValidationError, match="planperiode"):
        gap_table(analysis, Selection(first_year=2031, last_year=2033))
    with pytest.raises(ValidationError, match="beginjaar"):
        gap_table(analysis, Selection(first_year=2028, last_year=2026))


def test_missing_inputs_are_described_compactly():
    """Years become ranges, all places 'alle gemeenten', long lists end with a count."""
    places = [f"G{i}" for i in range(8)]
    cells = [MissingCell("aanbod", p, year=y) for p in places for y in (2025, 2026)]
    assert describe_missing(cells, places=places, years=[2025, 2026, 2027]) == (
        "aanbod: alle gemeenten (2025–2026)",
    )
    cells = [MissingCell("woonbehoefte", p, "Ouderen") for p in places[:7]]
    assert describe_missing(cells, places=places, topics=["Ouderen", "Studenten"]) == (
        "woonbehoefte voor Ouderen: G0, G1, G2, G3, G4 en 2 andere gemeenten",
    )
    assert year_ranges([2029, 2025, 2026, 2027]) == "2025–2027, 2029"
