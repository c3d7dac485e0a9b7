"""Backups: made on opening (cheaply, the last few kept) and before a migration, listed for
the start screen, and restored to a new file that opens; never over an open file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from app.services import measures
from app.services.vision import create_vision, get_vision, update_vision
from app.storage import (
    DamagedFileError,
    FileInUseError,
    TargetExistsError,
    backups,
    list_backups,
    open_project_file,
    restore_backup,
)
from app.storage.backups import KEEP_ON_OPEN, ON_OPEN
from tests.unit.work import PROC_IO, io_counters

FIXTURES = Path(__file__).parents[1] / "fixtures"
# Backing up on open reads the file once and writes it once (plus the sidecar and a few
# pages read back from the copy): bytes are counted, not seconds, so load cannot fail it.
MAX_IO_FACTOR = 1.25  # times the file's size, read and written each (1.07 and 1.0 seen)
IO_SLACK = 64 * 1024  # the header, the sidecars, the title read back from the copy


def _vision(path: Path, title: str = "Visie") -> Path:
    create_vision(
        path, title=title, municipality_codes=["GM0503"], start_year=2025, end_year=2027
    ).close()
    return path


def _edit_and_reopen(path: Path, title: str) -> None:
    with open_project_file(path) as project:
        update_vision(project, title=title)
    open_project_file(path).close()


def test_opening_for_writing_makes_a_described_backup(tmp_path, data_dir):
    """The copy sits in the user's data folder and says what it is and where it came from."""
    path = _vision(tmp_path / "regio.thuisplan", "Woonzorgvisie Delft")
    assert list_backups() == []
    opening = datetime.now()
    open_project_file(path).close()
    opened = datetime.now()
    [info] = list_backups()
    assert info.path.parent == data_dir / "reservekopieen"
    assert (info.project_name, info.original_path, info.reason) == (
        "Woonzorgvisie Delft",
        path.resolve(),
        ON_OPEN,
    )
    assert info.reason_label == "Bij openen"
    assert info.size == info.path.stat().st_size > 0
    assert opening <= info.created <= opened


def test_unchanged_file_is_not_copied_again_and_read_only_opens_never(tmp_path):
    """Reopening an unchanged file adds no copy; a read-only open makes none; a change does."""
    path = _vision(tmp_path / "regio.thuisplan")
    open_project_file(path).close()
    open_project_file(path).close()
    open_project_file(path, readonly=True).close()
    assert len(list_backups()) == 1
    _edit_and_reopen(path, "Gewijzigd")
    assert len(list_backups()) == 2
    assert list_backups()[0].project_name == "Gewijzigd"  # newest first


def test_only_the_last_few_per_project_are_kept(tmp_path):
    """Copies made on opening are pruned to KEEP_ON_OPEN per project, the newest kept;
    another project's copies are left alone."""
    path = _vision(tmp_path / "regio.thuisplan")
    other = _vision(tmp_path / "ander.thuisplan", "Ander")
    open_project_file(other).close()
    for n in range(KEEP_ON_OPEN + 3):
        _edit_and_reopen(path, f"Versie {n}")
    mine = backups.backups_of(path)
    assert [b.project_name for b in mine] == [
        f"Versie {n}" for n in reversed(range(3, KEEP_ON_OPEN + 3))
    ]
    assert [b.project_name for b in backups.backups_of(other)] == ["Ander"]
    assert not [p for p in (mine[0].path.parent).iterdir() if p.name.startswith(".~")]


def test_migration_backup_is_listed_and_kept(tmp_path):
    """Opening an old file copies it first ('voor-upgrade'); pruning never removes that copy."""
    path = tmp_path / "oud.thuisplan"
    shutil.copyfile(FIXTURES / "schema_v1.thuisplan", path)
    open_project_file(path).close()
    for n in range(KEEP_ON_OPEN + 1):
        _edit_and_reopen(path, f"Versie {n}")
    reasons = [b.reason for b in backups.backups_of(path)]
    assert reasons.count("voor-upgrade-v1") == 1
    upgrade = next(b for b in list_backups() if b.reason == "voor-upgrade-v1")
    assert upgrade.reason_label.startswith("Voor het bijwerken")


