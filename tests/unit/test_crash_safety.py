"""Crash safety: a process editing through the services is killed (SIGKILL) at random
moments; every edit it reported committed is in the file, nothing half of one is, the
file passes SQLite's integrity check and opens (taking over the dead process's lock)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.models import BaselineIndicator, CapacityKind
from app.services import figures, municipalities, partners
from app.services.allocation import allocated
from app.services.project_check import check_project
from app.services.vision import create_vision
from app.storage import open_project_file
from tests.unit import project_worker as worker

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Known:
    """What the file must hold: the last committed value of each kind of edit."""

    block: int | None = None
    baseline: int | None = None
    vacancies: int | None = None
    partners: set[str] = field(default_factory=set)
    edits_survived: int = 0


def _base_project(path: Path) -> Path:
    project = create_vision(
        path,
        title="Crashtest",
        municipality_codes=list(worker.CODES),
        start_year=worker.YEARS[0],
        end_year=worker.YEARS[-1],
    )
    worker.prepare(project)
    project.close()
    return path


class _Run:
    """One worker process whose output lines are collected as they arrive."""

    def __init__(self, path: Path, start: int):
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.unit.project_worker", "edit", str(path), str(start)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        buffer = b""
        while chunk := self.process.stdout.read1(4096):  # type: ignore[union-attr]
            buffer += chunk
            *complete, buffer = buffer.split(b"\n")  # a line cut by the kill is not counted
            self.lines.extend(line.decode() for line in complete)

    def wait_ready(self, timeout: float = 60) -> None:
        self._wait_for(lambda: "ready" in self.lines, "worker did not start", timeout)

    def wait_for_edits(self, count: int, timeout: float = 60) -> None:
        """Wait until the worker has reported `count` committed edits."""
        self._wait_for(
            lambda: sum(line.isdigit() for line in self.lines) >= count,
            f"worker did not report {count} edits",
            timeout,
        )

    def _wait_for(self, condition, failure: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout  # only against a hang, never judged
        while not condition():
            assert self.process.poll() is None, self._stderr()
            assert time.monotonic() < deadline, failure
            time.sleep(0.01)

    def kill(self) -> list[int]:
        """SIGKILL the worker; the edit numbers it reported committed."""
        assert self.process.poll() is None, f"worker ended by itself: {self._stderr()}"
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        self.process.stdout.close()  # type: ignore[union-attr]
        self.process.stderr.close()  # type: ignore[union-attr]
        return [int(line) for line in self.lines if line.isdigit()]

    def _stderr(self) -> str:
        return self.process.stderr.read().decode(errors="replace")  # type: ignore[union-attr]


def _observe(project) -> dict:
    """The values the edits write, read back through the services."""
    block = [
        value
        for group in worker.BLOCK_GROUPS
        for series in (
            *figures.need_series(project, group),
            *(
                s
                for s in figures.capacity_series(project, group)
                if s.kind is CapacityKind.NEW_BUILD
            ),
        )
        for value in series.values.values()
    ]
    delft = next(
        m for m in municipalities.list_municipalities(project) if m.code == worker.CODES[0]
    )
    rule = next(
        s
        for s in figures.capacity_series(project, worker.RULE_GROUP)
        if s.kind is CapacityKind.ALLOCATION and s.municipality_code == worker.RULE_CODE
    )
    return {
        "block": block,
        "baseline": delft.value(BaselineIndicator.PLANNED_NEW_TOTAL),
        "partners": {p.name for p in partners.list_partners(project)},
        "vacancies": municipalities.vacancies(project, worker.RULE_CODE).get(worker.RULE_YEAR),
        "allocation": rule.values.get(worker.RULE_YEAR),
    }


def _check(path: Path, known: Known, reported: list[int], maybe: int) -> None:
    """Assert the file holds every reported edit (and possibly edit `maybe`, which may
    have committed just before the kill without being reported); update `known`."""
    for index in reported:
        kind = worker.kind_of(index)
        if kind == "partner":
            known.partners.add(worker.partner_name(index))
        else:
            setattr(known, kind, index)
    known.edits_survived += len(reported)
    may = worker.kind_of(maybe)

    project = open_project_file(path)  # the dead worker's lock is stale: taken over
    try:
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        seen = _observe(project)
    finally:
        project.close()
    assert check_project(path).problems == []

    block = seen["block"]
    assert len(set(block)) <= 1, "half of a set_cells block was committed"
    assert len(block) in (0, len(worker.block_cells()))
    for kind, value in (("block", block[0] if block else None), ("baseline", seen["baseline"])):
        allowed = {getattr(known, kind)} | ({maybe} if may == kind else set())
        assert value in allowed, (kind, value, allowed)
        setattr(known, kind, value)
    allowed_vacancies = {known.vacancies} | ({maybe} if may == "vacancies" else set())
    assert seen["vacancies"] in allowed_vacancies
    known.vacancies = seen["vacancies"]
    if known.vacancies is not None:  # the allocation rule moved with it, in the same commit
        assert seen["allocation"] == allocated(known.vacancies, worker.RULE_SHARE)
    extra = seen["partners"] - known.partners
    assert known.partners <= seen["partners"], "a committed partner is missing"
    assert extra <= ({worker.partner_name(maybe)} if may == "partner" else set()), extra
    known.partners = seen["partners"]


def crash_loop(tmp_path: Path, runs: int, seed: int, last_edits: int = 0) -> Known:
    """Run `runs` workers on one file, each killed at a random moment, checking after each;
    the last is killed only after it reported `last_edits` edits (if any are asked)."""
    rng = random.Random(seed)
    path = _base_project(tmp_path / "crash.thuisplan")
    known = Known()
    start = 0
    for number in range(runs):
        run = _Run(path, start)
        if last_edits and number == runs - 1:
            run.wait_for_edits(last_edits)
            time.sleep(rng.uniform(0.0, 0.1))
        elif rng.random() < 0.25:
            time.sleep(rng.uniform(0.0, 1.0))  # often still opening: recovery, backup
        else:
            run.wait_ready()
            time.sleep(rng.uniform(0.0, 0.4))
        reported = run.kill()
        assert reported == list(range(start, start + len(reported)))
        maybe = start + len(reported)
        _check(path, known, reported, maybe)
        start = maybe + 1  # never reuse a number that may or may not have committed
    return known


def test_killed_editor_loses_nothing_it_reported(tmp_path):
    """Five kills at random moments (fast run): no committed edit lost, no half block. The
    last kill waits for an edit of every kind, so the checks always have something to find."""
    known = crash_loop(tmp_path, runs=5, seed=6, last_edits=len(worker.KINDS))
    print(f"crash runs: 5, edits survived: {known.edits_survived}")
    assert known.edits_survived >= len(worker.KINDS)
    # Every kind's last reported edit was found in the file (`_check` compared each one).
    assert None not in (known.block, known.baseline, known.vacancies)
    assert known.partners


@pytest.mark.slow
def test_fifty_kills_lose_nothing(tmp_path):
    """Fifty kills at random moments on one file, each recovery checked."""
    seed = int(os.environ.get("THUISPLAN_CRASH_SEED", "2026"))
    known = crash_loop(tmp_path, runs=50, seed=seed)
    print(f"crash runs: 50 (seed {seed}), edits survived: {known.edits_survived}")
    assert known.edits_survived > 50  # the kills did land between real edits
