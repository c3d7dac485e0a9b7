"""Work in threads beside the window: imports one at a time, a short switch interval."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

RACE = textwrap.dedent(
    """
    import sys
    import threading

    import PySide6.QtCore, PySide6.QtWidgets  # PySide's import hook, as in the window

    from app.views import thread_safety

    errors = []

    def load(name):
        try:
            thread_safety.import_database_layer()
            __import__(name)
        except ImportError as error:
            errors.append(str(error))

    # what two workers did at once: one loads the pages (sqlmodel), one the figures
    threads = [threading.Thread(target=load, args=(n,)) for n in ("sqlmodel", "pydantic.errors")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(errors)
    """
)


def _race() -> str:
    result = subprocess.run(
        [sys.executable, "-c", RACE], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_two_threads_importing_at_once_both_get_whole_modules():
    """Two workers importing pydantic's modules at once, in five fresh processes: each
    first asks for the whole database layer, and both get whole modules every time. Without
    that, about two runs in five gave one of them a half-made module ('cannot import name
    ... from partially initialized module pydantic.errors')."""
    for _ in range(5):
        assert _race() == "[]"


def test_starting_a_task_prepares_the_process(qtbot):
    from app.views import thread_safety, worker

    done: list[object] = []
    task = worker.Task(lambda _progress, _cancelled: 42)
    task.signals.finished.connect(done.append)
    worker.start(task)
    qtbot.waitUntil(lambda: done == [42])
    assert sys.getswitchinterval() == pytest.approx(thread_safety.SWITCH_INTERVAL)


def test_the_pages_ask_for_the_whole_database_layer_before_importing(monkeypatch):
    """Loading the steps' pages (in a worker, or one step's page) and making a page that is
    not light first import the database layer whole."""
    import importlib

    from app.services.steps import Step
    from app.views import pages

    done: list[str] = []
    monkeypatch.setattr(pages, "import_database_layer", lambda: done.append("layer"))
    real = importlib.import_module
    monkeypatch.setattr(importlib, "import_module", lambda name: done.append(name) or real(name))
    pages.import_page(Step.GAP.value)
    assert done == ["layer", pages.PAGES[Step.GAP][0]]
    done.clear()
    pages.import_all_pages()
    assert done[0] == "layer" and len(done) == 1 + len(pages.PAGES)


def test_a_half_made_import_is_tried_again_and_other_failures_are_not(monkeypatch):
    """PySide's hook can still trip over another thread's import: a 'partially
    initialized' failure is tried again (at most ATTEMPTS times); any other is raised."""
    import importlib

    from app.views import thread_safety

    attempts: list[str] = []

    def flaky(name):
        attempts.append(name)
        if len(attempts) < 3:
            raise ImportError("cannot import name 'x' from partially initialized module 'y'")
        return sys

    monkeypatch.setattr(thread_safety, "_database_layer", False)
    monkeypatch.setattr(importlib, "import_module", flaky)
    thread_safety.import_database_layer()
    assert attempts == ["sqlmodel"] * 3 and thread_safety._database_layer
    thread_safety.import_database_layer()
    assert len(attempts) == 3  # done once for the process

    def broken(name):
        attempts.append(name)
        raise ImportError("No module named 'sqlmodel'")

    monkeypatch.setattr(thread_safety, "_database_layer", False)
    monkeypatch.setattr(importlib, "import_module", broken)
    attempts.clear()
    with pytest.raises(ImportError, match="No module named"):
        thread_safety.import_database_layer()
    assert attempts == ["sqlmodel"]
