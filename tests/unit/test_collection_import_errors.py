"""Filled workbooks with mistakes: each bad cell reported, nothing applied."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reports.collection_import import prepare_import
from app.reports.collection_template import write_collection_template
from app.services.collection_plan import apply_import
from app.services.validation import parse_quantity
from tests.unit.xlsx_helpers import edit_workbook, file_hash, find_row, year_column

DELFT = dict(
    Gemeentecode="GM0503",
    Aandachtsgroep="Dak- en thuisloze mensen",
    Woonvorm="Zelfstandig regulier",
)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory, demo_template):
    """One uitvraag-werkboek of the demo, made once for this module."""
    from app.storage import open_project_file

    folder = tmp_path_factory.mktemp("pristine")
    import shutil

    shutil.copyfile(demo_template, folder / "demo.thuisplan")
    with open_project_file(folder / "demo.thuisplan", readonly=True) as project:
        return write_collection_template(project, folder / "uitvraag.xlsx")


def _variant(pristine, tmp_path, edit, name="ingevuld.xlsx"):
    return edit_workbook(pristine, edit, tmp_path / name)


def _set(sheet_name, year, value, keys=DELFT):
    def edit(workbook):
        sheet = workbook[sheet_name]
        sheet.cell(find_row(sheet, **keys), year_column(sheet, year)).value = value

    return edit


BAD_VALUES = [
    ("veel", "is tekst, geen getal"),
    (12.5, "geen geheel getal"),
    (-3, "negatief"),
    (5_000_000, "onwaarschijnlijk groot"),
    ("=SUM(1,2)", "formule"),
    (dt.datetime(2025, 1, 1), "datum"),
    (True, "WAAR/ONWAAR"),
]


@pytest.mark.parametrize(("value", "reason"), BAD_VALUES)
def test_bad_value_reported_with_its_place(demo, pristine, tmp_path, value, reason):
    """Text, decimals, negatives, huge numbers, formulas, dates and booleans are rejected
    with sheet, row, column and reason; the workbook contributes nothing."""
    path = _variant(pristine, tmp_path, _set("Woonbehoefte", 2026, value))
    plan = prepare_import(demo, [path])
    assert len(plan.issues) == 1
    issue = plan.issues[0]
    assert (issue.sheet, issue.column) == ("Woonbehoefte", "F (2026)")
    assert issue.row >= 2
    assert reason in issue.reason
    assert plan.blocked == ("ingevuld.xlsx",) and plan.changes == ()


@pytest.mark.parametrize(
    ("text", "quantity"),
    [("1.234", 1234), (" 12 ", 12), ("1 234", 1234), ("12\u00a0345", 12345), ("0", 0)],
)
def test_numbers_as_text_follow_the_grid_s_rule(demo, pristine, tmp_path, text, quantity):
    """A year cell holding text is read as the grid reads typed text (parse_quantity):
    '1.234' is 1234 in the import as in the grid."""
    path = _variant(pristine, tmp_path, _set("Woonbehoefte", 2026, text))
    plan = prepare_import(demo, [path])
    assert plan.issues == ()
    assert [(c.year, c.new) for c in plan.changes if c.year == 2026] == [(2026, quantity)]
    assert parse_quantity(text) == quantity


@pytest.mark.parametrize(
    ("text", "reason"),
    [("12,5", "geen geheel getal"), ("-3", "negatief"), ("veel", "is tekst, geen getal")],
)
def test_bad_numbers_as_text_keep_their_place(demo, pristine, tmp_path, text, reason):
    """Text the grid refuses is refused with the same reason, by sheet, row and column."""
    path = _variant(pristine, tmp_path, _set("Woonbehoefte", 2026, text))
    [issue] = prepare_import(demo, [path]).issues
    assert (issue.sheet, issue.column) == ("Woonbehoefte", "F (2026)")
    assert reason in issue.reason


def _set_key(sheet_name, column, value):
    def edit(workbook):
        sheet = workbook[sheet_name]
        header = [c.value for c in sheet[1]]
        line = find_row(sheet, **DELFT)
        sheet.cell(line, header.index(column) + 1).value = value
        sheet.cell(line + 1, 6).value = 1  # a good change elsewhere

    return edit


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("Gemeentecode", "GM9999", "hoort niet bij deze visie"),
        ("Aandachtsgroep", "Piraten", "Onbekende aandachtsgroep"),
        ("Woonvorm", "Paleis", "Onbekende woonvorm"),
        ("Woonvorm", "Standplaats", "hoort niet bij"),
    ],
)
def test_unknown_keys_rejected(demo, pristine, tmp_path, column, value, reason):
    """An unknown municipality code, group or housing type rejects the row, by name."""
    path = _variant(pristine, tmp_path, _set_key("Woonbehoefte", column, value))
    plan = prepare_import(demo, [path])
    assert [i.column for i in plan.issues] == [column]
    assert reason in plan.issues[0].reason
    assert plan.changes == ()


def test_unknown_kind_rejected(demo, pristine, tmp_path):
    """An unknown 'Soort aanbod' is rejected on the Aanbod sheet."""

    def edit(workbook):
        workbook["Aanbod"]["E2"] = "Luchtkasteel"

    plan = prepare_import(demo, [_variant(pristine, tmp_path, edit)])
    assert [(i.sheet, i.row, i.column) for i in plan.issues] == [("Aanbod", 2, "Soort aanbod")]
    assert "Onbekende soort aanbod 'Luchtkasteel'" in plan.issues[0].reason


def test_missing_column_and_sheet(demo, pristine, tmp_path):
    """A deleted key column and a deleted sheet are each reported."""

    def edit(workbook):
        workbook["Woonbehoefte"].delete_cols(3)
        del workbook["Aanbod"]

    plan = prepare_import(demo, [_variant(pristine, tmp_path, edit)])
    reasons = [i.reason for i in plan.issues]
    assert "De kolom 'Aandachtsgroep' ontbreekt." in reasons
    assert "Het werkblad 'Aanbod' ontbreekt." in reasons
    assert plan.changes == ()


def test_chart_sheet_in_place_of_a_data_sheet(demo, pristine, tmp_path):
    """A chart sheet named 'Aanbod' has no cells to read: reported as such, nothing applied
    (it used to end the import with a traceback)."""
    from openpyxl.chart import BarChart, Reference

    def edit(workbook):
        del workbook["Aanbod"]
        chart = BarChart()
        chart.add_data(Reference(workbook["Woonbehoefte"], min_col=5, min_row=1, max_row=3))
        workbook.create_chartsheet("Aanbod").add_chart(chart)

    plan = prepare_import(demo, [_variant(pristine, tmp_path, edit)])
    reasons = [i.reason for i in plan.issues]
    assert "Het werkblad 'Aanbod' is een grafiekblad, geen blad met cijfers." in reasons
    assert plan.changes == ()


def test_year_outside_period_and_unknown_column(demo, pristine, tmp_path):
    """A header year outside 2025-2030 and an unknown header are reported in row 1."""

    def edit(workbook):
        sheet = workbook["Woonbehoefte"]
        sheet["K1"] = 2031
        sheet["L1"] = "Opmerking"

    plan = prepare_import(demo, [_variant(pristine, tmp_path, edit)])
    assert [(i.row, i.column, i.reason) for i in plan.issues] == [
        (1, "K", "2031 valt buiten de planperiode 2025–2030."),
        (1, "L", "Onbekende kolom 'Opmerking'."),
    ]


def test_duplicate_rows_both_rejected(demo, pristine, tmp_path):
    """A row that repeats another's combination rejects both, each naming the other."""

    def edit(workbook):
        sheet = workbook["Woonbehoefte"]
        last = sheet.max_row + 1
        for col in range(1, 11):
            sheet.cell(last, col).value = sheet.cell(2, col).value

    plan = prepare_import(demo, [_variant(pristine, tmp_path, edit)])
    assert sorted(i.row for i in plan.issues) == [2, plan.issues[0].row]
    assert all("Dubbele regel" in i.reason for i in plan.issues)


