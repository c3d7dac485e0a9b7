"""The log file: where Thuisplan writes what went wrong, for the helpdesk.

Users on a locked-down workstation never see a console, so an unexpected error
must leave its details in a file they can send along with their question.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.storage.paths import user_data_dir

LOG_FILE_NAME = "thuisplan.log"
# A few small files: enough history for a helpdesk question, never a disk filler.
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3


def log_path() -> Path:
    return user_data_dir() / "logs" / LOG_FILE_NAME


def configure_logging() -> Path | None:
    """Send the `app` loggers to the log file; returns its path, or None when the
    folder cannot be written (the program runs on without a log rather than not at all)."""
    path = log_path()
    logger = logging.getLogger("app")
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path
