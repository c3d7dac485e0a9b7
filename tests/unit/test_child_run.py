"""Exports in a child process (`app.reports.child_run`): the same document as made here,
progress and notes come back, cancel and a parent that is gone stop the child, a child that
dies or fails gives a Dutch message, and nothing half-written or running is left."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app.reports import child_run
from app.reports.child_run import ChildDiedError, ChildFailedError, run_in_child
from app.reports.doc_data import load_document_data
from app.reports.docx_vision import write_vision_document
from app.reports.export_io import ExportCancelled, ExportError
from app.reports.xlsx_annex import write_data_annex
from tests.unit import child_jobs

ROOT = Path(__file__).resolve().parents[2]
needs_posix = pytest.mark.skipif(os.name == "nt", reason="kills processes with POSIX signals")


@pytest.fixture(autouse=True)
def in_child(monkeypatch):
    """Exports in a child process (the suite runs them here by default)."""
    monkeypatch.setenv(child_run.PROCESS_ENV, "1")
    yield
    assert multiprocessing.active_children() == []  # no child outlives its export


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _wait_for(condition, what: str) -> None:
    """Poll `condition` (a child is a separate process); fail with `what` if it never holds."""
    for _ in range(3000):
        if condition():
            return
        time.sleep(0.02)
    pytest.fail(what)


def test_documents_are_the_same_as_made_here(demo, tmp_path, monkeypatch):
    """The vision and the annex written by a child hold the same parts, byte for byte (the
    time of writing aside), as written in this process from the same snapshot."""
    data = load_document_data(demo)
    for function, name in ((write_vision_document, "visie.docx"), (write_data_annex, "b.xlsx")):
        run_in_child(function, data, tmp_path / f"kind-{name}")
        monkeypatch.setenv(child_run.PROCESS_ENV, "0")
        run_in_child(function, data, tmp_path / f"hier-{name}")
        monkeypatch.setenv(child_run.PROCESS_ENV, "1")
        child, here = _members(tmp_path / f"kind-{name}"), _members(tmp_path / f"hier-{name}")
        assert child.keys() == here.keys() and len(here) > 5
        different = {n for n in here if child[n] != here[n]}
        assert different <= {"docProps/core.xml"}


def test_progress_and_notes_come_back(tmp_path):
    """Every step's progress arrives here in order; a note the child adds is added to the
    caller's list; the result is the path written."""
    seen, notes = [], ["eerder"]
    result = run_in_child(
        child_jobs.write_text,
        tmp_path / "uit.txt",
        "inhoud",
        progress=lambda done, total, text: seen.append((done, total, text)),
        notes=notes,
    )
    assert result == tmp_path / "uit.txt" and result.read_text(encoding="utf-8") == "inhoud"
    assert seen == [(0, 3, "een"), (1, 3, "twee"), (2, 3, "drie"), (3, 3, "Klaar")]
    assert notes[0] == "eerder" and notes[1] == f"geschreven door proces {_pid(notes[1])}"
    assert _pid(notes[1]) != os.getpid()  # written by another process


def _pid(note: str) -> int:
    return int(note.rsplit(" ", 1)[1])


def test_switched_off_runs_here(tmp_path, monkeypatch):
    """THUISPLAN_EXPORT_PROCESS=0: the function runs in this process."""
    monkeypatch.setenv(child_run.PROCESS_ENV, "0")
    notes: list[str] = []
    run_in_child(child_jobs.write_text, tmp_path / "uit.txt", "x", notes=notes)
    assert notes == [f"geschreven door proces {os.getpid()}"]


def test_cancel_leaves_no_file_and_no_process(tmp_path):
    """Cancel while the child writes: ExportCancelled here, the child saw the cancel and
    stopped, its temporary file is gone and no process is left."""
    pid_file = tmp_path / "pid"
    folder = tmp_path / "uit"
    folder.mkdir()
    with pytest.raises(ExportCancelled, match="afgebroken"):
        run_in_child(
            child_jobs.wait_for_cancel,
            folder / "visie.docx",
            pid_file,
            is_cancelled=lambda: "\n" not in pid_file.read_text() if pid_file.exists() else False,
        )
    assert pid_file.read_text(encoding="utf-8").endswith("gestopt")
    assert list(folder.iterdir()) == []


@needs_posix
def test_child_stops_when_its_parent_is_gone(tmp_path):
    """A parent killed while its export runs: the child's is_cancelled turns true at the end
    of its pipe, it stops (removing its temporary file) and exits."""
    pid_file, folder = tmp_path / "pid", tmp_path / "uit"
    folder.mkdir()
    script = (
        "from pathlib import Path\n"
        "from app.reports.child_run import run_in_child\n"
        "from tests.unit.child_jobs import wait_for_cancel\n"
        "if __name__ == '__main__':\n"
        f"    run_in_child(wait_for_cancel, Path({str(folder / 'v.docx')!r}), "
        f"Path({str(pid_file)!r}))\n"
    )
    (tmp_path / "ouder.py").write_text(script, encoding="utf-8")
    parent = subprocess.Popen(
        [sys.executable, str(tmp_path / "ouder.py")],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        _wait_for(pid_file.exists, "the child never started")
        child = int(pid_file.read_text(encoding="utf-8").split()[0])
        parent.kill()
        parent.wait()
        _wait_for(lambda: pid_file.read_text().endswith("gestopt"), "the child did not stop")
        _wait_for(lambda: not _running(child), "the child did not exit")
    finally:
        parent.kill()
        parent.wait()
    assert list(folder.iterdir()) == []


def _running(pid: int) -> bool:
    """Whether `pid` is alive (a zombie nobody reaped has ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


@needs_posix
def test_killed_child_gives_a_dutch_error_and_no_file(tmp_path):
    """A child killed while writing: a Dutch message naming what happened, its temporary
    file removed here, the target never made."""
    folder = tmp_path / "uit"
    folder.mkdir()
    with pytest.raises(ChildDiedError) as raised:
        run_in_child(child_jobs.die_while_writing, folder / "visie.docx")
    assert "onverwacht gestopt" in str(raised.value) and "code -9" in str(raised.value)
    assert "geen half geschreven bestand" in str(raised.value)
    assert list(folder.iterdir()) == []


def test_an_error_in_the_child_has_the_same_dutch_message():
    """A DomainError in the child arrives as the same class with the same message."""
    with pytest.raises(ExportError) as here:
        child_jobs.refuse()
    with pytest.raises(ExportError) as child:
        run_in_child(child_jobs.refuse)
    assert type(child.value) is type(here.value) and str(child.value) == str(here.value)


def test_an_unexpected_error_carries_the_childs_traceback():
    """A fault in the child is no DomainError (the GUI logs it and says so in Dutch) and
    holds the child's traceback for the log."""
    with pytest.raises(ChildFailedError) as raised:
        run_in_child(child_jobs.fail)
    assert not isinstance(raised.value, ExportError)
    assert "KeyError: 'b'" in str(raised.value) and "child_jobs.py" in str(raised.value)


def test_out_of_memory_in_the_child_is_said_in_dutch():
    with pytest.raises(ExportError, match="geheugen van de computer"):
        run_in_child(child_jobs.run_out_of_memory)
