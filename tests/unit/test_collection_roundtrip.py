"""The uitvraag-werkboek round trip: template -> fill in -> import -> apply."""

from __future__ import annotations

import openpyxl
import pytest

from app.models import CapacityKind, HousingType
from app.reports.collection_import import prepare_import
from app.reports.collection_template import write_collection_template
from app.services import figures
from app.services.analysis import load_figures
from app.services.collection import collection_layout
from app.services.collection_plan import apply_import, undo_import
from app.services.target_groups import list_target_groups
from tests.unit.xlsx_helpers import edit_workbook, find_row, year_column

HOMELESS = "Dak- en thuisloze mensen"


@pytest.fixture
def template(demo, tmp_path):
    """The demo's uitvraag-werkboek."""
    return write_collection_template(demo, tmp_path / "uitvraag.xlsx")


def _group_id(project, label: str) -> int:
    return next(g.id for g in list_target_groups(project) if g.label == label)


def test_layout_has_the_agreed_sheets_and_headers(demo, template):
    """Sheets Instructie/Woonbehoefte/Aanbod; headers are the keys then the plan years."""
    workbook = openpyxl.load_workbook(template)
    assert workbook.sheetnames == ["Instructie", "Woonbehoefte", "Aanbod"]
    years = list(range(2025, 2031))
    need_header = [c.value for c in workbook["Woonbehoefte"][1]]
    capacity_header = [c.value for c in workbook["Aanbod"][1]]
    assert need_header == ["Gemeentecode", "Gemeente", "Aandachtsgroep", "Woonvorm", *years]
    assert capacity_header == [
        "Gemeentecode",
        "Gemeente",
        "Aandachtsgroep",
        "Woonvorm",
        "Soort aanbod",
        *years,
    ]


def test_one_row_per_combination_the_vision_asks_for(demo, template):
    """Need: active groups x their housing types x municipalities; Aanbod also x kinds."""
    groups = list_target_groups(demo, active_only=True)
    expected = sum(len(g.housing_types) for g in groups) * 9
    workbook = openpyxl.load_workbook(template)
    assert workbook["Woonbehoefte"].max_row - 1 == expected
    assert workbook["Aanbod"].max_row - 1 == expected * len(CapacityKind)


def test_rows_are_prefilled_with_the_current_values(demo, template):
    """Delft's need for homeless people in regular homes shows the stored values."""
    group_id = _group_id(demo, HOMELESS)
    series = next(
        s
        for s in figures.need_series(demo, group_id)
        if s.municipality_code == "GM0503" and s.housing_type is HousingType.INDEPENDENT_REGULAR
    )
    sheet = openpyxl.load_workbook(template)["Woonbehoefte"]
    line = find_row(
        sheet, Gemeentecode="GM0503", Aandachtsgroep=HOMELESS, Woonvorm="Zelfstandig regulier"
    )
    shown = {year: sheet.cell(line, year_column(sheet, year)).value for year in range(2025, 2031)}
    assert shown == series.values


def test_year_cells_validated_and_keys_locked(template):
    """Whole-number validation >= 0 on the year cells; keys locked, years open, sheet protected."""
    sheet = openpyxl.load_workbook(template)["Aanbod"]
    assert sheet.protection.sheet
    validation = sheet.data_validations.dataValidation[0]
    assert validation.type == "whole" and validation.formula1 == "0"
    assert str(validation.sqref) == f"F2:K{sheet.max_row}"
    assert sheet["A2"].protection.locked
    open_rows = [r for r in range(2, 40) if not sheet.cell(r, 6).protection.locked]
    assert open_rows


def test_instruction_sheet_in_dutch(template):
    """The Instructie sheet explains in Dutch how to fill the workbook and how numbers are
    read: whole numbers, '1.000' is a thousand, no decimals, empty is 'niet ingevuld', no
    formulas anywhere."""
    text = " ".join(
        str(c.value) for row in openpyxl.load_workbook(template)["Instructie"] for c in row
    )
    assert "Hoe vult u dit werkboek in?" in text and "alleen hele aantallen" in text
    assert "'1.000' is duizend" in text and "zonder decimalen" in text
    assert "Een lege cel betekent 'niet ingevuld'" in text
    assert "Gebruik nergens formules" in text


