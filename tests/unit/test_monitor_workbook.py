"""The monitoring workbook round trip: a workbook per municipality for a measurement,
filled in as a municipality would, read back into that measurement as one undoable step;
every kind of bad workbook refused with the file unchanged."""

from __future__ import annotations

import json
import shutil

import openpyxl
import pytest

from app import cli
from app.reports.monitor_import import prepare_monitor_import
from app.reports.monitor_workbook import write_monitor_workbooks
from app.services import agreements, measurements
from app.services.edits import monitoring as monitor_edits
from app.storage import open_project_file
from tests.unit.xlsx_helpers import edit_workbook, file_hash, find_row

DELFT = "GM0503"
HOMELESS = "Dak- en thuisloze mensen"


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory, demo_template):
    """The demo's monitoring workbooks for its latest measurement (per 1-7-2026)."""
    folder = tmp_path_factory.mktemp("monitor-workbooks")
    shutil.copyfile(demo_template, folder / "demo.thuisplan")
    with open_project_file(folder / "demo.thuisplan", readonly=True) as project:
        latest = measurements.list_measurements(project)[-1]
        written = write_monitor_workbooks(project, folder, latest.id)
    return {path.stem: path for path in written}


def _delft(workbooks):
    return workbooks["Meting 1-7-2026 Delft"]


