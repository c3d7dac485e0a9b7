"""Exports from a copy of the project file (`app.reports.copy_export`, `ProjectFile.hold`):
the copy is the file as it was held (a write made meanwhile waits and is not in it), the
child's document is the one made here from the window's snapshot, the scenario shown is the
one used, the copy is always removed (done, error, cancel, dead child), and a copy that
cannot be written gives a Dutch message with nothing left behind."""

from __future__ import annotations

import errno
import multiprocessing
import os
import sqlite3
import tempfile
import threading
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from app.reports import child_run
from app.reports.child_run import ChildDiedError
from app.reports.copy_export import export_from_copy, write_from_copy
from app.reports.doc_data import load_document_data
from app.reports.export_io import ExportCancelled, ExportError
from app.reports.safe_text import NO_PROTECTION
from app.reports.xlsx_annex import write_data_annex
from app.services.estimates import store
from app.storage import DiskFullError, open_project_file
from app.storage.held import HeldFile
from tests.unit import child_jobs

needs_posix = pytest.mark.skipif(os.name == "nt", reason="kills processes with POSIX signals")


@pytest.fixture
def temp(tmp_path, monkeypatch) -> Path:
    """The system's temporary folder, here and in the child, watched by the test."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


@pytest.fixture
def in_child(monkeypatch):
    monkeypatch.setenv(child_run.PROCESS_ENV, "1")
    yield
    assert multiprocessing.active_children() == []


def copies(temp: Path) -> list[str]:
    return sorted(p.name for p in temp.iterdir() if p.name.startswith("thuisplan-export-"))


def set_title(project, title: str) -> None:
    with project.write() as session:
        session.exec(text("UPDATE vision SET title = :t").bindparams(t=title))


def title_in(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT title FROM vision").fetchone()[0]
    finally:
        connection.close()


def test_the_copy_is_the_file_as_held(demo, temp):
    """A write started after `hold()` waits for the copy and is not in it; the copy opens
    with the project's normal checks; the file has the write afterwards."""
    before = title_in(demo.path)
    held = demo.hold()
    writer = threading.Thread(target=set_title, args=(demo, "Na de klik"))
    writer.start()
    writer.join(0.3)
    assert writer.is_alive()  # waits for the held read transaction
    copy = held.copy()
    writer.join()
    try:
        assert title_in(copy) == before and title_in(demo.path) == "Na de klik"
        with open_project_file(copy, readonly=True) as opened:
            assert opened.readonly
    finally:
        copy.unlink()
    assert copies(temp) == []


def test_the_document_is_the_one_made_from_the_windows_snapshot(demo, temp, tmp_path, in_child):
    """The annex a child writes from the copy holds the same parts, byte for byte (the
    time of writing aside), as the annex written here from the snapshot of the file."""
    export_from_copy(demo.hold(), write_data_annex, None, NO_PROTECTION, tmp_path / "kind.xlsx")
    write_data_annex(load_document_data(demo), tmp_path / "hier.xlsx")
    with zipfile.ZipFile(tmp_path / "kind.xlsx") as a, zipfile.ZipFile(tmp_path / "hier.xlsx") as b:
        child = {n: a.read(n) for n in a.namelist()}
        here = {n: b.read(n) for n in b.namelist()}
    assert child.keys() == here.keys() and len(here) > 5
    assert {n for n in here if child[n] != here[n]} <= {"docProps/core.xml"}
    assert copies(temp) == []


def test_the_scenario_shown_is_the_one_used(demo, temp, in_child):
    store.add_scenario(demo, "ambitieus")
    for scenario in ("ambitieus", None):
        found = export_from_copy(demo.hold(), child_jobs.scenario_of, scenario, NO_PROTECTION)
        expected = scenario or store.find_scenario(demo).name
        assert found == (expected, title_in(demo.path))
    assert copies(temp) == []


def test_the_child_removes_the_copy_once_read(demo, temp):
    """The child removes the copy as soon as it has read it (also when its parent is
    killed and cannot)."""
    copy = demo.hold().copy()
    seen = []
    write_from_copy(lambda data: seen.append(copy.exists()), copy, None, NO_PROTECTION)
    assert seen == [False] and copies(temp) == []


def test_an_error_in_the_child_keeps_its_message_and_removes_the_copy(demo, temp, in_child):
    with pytest.raises(ExportError, match="De map 'weg' bestaat niet."):
        export_from_copy(demo.hold(), child_jobs.refuse_with_data, None, NO_PROTECTION)
    assert copies(temp) == []


def test_a_cancel_before_the_child_starts_removes_the_copy(demo, temp, tmp_path, in_child):
    with pytest.raises(ExportCancelled):
        export_from_copy(
            demo.hold(),
            write_data_annex,
            None,
            NO_PROTECTION,
            tmp_path / "b.xlsx",
            is_cancelled=lambda: True,
        )
    assert copies(temp) == [] and not (tmp_path / "b.xlsx").exists()


@needs_posix
def test_a_dead_child_gives_the_dutch_error_and_leaves_no_copy(demo, temp, tmp_path, in_child):
    folder = tmp_path / "uit"
    folder.mkdir()
    with pytest.raises(ChildDiedError, match="onverwacht gestopt"):
        export_from_copy(
            demo.hold(), child_jobs.die_with_data, None, NO_PROTECTION, folder / "visie.docx"
        )
    assert copies(temp) == [] and list(folder.iterdir()) == []


def test_no_room_for_the_copy_is_said_in_dutch(demo, temp, monkeypatch):
    """The temporary folder full (or not writable): a Dutch message, nothing left there,
    and the file let go (a write goes on at once)."""

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", full)
    with pytest.raises(DiskFullError) as raised:
        demo.hold().copy()
    assert "tijdelijke kopie" in str(raised.value) and "No space left" in str(raised.value)
    assert list(temp.iterdir()) == []
    set_title(demo, "Daarna")


def test_a_copy_that_fails_halfway_leaves_nothing(demo, temp, monkeypatch):
    def halfway(self, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\0half")
        Path(f"{target}-journal").write_bytes(b"journal")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(HeldFile, "_write", halfway)
    with pytest.raises(DiskFullError, match="disk is full"):
        demo.hold().copy()
    assert list(temp.iterdir()) == []
    set_title(demo, "Daarna")


def test_an_export_named_by_its_dotted_name():
    """The window names an export instead of importing it (its code stays out of the
    window's process); the child imports it by that name."""
    from app.reports.copy_export import writer

    assert writer("app.reports.xlsx_annex.write_data_annex") is write_data_annex
    assert writer(write_data_annex) is write_data_annex
    with pytest.raises(TypeError):
        writer("app.reports.copy_export.T")
