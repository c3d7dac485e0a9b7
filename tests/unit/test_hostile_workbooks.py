"""Untrusted workbooks: refused quickly, with a clear Dutch message, in bounded memory."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from app.reports import xlsx_guard
from app.reports.collection_import import read_workbook
from app.services.collection import collection_layout
from tests.unit.hostile_reader import Work

# The work of refusing (or reading) a small hostile file, counted rather than timed so a
# busy machine cannot fail it: at most some 16,000 Python calls and 52 KB inflated out of
# the archive, far below what padding a sheet to its claimed 17 billion cells or expanding
# a zip bomb (8 MB in the test below) would take.
QUICK_CALLS = 100_000
QUICK_INFLATED = 1024 * 1024

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<si><t>&lol9;</t></si></sst>"
).replace("&lol0;", "&lol;")


@pytest.fixture
def layout(project):
    """The layout of the small test vision."""
    return collection_layout(project)


@pytest.fixture
def real_xlsx(tmp_path):
    """A genuine, tiny .xlsx to tamper with."""
    workbook = openpyxl.Workbook()
    workbook.active.title = "Woonbehoefte"
    workbook.active.append(["Gemeentecode", "Gemeente", "Aandachtsgroep", "Woonvorm", 2025])
    workbook.active.append(["GM0503", "Delft", "Ouderen", "Zelfstandig regulier", "x"])
    path = tmp_path / "echt.xlsx"
    workbook.save(path)
    return path


def _read_with_little_work(path, layout):
    with Work() as work:
        reading = read_workbook(path, layout)
    assert work.calls < QUICK_CALLS, f"reading a hostile file took {work.calls:,} calls"
    assert work.inflated < QUICK_INFLATED, f"it inflated {work.inflated:,} bytes"
    return reading


def _refusal(path, layout) -> str:
    reading = _read_with_little_work(path, layout)
    assert reading.refused is not None, reading.issues
    assert reading.values == ()
    return reading.refused


def _rewrite(source, target, replace: dict[str, bytes], extra: dict[str, bytes] | None = None):
    """Copy a zip, replacing (or adding) some parts' contents and adding others."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, replace.get(item.filename, old.read(item.filename)))
        missing = {k: v for k, v in replace.items() if k not in old.namelist()}
        for name, data in {**missing, **(extra or {})}.items():
            new.writestr(name, data)
    return target


def test_openpyxl_parses_through_defusedxml():
    """openpyxl's worksheet and shared-strings parser is defusedxml's (installed and active)."""
    assert xlsx_guard.defused_parsing_active()


def test_plain_text_is_not_a_workbook(tmp_path, layout):
    """A text file named .xlsx is refused as not being an Excel workbook."""
    path = tmp_path / "notities.xlsx"
    path.write_text("Gemeentecode;2025\nGM0503;12\n")
    assert "is geen Excel-werkmap (.xlsx)" in _refusal(path, layout)


def test_empty_file(tmp_path, layout):
    """An empty file is refused as empty."""
    path = tmp_path / "leeg.xlsx"
    path.write_bytes(b"")
    assert "is leeg" in _refusal(path, layout)


def test_password_protected_workbook(tmp_path, layout):
    """An encrypted OLE container (Excel's password protection) gets the password message."""
    path = tmp_path / "geheim.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptionInfo".encode("utf-16-le")
    )
    assert "met een wachtwoord beveiligd" in _refusal(path, layout)


def test_old_xls(tmp_path, layout):
    """An OLE file without encryption is an old .xls: asked to save as .xlsx."""
    path = tmp_path / "oud.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)
    assert "ouder Excel-bestand (.xls)" in _refusal(path, layout)


def test_truncated_workbook_is_damaged(real_xlsx, tmp_path, layout):
    """A workbook cut off halfway is reported as damaged."""
    path = tmp_path / "half.xlsx"
    path.write_bytes(real_xlsx.read_bytes()[:1500])
    assert "is beschadigd" in _refusal(path, layout)


def test_zip_without_workbook_part(tmp_path, layout):
    """A zip that is not an OOXML workbook is refused."""
    path = tmp_path / "archief.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("leesmij.txt", "hallo")
    assert "is geen Excel-werkmap" in _refusal(path, layout)


def test_zip_bomb_refused_from_the_directory(real_xlsx, tmp_path, layout):
    """A part that inflates a thousandfold is refused before anything is unpacked."""
    path = _rewrite(real_xlsx, tmp_path / "bom.xlsx", {}, {"xl/media/zeros.bin": b"\0" * 8_000_000})
    assert "zip-bom" in _refusal(path, layout)


