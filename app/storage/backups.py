"""Backup copies of project files in the user's data folder."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app.storage.inspection import connect_read_only
from app.storage.paths import user_data_dir


def backup_dir() -> Path:
    """The folder holding backup copies."""
    path = user_data_dir() / "reservekopieen"
    path.mkdir(parents=True, exist_ok=True)
    return path


def make_backup(path: Path, *, reason: str) -> Path:
    """Copy the project at `path` with SQLite's backup API (consistent even mid-use)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir() / f"{path.stem}-{stamp}-{reason}.thuisplan"
    copy_database(path, target)
    return target


def copy_database(source: Path, target: Path) -> None:
    """Write a consistent copy of the database at `source` to `target` (a new file)."""
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
