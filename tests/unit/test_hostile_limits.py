"""Hostile workbooks at full size, each refused after bounded work in bounded memory,
measured in a process of its own (Python calls, bytes inflated from the archive, tracemalloc
peak, growth of peak resident memory) under a cap on its address space. Work is counted,
not timed: a busy machine changes the seconds, not the count. `test_hostile_workbooks`
checks the messages on small variants."""

from __future__ import annotations

import base64
import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.unit.test_hostile_workbooks import BILLION_LAUGHS

ROOT = Path(__file__).resolve().parents[2]
# Python calls while reading one file: the most, refusing 880,000 tiny shared strings,
# takes about 200,000 (reading them all would take some 60 million).
MAX_CALLS = 1_000_000
# Bytes inflated out of one archive: the guard allows a part of 60 MB; the 12-million-
# character inline string inflates to 46 MB; an inflated zip bomb would go far past it.
MAX_INFLATED_MB = 64.0
# Reading four times the shared strings may cost at most this many times the calls
# (linear: just under 4; quadratic work would be near 16).
MAX_SCALING = 4.4
MAX_TRACED_MB = 80.0  # Python-level allocations while reading one file
MAX_RSS_GROWTH_MB = 120.0
ADDRESS_SPACE_MB = 1500  # the child dies with MemoryError beyond this


def _base(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Woonbehoefte"
    sheet.append(["Gemeentecode", "Gemeente", "Aandachtsgroep", "Woonvorm", 2025])
    sheet.append(["GM0503", "Delft", "Ouderen", "Zelfstandig regulier", 1])
    workbook.save(path)
    return path


def _rewrite(base: Path, target: Path, parts: dict[str, bytes], *, stored=()) -> Path:
    with zipfile.ZipFile(base) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename not in parts:
                new.writestr(item.filename, old.read(item.filename))
        for name, data in parts.items():
            method = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            new.writestr(name, data, compress_type=method, compresslevel=9)
    return target


def _shared_strings(base: Path, target: Path, strings: bytes) -> Path:
    """`base` with a shared-strings part that the workbook really refers to (so openpyxl
    parses all of it, as for a workbook Excel wrote)."""
    with zipfile.ZipFile(base) as archive:
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    relation = (
        '<Relationship Id="rIdStrings" Target="sharedStrings.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
    )
    override = (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxml'
        'formats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    )
    parts = {
        "xl/_rels/workbook.xml.rels": rels.replace(
            "</Relationships>", relation + "</Relationships>"
        ),
        "[Content_Types].xml": types.replace("</Types>", override + "</Types>"),
        "xl/sharedStrings.xml": strings,
    }
    return _rewrite(
        base, target, {k: v if isinstance(v, bytes) else v.encode() for k, v in parts.items()}
    )


def _sheet_xml(rows: str, prefix: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prefix}<worksheet xmlns='
        f'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}'
        "</sheetData></worksheet>"
    ).encode()


def _random_text(rng: random.Random, length: int) -> str:
    """Letters and digits that compress only a few times (no ratio check stops them)."""
    return base64.b64encode(rng.randbytes(length)).decode()[:length].replace("+", "x")


def _strings_xml(count: int, rng: random.Random) -> bytes:
    text = _random_text(rng, 6 * count)
    items = "".join(f"<si><t>{text[i : i + 6]}</t></si>" for i in range(0, 6 * count, 6))
    return (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{count}" uniqueCount="{count}">{items}</sst>'
    ).encode()


def _nested_xml(depth: int, rng: random.Random) -> str:
    """`depth` nested elements with random names (unknown to openpyxl, not compressible)."""
    names = [f"e{_random_text(rng, 4).replace('/', 'y')}" for _ in range(depth)]
    return "".join(f"<{n}>" for n in names) + "".join(f"</{n}>" for n in reversed(names))


def _lying_sizes(source: Path, target: Path, part: str, claimed: int) -> Path:
    """Patch a part's declared uncompressed size (local header and directory) to `claimed`."""
    data = bytearray(source.read_bytes())
    name = part.encode()
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(part)
    local = info.header_offset
    data[local + 22 : local + 26] = claimed.to_bytes(4, "little")
    position = 0
    while (position := data.find(b"PK\x01\x02", position)) != -1:
        length = int.from_bytes(data[position + 28 : position + 30], "little")
        if data[position + 46 : position + 46 + length] == name:
            data[position + 24 : position + 28] = claimed.to_bytes(4, "little")
        position += 4
    target.write_bytes(bytes(data))
    return target


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, str]:
    """name -> 'path[:nodtd]' of every hostile file, made once for the module."""
    folder = tmp_path_factory.mktemp("hostile")
    base = _base(folder / "echt.xlsx")
    rng = random.Random(6)
    sheet = "xl/worksheets/sheet1.xml"
    doctype = BILLION_LAUGHS.split("<sst")[0].replace('<?xml version="1.0"?>', "")
    big_entity = '<!DOCTYPE w [<!ENTITY a "' + "x" * 100_000 + '">]>'
    files = {
        "xml-bomb-strings": _rewrite(
            base, folder / "lol.xlsx", {"xl/sharedStrings.xml": BILLION_LAUGHS.encode()}
        ),
        "xml-bomb-sheet-parser-only": _rewrite(
            base,
            folder / "lol2.xlsx",
            {
                sheet: _sheet_xml(
                    '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>', doctype
                )
            },
        ),  # fmt: skip
        "quadratic-blowup-parser-only": _rewrite(
            base,
            folder / "quad.xlsx",
            {
                sheet: _sheet_xml(
                    '<row r="1"><c r="A1" t="inlineStr"><is><t>'
                    + "&a;" * 20_000
                    + "</t></is></c></row>",
                    big_entity,
                )
            },
        ),  # fmt: skip
        "shared-strings-many-tiny": _shared_strings(
            base, folder / "strings2.xlsx", _strings_xml(880_000, rng)
        ),
        "shared-strings-allowed": _shared_strings(
            base, folder / "strings3.xlsx", _strings_xml(49_000, rng)
        ),
        "shared-strings-1000": _shared_strings(
            base, folder / "strings4.xlsx", _strings_xml(1_000, rng)
        ),
        "shared-strings-4000": _shared_strings(
            base, folder / "strings5.xlsx", _strings_xml(4_000, rng)
        ),
        "zip-bomb-100mb-zeros": _rewrite(
            base, folder / "bom.xlsx", {"xl/media/image1.png": bytes(100 * 1024 * 1024)}
        ),
        "zip-bomb-lying-directory": _lying_sizes(
            _rewrite(base, folder / "lie0.xlsx", {"xl/sharedStrings.xml": bytes(50 * 1024 * 1024)}),
            folder / "lie.xlsx",
            "xl/sharedStrings.xml",
            1000,
        ),
        "many-parts": _rewrite(
            base, folder / "parts.xlsx", {f"xl/media/p{i}.bin": b"x" for i in range(5001)}
        ),
        "deeply-nested-xml": _rewrite(
            base,
            folder / "nest.xlsx",
            {sheet: _sheet_xml('<row r="1">' + _nested_xml(200_000, rng) + "</row>")},
        ),
        "huge-inline-string": _rewrite(
            base,
            folder / "inline.xlsx",
            {
                sheet: _sheet_xml(
                    '<row r="2"><c r="E2" t="inlineStr"><is><t>'
                    + _random_text(rng, 12_000_000)
                    + "</t></is></c></row>"
                )
            },
        ),  # fmt: skip
        "not-a-zip": _write(folder / "tekst.xlsx", b"Gemeentecode;2025\nGM0503;12\n" * 1000),
        "random-binary": _write(folder / "ruis.xlsx", rng.randbytes(2 * 1024 * 1024)),
        "password-protected": _write(
            folder / "geheim.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + rng.randbytes(4000)
            + "EncryptionInfo".encode("utf-16-le")
            + rng.randbytes(100_000),
        ),  # fmt: skip
        "truncated": _write(folder / "half.xlsx", base.read_bytes()[:1500]),
    }
    result = {name: str(path) for name, path in files.items()}
    for name in result:
        if name.endswith("parser-only"):
            result[name] += ":nodtd"
    # Counted calls make 49,000 strings some nine times slower to read; two smaller files
    # show the calls grow linearly with the strings, and the guard caps their number.
    result["shared-strings-allowed"] += ":nocalls"
    return result


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


