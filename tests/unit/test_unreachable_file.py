"""A project that becomes unreachable while open (network share gone, folder removed or
made read-only, file replaced, disk full): a clear Dutch error from every read and
write, nothing half-written, and the work can still be saved elsewhere."""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from app.models import BaselineIndicator, PartnerKind
from app.services import figures, measures, municipalities, partners
from app.services.figures import CellChange
from app.services.vision import create_vision, get_vision, update_vision
from app.storage import (
    DiskFullError,
    FileBusyError,
    FileUnreachableError,
    copy_project_file,
    open_project_file,
)
from app.storage import project as project_module
from tests.unit import project_worker as worker

ROOT = Path(__file__).resolve().parents[2]
SAVE_ELSEWHERE = "kies 'Opslaan als' om verder te werken op een andere plek."


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _block(value: int) -> list[CellChange]:
    return [CellChange(cell, value) for cell in worker.block_cells()]


@pytest.fixture
def share(tmp_path):
    """A project in its own folder (the 'network share'), with one block entered."""
    folder = tmp_path / "share"
    folder.mkdir()
    project = create_vision(
        folder / "gedeeld.thuisplan",
        title="Gedeeld",
        municipality_codes=list(worker.CODES),
        start_year=2025,
        end_year=2027,
    )
    figures.set_cells(project, _block(1))
    yield project
    project.close()


def _block_values(project) -> set[int]:
    return {
        value
        for group in worker.BLOCK_GROUPS
        for series in [
            *figures.need_series(project, group),
            *figures.capacity_series(project, group),
        ]
        for value in series.values.values()
    }


WRITES = {
    "set_cells": lambda p: figures.set_cells(p, _block(2)),
    "set_baseline": lambda p: municipalities.set_baseline(
        p, "GM0503", BaselineIndicator.PLANNED_NEW_TOTAL, 7
    ),
    "add_partner": lambda p: partners.add_partner(p, "Nieuw", PartnerKind.OTHER),
    "update_vision": lambda p: update_vision(p, title="Nieuw"),
    "add_measure": lambda p: measures.add_measure(p, 1, "Nieuwe maatregel"),
}


@pytest.mark.parametrize("write", list(WRITES), ids=list(WRITES))
def test_folder_removed_every_write_says_so_and_save_as_rescues(share, tmp_path, write):
    """The share's folder disappears: each write raises FileUnreachableError with the Dutch
    advice, reads too, and 'Opslaan als' still copies every committed edit."""
    shutil.rmtree(share.path.parent)
    with pytest.raises(FileUnreachableError) as caught:
        WRITES[write](share)
    assert "'gedeeld.thuisplan' is niet meer bereikbaar" in str(caught.value)
    assert str(caught.value).endswith("Uw laatste wijziging is niet opgeslagen; " + SAVE_ELSEWHERE)
    with pytest.raises(FileUnreachableError, match="niet meer bereikbaar"):
        get_vision(share)
    rescued = tmp_path / "gered.thuisplan"
    copy_project_file(share, rescued)
    share.close()  # closing a project whose folder is gone does not raise
    with open_project_file(rescued) as project:
        assert _block_values(project) == {1}
        assert get_vision(project).title == "Gedeeld"
        assert [p.name for p in partners.list_partners(project)] == []


def test_file_replaced_by_another_copy(share, tmp_path):
    """A sync tool puts another file in its place: writes refuse, the other file is left
    alone, and the open project's own data can be saved elsewhere."""
    path = share.path
    other = tmp_path / "other.thuisplan"
    shutil.copyfile(path, other)
    os.replace(other, path)
    before = _digest(path)
    with pytest.raises(FileUnreachableError, match="is vervangen door een ander bestand"):
        figures.set_cells(share, _block(2))
    with pytest.raises(FileUnreachableError, match="is vervangen"):
        get_vision(share)
    assert _digest(path) == before
    copy_project_file(share, tmp_path / "gered.thuisplan")
    with open_project_file(tmp_path / "gered.thuisplan") as project:
        assert _block_values(project) == {1}


