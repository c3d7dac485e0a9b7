"""Two users, one file: a project open for writing elsewhere is refused with who has it,
read-only always works, a dead owner's lock is taken over, and writers never interleave."""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import figures, partners
from app.services.vision import create_vision, get_vision, update_vision
from app.storage import (
    FileInUseError,
    FolderNotWritableError,
    ReadOnlyError,
    copy_project_file,
    current_owner,
    open_project_file,
)
from app.storage.lock import LockOwner, lock_path
from tests.unit import project_worker as worker

ROOT = Path(__file__).resolve().parents[2]


def _vision(path: Path) -> Path:
    create_vision(
        path,
        title="Gedeeld",
        municipality_codes=list(worker.CODES),
        start_year=worker.YEARS[0],
        end_year=worker.YEARS[-1],
    ).close()
    return path


def _worker(*args: str, stdin=None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.unit.project_worker", *args],
        cwd=ROOT,
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def holder(tmp_path):
    """Another process that has the project open for writing until told to close."""
    path = _vision(tmp_path / "gedeeld.thuisplan")
    process = _worker("hold", str(path), stdin=subprocess.PIPE)
    assert process.stdout.readline().strip() == "open", process.stderr.read()
    yield path, process
    _end(process)


def _end(process: subprocess.Popen) -> None:
    """Stop a worker (if it still runs) and close its pipes."""
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=30)


def test_second_process_is_told_who_has_it_open(holder):
    """The second opener gets FileInUseError naming user, host and time, and the pid."""
    path, process = holder
    with pytest.raises(FileInUseError) as caught:
        open_project_file(path)
    owner = caught.value.owner
    assert (owner.pid, owner.host) == (process.pid, socket.gethostname())
    assert owner.user == getpass.getuser()
    message = str(caught.value)
    assert message.startswith(f"'gedeeld.thuisplan' is geopend door {owner.user} op {owner.host}")
    assert f"sinds {owner.describe_since()}" in message
    assert message.endswith("U kunt het alleen-lezen openen.")
    assert current_owner(path) == owner


def test_read_only_works_while_another_process_writes(holder):
    """Read-only opens without a lock, reads, and refuses writes; the CLI's read-only
    commands work on the locked file too."""
    path, _process = holder
    with open_project_file(path, readonly=True) as project:
        assert get_vision(project).title == "Gedeeld"
        with pytest.raises(ReadOnlyError):
            update_vision(project, title="Van mij")
    export = ["export", str(path), "--xlsx", str(path.with_name("bijlage.xlsx"))]
    for command in (["summary", str(path), "--json"], ["check", str(path)], export):
        result = subprocess.run(
            [sys.executable, "-m", "app", *command], capture_output=True, text=True, cwd=ROOT
        )
        assert result.returncode == 0, result.stderr


def test_lock_released_on_close_and_taken_over_after_a_kill(holder):
    """A clean close removes the lock file; a killed owner's lock is stale and taken over."""
    path, process = holder
    process.stdin.write("\n")
    process.stdin.flush()
    assert process.stdout.readline().strip() == "closed"
    process.wait(timeout=30)
    assert not lock_path(path).exists()

    killed = _worker("hold", str(path), stdin=subprocess.PIPE)
    assert killed.stdout.readline().strip() == "open"
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait(timeout=30)
    _end(killed)
    assert lock_path(path).exists()  # left behind, but nobody holds it
    assert current_owner(path) is None
    with open_project_file(path) as project:
        assert current_owner(path).pid == os.getpid()
        update_vision(project, title="Overgenomen")
    assert not lock_path(path).exists()


def test_second_open_in_the_same_process_is_refused(tmp_path):
    """Two windows of one Thuisplan cannot both write the same file."""
    path = _vision(tmp_path / "a.thuisplan")
    with open_project_file(path):
        with pytest.raises(FileInUseError, match="is al geopend in Thuisplan"):
            open_project_file(path)
        with open_project_file(path, readonly=True) as viewer:
            assert get_vision(viewer).title == "Gedeeld"
    with open_project_file(path):  # closed: free again
        pass


