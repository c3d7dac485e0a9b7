"""Crash states told honestly: `check` calls a file with an interrupted write (a hot
journal) recoverable, never damaged, and changes nothing; a killed `import` or `demo`
leaves a file that `check` passes (or, for `demo`, no file at all)."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services.project_check import INTERRUPTED, check_project
from app.storage import FileMissingError, open_project_file
from app.storage.files import journal_of
from tests.unit.xlsx_helpers import edit_workbook

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def crash_mid_write(path: Path) -> None:
    """A process changes the title and many measures in one transaction and dies."""
    script = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"  # pages reach the file before the commit
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"UPDATE vision SET title = 'HALF'\")\n"
        "for i in range(2000):\n"
        '    c.execute("INSERT INTO measure (action_line, description, owner, sort_order) '
        "VALUES (1, 'x', '', 0)\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    assert journal_of(path).stat().st_size > 0


def test_check_calls_an_interrupted_write_recoverable_and_changes_nothing(demo_path):
    """A hot journal: `check` says the unfinished change is undone on opening and nothing
    saved is lost, reports the file as opening will leave it, and touches neither file."""
    crash_mid_write(demo_path)
    before = (digest(demo_path), digest(journal_of(demo_path)))
    report = check_project(demo_path)
    assert report.problems == []
    assert report.notes == (INTERRUPTED,)
    assert report.counts["gemeenten"] == 9
    assert (digest(demo_path), digest(journal_of(demo_path))) == before


def test_check_on_the_command_line_after_a_crash(demo_path, data_dir):
    """The CLI prints the note and 'in orde', exit 0: no advice to open a backup."""
    from tests.e2e.test_cli import thuisplan

    crash_mid_write(demo_path)
    result = thuisplan("check", demo_path.name, cwd=demo_path.parent, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "onderbroken" in result.stdout and "niets verloren" in result.stdout
    assert "Het bestand is in orde." in result.stdout
    assert "beschadigd" not in result.stdout + result.stderr
    assert "reservekopie" not in result.stdout + result.stderr


def test_opening_after_a_crash_rolls_back_what_the_copy_checked(demo_path):
    """Opening rolls the interrupted write back (after checking that in a private copy)."""
    from app.services.vision import get_vision

    crash_mid_write(demo_path)
    with open_project_file(demo_path) as project:
        assert get_vision(project).title != "HALF"
    assert not journal_of(demo_path).exists() or journal_of(demo_path).stat().st_size == 0


def _kill_at_random(args: list[str], cwd: Path, env: dict, seconds: float) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(seconds)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)


def _timed(args: list[str], cwd: Path, env: dict) -> float:
    """How long the command takes when it runs to the end (its exit code aside)."""
    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "app", *args], cwd=cwd, env=env, capture_output=True)
    return time.monotonic() - start


def _workbooks(demo, folder: Path) -> list[Path]:
    """Two filled-in uitvraag workbooks that each change every need and capacity figure
    (some 8,800: the write takes a good part of the import)."""
    from app.reports.collection_template import write_collection_template

    template = write_collection_template(demo, folder / "uitvraag.xlsx")
    made = []
    for value in (11, 22):

        def fill(workbook, value=value):
            for sheet in (workbook["Woonbehoefte"], workbook["Aanbod"]):
                years = [c.column for c in sheet[1] if isinstance(c.value, int)]
                for row in sheet.iter_rows(min_row=2):
                    for column in years:
                        row[column - 1].value = value

        made.append(edit_workbook(template, fill, folder / f"ingevuld-{value}.xlsx"))
    return made


def import_crash_loop(demo, tmp_path: Path, kills: int, seed: int) -> tuple[int, int]:
    """Kill `import` at random moments; after each, `check` must pass the file. Returns how
    many kills left a journal, and how many of those SQLite found hot (mid-commit: a
    journal is only marked valid once the database itself is about to be written)."""
    rng = random.Random(seed)
    books = _workbooks(demo, tmp_path)
    path = demo.path
    demo.close()
    env = {**os.environ, "THUISPLAN_DATA_DIR": str(tmp_path / "data")}
    # --valid-rows-only: the capacity the allocation rules compute is refused, the rest taken
    command = ["import", str(path), "{book}", "--valid-rows-only"]
    duration = _timed([a.format(book=books[0]) for a in command], tmp_path, env)
    assert _need_values(path) == {11}
    journals = interrupted = 0
    for kill in range(kills):
        book = books[(kill + 1) % 2]  # the other one than the last completed import
        moment = rng.uniform(0.5, 1.0) * duration  # reading the workbook comes first
        _kill_at_random([a.format(book=book) for a in command], tmp_path, env, moment)
        journal = journal_of(path).exists() and journal_of(path).stat().st_size > 0
        before = digest(path)
        report = check_project(path)  # never DamagedFileError
        assert report.problems == [], report
        told = INTERRUPTED in report.notes
        assert journal or not told
        journals += journal
        interrupted += told
        assert digest(path) == before
        assert _need_values(path) in ({11}, {22})  # all of one import, never half of one
    return journals, interrupted


def _need_values(path: Path) -> set[int]:
    import sqlite3

    with open_project_file(path, readonly=True) as project:  # rolls a hot journal back
        del project
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT DISTINCT quantity FROM need_value")}
    finally:
        conn.close()


def test_killed_imports_leave_a_file_check_passes(demo, tmp_path):
    """Two kills at random moments of an import (fast run)."""
    import_crash_loop(demo, tmp_path, kills=2, seed=13)


@pytest.mark.slow
def test_twenty_killed_imports(demo, tmp_path):
    """Twenty kills: some land in the middle of the write (a journal is left), and `check`
    passes the file after each."""
    journals, interrupted = import_crash_loop(demo, tmp_path, kills=20, seed=2026)
    print(f"import kills: 20, journals left: {journals}, of which hot: {interrupted}")
    assert journals > 0  # the kills did land in the middle of writes


def demo_crash_loop(tmp_path: Path, kills: int, seed: int) -> tuple[int, int]:
    """Kill `demo` at random moments: afterwards the example either does not exist or is
    complete; never a half-made file. Returns (kills mid-build, completed runs)."""
    rng = random.Random(seed)
    env = {**os.environ, "THUISPLAN_DATA_DIR": str(tmp_path / "data")}
    folder = tmp_path / "werk"
    folder.mkdir()
    duration = _timed(["demo", "voorbeeld.thuisplan"], folder, env)
    path = folder / "voorbeeld.thuisplan"
    complete = _partners(path)
    mid_build = finished = 0
    for _ in range(kills):
        path.unlink(missing_ok=True)
        _kill_at_random(["demo", path.name], folder, env, rng.uniform(0, duration))
        leftovers = [p for p in folder.iterdir() if p.name.startswith(".~")]
        if not path.exists():
            with pytest.raises(FileMissingError):
                check_project(path)
            mid_build += bool(leftovers)
            continue
        finished += 1
        assert check_project(path).problems == []
        assert _partners(path) == complete
        for leftover in leftovers:
            leftover.unlink()
    return mid_build, finished


def _partners(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM partner").fetchone()[0]
    finally:
        conn.close()


def test_killed_demo_leaves_no_half_made_file(tmp_path):
    """Three kills at random moments of `demo` (fast run)."""
    demo_crash_loop(tmp_path, kills=3, seed=7)


@pytest.mark.slow
def test_twenty_killed_demos(tmp_path):
    """Twenty kills; most land while the example is being built, none leaves half of it."""
    mid_build, finished = demo_crash_loop(tmp_path, kills=20, seed=2026)
    print(f"demo kills: 20, mid-build: {mid_build}, completed: {finished}")
    assert mid_build > 0


def test_a_killed_demo_leaves_its_work_under_a_temporary_name(tmp_path, monkeypatch):
    """Deterministically: a build that stops halfway leaves nothing at the target name."""
    from app.services import demo

    def stop(project):
        raise KeyboardInterrupt

    monkeypatch.setattr(
        demo, "_partners_measures_agreements", lambda project, groups: stop(project)
    )
    with pytest.raises(KeyboardInterrupt):
        demo.create_demo(tmp_path / "voorbeeld.thuisplan")
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".lock"] == []
