"""The chapter on aandachtsgroepen for each municipality's volkshuisvestingsprogramma, read
back with python-docx: per municipality its own figures (from summary --json's data or worked
out by hand), nothing of the other municipalities; and the folder's bad input refused."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import docx
import pytest

from app.models import CapacityKind, HousingType
from app.reports.docx_programme import write_programme_chapters
from app.reports.export_io import ExportCancelled, ExportError
from app.services import agreements, figures, target_groups
from app.services.analysis import analyse
from app.services.figures import Cell, CellChange
from app.services.formatting import number, percent, signed
from app.services.summary import summary_data
from app.services.vision import create_vision
from tests.unit.regional_figures import DELFT, RIJSWIJK, THE_HAGUE, enter_region

NAMES = {DELFT: "Delft", THE_HAGUE: "'s-Gravenhage", RIJSWIJK: "Rijswijk (ZH.)"}
# per municipality: need and new-build capacity per group per year (test figures)
NEED = {DELFT: 11, THE_HAGUE: 23, RIJSWIJK: 37}
CAPACITY = {DELFT: 7, THE_HAGUE: 19, RIJSWIJK: 41}
YEARS = (2025, 2026)


def _chapter(path) -> tuple[str, list[list[list[str]]]]:
    """The paragraphs' text and every table as rows of cell texts."""
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    return text, tables


def _everything(path) -> str:
    text, tables = _chapter(path)
    return "\n".join([text, *("\t".join(row) for t in tables for row in t)])


def _row(tables, first: str) -> list[str]:
    """The first table row whose first cell is `first`."""
    return next(row for t in tables for row in t if row[0] == first)


def _fill(project, need=NEED, capacity=CAPACITY) -> None:
    """Every active group asks one housing type; need and capacity entered for every cell."""
    changes = []
    for group in target_groups.list_target_groups(project):
        target_groups.update_group(
            project, group.id, housing_types=(HousingType.INDEPENDENT_REGULAR,)
        )
        for code in NAMES:
            for year in YEARS:
                cell = Cell(code, group.id, HousingType.INDEPENDENT_REGULAR, year)
                changes.append(CellChange(cell, need[code]))
                for kind in CapacityKind:
                    value = capacity[code] if kind is CapacityKind.NEW_BUILD else 0
                    changes.append(
                        CellChange(
                            Cell(code, group.id, HousingType.INDEPENDENT_REGULAR, year, kind), value
                        )
                    )
    figures.set_cells(project, changes)


@pytest.fixture
def region(tmp_path):
    """Three municipalities, hand-made figures, an agreement each for Delft and
    's-Gravenhage and one for the whole region."""
    project = create_vision(
        tmp_path / "drie.thuisplan",
        title="Drie gemeenten",
        municipality_codes=list(NAMES),
        start_year=YEARS[0],
        end_year=YEARS[-1],
        region_name="Testregio",
    )
    enter_region(project)
    _fill(project)
    for code, text in ((DELFT, "Afspraak Delft"), (THE_HAGUE, "Afspraak Den Haag")):
        agreements.add_agreement(project, text, municipality_code=code)
    agreements.add_agreement(project, "Afspraak van de hele regio")
    yield project
    project.close()


def test_one_chapter_per_municipality_with_its_own_figures(region, tmp_path):
    """Each chapter holds its municipality's need, capacity and gap (by hand), its fair share
    and contribution (summary --json's), its social-rent contribution (by hand)."""
    out = tmp_path / "uit"
    out.mkdir()
    written = write_programme_chapters(region, out)
    groups = len(analyse(region).figures.groups)
    fair = {
        item["municipality_code"]: item
        for item in summary_data(analyse(region))["fair_share"]
        if item["target_group"] is None
    }
    social = {DELFT: (2_000, 0.2, 2_000 / 19_600), RIJSWIJK: (12_000, 0.4, 12_000 / 19_600)}
    assert [p.name for p in written] == [
        f"Volkshuisvestingsprogramma {name} - aandachtsgroepen.docx" for name in NAMES.values()
    ]
    for code, name in NAMES.items():
        text, tables = _chapter(out / f"Volkshuisvestingsprogramma {name} - aandachtsgroepen.docx")
        need, capacity = NEED[code] * groups * 2, CAPACITY[code] * groups * 2
        total = _row(tables, f"Totaal {name}")
        assert total[1:3] == [number(need), number(capacity)]
        assert total[5] == signed(need - capacity)
        share = _row(tables, name)  # the distribution table's one row
        assert share[1:] == [
            percent(fair[code]["key_share"]),
            number(round(fair[code]["fair_share"])),
            number(fair[code]["capacity"]),
            signed(fair[code]["capacity"] - round(fair[code]["fair_share"])),
        ]
        if code in social:
            stock, own, part = social[code]
            row = next(
                r
                for t in tables
                for r in t
                if r[0] == name and r[1] == number(10_000 if code == DELFT else 30_000)
            )
            assert row[2:] == [number(stock), percent(own), percent(part)]
        assert f"Volkshuisvestingsprogramma {name}" in text