def _monitoring(path, capsys) -> dict:
    capsys.readouterr()
    assert cli.main(["summary", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["monitoring"]


def _fill_homeless_2025(workbook, quantity=1, realised=55):
    """Every Delft row of the homeless in 2025 delivered; Delft's flex agreement realised."""
    sheet = workbook["Gerealiseerd"]
    header = [c.value for c in sheet[1]]
    column = header.index(2025) + 1
    for row in sheet.iter_rows(min_row=2):
        if row[2].value == HOMELESS:
            sheet.cell(row[0].row, column).value = quantity
    deals = workbook["Afspraken"]
    deals.cell(find_row(deals, Nummer=2, Jaar=2025), 8).value = realised


def test_the_workbooks_per_municipality_show_planned_beside_delivered(workbooks):
    """One workbook per municipality: Instructie, Gerealiseerd (planned beside each reported
    year, already measured figures filled in) and Afspraken (target and realised)."""
    assert len(workbooks) == 9
    workbook = openpyxl.load_workbook(_delft(workbooks))
    assert workbook.sheetnames == ["Instructie", "Gerealiseerd", "Afspraken"]
    sheet = workbook["Gerealiseerd"]
    header = [c.value for c in sheet[1]]
    assert header[5:] == ["Gepland 2025", 2025, "Gepland 2026", 2026]
    assert {c.value for c in sheet["A"][1:]} == {DELFT}
    line = find_row(
        sheet,
        Aandachtsgroep="Statushouders",
        Woonvorm="Zelfstandig regulier",
        **{"Soort aanbod": "Toewijzing uit vrijkomende voorraad"},
    )
    planned, delivered = sheet.cell(line, 6).value, sheet.cell(line, 7).value
    assert delivered == round(planned * 0.9) + 2  # the demo's second measurement
    assert sheet.cell(line, 6).protection.locked and not sheet.cell(line, 7).protection.locked
    deals = workbook["Afspraken"]
    assert [c.value for c in deals[1]] == [
        "Nummer",
        "Gemeente",
        "Afspraak",
        "Indicator",
        "Eenheid",
        "Jaar",
        "Doel",
        "Gerealiseerd",
    ]
    places = {c.value for c in deals["B"][1:]}
    assert places == {"Delft", "Regio"}  # its own and the region's, not another's
    line = find_row(deals, Nummer=2, Jaar=2025)
    assert (deals.cell(line, 7).value, deals.cell(line, 8).value) == (40, 41)
    text = " ".join(str(c.value) for c in workbook["Instructie"]["A"])
    assert "Kenmerk: TPM-" in text and "formule" in text


def test_the_monitoring_workbook_round_trip(workbooks, demo_path, tmp_path, capsys):
    """Filled in as Delft would, read in as one edit: summary --json shows the delivered
    figures and the realised value; undo brings back the data as it was."""
    filled = edit_workbook(_delft(workbooks), _fill_homeless_2025, tmp_path / "Delft.xlsx")
    before = _monitoring(demo_path, capsys)
    with open_project_file(demo_path) as project:
        latest = measurements.list_measurements(project)[-1]
        kept = measurements.delivered_values(project, latest.id)
        plan = prepare_monitor_import(project, latest.id, [filled])
        assert not plan.delivered.has_problems and len(plan.realised) == 1
        edit = monitor_edits.import_workbooks(project, plan, "Werkboeken inlezen")
        edit.do()
    after = _monitoring(demo_path, capsys)
    delft = [
        d
        for d in after["delivery"]
        if (d["municipality_code"], d["target_group"], d["year"]) == (DELFT, HOMELESS, 2025)
    ]
    assert [d["delivered"] for d in delft] == [20]  # 4 housing types x 5 kinds x 1
    (deal,) = [a for a in after["agreements"] if (a["agreement_id"], a["year"]) == (2, 2025)]
    assert deal["realised"] == 55
    with open_project_file(demo_path) as project:
        edit.undo()
        assert measurements.delivered_values(project, latest.id) == kept
    assert _monitoring(demo_path, capsys) == before


def test_the_cli_reads_workbooks_in_and_dry_run_changes_nothing(
    workbooks, demo_path, tmp_path, capsys
):
    """`monitor-import --dry-run` lists the changes and leaves the file as it was; without
    it the figures are in the latest measurement."""
    filled = edit_workbook(_delft(workbooks), _fill_homeless_2025, tmp_path / "Delft.xlsx")
    before = file_hash(demo_path)
    assert cli.main(["monitor-import", str(demo_path), str(filled), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "meting per 1-7-2026" in out and "proefrun" in out
    assert "Afspraak 2 (" in out and "41 -> 55" in out
    assert file_hash(demo_path) == before
    assert cli.main(["monitor-import", str(demo_path), str(filled)]) == 0
    (deal,) = [
        a
        for a in _monitoring(demo_path, capsys)["agreements"]
        if (a["agreement_id"], a["year"]) == (2, 2025)
    ]
    assert deal["realised"] == 55


def test_the_cli_writes_a_workbook_per_municipality(demo_path, tmp_path, capsys):
    """`monitor-template --as-of` takes the measurement on or before the day."""
    out = tmp_path / "werkboeken"
    assert cli.main(["monitor-template", str(demo_path), str(out), "--as-of", "1-3-2026"]) == 0
    assert "meting per 1-1-2026" in capsys.readouterr().out
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 9 and names[0] == "Meting 1-1-2026 's-Gravenhage.xlsx"
    header = [c.value for c in openpyxl.load_workbook(out / names[1])["Gerealiseerd"][1]]
    assert header[5:] == ["Gepland 2025", 2025]  # per 1-1-2026: only 2025 is reported
    assert cli.main(["monitor-template", str(demo_path), str(out), "--as-of", "1-3-2020"]) == 1
    assert "Er is geen meting op of voor 1-3-2020" in capsys.readouterr().err


def _mark(replace_from: str, replace_to: str):
    def edit(workbook):
        for (cell,) in workbook["Instructie"].iter_rows(max_col=1):
            if isinstance(cell.value, str) and cell.value.startswith("Kenmerk: "):
                cell.value = cell.value.replace(replace_from, replace_to)

    return edit


def _set_cell(sheet, coordinate, value):
    def edit(workbook):
        workbook[sheet][coordinate] = value

    return edit


def _delete_column(sheet, column):
    def edit(workbook):
        workbook[sheet].delete_cols(column)

    return edit


def _rename(sheet, title):
    def edit(workbook):
        workbook[sheet].title = title

    return edit


BAD = [
    ("another vision", _mark("TPM-", "TPM-0"), "hoort bij een andere woonzorgvisie"),
    ("another measurement", _mark("2026-07-01", "2026-01-01"), "hoort bij een andere meting"),
    ("another municipality", _mark(DELFT, "GM9999"), "die niet in deze woonzorgvisie zit"),
    ("no mark", _mark("Kenmerk: ", "Kenmerk - "), "geen monitoringswerkboek"),
    ("a formula elsewhere", _set_cell("Instructie", "C3", "=1+1"), "bevat een formule"),
    ("a formula in a year", _set_cell("Gerealiseerd", "G2", "=F2"), "bevat een formule"),
    ("negative", _set_cell("Gerealiseerd", "G2", -3), "negatief"),
    ("not whole", _set_cell("Gerealiseerd", "G2", 12.5), "geen geheel getal"),
    ("text realised", _set_cell("Afspraken", "H2", "veel"), "is geen getal"),
    ("another municipality's row", _set_cell("Gerealiseerd", "A2", "GM0518"), "hoort niet bij"),
    ("a key column deleted", _delete_column("Gerealiseerd", 5), "'Soort aanbod' ontbreekt"),
    ("agreements moved", _delete_column("Afspraken", 2), "ontbreekt of is verplaatst"),
    ("a sheet renamed", _rename("Afspraken", "Deals"), "'Afspraken' ontbreekt"),
]


@pytest.mark.parametrize(("what", "edit", "reason"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_workbook_is_refused_and_nothing_changes(
    workbooks, demo_path, tmp_path, capsys, what, edit, reason
):
    """Each kind of bad workbook: a Dutch reason on stderr, exit code 1, the vision's file
    byte for byte as it was (the good cells of the workbook are not taken either)."""
    bad = edit_workbook(_delft(workbooks), _both(edit), tmp_path / "Delft.xlsx")
    before = file_hash(demo_path)
    assert cli.main(["monitor-import", str(demo_path), str(bad)]) == 1
    captured = capsys.readouterr()
    assert reason.casefold() in captured.err.casefold(), captured.err
    assert "Wijzigingen (0)" in captured.out and "Realisaties van afspraken (0)" in captured.out
    assert file_hash(demo_path) == before


def _both(edit):
    """A good change and a bad one: the good one must not come in either."""

    def both(workbook):
        _fill_homeless_2025(workbook)
        edit(workbook)

    return both


def test_not_a_workbook_is_refused(demo_path, tmp_path, capsys):
    """A text file named .xlsx: refused with the reason, the file unchanged."""
    fake = tmp_path / "Delft.xlsx"
    fake.write_text("Gemeentecode;Gemeente\n", encoding="utf-8")
    before = file_hash(demo_path)
    assert cli.main(["monitor-import", str(demo_path), str(fake)]) == 1
    assert "Geweigerd: Delft.xlsx" in capsys.readouterr().err
    assert file_hash(demo_path) == before


def test_a_measurement_s_import_leaves_other_measurements_alone(workbooks, demo_path, tmp_path):
    """The workbook of the latest measurement read into it changes no figure of the first."""
    filled = edit_workbook(_delft(workbooks), _fill_homeless_2025, tmp_path / "Delft.xlsx")
    with open_project_file(demo_path) as project:
        first, latest = measurements.list_measurements(project)
        kept = measurements.delivered_values(project, first.id)
        plan = prepare_monitor_import(project, latest.id, [filled])
        monitor_edits.import_workbooks(project, plan, "Inlezen").do()
        assert measurements.delivered_values(project, first.id) == kept
        deal = agreements.list_agreements(project)[1]
        assert measurements.realised_values(project)[(first.id, deal.id, 2025)] == 36


def test_two_municipalities_disagreeing_about_a_regional_agreement(workbooks, demo_path, tmp_path):
    """A regional agreement is in every municipality's workbook: two different realised
    values are a conflict, shown and left as they are; the delivered figures still come in."""

    def realised(value):
        def edit(workbook):
            deals = workbook["Afspraken"]
            deals.cell(find_row(deals, Nummer=4, Jaar=2025), 8).value = value

        return edit

    delft = edit_workbook(_delft(workbooks), realised(70), tmp_path / "Delft.xlsx")
    westland = edit_workbook(
        workbooks["Meting 1-7-2026 Westland"], realised(75), tmp_path / "Westland.xlsx"
    )
    with open_project_file(demo_path) as project:
        latest = measurements.list_measurements(project)[-1]
        plan = prepare_monitor_import(project, latest.id, [delft, westland])
    assert plan.realised == ()
    ((row, proposals),) = plan.realised_conflicts
    assert (row.agreement_id, row.year) == (4, 2025)
    assert [value for _origin, value in proposals] == [70, 75]