EXPECTED = {
    "xml-bomb-strings": "onveilige XML-constructie",
    "xml-bomb-sheet-parser-only": "is beschadigd",
    "quadratic-blowup-parser-only": "is beschadigd",
    "shared-strings-many-tiny": "onredelijk veel gedeelde teksten",
    "shared-strings-allowed": None,  # read: it is a workbook
    "shared-strings-1000": None,
    "shared-strings-4000": None,
    "zip-bomb-100mb-zeros": "zip-bom",
    "zip-bomb-lying-directory": "is beschadigd",
    "many-parts": "onredelijk veel onderdelen",
    "deeply-nested-xml": "extreem diep geneste elementen",
    "huge-inline-string": None,
    "not-a-zip": "is geen Excel-werkmap",
    "random-binary": "is geen Excel-werkmap",
    "password-protected": "met een wachtwoord beveiligd",
    "truncated": "is beschadigd",
}


def _read_in_own_process(project_path: Path, hostile: dict[str, str]) -> dict[str, dict]:
    """name -> the work reading that file took (see `hostile_reader`)."""
    specs = [f"{name}={spec}" for name, spec in hostile.items()]
    result = subprocess.run(
        [sys.executable, "-m", "tests.unit.hostile_reader", str(project_path),
         str(ADDRESS_SPACE_MB), *specs],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    reports = {r["name"]: r for r in map(json.loads, result.stdout.splitlines())}
    print()
    for name, report in reports.items():
        calls = "-" if report["calls"] is None else f"{report['calls']:,}"
        print(
            f"{name:30} {calls:>9} calls  inflated {report['inflated_mb']:5.1f} MB  "
            f"traced {report['traced_peak_mb']:5.1f} MB  rss +{report['rss_growth_mb']:5.1f} MB"
            f"  ({report['seconds']:.2f} s)  {str(report['refused'])[:40]}"
        )
    return reports


@pytest.mark.skipif(sys.platform != "linux", reason="measures with /proc and RLIMIT_AS")
def test_hostile_files_refused_after_bounded_work_in_bounded_memory(hostile, project):
    """Every hostile file is refused (or, when it is merely large, read) within the limits
    on calls, inflated bytes and memory; none gets a MemoryError."""
    project.close()
    reports = _read_in_own_process(project.path, hostile)
    assert set(reports) == set(EXPECTED)
    for name, report in reports.items():
        expected = EXPECTED[name]
        if expected is None:
            assert report["refused"] is None and report["issues"] > 0, report
        else:
            assert expected in (report["refused"] or ""), report
        assert report["calls"] is None or report["calls"] < MAX_CALLS, report
        assert report["inflated_mb"] < MAX_INFLATED_MB, report
        assert report["traced_peak_mb"] < MAX_TRACED_MB, report
        assert report["rss_growth_mb"] < MAX_RSS_GROWTH_MB, report
    small, large = (reports[f"shared-strings-{n}"]["calls"] for n in (1000, 4000))
    assert small < large <= MAX_SCALING * small, (small, large)
