"""One truth for every figure: over generated visions with random empty and zero cells, the
Opgave page's table model, `summary --json`, the Excel annex (its cached values and what its
formulas compute) and the Word vision's tables give the same figures for every selection,
and every figure that depends on an empty expected input is unknown in all of them.

The expected figures are worked out here from the generated inputs alone, by the rule
(need - capacity per municipality x group x housing type x year; shortage and surplus
summed per cell; a sum with an empty input is unknown), not by the services.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import docx
import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from app.models import CapacityKind, HousingType
from app.reports import docx_vision
from app.reports.xlsx_annex import write_data_annex
from app.services import figures
from app.services.analysis import analyse
from app.services.figures import Cell, CellChange
from app.services.gap_table import gap_table
from app.services.selection import Selection
from app.services.summary import summary_data
from app.services.target_groups import list_target_groups, set_group_active, update_group
from app.services.vision import create_vision
from app.views.models.gap_table_model import GapTableModel

CODES = ("GM0503", "GM0518")
YEARS = (2025, 2026)
TYPES = (HousingType.INDEPENDENT_REGULAR, HousingType.ROOM, HousingType.FLEX)
UNKNOWN = "onbekend"

known = st.one_of(st.just(0), st.integers(0, 40))
maybe = st.one_of(st.none(), known)
complete_cells = st.tuples(known, st.tuples(*[known for _ in CapacityKind]))
partial_cells = st.tuples(maybe, st.tuples(*[maybe for _ in CapacityKind]))
visions = st.tuples(
    st.lists(st.sets(st.sampled_from(TYPES), min_size=1), min_size=2, max_size=2),
    st.integers(0, 6),  # one in N cells may be partly empty (0: none): complete sums are common
    st.data(),
)


@dataclass(frozen=True)
class Expected:
    need: int | None
    capacity: int | None
    shortage: int | None
    surplus: int | None

    @property
    def gap(self):
        return None if self.shortage is None else self.shortage - self.surplus


def expected(inputs, group_types, groups, municipalities, years) -> Expected:
    """The rule, worked out on the generated inputs."""
    need = capacity = shortage = surplus = 0
    for g in groups:
        for m in municipalities:
            for t in group_types[g]:
                for y in years:
                    n, caps = inputs.get((m, g, t, y), (None, (None,) * len(CapacityKind)))
                    c = None if None in caps else sum(caps)
                    need = None if need is None or n is None else need + n
                    capacity = None if capacity is None or c is None else capacity + c
                    if n is None or c is None or shortage is None:
                        shortage = surplus = None
                    else:
                        shortage += max(n - c, 0)
                        surplus += max(c - n, 0)
    return Expected(need, capacity, shortage, surplus)


def build(tmp_path, types, partial_one_in, data):
    """A vision of two municipalities and two groups with the generated cells."""
    project = create_vision(
        tmp_path / "v.thuisplan",
        title="Eigenschap",
        municipality_codes=list(CODES),
        start_year=YEARS[0],
        end_year=YEARS[-1],
        region_name="Proef",
    )
    all_groups = list_target_groups(project)
    groups = all_groups[:2]
    for group in all_groups[2:]:
        set_group_active(project, group.id, False)
    group_types = {}
    for group, chosen in zip(groups, types, strict=True):
        ordered = [t for t in HousingType if t in chosen]
        update_group(project, group.id, housing_types=ordered)
        group_types[group.id] = ordered
    inputs, changes = {}, []
    for group in groups:
        for code in CODES:
            for t in group_types[group.id]:
                for y in YEARS:
                    partly = partial_one_in and data.draw(st.integers(1, partial_one_in)) == 1
                    need, caps = data.draw(partial_cells if partly else complete_cells)
                    inputs[(code, group.id, t, y)] = (need, caps)
                    changes.append(CellChange(Cell(code, group.id, t, y), need))
                    changes += [
                        CellChange(Cell(code, group.id, t, y, kind), value)
                        for kind, value in zip(CapacityKind, caps, strict=True)
                    ]
    figures.set_cells(project, [c for c in changes if c.quantity is not None])
    return project, [g.id for g in groups], group_types, inputs


def text_of(value) -> str:
    """How the documents write a count or a signed gap."""
    if value is None:
        return UNKNOWN
    return f"{value:,}".replace(",", ".")


def signed_text(value) -> str:
    if value is None:
        return UNKNOWN
    if value > 0:
        return "+" + text_of(value)
    if value < 0:
        return "\u2212" + text_of(-value)
    return "0"


def model_total(analysis, selection) -> tuple:
    """The Opgave page's table model: the displayed total line (need, capacity, shortage,
    surplus, gap), read back as numbers."""
    model = GapTableModel()
    model.set_table(gap_table(analysis, selection))
    headers = {
        model.headerData(c, Qt.Orientation.Horizontal): c for c in range(model.columnCount())
    }
    last = model.rowCount() - 1

    def read(header):
        shown = model.data(model.index(last, headers[header]))
        if shown == UNKNOWN:
            return None
        return int(shown.replace(".", "").replace("+", "").replace("\u2212", "-"))

    return tuple(
        read(h) for h in ("Woonbehoefte", "Aanbod totaal", "Tekort", "Overschot", "Opgave")
    )


FORMULA_GAP = re.compile(
    r'^=IF\(OR\((\w+)!([A-Z]+\d+)="",(\w+)!([A-Z]+\d+)=""\),"",\w+!\w+-\w+!\w+\)$'
)


def evaluate_gap(formula, workbook):
    match = FORMULA_GAP.match(formula)
    assert match, formula
    need = workbook[match.group(1)][match.group(2)].value
    capacity = workbook[match.group(3)][match.group(4)].value
    return None if need in (None, "") or capacity in (None, "") else need - capacity


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(visions)
def test_screen_summary_excel_and_word_agree_and_unknown_stays_unknown(
    qapp, tmp_path_factory, monkeypatch, vision
):
    """For every selection the four outputs equal the rule worked out on the inputs."""
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    types, partial_one_in, data = vision
    folder = tmp_path_factory.mktemp("truth")
    project, group_ids, group_types, inputs = build(folder, types, partial_one_in, data)
    try:
        analysis = analyse(project)
        ids = {m.code: m.id for m in analysis.figures.municipalities}
        by_id = {v: k for k, v in ids.items()}
        _check_model(analysis, inputs, group_types, group_ids, ids)
        _check_summary(analysis, inputs, group_types, by_id)
        _check_excel(project, folder, analysis, inputs, group_types)
        _check_word(project, folder, analysis, inputs, group_types, group_ids)
    finally:
        project.close()


def _check_model(analysis, inputs, group_types, group_ids, ids):
    for code in (None, *CODES):
        for g in (None, *group_ids):
            selection = Selection(municipality_id=ids.get(code), group_id=g)
            want = expected(
                inputs,
                group_types,
                group_ids if g is None else [g],
                CODES if code is None else [code],
                YEARS,
            )
            shown = model_total(analysis, selection)
            assert shown == (want.need, want.capacity, want.shortage, want.surplus, want.gap)


def _check_summary(analysis, inputs, group_types, by_id):
    labels = {g.label: g.id for g in analysis.figures.groups}
    for item in summary_data(analysis)["gaps"]:
        g = labels[item["target_group"]]
        want = expected(inputs, group_types, [g], [item["municipality_code"]], [item["year"]])
        got = (item["need"], item["capacity"], item["shortage"], item["surplus"], item["gap"])
        assert got == (want.need, want.capacity, want.shortage, want.surplus, want.gap)
        assert bool(item["missing"]) == (want.gap is None)


def _check_excel(project, folder, analysis, inputs, group_types):
    path = write_data_annex(project, folder / "bijlage.xlsx")
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    labels = {g.label: g.id for g in analysis.figures.groups}
    for line in range(2, 2 + len(CODES) * len(labels)):
        code = formulas["Opgave"].cell(line, 1).value
        g = labels[formulas["Opgave"].cell(line, 3).value]
        for offset, year in enumerate(YEARS):
            column = 4 + offset
            want = expected(inputs, group_types, [g], [code], [year])
            assert cached["Woonbehoefte"].cell(line, column).value == want.need
            assert cached["Aanbod"].cell(line, column).value == want.capacity
            formula = formulas["Opgave"].cell(line, column).value
            assert evaluate_gap(formula, formulas) == want.gap
            assert cached["Opgave"].cell(line, column).value in (
                (want.gap,) if want.gap is not None else ("", None)
            )
    overview = cached["Overzicht"]
    for row in overview.iter_rows(values_only=True):
        if row and row[0] in labels:
            want = expected(inputs, group_types, [labels[row[0]]], CODES, YEARS)
            assert row[1:6] == (want.need, want.capacity, want.shortage, want.surplus, want.gap)


def _check_word(project, folder, analysis, inputs, group_types, group_ids):
    path = docx_vision.write_vision_document(project, folder / "visie.docx")
    tables = [
        [[cell.text for cell in row.cells] for row in table.rows]
        for table in docx.Document(str(path)).tables
    ]
    per_municipality = [
        t
        for t in tables
        if t[0][:6] == ["Gemeente", "Behoefte", "Aanbod", "Tekort", "Overschot", "Opgave"]
    ]
    # Chapter 3: one table per group; chapter 4.1: all groups together.
    assert len(per_municipality) == len(group_ids) + 1
    names = {m.name: m.code for m in analysis.figures.municipalities}
    for table, groups in zip(per_municipality, [[g] for g in group_ids] + [group_ids], strict=True):
        for row in table[1:]:
            places = CODES if row[0] == "Regio" else [names[row[0]]]
            want = expected(inputs, group_types, groups, places, YEARS)
            assert row[1:6] == [
                text_of(want.need),
                text_of(want.capacity),
                text_of(want.shortage),
                text_of(want.surplus),
                signed_text(want.gap),
            ]
