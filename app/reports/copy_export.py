"""An export in a child process that reads a copy of the project file, not data the window
took and pickled.

The window holds the file as it is at the click (`ProjectFile.hold()`: one read
transaction, quick), and passes the child only small things: the export, the name of the
scenario it shows, the small-number setting and the export's own arguments. The task's
worker thread first writes the held state to a temporary file (`HeldFile.copy()`, SQLite's
backup, page by page), then the child opens that copy read-only with the project's normal
open (all its checks), works out the calculations for that scenario, reads the document's
data (`load_document_data`) and writes the document. The copy is removed whatever the
outcome: the document written, an error, a cancel, the child dead.

So the window's process never holds a second set of the vision's figures for an export,
nor the pickler's memo of them.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from app.reports.child_run import run_in_child
from app.reports.safe_text import SmallNumbers
from app.storage.held import HeldFile

T = TypeVar("T")
# An export, or its dotted name: imported only where it runs (python-docx, the charts'
# code and their like need tens of megabytes that the window need not hold).
Writer = Callable[..., Any] | str


def writer(write: Writer) -> Callable[..., Any]:
    """The export `write` names ('app.reports.docx_vision.write_vision_document')."""
    if callable(write):
        return write
    module, _, name = write.rpartition(".")
    function = getattr(importlib.import_module(module), name)
    if not callable(function):
        raise TypeError(f"{write} is not an export")
    return cast(Callable[..., Any], function)


def export_from_copy(
    held: HeldFile,
    write: Writer,
    scenario: str | None,
    small: SmallNumbers,
    *args: Any,
    progress: Callable[[int, int, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    **kwargs: Any,
) -> Any:
    """In the worker thread: copy `held`, then `write(data, *args, **kwargs)` in a child
    process on that copy (`write_from_copy`); the copy is removed afterwards."""
    copy = held.copy()  # first: the held state, and writers may go on
    try:
        result = run_in_child(
            write_from_copy,
            write,
            copy,
            scenario,
            small,
            *args,
            progress=progress,
            is_cancelled=is_cancelled,
            **kwargs,
        )
    finally:
        remove_copy(copy)
    return result


def write_from_copy(
    write: Writer,
    copy: Path,
    scenario: str | None,
    small: SmallNumbers,
    *args: Any,
    **kwargs: Any,
) -> Any:
    """In the child: the document's data read from the copy (opened read-only, with every
    check of a normal open) under `scenario`'s estimates, then `write(data, ...)`."""
    from app.reports.doc_data import load_document_data
    from app.storage import open_project_file

    try:
        with open_project_file(copy, readonly=True) as project:
            data = load_document_data(project, small, scenario=scenario)
    finally:
        remove_copy(copy)  # read: not needed any more (and gone when the parent is killed)
    return writer(write)(data, *args, **kwargs)


def remove_copy(copy: Path) -> None:
    """Remove the temporary copy and a journal SQLite may have left beside it."""
    for path in (copy, copy.with_name(copy.name + "-journal")):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
