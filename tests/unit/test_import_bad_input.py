"""Bad values in imported uitvraag-werkboeken, property-based: hypothesis builds workbooks
with good rows and one or more bad cells (text, decimals, negatives, huge numbers, dates,
booleans, formulas, error values, unknown municipalities, groups, housing types or kinds,
duplicate rows, years outside the plan period). Every bad cell is reported by sheet, row and
column with a Dutch reason; nothing of the workbook is applied; the database is unchanged."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.reports.collection_import import prepare_import
from app.services import figures, municipalities
from app.services.collection import collection_layout
from app.services.collection_plan import apply_import
from app.services.reference_data import normalise_code
from app.services.validation import MAX_QUANTITY
from tests.unit.test_bad_input import RULE, state

YEARS = (2025, 2026, 2027)
KEYS = ["Gemeentecode", "Gemeente", "Aandachtsgroep", "Woonvorm"]
# Text a spreadsheet cell can hold (XML forbids most control characters).
CELL_TEXT = st.characters(blacklist_categories=("Cc", "Cs"))
EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

BAD_VALUES = st.one_of(
    st.tuples(st.just("text"), st.text(CELL_TEXT, min_size=1, max_size=20).filter(
        lambda t: t.strip() and not t.strip().isdigit() and not t.startswith(("=", "#"))
    )),
    st.tuples(st.just("decimal"), st.floats(0, 1000).filter(lambda f: not f.is_integer())),
    st.tuples(st.just("negative"), st.integers(-(10**6), -1)),
    st.tuples(st.just("huge"), st.integers(MAX_QUANTITY + 1, 10**15)),
    st.tuples(st.just("huge"), st.just(1e300)),
    st.tuples(st.just("date"), st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1))),
    st.tuples(st.just("boolean"), st.booleans()),
    st.tuples(st.just("formula"), st.sampled_from(["=1+1", "=SUM(F2:F3)", '=HYPERLINK("x")'])),
    st.tuples(st.just("error value"), st.sampled_from(["#N/A", "#DIV/0!", "#VALUE!"])),
)  # fmt: skip


@pytest.fixture
def setup(project, tmp_path):
    """The test vision with an allocation rule; its layout; a folder for workbooks."""
    figures.set_allocation_rule(project, RULE[0], RULE[1], 25)
    municipalities.set_vacancies(project, RULE[0], 2026, 40)
    return project, collection_layout(project), tmp_path


def _sheet_rows(layout, capacity: bool) -> list[list]:
    rows = layout.capacity_rows if capacity else layout.need_rows
    return [
        [r.municipality_code, r.municipality_name, r.group_label, r.housing_type.label]
        + ([r.kind.label] if capacity else [])
        for r in rows
        if not r.computed
    ]


def _computed_row(layout) -> list:
    row = next(r for r in layout.capacity_rows if r.computed)
    return [row.municipality_code, row.municipality_name, row.group_label,
            row.housing_type.label, row.kind.label]  # fmt: skip


@st.composite
def workbooks(draw, layout):
    """(sheets, injected): sheet name -> rows (header first); injected -> [(kind, sheet,
    spreadsheet row)] of every bad cell or row put in."""
    sheets, injected = {}, []
    for sheet, capacity in (("Woonbehoefte", False), ("Aanbod", True)):
        keys = _sheet_rows(layout, capacity)
        chosen = draw(st.lists(st.sampled_from(keys), unique_by=tuple, max_size=6))
        header = [*KEYS, *(["Soort aanbod"] if capacity else []), *YEARS]
        rows = [
            [*key, *draw(st.lists(st.one_of(st.none(), st.integers(0, 500)), min_size=3,
                                  max_size=3))]
            for key in chosen
        ]  # fmt: skip
        sheets[sheet] = [header, *rows]
    for _ in range(draw(st.integers(1, 3))):
        sheet = draw(st.sampled_from(list(sheets)))
        _inject(draw, sheets, sheet, layout, injected)
    return sheets, injected


def _inject(draw, sheets, sheet, layout, injected) -> None:
    capacity = sheet == "Aanbod"
    rows = sheets[sheet]
    fresh = [*draw(st.sampled_from(_sheet_rows(layout, capacity))), 1, 1, 1]
    kind = draw(st.sampled_from(
        ["value"] * 6 + ["municipality", "group", "housing type", "duplicate row", "header year"]
        + (["capacity kind", "computed cell"] if capacity else [])
    ))  # fmt: skip
    if kind == "value":
        kind, value = draw(BAD_VALUES)
        fresh[len(fresh) - 3 + draw(st.integers(0, 2))] = value
    elif kind == "municipality":
        fresh[0] = draw(st.one_of(st.from_regex(r"GM\d{4}", fullmatch=True),
                                  st.text(CELL_TEXT, max_size=8))
                        .filter(lambda c: c.strip() and normalise_code(" ".join(c.split()))
                                not in layout.municipality_names))  # fmt: skip
        kind = "unknown municipality"
    elif kind in ("group", "housing type", "capacity kind"):
        column = {"group": 2, "housing type": 3, "capacity kind": 4}[kind]
        fresh[column] = draw(st.text(CELL_TEXT, min_size=1, max_size=12).filter(str.strip))
        kind = f"unknown {kind}"
        if _known_label(layout, column, fresh[column]):
            return
    elif kind == "duplicate row":
        if len(rows) < 2:
            return
        fresh = list(draw(st.sampled_from(rows[1:])))
    elif kind == "header year":
        year = draw(st.integers(1990, 2100).filter(lambda y: y not in YEARS))
        rows[0] = [*rows[0], year]
        injected.append(("year outside", sheet, 1))
        return
    else:  # a value in a row the allocation rule computes
        fresh = [*_computed_row(layout), 1, 999, 1]
    rows.append(fresh)
    injected.append((kind, sheet, len(rows)))


def _known_label(layout, column: int, label: str) -> bool:
    from app.models import CapacityKind, HousingType

    folded = " ".join(label.split()).casefold()
    if column == 2:
        return folded in {" ".join(g.label.split()).casefold() for g in layout.groups} | {
            " ".join(label.split()).casefold() for label in layout.inactive_labels
        }
    enum = HousingType if column == 3 else CapacityKind
    return any(folded in (m.label.casefold(), m.value) for m in enum)


def _save(sheets: dict, path: Path) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def test_every_bad_cell_is_reported_and_nothing_is_imported(setup):
    """Each injected bad cell or row is reported at its sheet and row; the workbook is
    blocked, applying the plan writes nothing, and the data are unchanged."""
    project, layout, folder = setup
    counts: Counter = Counter()
    before = state(project)

    @EXAMPLES
    @given(data=st.data())
    def check(data):
        sheets, injected = data.draw(workbooks(layout))
        if not injected:
            return
        path = _save(sheets, folder / "ingevuld.xlsx")
        plan = prepare_import(project, [path])
        places = {(issue.sheet, issue.row) for issue in plan.issues}
        for kind, sheet, row in injected:
            assert (sheet, row) in places, (kind, sheet, row, plan.issues)
            counts[kind] += 1
        assert all(issue.reason and issue.column is not None for issue in plan.issues)
        assert plan.blocked == ("ingevuld.xlsx",) and plan.changes == ()
        apply_import(project, plan)
        assert state(project) == before

    check()
    print("import refused:", dict(counts))
    assert len(counts) >= 10


def test_valid_rows_only_never_takes_a_bad_row(setup):
    """With 'alleen de goede regels', the rows with a bad cell contribute nothing."""
    project, layout, folder = setup

    @EXAMPLES
    @given(data=st.data())
    def check(data):
        sheets, injected = data.draw(workbooks(layout))
        path = _save(sheets, folder / "ingevuld.xlsx")
        plan = prepare_import(project, [path], valid_rows_only=True)
        bad_rows = {(issue.sheet, issue.row) for issue in plan.issues if issue.row > 1}
        taken = {
            (sheet, line)
            for change in plan.changes
            for sheet, line in _lines(sheets, change.row, change.year)
        }
        assert not (taken & bad_rows)

    check()


def _lines(sheets, row, year):
    """Spreadsheet rows of the sheets whose keys match `row` (for locating a change)."""
    sheet = "Aanbod" if row.kind is not None else "Woonbehoefte"
    key = [row.municipality_code, row.municipality_name, row.group_label, row.housing_type.label]
    if row.kind is not None:
        key.append(row.kind.label)
    for line, values in enumerate(sheets[sheet][1:], start=2):
        if list(values[: len(key)]) == key:
            yield sheet, line


@pytest.mark.parametrize(
    ("raw", "refused"),
    [("inf", True), ("NaN", True), ("9" * 5000, True), ("1e400", False), ("-1E3", False)],
    ids=["inf", "nan", "5000-digits", "overflow-to-inf", "negative-exponent"],
)
def test_hand_made_numbers_excel_never_writes(setup, raw, refused):
    """Cells a hand-edited file can hold but Excel never writes (inf, NaN, 5000 digits,
    1e400): the workbook is refused as damaged, or the cell reported; nothing applied."""
    import zipfile

    project, layout, folder = setup
    keys = _sheet_rows(layout, False)[0]
    sheets = {
        "Woonbehoefte": [[*KEYS, *YEARS], [*keys, 123456, None, None]],
        "Aanbod": [[*KEYS, "Soort aanbod", *YEARS]],
    }
    plain = _save(sheets, folder / "plain.xlsx")
    path = folder / "handwerk.xlsx"
    with zipfile.ZipFile(plain) as old, zipfile.ZipFile(path, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b"<v>123456</v>" in data
                data = data.replace(b"<v>123456</v>", f"<v>{raw}</v>".encode())
            new.writestr(item, data)
    before = state(project)
    plan = prepare_import(project, [path])
    if refused:
        assert plan.refused and "is beschadigd" in plan.refused[0][1]
    else:
        assert [(i.sheet, i.row, i.column) for i in plan.issues] == [
            ("Woonbehoefte", 2, "E (2025)")
        ]
    assert plan.changes == ()
    apply_import(project, plan)
    assert state(project) == before
