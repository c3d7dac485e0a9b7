"""Hostile project files (tests/unit/hostile_projects.py) are refused before anything runs:
a Dutch message naming what is wrong, bytes unchanged, nothing written beside them or in
the backup folder; their valid data can be taken over into a new file."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.services import partners, project_check
from app.services.salvage import salvage_file
from app.services.vision import get_vision, update_vision
from app.storage import UntrustedFileError, open_project_file, verify
from app.storage.format import CURRENT_SCHEMA_VERSION
from app.storage.inspection import inspect_project_file
from tests.unit import hostile_projects as corpus

FIXTURES = Path(__file__).parents[1] / "fixtures"
SOUND = FIXTURES / f"schema_v{CURRENT_SCHEMA_VERSION}.thuisplan"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, Path]:
    """Every attack, made once for the module from the current version's fixture."""
    return corpus.make_corpus(SOUND, tmp_path_factory.mktemp("hostile"))


def _copy(source: Path, folder: Path) -> Path:
    path = folder / source.name
    shutil.copyfile(source, path)
    return path


@pytest.mark.parametrize("name", list(corpus.ATTACKS))
def test_hostile_file_is_refused_untouched_on_every_open_path(name, hostile, tmp_path, data_dir):
    """Read-write and read-only open and `check` refuse it with a message naming the
    attack; the file keeps its bytes, nothing appears beside it, no backup is made."""
    folder = tmp_path / "map"
    folder.mkdir()
    path = _copy(hostile[name], folder)
    before = digest(path)
    for attempt in (
        lambda: open_project_file(path),
        lambda: open_project_file(path, readonly=True),
        lambda: project_check.check_project(path),
    ):
        with pytest.raises(UntrustedFileError) as refused:
            attempt()
        assert corpus.EXPECTED[name] in str(refused.value)
        assert refused.value.salvageable
    assert digest(path) == before
    assert [p.name for p in folder.iterdir()] == [path.name]
    assert not list(data_dir.rglob("*.thuisplan"))


FAST_SALVAGE = ("extra-trigger", "text-in-quantity", "generated-column", "plan-period")


@pytest.mark.parametrize(
    "name",
    [n if n in FAST_SALVAGE else pytest.param(n, marks=pytest.mark.slow) for n in corpus.ATTACKS],
)
def test_the_valid_data_of_a_hostile_file_can_be_taken_over(name, hostile, tmp_path):
    """Salvage copies what keeps the rules into a new file that opens and passes `check`;
    the original is untouched, and nothing of its schema came along."""
    path = _copy(hostile[name], tmp_path)
    before = digest(path)
    report = salvage_file(path, tmp_path / "nieuw.thuisplan")
    assert digest(path) == before
    assert project_check.check_project(tmp_path / "nieuw.thuisplan").problems == []
    conn = sqlite3.connect(tmp_path / "nieuw.thuisplan")
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert not names & {"wipe", "slow", "slow_index", "everything", "padding"}
    copied = {t.table: t.copied for t in report.tables}
    assert copied["need_value"] > 1000 and copied["partner"] == 9


def test_a_trigger_that_wipes_partners_does_nothing_in_the_salvaged_file(hostile, tmp_path):
    """The attack of the issue: an edit of the vision deleted every partner, agreement and
    measure. In the salvaged file an ordinary write loses no row."""
    path = _copy(hostile["extra-trigger"], tmp_path)
    with pytest.raises(UntrustedFileError):
        open_project_file(path)
    salvage_file(path, tmp_path / "nieuw.thuisplan")
    with open_project_file(tmp_path / "nieuw.thuisplan") as project:
        update_vision(project, title="Na de overname")
        assert get_vision(project).title == "Na de overname"
        assert len(partners.list_partners(project)) == 9
    conn = sqlite3.connect(tmp_path / "nieuw.thuisplan")
    counts = [
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("agreement", "measure")
    ]
    conn.close()
    assert counts == [4, 5]


def test_salvage_names_the_rows_it_leaves_out(hostile, tmp_path):
    """Text in a quantity: that one row stays behind, named with its value."""
    path = _copy(hostile["text-in-quantity"], tmp_path)
    report = salvage_file(path, tmp_path / "nieuw.thuisplan")
    need = next(t for t in report.tables if t.table == "need_value")
    assert need.skipped == 1
    assert corpus.FORMULA in need.examples[0] and "rij series_id=" in need.examples[0]
    assert report.skipped == 1


def test_salvage_gives_an_impossible_plan_period_a_default_it_reports(hostile, tmp_path):
    """A plan period of -5000..99999 becomes the years the figures span, said in the report."""
    path = _copy(hostile["plan-period"], tmp_path)
    report = salvage_file(path, tmp_path / "nieuw.thuisplan")
    assert any(d.startswith("start_year") for d in report.vision_defaults)
    with open_project_file(tmp_path / "nieuw.thuisplan", readonly=True) as project:
        vision = get_vision(project)
    assert (vision.start_year, vision.end_year) == (2025, 2030)


