"""The Excel data annex: every number equals the services', the gaps are live formulas."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import openpyxl
import pytest

from app.models import PartnerKind
from app.reports.safe_text import SmallNumbers
from app.reports.xlsx_annex import SHEETS, write_data_annex
from app.services import agreements, partners
from app.services.analysis import analyse
from app.services.reference_data import CBS_ATTRIBUTION

GAP = re.compile(
    r'^=IF\(OR\(Woonbehoefte!(\w+)="",Aanbod!(\w+)=""\),"",Woonbehoefte!(\w+)-Aanbod!(\w+)\)$'
)


@pytest.fixture
def annex(demo, tmp_path):
    """The demo's annex, written once per test."""
    return write_data_annex(demo, tmp_path / "bijlage.xlsx")


def _evaluate(formula: str, need_sheet, capacity_sheet) -> object:
    """Evaluate the annex's gap formula on the two sheets' values: the formula must have
    exactly the agreed shape, all four references to one and the same cell."""
    match = GAP.match(formula)
    assert match, formula
    refs = set(match.groups())
    assert len(refs) == 1, formula
    ref = refs.pop()
    need, capacity = need_sheet[ref].value, capacity_sheet[ref].value
    if need in (None, "") or capacity in (None, ""):
        return ""
    return need - capacity


def _gap_cells(sheet, analysis):
    """(cell, municipality id, group id, year) of every gap cell, by the row's labels."""
    ids = {m.code: m.id for m in analysis.figures.municipalities}
    groups = {g.label: g.id for g in analysis.figures.groups}
    years = [c.value for c in sheet[1]][3:]
    for row in sheet.iter_rows(min_row=2, max_row=len(ids) * len(groups) + 1):
        for cell, year in zip(row[3:], years, strict=True):
            yield cell, ids[row[0].value], groups[row[2].value], year


def test_sheets_in_order(annex):
    """The annex has the eight agreed sheets, in order."""
    assert openpyxl.load_workbook(annex).sheetnames == SHEETS


def test_need_and_capacity_equal_the_services(demo, annex):
    """Every need and capacity cell equals the analysis' figure (empty where unknown)."""
    analysis = analyse(demo)
    workbook = openpyxl.load_workbook(annex)
    for name, what in (("Woonbehoefte", "need"), ("Aanbod", "capacity")):
        for cell, m, g, year in _gap_cells(workbook[name], analysis):
            expected = getattr(analysis.gaps[(m, g, year)], what)
            assert cell.value == expected, (name, cell.coordinate)


def test_gap_formulas_evaluate_to_the_services_gaps(demo, annex):
    """Each Opgave cell is a live formula on Woonbehoefte/Aanbod and evaluates to the gap."""
    analysis = analyse(demo)
    workbook = openpyxl.load_workbook(annex)
    need, capacity = workbook["Woonbehoefte"], workbook["Aanbod"]
    count = 0
    for cell, m, g, year in _gap_cells(workbook["Opgave"], analysis):
        expected = analysis.gaps[(m, g, year)].gap
        assert _evaluate(cell.value, need, capacity) == ("" if expected is None else expected)
        count += 1
    assert count == len(analysis.gaps)


def test_changing_a_need_in_the_sheet_changes_the_gap(demo, annex):
    """The formula follows the inputs: a new need in Woonbehoefte gives a new gap."""
    workbook = openpyxl.load_workbook(annex)
    workbook["Woonbehoefte"]["D2"] = 1000
    capacity = workbook["Aanbod"]["D2"].value
    assert _evaluate(
        workbook["Opgave"]["D2"].value, workbook["Woonbehoefte"], workbook["Aanbod"]
    ) == (1000 - capacity)


def test_cached_values_equal_the_services(demo, annex):
    """A reader that does not recalculate sees the services' gaps and regional totals."""
    analysis = analyse(demo)
    sheet = openpyxl.load_workbook(annex, data_only=True)["Opgave"]
    for cell, m, g, year in _gap_cells(sheet, analysis):
        assert cell.value == analysis.gaps[(m, g, year)].gap
    total_row = len(analysis.gaps) // len(analysis.figures.years) + 3
    assert sheet.cell(total_row, 3).value.startswith("Regio totaal")
    for offset, year in enumerate(analysis.figures.years):
        total = analysis.gap_total(years=[year])
        assert sheet.cell(total_row, 4 + offset).value == total.gap
        assert sheet.cell(total_row + 1, 4 + offset).value == total.unknown


def test_excel_recalculates_on_opening_and_chart_is_native(annex):
    """workbook.xml asks for a full recalculation on load; Opgave has a native chart."""
    with zipfile.ZipFile(annex) as archive:
        assert 'fullCalcOnLoad="1"' in archive.read("xl/workbook.xml").decode()
        names = archive.namelist()
        assert any(n.startswith("xl/charts/chart") for n in names)
        rels = archive.read("xl/worksheets/_rels/sheet4.xml.rels").decode()
        assert "drawing" in rels