def test_nothing_of_the_other_municipalities(region, tmp_path):
    """A chapter names no other municipality and shows none of their figures; the region's
    totals are there, on a row labelled Regio; only its own and regional agreements."""
    write_programme_chapters(region, tmp_path)
    delft = _everything(tmp_path / "Volkshuisvestingsprogramma Delft - aandachtsgroepen.docx")
    for other in ("'s-Gravenhage", "Rijswijk", "20.000", "30.000", "5.600", "12.000"):
        assert other not in delft
    _, tables = _chapter(tmp_path / "Volkshuisvestingsprogramma Delft - aandachtsgroepen.docx")
    assert _row(tables, "Regio")[1:3] == [number(60_000), number(19_600)]
    assert "Afspraak Delft" in delft and "Afspraak van de hele regio" in delft
    assert "Afspraak Den Haag" not in delft


def test_unknown_fair_share_says_what_is_missing(region, tmp_path):
    """With one need of Rijswijk unknown, Delft's own gap stays known but its fair share is
    'onbekend', with the missing input named; never a 0."""
    group = target_groups.list_target_groups(region)[0]
    cell = Cell(RIJSWIJK, group.id, HousingType.INDEPENDENT_REGULAR, 2026)
    figures.set_cells(region, [CellChange(cell, None)])
    scoped = [g.id for g in analyse(region).scope_groups]
    assert group.id in scoped
    write_programme_chapters(region, tmp_path)
    text, tables = _chapter(tmp_path / "Volkshuisvestingsprogramma Delft - aandachtsgroepen.docx")
    assert _row(tables, "Delft")[2] == "onbekend"
    assert "Het evenredig aandeel van Delft is onbekend" in text
    assert "ontbreekt: woonbehoefte van Rijswijk" in text
    assert _row(tables, "Totaal Delft")[1] != "onbekend"


def test_demo_chapters(demo, tmp_path):
    """The example: nine chapters; each with its fair share and social-rent test from the
    summary, its own agreements and the regional one only, no other municipality's name
    outside the regional measures' Trekker column."""
    written = write_programme_chapters(demo, tmp_path)
    analysis = analyse(demo)
    data = summary_data(analysis)
    names = {m.code: m.name for m in analysis.figures.municipalities}
    assert len(written) == len(names) == 9
    fair = {i["municipality_code"]: i for i in data["fair_share"] if i["target_group"] is None}
    tests = {i["municipality_code"]: i for i in data["social_rent"]}
    own = {a.description: a.municipality_code for a in agreements.list_agreements(demo)}
    for path, (code, name) in zip(written, names.items(), strict=True):
        text, tables = _chapter(path)
        measures = [t for t in tables if t[0][0] == "Actielijn"]
        rest = [t for t in tables if t[0][0] != "Actielijn"]
        everything = "\n".join([text, *("\t".join(r) for t in rest for r in t)])
        for other in set(names.values()) - {name}:
            assert other not in everything, (name, other)
        assert all(r[2] not in names.values() for t in measures for r in t)
        assert _row(rest, name)[2] == number(round(fair[code]["fair_share"]))
        test_row = next(r for t in rest for r in t if r[0] == name and len(r) == 6)
        assert test_row[1] == percent(tests[code]["current_share"])
        for description, where in own.items():
            assert (description in everything) == (where in (None, code)), (name, description)


def _digest(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_existing_chapter_refused_unless_replaced(region, tmp_path):
    """A chapter already in the folder: a Dutch message, nothing written or changed; with
    replace=True every chapter is written (atomically)."""
    existing = tmp_path / "Volkshuisvestingsprogramma Rijswijk (ZH.) - aandachtsgroepen.docx"
    existing.write_bytes(b"eigen versie")
    before = _digest(tmp_path)
    with pytest.raises(ExportError, match="staan al .*Rijswijk.*Er is niets geschreven"):
        write_programme_chapters(region, tmp_path)
    assert _digest(tmp_path) == before
    written = write_programme_chapters(region, tmp_path, replace=True)
    assert len(written) == 3 and existing.read_bytes() != b"eigen versie"
    chapters = sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".docx", ".tmp"))
    assert chapters == sorted(p.name for p in written)


def test_a_file_instead_of_a_folder_and_a_missing_folder(region, tmp_path):
    """A path that is a file, or no folder at all: a Dutch message, the file unchanged."""
    file = tmp_path / "hoofdstukken"
    file.write_bytes(b"x")
    with pytest.raises(ExportError, match="is een bestand, geen map"):
        write_programme_chapters(region, file)
    assert file.read_bytes() == b"x"
    with pytest.raises(ExportError, match="bestaat niet"):
        write_programme_chapters(region, tmp_path / "nergens")


def test_unwritable_folder(region, tmp_path, monkeypatch):
    """A folder without write permission (tested as root too: the check is faked): a Dutch
    message before anything is written."""
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if p == tmp_path else real(p, mode))
    with pytest.raises(ExportError, match="geen schrijfrechten"):
        write_programme_chapters(region, tmp_path)
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".docx", ".tmp")]