def test_too_many_municipalities_are_cut_to_the_bound(hostile, tmp_path):
    """More municipalities than the Netherlands has: the first 342 are taken over."""
    path = _copy(hostile["many-municipalities"], tmp_path)
    report = salvage_file(path, tmp_path / "nieuw.thuisplan")
    municipalities = next(t for t in report.tables if t.table == "municipality")
    assert (municipalities.copied, municipalities.skipped) == (342, 67)


def test_a_check_over_budget_is_refused_as_too_much_work(tmp_path, monkeypatch):
    """The checks run under a budget of SQLite steps: over it, the file is refused with its
    own message instead of working for minutes."""
    path = _copy(SOUND, tmp_path)
    monkeypatch.setattr(verify, "BASE_STEPS", 10_000)
    monkeypatch.setattr(verify, "STEPS_PER_PAGE", 1)
    with pytest.raises(UntrustedFileError, match="kost onwaarschijnlijk veel werk"):
        inspect_project_file(path)


def test_a_schema_that_takes_long_to_load_is_stopped(hostile, tmp_path, monkeypatch):
    """Reading sqlite_master has its own small budget: thousands of triggers stop it."""
    path = _copy(hostile["many-triggers"], tmp_path)
    monkeypatch.setattr(verify, "SCHEMA_STEPS", 20_000)
    with pytest.raises(UntrustedFileError, match="kost onwaarschijnlijk veel werk"):
        inspect_project_file(path)


def test_a_file_of_mostly_free_pages_opens_and_is_backed_up_compacted(tmp_path, data_dir):
    """40 MB of free pages (a dropped padding table): nothing untrusted remains, so it opens,
    and its backup holds only the data."""
    path = _copy(SOUND, tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE padding (x BLOB)")
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
        "INSERT INTO padding SELECT zeroblob(100000) FROM n"
    )
    conn.commit()
    conn.execute("DROP TABLE padding")
    conn.commit()
    conn.close()
    assert path.stat().st_size > 40_000_000
    open_project_file(path).close()
    (backup,) = (data_dir / "reservekopieen").glob("*.thuisplan")
    assert backup.stat().st_size < 2 * SOUND.stat().st_size


def _legacy_with_text_quantity(tmp_path: Path) -> Path:
    path = tmp_path / "oud.thuisplan"
    shutil.copyfile(FIXTURES / "schema_v2.thuisplan", path)
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE need_value SET quantity = ? WHERE rowid = (SELECT min(rowid) FROM need_value)",
        (corpus.FORMULA,),
    )
    conn.commit()
    conn.close()
    return path


def test_an_older_file_with_text_in_a_quantity_is_refused_not_converted(tmp_path, data_dir):
    """A version-2 file (its quantity columns accept text): opening refuses it with the row
    named, before any backup or upgrade; read-only likewise; the file keeps its bytes."""
    path = _legacy_with_text_quantity(tmp_path)
    before = digest(path)
    for readonly in (False, True):
        with pytest.raises(UntrustedFileError, match="tabel 'woonbehoefte' \\(need_value\\), rij"):
            open_project_file(path, readonly=readonly)
    assert digest(path) == before
    assert not list(data_dir.rglob("*.thuisplan"))


def test_the_upgrade_itself_refuses_a_bad_value_by_row(tmp_path):
    """Called directly (without the checks on opening), the 2 -> 3 step still refuses the
    row instead of converting it, and leaves the file as it was."""
    from app.storage.migrations import migrate

    path = _legacy_with_text_quantity(tmp_path)
    before = digest(path)
    with pytest.raises(UntrustedFileError, match=r"quantity is '=cmd\|' /C calc'!A0'"):
        migrate(path, 2, backup=False)
    assert digest(path) == before


def test_an_older_file_with_bad_data_can_be_taken_over(tmp_path):
    """Salvage reads a version-2 file too; the new file widens the groups' housing types
    as the upgrade would."""
    path = _legacy_with_text_quantity(tmp_path)
    report = salvage_file(path, tmp_path / "nieuw.thuisplan")
    assert report.skipped == 1
    assert project_check.check_project(tmp_path / "nieuw.thuisplan").problems == []


def test_salvage_stops_at_its_budget_and_makes_no_file(hostile, tmp_path, monkeypatch):
    """Reading the source's schema has a budget in salvage too: over it, no new file."""
    from app.storage import salvage
    from app.storage.errors import ProjectFileError

    path = _copy(hostile["many-triggers"], tmp_path)
    monkeypatch.setattr(salvage, "SCHEMA_STEPS", 20_000)
    with pytest.raises(ProjectFileError, match="kost onwaarschijnlijk veel werk"):
        salvage_file(path, tmp_path / "nieuw.thuisplan")
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