def test_restore_to_a_new_file_that_opens(tmp_path):
    """A backup restored under a new name opens and holds the backed-up state."""
    path = _vision(tmp_path / "regio.thuisplan", "Eerste")
    open_project_file(path).close()
    _edit_and_reopen(path, "Tweede")
    first = next(b for b in list_backups() if b.project_name == "Eerste")
    target = restore_backup(first, tmp_path / "terug.thuisplan")
    with open_project_file(target) as project:
        assert get_vision(project).title == "Eerste"
    with pytest.raises(TargetExistsError):
        restore_backup(first, target)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".~", ".terug"))] == []


def test_restore_never_over_an_open_file(tmp_path):
    """Restoring over the project that is open is refused, even with overwrite."""
    path = _vision(tmp_path / "regio.thuisplan")
    open_project_file(path).close()
    [info] = list_backups()
    with open_project_file(path) as project:
        update_vision(project, title="Na de kopie")
        before = path.read_bytes()
        with pytest.raises(FileInUseError, match="nooit over een geopend bestand"):
            restore_backup(info, path, overwrite=True)
        assert path.read_bytes() == before
    restore_backup(info, path, overwrite=True)  # closed: the user may put the copy back
    with open_project_file(path, readonly=True) as project:
        assert get_vision(project).title == "Visie"


def test_restore_over_a_file_with_a_stale_journal(tmp_path):
    """A crash journal beside the target belongs to the old file: it must not be rolled
    back into the restored copy (that would corrupt it)."""
    path = _vision(tmp_path / "regio.thuisplan")
    open_project_file(path).close()
    [info] = list_backups()
    with open_project_file(path) as project:  # the file moves on after the backup
        update_vision(project, title="Later")
        for n in range(300):
            measures.add_measure(project, 1, f"Maatregel {n} " + "x" * 200)
    journal = path.with_name(path.name + "-journal")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE vision SET title = 'HALF'")
    conn.execute("CREATE TABLE filler (x)")
    conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 2000)
    saved = journal.read_bytes()  # the journal as a crash would leave it
    conn.execute("ROLLBACK")
    conn.close()
    journal.write_bytes(saved)
    restore_backup(info, path, overwrite=True)
    assert not journal.exists()
    with open_project_file(path) as project:
        assert get_vision(project).title == "Visie"
        assert measures.list_measures(project) == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_damaged_backup_is_refused_and_leaves_no_file(tmp_path):
    """A backup that was damaged in the data folder is not restored."""
    path = _vision(tmp_path / "regio.thuisplan")
    open_project_file(path).close()
    [info] = list_backups()
    data = bytearray(info.path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, len(data), page):
        data[offset : offset + 64] = b"\xff" * 64
    info.path.write_bytes(bytes(data))
    with pytest.raises(DamagedFileError, match="reservekopie .* is zelf beschadigd"):
        restore_backup(info, tmp_path / "terug.thuisplan")
    assert not (tmp_path / "terug.thuisplan").exists()


def test_a_backup_that_cannot_be_made_does_not_block_opening(tmp_path, monkeypatch):
    """A full or unwritable data folder: the project still opens (the failure is logged)."""
    path = _vision(tmp_path / "regio.thuisplan")

    def refuse():
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backups, "backup_dir", refuse)
    with open_project_file(path) as project:
        assert get_vision(project).title == "Visie"


@pytest.mark.skipif(not PROC_IO.exists(), reason="counts bytes with /proc/self/io")
def test_backup_on_open_is_cheap(demo_path, tmp_path):
    """Backing up the example on opening reads it once and writes it once (a few
    milliseconds): it catches a backup that reads the file twice or copies it twice."""
    backups.backup_on_open(_vision(tmp_path / "eerst.thuisplan"))  # modules loaded before
    before = io_counters()
    made = backups.backup_on_open(demo_path)
    after = io_counters()
    assert made is not None
    size = demo_path.stat().st_size
    read, written = (after[key] - before[key] for key in ("rchar", "wchar"))
    assert size <= read < MAX_IO_FACTOR * size + IO_SLACK, (read, size)
    assert size <= written < MAX_IO_FACTOR * size + IO_SLACK, (written, size)


def test_files_that_are_not_backups_are_ignored(data_dir):
    """Stray files in the backup folder do not appear in the list."""
    folder = backups.backup_dir()
    (folder / "notities.thuisplan").write_text("x")
    (folder / "los.thuisplan.json").write_text("{")
    assert list_backups() == []