def _edit_cells(template, edits):
    """edits: (sheet, keys, year, value)."""

    def edit(workbook):
        for sheet_name, keys, year, value in edits:
            sheet = workbook[sheet_name]
            sheet.cell(find_row(sheet, **keys), year_column(sheet, year)).value = value

    return edit_workbook(template, edit)


DELFT_REGULAR = dict(
    Gemeentecode="GM0503", Aandachtsgroep=HOMELESS, Woonvorm="Zelfstandig regulier"
)
WASSENAAR_PITCH = dict(
    Gemeentecode="GM0629",
    Aandachtsgroep="Woonwagenbewoners",
    Woonvorm="Standplaats",
    **{"Soort aanbod": "Nieuwbouw"},
)


def test_round_trip_changes_exactly_the_filled_cells(demo, template):
    """Two edited cells become two changes (old -> new); after applying, every other
    figure of the vision is as before."""
    before = load_figures(demo)
    _edit_cells(
        template,
        [("Woonbehoefte", DELFT_REGULAR, 2027, 999), ("Aanbod", WASSENAAR_PITCH, 2030, 77)],
    )
    plan = prepare_import(demo, [template])
    assert not plan.has_problems
    described = {(c.row.describe(c.year), c.new) for c in plan.changes}
    assert described == {
        ("Delft · Dak- en thuisloze mensen · Zelfstandig regulier · 2027", 999),
        ("Wassenaar · Woonwagenbewoners · Standplaats · Nieuwbouw · 2030", 77),
    }
    apply_import(demo, plan)
    after = load_figures(demo)
    homeless = _group_id(demo, HOMELESS)
    caravans = _group_id(demo, "Woonwagenbewoners")
    delft = next(m.id for m in before.municipalities if m.code == "GM0503")
    wassenaar = next(m.id for m in before.municipalities if m.code == "GM0629")
    changed_need = {(delft, homeless, HousingType.INDEPENDENT_REGULAR, 2027)}
    changed_capacity = {(wassenaar, caravans, HousingType.PITCH, 2030)}
    keys = before.inputs.keys() | after.inputs.keys()
    need = {
        k for k in keys if before.inputs.get(k) and after.inputs[k].need != before.inputs[k].need
    }
    assert need == changed_need
    capacity = {k for k in keys if after.inputs[k].capacity != before.inputs[k].capacity}
    assert capacity == changed_capacity
    layout = collection_layout(demo)
    row = layout.row(("GM0503", homeless, HousingType.INDEPENDENT_REGULAR, None))
    assert row is not None and row.values[2027] == 999


def test_apply_is_one_set_cells_call_and_undo_restores(demo, template, monkeypatch):
    """The import is written with ONE set_cells call (one undo step); undo puts it back."""
    original = figures.set_cells
    calls = []

    def counting(project, changes):
        calls.append(len(changes))
        return original(project, changes)

    monkeypatch.setattr(figures, "set_cells", counting)
    before = load_figures(demo)
    _edit_cells(
        template,
        [("Woonbehoefte", DELFT_REGULAR, 2025, 1), ("Woonbehoefte", DELFT_REGULAR, 2026, 2)],
    )
    applied = apply_import(demo, prepare_import(demo, [template]))
    assert calls == [2]
    assert len(applied.previous) == 2 and None not in applied.previous
    undo_import(demo, applied)
    assert load_figures(demo).inputs == before.inputs


def test_empty_cell_leaves_the_value_alone(demo, template):
    """Emptying a pre-filled cell is 'not filled in': nothing changes."""
    _edit_cells(template, [("Woonbehoefte", DELFT_REGULAR, 2025, None)])
    plan = prepare_import(demo, [template])
    assert plan.changes == () and not plan.has_problems