def test_write_failure_midway_leaves_no_half_file(region, tmp_path, monkeypatch):
    """The disk refusing the second chapter: a Dutch message, the first chapter complete,
    no temporary file left."""
    from app.reports import docx_programme

    calls = []

    def save(document, target):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        document.save(str(target))

    monkeypatch.setattr(docx_programme, "save", save)
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(ExportError, match="de schijf is vol"):
        write_programme_chapters(region, out)
    assert [p.name for p in out.iterdir()] == [
        "Volkshuisvestingsprogramma Delft - aandachtsgroepen.docx"
    ]


def test_cancel_leaves_only_finished_chapters(region, tmp_path):
    """Cancelling after the first chapter keeps that one whole and writes no other."""
    steps = []
    with pytest.raises(ExportCancelled):
        write_programme_chapters(
            region,
            tmp_path,
            progress=lambda done, total, text: steps.append(text),
            is_cancelled=lambda: len(steps) >= 2,
        )
    chapters = [p for p in tmp_path.iterdir() if p.suffix == ".docx"]
    assert [p.name for p in chapters] == [
        "Volkshuisvestingsprogramma Delft - aandachtsgroepen.docx"
    ]
    docx.Document(str(chapters[0]))  # complete


def test_names_illegal_on_windows(region, tmp_path):
    """A municipality name with characters Windows refuses (from a file made elsewhere)
    gives a safe file name; the chapter keeps the real name."""
    region.close()
    with sqlite3.connect(tmp_path / "drie.thuisplan") as connection:
        connection.execute(
            "UPDATE municipality SET name = ? WHERE code = ?", ('Delft/Oost: "A"?', DELFT)
        )
    from app.storage import open_project_file

    with open_project_file(tmp_path / "drie.thuisplan", readonly=True) as project:
        out = tmp_path / "uit"
        out.mkdir()
        written = write_programme_chapters(project, out)
    assert written[0].name == "Volkshuisvestingsprogramma Delft-Oost- -A- - aandachtsgroepen.docx"
    assert written[0].parent == out
    assert 'Volkshuisvestingsprogramma Delft/Oost: "A"?' in _chapter(written[0])[0]


def test_estimated_need_is_marked_as_in_the_vision(region, tmp_path):
    """Delft's need of one group left empty and estimated (rate per 1,000 inhabitants): its
    row and total carry the vision's '*', with the note pointing to the vision's chapter;
    's-Gravenhage's chapter, all typed, has no mark."""
    from app.services.estimates import store
    from app.services.estimates.core import Base
    from app.services.estimates.rate import RatePerBase

    group = target_groups.list_target_groups(region)[0]
    cells = [Cell(DELFT, group.id, HousingType.INDEPENDENT_REGULAR, y) for y in YEARS]
    figures.set_cells(region, [CellChange(cell, None) for cell in cells])
    rate = RatePerBase(Base.INHABITANTS, 1.0, "Test", {HousingType.INDEPENDENT_REGULAR: 1.0})
    store.set_estimate(region, store.find_scenario(region).id, group.id, rate)
    estimated = analyse(region)
    assert {k[0] for k in estimated.figures.estimated} == {estimated.figures.municipalities[0].id}
    write_programme_chapters(region, tmp_path)
    text, tables = _chapter(tmp_path / "Volkshuisvestingsprogramma Delft - aandachtsgroepen.docx")
    need = estimated.gap_total(
        group_id=group.id, municipality_id=estimated.figures.municipalities[0].id
    ).need
    assert _row(tables, group.label)[1] == f"{number(need)} *"
    assert _row(tables, "Totaal Delft")[1].endswith(" *")
    assert "Verantwoording van de raming van de regionale woonzorgvisie." in text
    hague = _everything(
        tmp_path / "Volkshuisvestingsprogramma 's-Gravenhage - aandachtsgroepen.docx"
    )
    assert " *" not in hague


def test_unknown_regional_share_says_what_is_missing(region, tmp_path):
    """With Rijswijk's social-rent stock unknown, the region's share is 'onbekend' in
    Delft's chapter with the missing figure named; Delft's own share stays known."""
    from tests.unit.regional_figures import enter_region, without_the_hague_stock

    enter_region(region, {RIJSWIJK: without_the_hague_stock()[THE_HAGUE]})
    write_programme_chapters(region, tmp_path)
    text, tables = _chapter(tmp_path / "Volkshuisvestingsprogramma Delft - aandachtsgroepen.docx")
    assert _row(tables, "Regio")[3] == "onbekend"
    assert _row(tables, "Aandeel sociale huur nu")[1] == "onbekend"
    assert "Onbekend door ontbrekende invoer: sociale huurwoningen" in text
    assert "Het deel van Delft in de sociale huurwoningen in de regio is onbekend" in text
    assert percent(0.2) in [row[3] for t in tables for row in t if row[0] == "Delft"]