def test_oversized_shared_strings(real_xlsx, tmp_path, layout, monkeypatch):
    """A shared-strings part over the limit is refused."""
    monkeypatch.setattr(xlsx_guard, "MAX_SHARED_STRINGS_BYTES", 1000)
    strings = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + "<si><t>abcdefghij</t></si>" * 200
        + "</sst>"
    ).encode()
    path = _rewrite(real_xlsx, tmp_path / "strings.xlsx", {"xl/sharedStrings.xml": strings})
    assert "onredelijk groot" in _refusal(path, layout)


def test_large_honest_workbook_is_told_to_split_per_municipality(real_xlsx, layout, monkeypatch):
    """A sheet over the limit that is no zip bomb (the workbook of a very large region) is
    refused with the way out: a workbook per municipality."""
    monkeypatch.setattr(xlsx_guard, "MAX_PART_BYTES", 2000)
    message = _refusal(real_xlsx, layout)
    assert "onredelijk groot" in message and "werkboek per gemeente" in message
    assert "zip-bom" not in message


def test_oversized_file(real_xlsx, layout, monkeypatch):
    """A file larger than the limit is refused by its size alone."""
    monkeypatch.setattr(xlsx_guard, "MAX_FILE_BYTES", 1000)
    assert "is te groot" in _refusal(real_xlsx, layout)


def test_xml_bomb_refused(real_xlsx, tmp_path, layout):
    """A billion-laughs shared-strings part is refused (DOCTYPE scan)."""
    path = _rewrite(
        real_xlsx, tmp_path / "lol.xlsx", {"xl/sharedStrings.xml": BILLION_LAUGHS.encode()}
    )
    assert "onveilige XML" in _refusal(path, layout)


def test_xml_bomb_refused_by_defusedxml_too(real_xlsx, tmp_path, layout, monkeypatch):
    """Even without the DOCTYPE scan, defusedxml stops the entity expansion: 'damaged'."""
    monkeypatch.setattr(xlsx_guard, "_check_no_dtd", lambda archive, name: None)
    with zipfile.ZipFile(real_xlsx) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    doctype = BILLION_LAUGHS.split("<sst")[0].replace('<?xml version="1.0"?>', "")
    bomb = sheet.replace("<worksheet", doctype + "<worksheet", 1).replace(">x<", ">&lol9;<")
    path = _rewrite(real_xlsx, tmp_path / "lol.xlsx", {"xl/worksheets/sheet1.xml": bomb.encode()})
    assert "is beschadigd" in _refusal(path, layout)


def test_huge_claimed_dimension_is_harmless(real_xlsx, tmp_path, layout):
    """A sheet claiming A1:XFD1048576 is read quickly (no padding to the claimed size)."""
    with zipfile.ZipFile(real_xlsx) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    claimed = sheet.replace('<dimension ref="A1:E2"/>', '<dimension ref="A1:XFD1048576"/>')
    assert claimed != sheet
    path = _rewrite(
        real_xlsx, tmp_path / "dim.xlsx", {"xl/worksheets/sheet1.xml": claimed.encode()}
    )
    reading = _read_with_little_work(path, layout)
    assert reading.refused is None and reading.issues


def test_too_many_rows(tmp_path, layout, monkeypatch):
    """A sheet with more rows than an uitvraag can have is refused."""
    from app.reports import collection_cells

    monkeypatch.setattr(collection_cells, "MAX_ROWS", 50)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Woonbehoefte"
    sheet.append(["Gemeentecode", "Gemeente", "Aandachtsgroep", "Woonvorm", 2025])
    sheet.cell(60, 1).value = "GM0503"
    path = tmp_path / "lang.xlsx"
    workbook.save(path)
    assert "meer dan 50 regels" in _refusal(path, layout)


def test_deeply_nested_xml(real_xlsx, tmp_path, layout):
    """Elements nested thousands deep (openpyxl would keep them all in memory) are refused."""
    with zipfile.ZipFile(real_xlsx) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    deep = "".join(f"<n{i}>" for i in range(500)) + "".join(
        f"</n{i}>" for i in reversed(range(500))
    )
    nested = sheet.replace("</sheetData>", f'<row r="9">{deep}</row></sheetData>')
    path = _rewrite(
        real_xlsx, tmp_path / "diep.xlsx", {"xl/worksheets/sheet1.xml": nested.encode()}
    )
    assert "extreem diep geneste elementen" in _refusal(path, layout)


def test_too_many_shared_strings(real_xlsx, tmp_path, layout, monkeypatch):
    """More shared-string elements than a workbook needs (each costs openpyxl time) is refused."""
    monkeypatch.setattr(xlsx_guard, "MAX_SHARED_STRING_ELEMENTS", 100)
    strings = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + "".join(f"<si><t>{i}</t></si>" for i in range(60))
        + "</sst>"
    ).encode()
    path = _rewrite(real_xlsx, tmp_path / "teksten.xlsx", {"xl/sharedStrings.xml": strings})
    assert "onredelijk veel gedeelde teksten" in _refusal(path, layout)
