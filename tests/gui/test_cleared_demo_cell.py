"""The case from the report, end to end: in the example vision the need of Delft, Dak- en
thuisloze mensen, Zelfstandig regulier, 2025 is cleared. Every output then says the figures
that depend on it are unknown — the grid, the Opgave page, `summary --json` (a separate
process, as a user runs it), the Word vision and the Excel annex — and none shows the sum
of the other cells."""

from __future__ import annotations

import json

import docx
import openpyxl

from app.models import HousingType
from app.services.progress import Step
from tests.e2e.test_cli import thuisplan
from tests.gui.helpers import click_cell
from tests.gui.test_wizard import go_to

DELFT = "GM0503"
HOMELESS = "Dak- en thuisloze mensen"


def test_a_cleared_demo_cell_is_unknown_everywhere(qtbot, launcher, demo_path, data_dir, tmp_path):
    window = launcher.open_file(demo_path)
    qtbot.waitExposed(window)
    need = go_to(qtbot, window, Step.NEED)
    model = need.model
    row = next(
        i
        for i, r in enumerate(model.rows)
        if r.municipality_code == DELFT and r.housing_type is HousingType.INDEPENDENT_REGULAR
    )
    column = model.year_column(2025)
    click_cell(qtbot, need.view, row, column)
    need.view.clear_selection()
    assert 2025 not in model.rows[row].values
    assert model.data(model.index(row, model.total_column)) == "onbekend"
    assert model.data(model.index(model.rowCount() - 1, column)) == "onbekend"

    gap = go_to(qtbot, window, Step.GAP)
    delft_id = next(m.id for m in gap.session.analysis().figures.municipalities if m.code == DELFT)
    group_id = need.current_group().id
    gap.municipality_combo.setCurrentIndex(gap.municipality_combo.findData(delft_id))
    gap.group_combo.setCurrentIndex(gap.group_combo.findData(group_id))
    regular = next(
        r for r in gap.table_model.rows if r.housing_type is HousingType.INDEPENDENT_REGULAR
    )
    assert (regular.need, regular.shortage, regular.surplus) == (None, None, None)
    assert gap.table_model.rows[-1].need is None
    assert "woonbehoefte" in gap.notes.text() and "Delft (2025)" in gap.notes.text()
    window.close()

    run = lambda *args: thuisplan(*args, cwd=tmp_path, data_dir=data_dir)  # noqa: E731
    result = run("summary", str(demo_path), "--json")
    assert result.returncode == 0, result.stderr
    item = next(
        g
        for g in json.loads(result.stdout)["gaps"]
        if (g["municipality_code"], g["target_group"], g["year"]) == (DELFT, HOMELESS, 2025)
    )
    assert (item["need"], item["gap"], item["shortage"], item["surplus"]) == (None,) * 4
    assert item["capacity"] is not None  # the capacity of the cell is still all entered
    assert item["missing"] == [
        {
            "input": "need",
            "municipality_code": DELFT,
            "target_group": HOMELESS,
            "housing_type": "Zelfstandig regulier",
            "year": 2025,
            "capacity_kind": None,
        }
    ]

    result = run("export", str(demo_path), "--docx", "visie.docx", "--xlsx", "bijlage.xlsx")
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(tmp_path / "visie.docx"))
    group_table = _table_after(document, f"{HOMELESS}: opgave per gemeente")
    delft_row = next(r for r in group_table.rows if r.cells[0].text == "Delft")
    need_, capacity, *gaps = (c.text for c in delft_row.cells[1:])
    assert need_ == "onbekend" and capacity != "onbekend"  # Delft's capacity is all entered
    assert gaps == ["onbekend"] * 3
    region_row = group_table.rows[-1]
    assert region_row.cells[0].text == "Regio" and region_row.cells[1].text == "onbekend"
    texts = [p.text for p in document.paragraphs]
    assert any(t.startswith("Ontbreekt: woonbehoefte") and "Delft (2025)" in t for t in texts)

    workbook = openpyxl.load_workbook(tmp_path / "bijlage.xlsx", data_only=True)
    sheet = workbook["Woonbehoefte"]
    line = next(
        r
        for r in range(2, sheet.max_row + 1)
        if (sheet.cell(r, 1).value, sheet.cell(r, 3).value) == (DELFT, HOMELESS)
    )
    assert sheet.cell(line, 4).value is None  # 2025
    assert sheet.cell(line, 5).value is not None  # 2026 is still known
    assert workbook["Opgave"].cell(line, 4).value in ("", None)
    overview = next(
        row for row in workbook["Overzicht"].iter_rows(values_only=True) if row[0] == HOMELESS
    )
    assert overview[1] is None and overview[3:6] == (None, None, None)


def _table_after(document, caption: str):
    """The first table after the paragraph that contains `caption`."""
    from docx.table import Table

    seen = False
    for node in document.element.body.iterchildren():
        if node.tag.endswith("}p") and caption in "".join(node.itertext()):
            seen = True
        elif seen and node.tag.endswith("}tbl"):
            return Table(node, document)
    raise AssertionError(f"no table after '{caption}'")
