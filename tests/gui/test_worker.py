"""Background work and the objects around it: a late result never reaches a deleted window,
a task's signals outlive whoever started it, and closing or quitting waits for the work."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading
import time
import weakref

from PySide6.QtCore import QObject
from shiboken6 import isValid

from app.views import session as session_module
from app.views import worker
from tests.gui.conftest import delete_closed_widgets

POLLS = 6000  # 30 s of 5 ms: only reached when what a test waits for never comes


class Receiver(QObject):
    """Collects a task's results in a bound method, as windows and pages do."""

    def __init__(self):
        super().__init__()
        self.results: list = []

    def collect(self, result) -> None:
        self.results.append(result)


def _gated(gate: threading.Event, result):
    def work(_progress, _is_cancelled):
        gate.wait()
        return result

    return work


def _wait_for_cancel(is_cancelled) -> bool:
    for _ in range(POLLS):
        if is_cancelled():
            return True
        time.sleep(0.005)
    return False


def test_a_task_outlives_whoever_started_it(qtbot):
    """The starter drops the task while it runs: its result still arrives (no 'Signal
    source has been deleted'), and its signals object is deleted after the last signal."""
    gate, receiver = threading.Event(), Receiver()
    task = worker.Task(_gated(gate, 42))
    task.signals.finished.connect(receiver.collect)
    signals = weakref.ref(task.signals)
    worker.start(task)
    del task
    gc.collect()
    gate.set()
    qtbot.waitUntil(lambda: receiver.results == [42])
    qtbot.waitUntil(lambda: signals() is None or not isValid(signals()))


def test_a_result_for_a_deleted_receiver_is_dropped(qtbot):
    """A bound method's receiver deleted while the work runs gets nothing (Qt dropped the
    connection), and nothing fails: the rule that keeps late results off closed windows."""
    gate, receiver, witness = threading.Event(), Receiver(), Receiver()
    task = worker.Task(_gated(gate, "laat"))
    task.signals.finished.connect(receiver.collect)
    task.signals.finished.connect(witness.collect)
    results = receiver.results
    worker.start(task)
    receiver.deleteLater()
    delete_closed_widgets()
    assert not isValid(receiver)
    gate.set()
    qtbot.waitUntil(lambda: witness.results == ["laat"])
    assert results == []


def test_finish_cancels_and_waits(qtbot):
    """`finish` asks running work to stop and returns only when it is over."""
    seen: list[bool] = []

    def work(_progress, is_cancelled):
        seen.append(_wait_for_cancel(is_cancelled))

    task = worker.start(worker.Task(work))
    worker.finish([task])
    assert task.has_ended() and seen == [True]


def test_closing_a_window_during_its_first_calculation(
    qtbot, launcher, project, monkeypatch, caplog
):
    """Closed while the calculations are still being worked out in the background: the
    window waits for the work (which still reads an open file), then goes; the late result
    is dropped without error."""
    started, outcome = threading.Event(), []
    real = session_module._analyse

    def slow(project, scenario, holder, progress, is_cancelled):
        started.set()
        outcome.append(_wait_for_cancel(is_cancelled))
        result = real(project, scenario, holder, progress, is_cancelled)
        outcome.append("berekend")
        return result

    monkeypatch.setattr(session_module, "_analyse", slow)
    path = project.path
    project.close()
    window = launcher.open_file(path)
    qtbot.waitUntil(started.is_set)
    window.close()
    assert outcome == [True, "berekend"]  # closing cancelled it, then waited for it
    delete_closed_widgets()
    assert not isValid(window)
    assert "Unexpected error" not in caplog.text


QUIT_SCRIPT = textwrap.dedent(
    """
    import sys, threading, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from app.views import main_window
    from app.views.application import run_gui

    started, seen = threading.Event(), []

    def slow_import(_progress, is_cancelled):  # background work still running at the quit
        started.set()
        for _ in range({polls}):
            if is_cancelled():
                seen.append("cancelled")
                break
            time.sleep(0.005)
        return None

    main_window._import_all_pages = slow_import
    app = QApplication(sys.argv[:1])

    def quit_when_working():
        if started.is_set():
            app.quit()
        else:
            QTimer.singleShot(5, quit_when_working)

    QTimer.singleShot(0, quit_when_working)
    code = run_gui(app, [sys.argv[1]])
    print("exit", code, seen)
    """
).format(polls=POLLS)