def test_computed_allocation_cells_cannot_be_changed(demo, pristine, tmp_path):
    """Cells computed by an allocation rule are rejected when changed."""
    keys = dict(DELFT, **{"Soort aanbod": "Toewijzing uit vrijkomende voorraad"})
    path = _variant(pristine, tmp_path, _set("Aanbod", 2025, 12345, keys))
    plan = prepare_import(demo, [path])
    assert len(plan.issues) == 1 and "toewijzingspercentage" in plan.issues[0].reason


def test_bad_workbook_changes_nothing_in_the_file(demo, demo_path, pristine, tmp_path):
    """Applying the plan of a workbook with an error leaves the project file byte-identical."""

    def edit(workbook):
        _set("Woonbehoefte", 2025, 40)(workbook)
        _set("Woonbehoefte", 2026, "twaalf")(workbook)

    plan = prepare_import(demo, [_variant(pristine, tmp_path, edit)])
    before = file_hash(demo_path)
    apply_import(demo, plan)
    assert file_hash(demo_path) == before


def test_valid_rows_only_takes_the_good_rows(demo, pristine, tmp_path):
    """With 'valid rows only', rows without an error are imported, the bad row is not."""
    other = dict(DELFT, Woonvorm="Zelfstandig geclusterd")

    def edit(workbook):
        _set("Woonbehoefte", 2025, 40)(workbook)
        _set("Woonbehoefte", 2026, "twaalf")(workbook)
        _set("Woonbehoefte", 2025, 41, other)(workbook)

    path = _variant(pristine, tmp_path, edit)
    strict = prepare_import(demo, [path])
    lenient = prepare_import(demo, [path], valid_rows_only=True)
    assert strict.changes == ()
    assert [(c.row.housing_type.label, c.year, c.new) for c in lenient.changes] == [
        ("Zelfstandig geclusterd", 2025, 41)
    ]


