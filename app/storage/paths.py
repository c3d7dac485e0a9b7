"""Where Thuisplan keeps its own files (backups, the demo) on this computer."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def user_data_dir() -> Path:
    """The user's Thuisplan data folder; THUISPLAN_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("THUISPLAN_DATA_DIR")
    path = Path(override) if override else platformdirs.user_data_path("Thuisplan", False)
    path.mkdir(parents=True, exist_ok=True)
    return path