def _without_permission_override() -> None:
    """In the child: drop the capabilities that let root ignore file permissions."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl")


@pytest.mark.skipif(sys.platform != "linux", reason="uses Linux capabilities when root")
def test_folder_made_read_only(tmp_path):
    """A real read-only folder (root runs the child without CAP_DAC_OVERRIDE): the write is
    refused with its own message, the file is unchanged, reading and saving elsewhere work."""
    folder, elsewhere = tmp_path / "share", tmp_path / "elders"
    folder.mkdir()
    elsewhere.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "tests.unit.project_worker", "readonly-folder", folder, elsewhere],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_without_permission_override if os.geteuid() == 0 else None,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["writable"] is False, "the folder did not become read-only for the child"
    kind, message = report["error"]
    assert kind == "FileUnreachableError"
    assert message.startswith("Thuisplan kan niet meer schrijven in 'gedeeld.thuisplan'")
    assert message.endswith(SAVE_ELSEWHERE)
    assert report["unchanged"] and report["title"] == "Map"
    with open_project_file(elsewhere / "gered.thuisplan") as project:
        assert _block_values(project) == {1}


def _fail_commit(project, message: str) -> None:
    """Make the next commit fail inside SQLite's driver, as a dying disk or share does."""

    @event.listens_for(project.engine, "commit", once=True)
    def fail(conn) -> None:
        raise sqlite3.OperationalError(message)


@pytest.mark.parametrize(
    ("sqlite_message", "error", "expected"),
    [
        ("disk I/O error", FileUnreachableError, r"niet meer bereikbaar \(netwerk weg\?\)"),
        ("database or disk is full", DiskFullError, "is vol"),
    ],
)
def test_failure_at_commit_is_translated_and_nothing_is_written(
    share, sqlite_message, error, expected
):
    """Injected: an I/O error or a full disk at commit time (a real one cannot be made here)
    gives the Dutch error, and the block is not in the file."""
    before = _digest(share.path)
    _fail_commit(share, sqlite_message)
    with pytest.raises(error, match=expected):
        figures.set_cells(share, _block(2))
    assert _digest(share.path) == before
    assert _block_values(share) == {1}
    figures.set_cells(share, _block(3))  # the next edit works again
    assert _block_values(share) == {3}


def test_busy_file_is_a_retryable_error(tmp_path, monkeypatch):
    """Another process holds SQLite's lock longer than we wait: FileBusyError, nothing
    written, and the edit succeeds once the lock is gone."""
    monkeypatch.setattr(project_module, "BUSY_TIMEOUT", 0.2)
    project = create_vision(
        tmp_path / "a.thuisplan",
        title="Bezet",
        municipality_codes=list(worker.CODES),
        start_year=2025,
        end_year=2027,
    )
    other = sqlite3.connect(project.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(FileBusyError, match="is even bezet") as caught:
        figures.set_cells(project, _block(2))
    assert "probeer het opnieuw" in str(caught.value)
    other.execute("ROLLBACK")
    other.close()
    assert _block_values(project) == set()
    figures.set_cells(project, _block(2))
    assert _block_values(project) == {2}
    project.close()


def test_file_deleted_is_not_recreated_empty(share):
    """A deleted file stays deleted: a new connection does not make an empty database."""
    share.engine.dispose()  # no pooled connection to the old file is left
    share.path.unlink()
    with pytest.raises(FileUnreachableError, match="verplaatst of verwijderd"):
        update_vision(share, title="Nieuw")
    assert not share.path.exists()


def test_programming_errors_are_not_disguised(share):
    """Constraint violations are bugs, not network trouble: they surface unchanged."""
    from sqlalchemy.exc import IntegrityError

    from app.models import Partner

    with pytest.raises(IntegrityError), share.write() as session:
        session.add(Partner(name=None, kind="other"))  # type: ignore[arg-type]
        session.flush()


def test_commit_refused_by_a_reader_leaves_no_open_transaction(share, monkeypatch):
    """A reader (a read-only viewer, the CLI) holds its lock while we commit: the commit is
    refused (FileBusyError), the refused change never reaches the file later, and the next
    edit works. (Before: the transaction stayed open on the pooled connection.)"""
    monkeypatch.setattr(project_module, "BUSY_TIMEOUT", 0.2)
    share.engine.dispose()  # new connections get the short timeout
    reader = sqlite3.connect(share.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM vision").fetchone()  # holds SHARED until COMMIT
    with pytest.raises(FileBusyError):
        update_vision(share, title="Geweigerd")
    reader.execute("COMMIT")
    reader.close()
    assert get_vision(share).title == "Gedeeld"
    update_vision(share, title="Daarna")
    share.engine.dispose()
    with open_project_file(share.path, readonly=True) as again:
        assert get_vision(again).title == "Daarna"