def test_conflicting_workbooks_shown_not_overwritten(demo, pristine, tmp_path):
    """Two workbooks with different values for one cell: a conflict, left unchanged;
    a value both agree on is one change naming both."""
    other = dict(DELFT, Woonvorm="Zelfstandig geclusterd")
    first = _variant(pristine, tmp_path, _set("Woonbehoefte", 2025, 40), "delft.xlsx")
    second = _variant(pristine, tmp_path, _set("Woonbehoefte", 2025, 50), "regio.xlsx")
    for path in (first, second):
        edit_workbook(path, _set("Woonbehoefte", 2030, 7, other))
    plan = prepare_import(demo, [first, second])
    assert len(plan.conflicts) == 1
    conflict = plan.conflicts[0]
    assert [value for _, value in conflict.proposals] == [40, 50]
    assert conflict.proposals[0][0].startswith("delft.xlsx, Woonbehoefte regel ")
    assert [(c.new, c.sources) for c in plan.changes] == [(7, ("delft.xlsx", "regio.xlsx"))]


def _formulas_everywhere(workbook):
    """A good change, and formulas where Thuisplan reads nothing: the municipality-name
    column, a column without header, a column beyond those it reads, a row far below,
    the Instructie sheet and a sheet of the user's own."""
    need = workbook["Woonbehoefte"]
    need.cell(find_row(need, **DELFT), year_column(need, 2025)).value = 40
    need["B3"] = '=HYPERLINK("https://example.org","Delft")'
    need["M4"] = "=1+1"
    need["BZ5"] = "=SUM(A1:A3)"  # column 78: beyond the 64 columns read
    need["A20000"] = "=NOW()"  # far below the data
    workbook["Instructie"]["C2"] = "=TODAY()"
    workbook.create_sheet("Eigen notities")["A1"] = "=2*3"