def test_quitting_during_background_work_prints_no_error(demo_path, data_dir):
    """The application quits while background work runs: the work is told to stop and
    waited for, and no 'Signal source has been deleted' (or any traceback) appears."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", QUIT_SCRIPT, str(demo_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "exit 0 ['cancelled']", result.stdout
    for text in ("Signal source has been deleted", "Traceback", "Error calling"):
        assert text not in result.stderr, result.stderr


def test_the_collector_waits_while_work_runs_in_a_thread(qtbot):
    """No garbage collection can run in a worker thread (it could free a Qt object there):
    the collector is off while a task runs, on again once the task has ended, and what the
    task left in reference cycles is collected then, on the GUI thread."""
    release = threading.Event()
    seen_in_task: list[bool] = []

    def work(_progress, _is_cancelled):
        seen_in_task.append(gc.isenabled())
        release.wait(10)
        return "klaar"

    assert gc.isenabled()
    task = worker.start(worker.Task(work))
    assert not gc.isenabled() and worker.collector_paused()
    release.set()
    task.wait()
    qtbot.waitUntil(gc.isenabled)  # switched on again on this (the GUI) thread
    assert seen_in_task == [False] and not worker.collector_paused()


def test_memory_freed_by_work_goes_back_to_the_system_when_it_ends(qtbot, monkeypatch):
    """Once the last task has ended (and the collector ran), the memory the work freed is
    handed back to the system, once; not while a task still runs."""
    trims: list[bool] = []
    monkeypatch.setattr(worker, "return_freed_memory", lambda: trims.append(gc.isenabled()))
    release = threading.Event()
    task = worker.start(worker.Task(lambda _p, _c: release.wait(10)))
    qtbot.wait(50)  # events handled while the task runs: nothing handed back yet
    assert trims == []
    release.set()
    task.wait()
    qtbot.waitUntil(lambda: trims == [True])


def test_overlapping_tasks_resume_the_collector_only_after_the_last(qtbot):
    first_done, second_done = threading.Event(), threading.Event()
    first = worker.start(worker.Task(lambda _p, _c: first_done.wait(10)))
    second = worker.start(worker.Task(lambda _p, _c: second_done.wait(10)))
    first_done.set()
    first.wait()
    qtbot.wait(20)  # the first task's end is delivered
    assert not gc.isenabled()
    second_done.set()
    second.wait()
    qtbot.waitUntil(gc.isenabled)


class _Collections:
    """The full collections run from now on (gc callbacks), by thread."""

    def __init__(self):
        self.full: list[str] = []

    def __call__(self, phase, info):
        if phase == "start" and info["generation"] == 2:
            self.full.append(threading.current_thread().name)

    def __enter__(self):
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc):
        gc.callbacks.remove(self)


def _run_to_the_end(qtbot, *tasks: worker.Task) -> None:
    for task in tasks:
        task.wait()
    qtbot.waitUntil(gc.isenabled)


def test_work_that_keeps_what_it_builds_is_not_walked_by_a_full_collection(qtbot):
    """The calculations of a national vision: a full collection on resuming walked all of
    them on the GUI thread (0.35 s, the window still). What such work built goes to the
    oldest generation instead; the collector is on again, and nothing was collected."""
    built: list[list] = []

    def work(_progress, _is_cancelled):
        built.append([[n] for n in range(1000)])  # tracked containers, kept after the task
        return len(built)

    with _Collections() as collections:
        _run_to_the_end(qtbot, worker.start(worker.Task(work, keeps=True)))
    assert collections.full == []
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(built[0]) in oldest and id(built[0][-1]) in oldest
    assert gc.get_count()[0] < 1000  # no young collection is owed for them either


def test_a_task_whose_garbage_is_not_kept_is_collected_in_full_on_the_gui_thread(qtbot):
    """An export leaves its workbook in reference cycles: with it among the tasks since the
    collector paused, resuming collects in full (on this thread), as before."""
    gate = threading.Event()
    kept = worker.start(worker.Task(lambda _p, _c: gate.wait(10), keeps=True))
    plain = worker.start(worker.Task(lambda _p, _c: gate.wait(10)))
    with _Collections() as collections:
        gate.set()
        _run_to_the_end(qtbot, kept, plain)
    assert collections.full == ["MainThread"]


def test_a_kept_task_that_starts_before_the_collector_resumed_still_gets_the_full_collection(
    qtbot,
):
    """A plain task ends and, before the GUI thread resumes the collector, a kept one starts:
    the plain task's garbage is still there, so the resume after both collects in full."""
    gate = threading.Event()
    with _Collections() as collections:
        plain = worker.start(worker.Task(lambda _p, _c: None))
        plain.wait()
        for _ in range(POLLS):  # its count dropped and its resume is queued, not yet handled
            if worker._pause.running == 0:
                break
            time.sleep(0.005)
        assert worker._pause.running == 0 and not gc.isenabled()
        kept = worker.start(worker.Task(lambda _p, _c: gate.wait(10), keeps=True))
        qtbot.wait(20)  # the plain task's resume comes while the kept one runs: nothing yet
        assert not gc.isenabled() and collections.full == []
        gate.set()
        _run_to_the_end(qtbot, kept)
    assert collections.full == ["MainThread"]