def test_save_as_never_overwrites_an_open_file(holder, tmp_path):
    """'Opslaan als' onto a file another process has open is refused; so is the file itself."""
    path, _process = holder
    mine = _vision(tmp_path / "mijn.thuisplan")
    with open_project_file(mine) as project:
        before = path.read_bytes()
        with pytest.raises(FileInUseError):
            copy_project_file(project, path, overwrite=True)
        assert path.read_bytes() == before
        with pytest.raises(Exception, match="het bestand dat open is"):
            copy_project_file(project, mine, overwrite=True)


def test_garbled_lock_file_of_a_live_owner(tmp_path):
    """An owner whose lock file is unreadable is still respected, with a general message."""
    path = _vision(tmp_path / "a.thuisplan")
    process = _worker("hold", str(path), stdin=subprocess.PIPE)
    try:
        assert process.stdout.readline().strip() == "open"
        lock_path(path).write_bytes(b"\x00{niet json")
        with pytest.raises(FileInUseError, match="ander Thuisplan-venster of door een andere"):
            open_project_file(path)
    finally:
        _end(process)


def test_owner_round_trips_through_json():
    """What the lock file says is what a second opener reads."""
    owner = LockOwner.current()
    assert LockOwner.from_json(owner.to_json()) == owner
    assert json.loads(owner.to_json())["pid"] == os.getpid()


def test_unwritable_folder_offers_read_only(tmp_path, monkeypatch):
    """No lock file can be made (a read-only share): FolderNotWritableError, read-only works."""
    path = _vision(tmp_path / "a.thuisplan")
    from app.storage import lock

    real_open = os.open

    def refuse(file, flags, *args):
        if str(file).endswith(".lock") and flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args)

    monkeypatch.setattr(lock.os, "open", refuse)
    with pytest.raises(FolderNotWritableError, match="alleen-lezen openen"):
        open_project_file(path)
    with open_project_file(path, readonly=True) as project:
        assert get_vision(project).title == "Gedeeld"


def test_two_writers_never_interleave(tmp_path):
    """Two processes that bypass the lock file write 36-cell blocks and partners at the same
    time: SQLite serialises them, so every block is whole, every reported write is there,
    and the file is intact."""
    path = _vision(tmp_path / "a.thuisplan")
    writers = [_worker("write", str(path), str(n), "40", stdin=subprocess.PIPE) for n in (1, 2)]
    for process in writers:
        assert process.stdout.readline().strip() == "ready"
    for process in writers:
        process.stdin.write("go\n")
        process.stdin.flush()
    outputs = []
    for process in writers:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        outputs.append(out.split("\n"))
    commits = [[line.split()[1:] for line in out if line.startswith("cells")] for out in outputs]
    cells = {int(value) for writer in commits for value, _ in writer}
    starts = [
        int(next(line for line in out if line.startswith("start")).split()[1]) for out in outputs
    ]
    ends = [int(writer[-1][1]) for writer in commits]
    assert starts[0] < ends[1] and starts[1] < ends[0], "the writers did not run at the same time"
    added = {
        line[len("partner ") :] for out in outputs for line in out if line.startswith("partner")
    }
    assert cells, "no block was committed"
    with open_project_file(path) as project:
        values = [
            v
            for group in worker.BLOCK_GROUPS
            for s in [
                *figures.need_series(project, group),
                *figures.capacity_series(project, group),
            ]
            for v in s.values.values()
        ]
        names = {p.name for p in partners.list_partners(project)}
    assert len(values) == len(worker.block_cells())
    assert len(set(values)) == 1 and values[0] in cells  # one writer's whole block
    assert names == added
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_same_file_through_a_symlink_is_the_same_project(tmp_path):
    """Opening the project through a link to its folder is still a second open (and
    closing one of them does not silently drop the other's lock)."""
    path = (
        _vision(tmp_path / "echt" / "a.thuisplan") if (tmp_path / "echt").mkdir() is None else None
    )
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "echt")
    with open_project_file(path):
        with pytest.raises(FileInUseError):
            open_project_file(link / "a.thuisplan")
        assert current_owner(link / "a.thuisplan").pid == os.getpid()
