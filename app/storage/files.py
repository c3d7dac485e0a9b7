"""Small file operations shared by creating, copying and restoring project files."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def temporary_sibling(path: Path) -> Path:
    """A private temporary name beside `path` (same folder, so the final rename is atomic)."""
    return path.with_name(f".~{path.name}.{os.getpid()}.tmp")


def journal_of(path: Path) -> Path:
    """SQLite's rollback journal of the database at `path`."""
    return path.with_name(path.name + "-journal")


def move_into_place(temporary: Path, target: Path) -> None:
    """Atomically replace `target` by the complete file `temporary`, durably.

    A journal left beside `target` by a crash belongs to the file being replaced:
    SQLite would 'roll it back' into the new file and corrupt it, so it goes first.
    """
    with contextlib.suppress(FileNotFoundError):
        journal_of(target).unlink()
    os.replace(temporary, target)
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        fd = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_leftovers(temporary: Path) -> None:
    """Remove a temporary database and its journal, if they are still there."""
    for leftover in (temporary, journal_of(temporary)):
        with contextlib.suppress(OSError):
            leftover.unlink()
