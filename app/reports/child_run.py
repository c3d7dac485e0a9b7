"""Exports run in a child process, so the memory a large document takes (python-docx's
tree of a national vision: more than a gigabyte) is given back when it is written, and never
held by the window's process.

`run_in_child(function, *args, progress=..., is_cancelled=..., **kwargs)` calls
`function(*args, progress=..., is_cancelled=..., **kwargs)` in a new process and has the
exports' contract: progress arrives through `progress(done, total, text)`, `is_cancelled()`
is asked meanwhile, the result comes back (the path or paths written), and `Cancelled`,
`DomainError` or `ProjectFileError` are raised here with the child's Dutch message. Lists
passed as keyword arguments are the exports' out-parameters (`notes`): what the child
appended to them is appended here too.

The function and its arguments are pickled down a pipe to the child: small things (the
window's exports pass the path of a copy of the file, see `copy_export`). The
child is started with "spawn", never "fork" (forking a process with Qt's threads can
deadlock), imports no Qt, and is not a daemon, so the chart pool may start inside it.

When things go wrong:
- The user cancels: the child is told and stops at its next step (LibreOffice's layout pass
  too); when it takes longer than `CANCEL_GRACE_SECONDS` it is killed.
- This process is gone (the window was killed): the child's `is_cancelled()` turns true
  at the end of its pipe, so it stops and takes LibreOffice with it.
- The child dies (killed, a crash, out of memory): a Dutch `ChildDiedError`; the child
  and what it started (chart workers, LibreOffice: on POSIX the child leads a process group
  of its own) are killed, and the temporary files it announced (`export_io.atomic_target`,
  the layout folder) are removed, so nothing half-written stays behind.
- An unexpected exception in the child: `ChildFailedError` carrying the child's
  traceback, which the GUI's worker logs as every unexpected error and reports in Dutch.

`THUISPLAN_EXPORT_PROCESS=0` runs the function in this process instead (the test suite's
default, see tests/conftest.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import shutil
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, NoReturn, TypeVar, cast

from app.reports import export_io
from app.reports.export_io import ExportCancelled, ExportError
from app.services.errors import Cancelled, DomainError
from app.storage import ProjectFileError

log = logging.getLogger(__name__)

PROCESS_ENV = "THUISPLAN_EXPORT_PROCESS"
POLL_SECONDS = 0.05  # how often the parent checks for cancellation while it waits
CANCEL_GRACE_SECONDS = 10.0  # a cancelled child that has not stopped by then is killed
EXIT_GRACE_SECONDS = 30.0  # a child that sent its outcome and does not exit is killed
PROTOCOL = 5
EXPECTED = (Cancelled, DomainError, ProjectFileError)  # passed on as they are

T = TypeVar("T")
Message = tuple[Any, ...]  # what goes up a pipe: (kind, *details)
Call = Callable[..., Any]


class ChildDiedError(ExportError):
    """The child process ended without an outcome (killed, crashed, out of memory)."""


class ChildFailedError(Exception):
    """An unexpected exception in the child: a fault in Thuisplan. `str()` holds the child's
    traceback, for the log; the user gets the application's message for unexpected errors."""


def child_enabled() -> bool:
    """Whether exports run in a child process (`THUISPLAN_EXPORT_PROCESS=0`: here)."""
    return os.environ.get(PROCESS_ENV, "").strip() != "0"