def test_frozen_headers_and_filters(annex):
    """Data sheets have a frozen header row and an autofilter."""
    workbook = openpyxl.load_workbook(annex)
    for name in ("Woonbehoefte", "Aanbod", "Opgave", "Verdeling", "Sociale huur"):
        sheet = workbook[name]
        assert sheet.freeze_panes is not None and sheet.freeze_panes.endswith("2")
        assert sheet.auto_filter.ref


def test_fair_shares_and_social_rent_equal_the_services(demo, annex):
    """Verdeling and Sociale huur show the analysis' fair shares and social rent tests."""
    analysis = analyse(demo)
    workbook = openpyxl.load_workbook(annex)
    rows = list(workbook["Verdeling"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(analysis.fair_shares)
    for row, share in zip(rows, analysis.fair_shares, strict=True):
        assert row[1] == analysis.names[share.municipality_id]
        expected = (share.key_share, share.fair_share, share.contribution, share.difference)
        assert row[2:6] == pytest.approx(expected, rel=1e-12)  # xlsx keeps 15-17 digits
    assert "Inwoners" in workbook["Verdeling"]["C1"].value
    social = list(workbook["Sociale huur"].iter_rows(min_row=2, values_only=True))
    municipalities = analysis.figures.municipalities
    for row, m in zip(social, municipalities, strict=False):
        test = analysis.social_rent[m.id]
        assert row[0] == m.name
        assert (row[3], row[8]) == pytest.approx((test.current_share, test.projected_share))
    region = next(r for r in social[len(municipalities) :] if r[0] and r[0].startswith("Regio"))
    expected = analysis.region_social_rent
    assert (region[3], region[8]) == pytest.approx(
        (expected.current.share, expected.projected.share)
    )


def test_overview_sources_and_example_notice(demo, annex):
    """Overzicht names the example notice and group totals; Bronnen carries the CBS attribution."""
    analysis = analyse(demo)
    workbook = openpyxl.load_workbook(annex)
    overview = [c.value for row in workbook["Overzicht"].iter_rows() for c in row]
    assert "Let op: Voorbeeldcijfers, fictief." in overview
    group = analysis.figures.groups[0]
    assert analysis.gap_total(group_id=group.id).gap in overview
    sources = [c.value for row in workbook["Bronnen"].iter_rows() for c in row]
    assert CBS_ATTRIBUTION in sources


def test_user_text_never_becomes_a_formula(demo, tmp_path):
    """Agreement and partner text starting with =, +, - or @ is stored as text."""
    evil = partners.add_partner(demo, "@SUM(1+1)", PartnerKind.OTHER)
    agreements.add_agreement(
        demo, '=HYPERLINK("http://x","klik")', party_ids=[evil.id], indicator="+1", unit="-5"
    )
    path = write_data_annex(demo, tmp_path / "b.xlsx")
    sheet = openpyxl.load_workbook(path)["Prestatieafspraken"]
    row = next(r for r in sheet.iter_rows(min_row=2) if str(r[0].value).startswith("=HYPER"))
    assert [c.data_type for c in row[:2]] == ["s", "s"]
    assert (row[5].value, row[6].value) == ("+1", "-5")
    with zipfile.ZipFile(path) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet7.xml").decode()


def test_small_number_protection(demo, tmp_path):
    """With protection, counts 1-4 show as '<5' and Opgave holds values, not formulas."""
    path = write_data_annex(demo, tmp_path / "b.xlsx", small_numbers=SmallNumbers(True))
    workbook = openpyxl.load_workbook(path)
    values = [c.value for row in workbook["Woonbehoefte"].iter_rows(min_row=2) for c in row[3:]]
    assert "<5" in values
    assert not any(isinstance(v, int) and 0 < v < 5 for v in values)
    gaps = [c.value for row in workbook["Opgave"].iter_rows(min_row=2) for c in row[3:]]
    assert not any(isinstance(v, str) and v.startswith("=") for v in gaps)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_recalculates_the_gap_after_an_edit(demo, annex, tmp_path):
    """LibreOffice computes the formulas: after changing a need, the gap and total follow."""
    workbook = openpyxl.load_workbook(annex)
    workbook["Woonbehoefte"]["D2"] = 1000  # openpyxl drops the cached values on saving
    edited = tmp_path / "edited.xlsx"
    workbook.save(edited)
    out = tmp_path / "out"
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(edited)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    sheet = openpyxl.load_workbook(out / "edited.xlsx", data_only=True)["Opgave"]
    analysis = analyse(demo)
    capacity = openpyxl.load_workbook(annex)["Aanbod"]["D2"].value
    assert sheet["D2"].value == 1000 - capacity
    first = next(iter(analysis.gaps.values()))
    total_row = len(analysis.gaps) // len(analysis.figures.years) + 3
    expected = analysis.gap_total(years=[analysis.figures.years[0]]).gap + (1000 - first.need)
    assert sheet.cell(total_row, 4).value == expected