def test_progress_reported_and_cancel_leaves_no_file(demo, tmp_path):
    """The template writer reports its steps; a cancelled run writes nothing."""
    from app.reports.export_io import ExportCancelled

    seen = []
    write_collection_template(
        demo, tmp_path / "a.xlsx", progress=lambda done, total, text: seen.append((done, total))
    )
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    with pytest.raises(ExportCancelled):
        write_collection_template(demo, tmp_path / "b.xlsx", is_cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["a.xlsx"]


def test_one_workbook_per_municipality_holds_its_own_rows(demo, tmp_path):
    """Per gemeente: one workbook each, named after it, with only its rows; together they
    ask for exactly what the regional workbook asks for."""
    from app.reports.collection_template import write_collection_templates

    layout = collection_layout(demo)
    written = write_collection_templates(demo, tmp_path)
    assert [p.name for p in written] == [
        f"Uitvraag {name}.xlsx" for name in layout.municipality_names.values()
    ]
    need_keys, capacity_keys = set(), set()
    for path, (code, name) in zip(written, layout.municipality_names.items(), strict=True):
        workbook = openpyxl.load_workbook(path)
        need = list(workbook["Woonbehoefte"].iter_rows(min_row=2, values_only=True))
        capacity = list(workbook["Aanbod"].iter_rows(min_row=2, values_only=True))
        assert {row[0] for row in need} == {row[0] for row in capacity} == {code}
        need_keys |= {row[:4] for row in need}
        capacity_keys |= {row[:5] for row in capacity}
        assert workbook["Instructie"]["A2"].value == f"Voor de gemeente {name}."
        assert workbook["Aanbod"].protection.sheet
    assert need_keys == {
        (r.municipality_code, r.municipality_name, r.group_label, r.housing_type.label)
        for r in layout.need_rows
    }
    assert len(capacity_keys) == len(layout.capacity_rows)


def test_municipal_workbooks_are_read_in_one_after_the_other(demo, tmp_path):
    """Delft and Wassenaar each fill their own workbook; both imports land."""
    from app.reports.collection_template import write_collection_templates

    written = {
        p.stem.removeprefix("Uitvraag "): p for p in write_collection_templates(demo, tmp_path)
    }
    _edit_cells(written["Delft"], [("Woonbehoefte", DELFT_REGULAR, 2027, 999)])
    _edit_cells(written["Wassenaar"], [("Aanbod", WASSENAAR_PITCH, 2030, 77)])
    for name, expected in (("Delft", 999), ("Wassenaar", 77)):
        plan = prepare_import(demo, [written[name]])
        assert not plan.has_problems
        assert [c.new for c in plan.changes] == [expected]
        apply_import(demo, plan)
    homeless = _group_id(demo, HOMELESS)
    caravans = _group_id(demo, "Woonwagenbewoners")
    layout = collection_layout(demo)
    assert (
        layout.row(("GM0503", homeless, HousingType.INDEPENDENT_REGULAR, None)).values[2027] == 999
    )
    pitch = layout.row(("GM0629", caravans, HousingType.PITCH, CapacityKind.NEW_BUILD))
    assert pitch.values[2030] == 77


def test_municipal_workbooks_need_an_existing_folder_and_stop_when_cancelled(demo, tmp_path):
    """A missing folder is a Dutch message; a cancelled run keeps only finished workbooks."""
    from app.reports.collection_template import write_collection_templates
    from app.reports.export_io import ExportCancelled, ExportError

    with pytest.raises(ExportError, match="bestaat niet"):
        write_collection_templates(demo, tmp_path / "nergens")
    steps = []

    def cancel_in_the_second_workbook() -> bool:
        steps.append(1)
        return len(steps) > 5

    folder = tmp_path / "uitvraag"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        write_collection_templates(demo, folder, is_cancelled=cancel_in_the_second_workbook)
    assert [p.name for p in folder.iterdir()] == ["Uitvraag Delft.xlsx"]