def run_in_child(
    function: Callable[..., T],
    *args: Any,
    progress: Callable[[int, int, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    **kwargs: Any,
) -> T:
    """`function(*args, progress=progress, is_cancelled=is_cancelled, **kwargs)` in a child
    process (see the module's docstring), or here when child processes are turned off."""
    if not child_enabled():
        return function(*args, progress=progress, is_cancelled=is_cancelled, **kwargs)
    child = _Child()
    try:
        child.send_job(function, args, kwargs, is_cancelled or (lambda: False))
        result, lists = child.follow(progress, is_cancelled or (lambda: False))
    finally:
        child.end()
    for name, items in lists.items():
        kwargs[name].extend(items)
    return cast(T, result)


class _Child:
    """The parent's side: the process, the pipe the job and 'cancel' go down, the pipe
    progress and the outcome come up, and the temporary paths the child announced."""

    def __init__(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        job_reader, self.jobs = context.Pipe(duplex=False)
        self.reports, report_writer = context.Pipe(duplex=False)
        self.process = context.Process(
            target=child_main, args=(job_reader, report_writer), name="thuisplan-export"
        )
        try:
            self.process.start()
        except OSError as exc:
            raise ExportError(
                f"Het document kan niet worden gemaakt: er start geen hulpproces ({exc})."
            ) from exc
        finally:
            job_reader.close()  # the child has its own ends now: only its exit closes them
            report_writer.close()
        self.temporaries: list[Path] = []
        self.finished = False  # the child sent its outcome

    def send_job(
        self,
        function: Call,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        is_cancelled: Callable[[], bool],
    ) -> None:
        """Pickle the call down the pipe while the child starts and reads it."""
        lists = sorted(name for name, value in kwargs.items() if isinstance(value, list))
        if is_cancelled():
            raise ExportCancelled("Het exporteren is afgebroken.")
        try:
            self.jobs.send((function, args, kwargs, lists))
        except (BrokenPipeError, ConnectionError, EOFError):  # the child died while reading
            self._died()

    def follow(
        self, progress: Callable[[int, int, str], None] | None, is_cancelled: Callable[[], bool]
    ) -> tuple[Any, dict[str, list[Any]]]:
        """Pass progress on and cancellation down until the child's outcome arrives."""
        cancelled_at: float | None = None
        while True:
            if cancelled_at is None and is_cancelled():
                cancelled_at = time.monotonic()
                with contextlib.suppress(OSError):
                    self.jobs.send(("cancel",))
            if cancelled_at is not None and time.monotonic() - cancelled_at > CANCEL_GRACE_SECONDS:
                self.kill()
                raise ExportCancelled("Het exporteren is afgebroken.")
            try:
                if not self.reports.poll(POLL_SECONDS):
                    continue
                message = self.reports.recv()
            except (EOFError, OSError):
                self._died()
            outcome = self._handle(message, progress)
            if outcome is not None:
                self.finished = True
                return outcome

    def _handle(
        self, message: Message, progress: Callable[[int, int, str], None] | None
    ) -> Message | None:
        kind = message[0]
        if kind == "progress":
            if progress is not None:
                progress(*message[1:])
        elif kind == "temporary":
            self.temporaries.append(Path(message[1]))
        elif kind == "log":
            logging.getLogger(message[1]).log(message[2], "%s", message[3])
        elif kind == "done":
            return message[1], message[2]
        elif kind == "error":
            self.finished = True
            raise _expected_error(message[1], message[2])
        elif kind == "unexpected":
            self.finished = True
            raise ChildFailedError(f"In het exportproces:\n{message[1]}")
        return None

    def _died(self) -> NoReturn:
        """The child ended without an outcome: say so in Dutch."""
        self.process.join(timeout=EXIT_GRACE_SECONDS)
        code = self.process.exitcode
        log.warning("The export process ended without an outcome (exit code %s)", code)
        raise ChildDiedError(
            "Het maken van het document is onverwacht gestopt (het hulpproces eindigde met "
            f"code {code}), bijvoorbeeld doordat het geheugen van de computer vol was. Er is "
            "geen half geschreven bestand achtergebleven; probeer het opnieuw."
        )

    def end(self) -> None:
        """Wait for a child that sent its outcome to exit; kill one that did not (and what
        it started), and remove the temporary files it left."""
        if self.finished:
            self.process.join(timeout=EXIT_GRACE_SECONDS)
        if self.process.is_alive() or not self.finished:
            self.kill()
        for path in self.temporaries:
            _remove(path)
        self.jobs.close()
        self.reports.close()
        self.process.close()

    def kill(self) -> None:
        """Kill the child and its process group (chart workers, LibreOffice)."""
        pid = self.process.pid
        if pid is not None and hasattr(os, "killpg"):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)  # the group the child leads
        if self.process.is_alive():
            self.process.kill()
        self.process.join()


def _expected_error(pickled: bytes | None, text: str) -> BaseException:
    """The child's Cancelled, DomainError or ProjectFileError, or one with its message."""
    with contextlib.suppress(Exception):  # a subclass that does not unpickle
        error = pickle.loads(pickled) if pickled is not None else None
        if isinstance(error, EXPECTED):
            return error
    if text.startswith("cancelled:"):
        return ExportCancelled(text.removeprefix("cancelled:"))
    return ExportError(text)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


# -- the child's side ---------------------------------------------------------------------


class _Outbox:
    """The child's reports to the parent; one sender at a time (the export and the chart
    pool's warnings may report from different threads). A parent that is gone turns
    `gone` true instead of raising."""

    def __init__(self, connection: Connection):
        self.connection = connection
        self.lock = threading.Lock()
        self.gone = threading.Event()

    def send(self, message: Message) -> None:
        if self.gone.is_set():
            return
        try:
            with self.lock:
                self.connection.send(message)
        except OSError:  # BrokenPipeError: the parent has gone
            self.gone.set()

    def progress(self, done: int, total: int, text: str) -> None:
        self.send(("progress", done, total, text))


class _LogToParent(logging.Handler):
    """Warnings in the child go to the parent's log."""

    def __init__(self, outbox: _Outbox):
        super().__init__(logging.WARNING)
        self.outbox = outbox

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            self.outbox.send(("log", record.name, record.levelno, self.format(record)))


def child_main(jobs: Connection, reports: Connection) -> None:
    """The child: read the call, run it, report its outcome."""
    os.environ["MPLBACKEND"] = "Agg"  # never Qt in the child
    if hasattr(os, "setpgid"):  # a group of its own, which the parent can kill whole
        with contextlib.suppress(OSError):
            os.setpgid(0, 0)
    outbox = _Outbox(reports)
    logging.getLogger("app").addHandler(_LogToParent(outbox))
    try:
        function, args, kwargs, lists = jobs.recv()
    except (EOFError, OSError):  # the parent cancelled, or is gone, before it was sent
        return
    stop = threading.Event()
    threading.Thread(target=_listen, args=(jobs, stop), daemon=True).start()
    export_io.announce_temporary = lambda path: outbox.send(("temporary", str(path)))
    kwargs["progress"] = outbox.progress
    kwargs["is_cancelled"] = lambda: stop.is_set() or outbox.gone.is_set()
    try:
        outbox.send(_outcome(function, args, kwargs, lists))
    finally:
        _stop_chart_workers()


def _stop_chart_workers() -> None:
    """Stop the chart pool the export started here: a process ending as a child joins its
    own children before its exit handlers run, and the pool's workers would wait forever."""
    pool = sys.modules.get("app.reports.charts.pool")
    if pool is not None:
        pool.shutdown()


def _outcome(
    function: Call, args: tuple[Any, ...], kwargs: dict[str, Any], lists: list[str]
) -> Message:
    """What the parent is told: ('done', result, lists), ('error', pickled, text) or
    ('unexpected', traceback)."""
    before = {name: len(kwargs[name]) for name in lists}
    try:
        result = function(*args, **kwargs)
    except EXPECTED as error:
        return ("error", _pickled(error), _error_text(error))
    except MemoryError:
        return ("error", None, "Het geheugen van de computer is te klein voor dit document.")
    except Exception:
        return ("unexpected", traceback.format_exc())
    return ("done", result, {name: kwargs[name][before[name] :] for name in lists})


def _pickled(error: BaseException) -> bytes | None:
    try:
        return pickle.dumps(error, protocol=PROTOCOL)
    except Exception:
        return None


def _error_text(error: BaseException) -> str:
    return f"cancelled:{error}" if isinstance(error, Cancelled) else str(error)


def _listen(jobs: Connection, stop: threading.Event) -> None:
    """In the child: 'cancel' from the parent, or the end of the pipe (the parent is
    gone), sets `stop`."""
    try:
        while jobs.recv() != ("cancel",):
            pass
    except (EOFError, OSError):
        pass
    stop.set()
