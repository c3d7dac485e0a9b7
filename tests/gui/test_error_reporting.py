"""An unexpected error in the GUI is logged and told to the user; work goes on."""

from __future__ import annotations

import logging
import sys

import pytest

from app.storage.log_file import log_path
from app.views import error_reporting, worker


@pytest.fixture
def installed(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    logger = logging.getLogger("app")
    before = list(logger.handlers)
    error_reporting.install()
    yield
    for handler in logger.handlers:
        if handler not in before:
            handler.close()
            logger.removeHandler(handler)


def _log_text() -> str:
    for handler in logging.getLogger("app").handlers:
        handler.flush()
    return log_path().read_text(encoding="utf-8")


def test_an_error_in_a_slot_is_logged_and_shown(qtbot, installed, messages, window):
    def faulty_slot(_topic):
        raise RuntimeError("fout in een knop")

    window.session.changed.connect(faulty_slot)
    window.session.notify()  # Qt hands the slot's exception to sys.excepthook
    window.session.changed.disconnect(faulty_slot)

    assert any(str(log_path()) in text and "al opgeslagen" in text for text in messages)
    assert "RuntimeError: fout in een knop" in _log_text()
    assert window.isVisible()


def test_a_fault_in_background_work_reaches_the_user_without_a_traceback(qtbot, installed):
    def faulty_work(_progress, _cancelled):
        return 1 / 0

    task = worker.Task(faulty_work)
    with qtbot.waitSignal(task.signals.failed, timeout=5000) as blocker:
        worker.start(task)
    message = blocker.args[0]
    assert "onverwachts" in message and str(log_path()) in message
    assert "Traceback" not in message
    assert "ZeroDivisionError" in _log_text()


def test_a_fault_in_an_export_process_is_logged_with_its_traceback(qtbot, installed, monkeypatch):
    """An unexpected error in an export's child process: the user gets the same Dutch
    message as for any fault, the log gets the child's traceback."""
    from app.reports import child_run
    from tests.unit import child_jobs

    monkeypatch.setenv(child_run.PROCESS_ENV, "1")
    task = worker.Task(
        lambda progress, cancelled: child_run.run_in_child(
            child_jobs.fail, progress=progress, is_cancelled=cancelled
        )
    )
    with qtbot.waitSignal(task.signals.failed, timeout=60_000) as blocker:
        worker.start(task)
    message = blocker.args[0]
    assert "onverwachts" in message and str(log_path()) in message
    assert "Traceback" not in message
    log = _log_text()
    assert "In het exportproces" in log and "KeyError: 'b'" in log and "child_jobs.py" in log