def test_a_formula_in_any_cell_is_refused_with_its_place(demo, demo_path, pristine, tmp_path):
    """A formula is refused wherever it is, also where Thuisplan reads nothing: each is
    reported by sheet and cell, and the workbook changes nothing in the vision."""
    path = _variant(pristine, tmp_path, _formulas_everywhere)
    plan = prepare_import(demo, [path])
    places = {(i.sheet, i.row, i.column) for i in plan.issues if "formule" in i.reason}
    assert places == {
        ("Woonbehoefte", 3, "B"),
        ("Woonbehoefte", 4, "M"),
        ("Woonbehoefte", 5, "BZ"),
        ("Woonbehoefte", 20000, "A"),
        ("Instructie", 2, "C"),
        ("Eigen notities", 1, "A"),
    }
    hyperlink = next(i for i in plan.issues if i.column == "B")
    assert hyperlink.reason.startswith("Cel B3 bevat een formule")
    assert hyperlink.value.startswith("=HYPERLINK(")
    assert plan.blocked == ("ingevuld.xlsx",) and plan.changes == ()
    before = file_hash(demo_path)
    apply_import(demo, plan)
    assert file_hash(demo_path) == before


def test_a_formula_row_is_skipped_even_with_valid_rows_only(demo, pristine, tmp_path):
    """Choosing 'valid rows only' never takes a row that holds a formula anywhere."""

    def edit(workbook):
        need = workbook["Woonbehoefte"]
        line = find_row(need, **DELFT)
        need.cell(line, year_column(need, 2025)).value = 40
        need.cell(line, 2).value = '=HYPERLINK("https://example.org","Delft")'
        need.cell(line + 1, year_column(need, 2025)).value = 41

    plan = prepare_import(demo, [_variant(pristine, tmp_path, edit)], valid_rows_only=True)
    assert [(c.year, c.new) for c in plan.changes] == [(2025, 41)]


def test_a_year_cell_formula_is_reported_once(demo, pristine, tmp_path):
    """A formula in a year cell is one issue, named with its year, not two."""
    path = _variant(pristine, tmp_path, _set("Woonbehoefte", 2026, "=3*4"))
    [issue] = prepare_import(demo, [path]).issues
    assert issue.column == "F (2026)" and "bevat een formule" in issue.reason


def _rewrite_part(path, part, change):
    """Rewrite one XML part of the .xlsx at `path` in place: `change(text) -> text`."""
    import zipfile

    items = []
    with zipfile.ZipFile(path) as old:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            items.append((info.filename, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in items:
            new.writestr(name, data)


def test_formulas_in_a_prefixed_namespace_and_shared_ones_are_found(demo, pristine, tmp_path):
    """The XML may name the cell namespace with a prefix, or share one formula over many
    cells; openpyxl would read both as formulas, so both are refused."""
    path = _variant(pristine, tmp_path, lambda workbook: None)

    def change(xml: str) -> str:
        cell = '<x:c xmlns:x="{ns}" r="Q2"><x:f>1+1</x:f><x:v>2</x:v></x:c>'
        shared = '<c r="R2"><f t="shared" si="0"/><v>2</v></c>'
        ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        return xml.replace('<c r="A2"', cell.format(ns=ns) + shared + '<c r="A2"', 1)

    _rewrite_part(path, "xl/worksheets/sheet2.xml", change)
    plan = prepare_import(demo, [path])
    places = {(i.sheet, i.row, i.column) for i in plan.issues if "formule" in i.reason}
    assert {("Woonbehoefte", 2, "Q"), ("Woonbehoefte", 2, "R")} <= places
    assert plan.changes == ()


def test_damaged_compressed_part_is_refused_not_raised(pristine, tmp_path):
    """A part whose compressed bytes are damaged gives the Dutch 'beschadigd', no zlib
    traceback."""
    import zipfile

    from app.reports.collection_import import read_workbook

    data = bytearray(pristine.read_bytes())
    with zipfile.ZipFile(pristine) as archive:
        info = archive.getinfo("xl/worksheets/sheet2.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 20, start + 60):
        data[offset] ^= 0xFF
    damaged = tmp_path / "beschadigd.xlsx"
    damaged.write_bytes(bytes(data))
    reading = read_workbook(damaged, None)
    assert reading.refused is not None and "beschadigd" in reading.refused
