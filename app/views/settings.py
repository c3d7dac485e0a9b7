"""What Thuisplan remembers between sessions (QSettings): recent files, window
geometry, the last step per file, language and presentation mode."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    """The application's settings store; THUISPLAN_SETTINGS_DIR points it at a folder of its
    own (tests, a portable installation)."""
    folder = os.environ.get("THUISPLAN_SETTINGS_DIR")
    if folder:
        return QSettings(str(Path(folder) / "thuisplan.ini"), QSettings.Format.IniFormat)
    return QSettings("Thuisplan", "Thuisplan")


def recent_files() -> list[Path]:
    """Most recently opened project files, newest first (may include missing ones)."""
    value = settings().value("recent_files", [])
    if isinstance(value, str):
        value = [value]
    return [Path(p) for p in (value or [])]


def add_recent_file(path: Path) -> None:
    """Put `path` at the top of the recent files."""
    path = Path(path).resolve()
    files = [p for p in recent_files() if p != path]
    settings().setValue("recent_files", [str(p) for p in [path, *files][:MAX_RECENT]])


def last_step(path: Path) -> str | None:
    """The step last shown for this file."""
    return settings().value(f"last_step/{_key(path)}")


def set_last_step(path: Path, step: str) -> None:
    settings().setValue(f"last_step/{_key(path)}", step)


def geometry(name: str) -> QByteArray | None:
    """Saved geometry of a window kind."""
    value = settings().value(f"geometry/{name}")
    return value if isinstance(value, QByteArray) else None


def set_geometry(name: str, value: QByteArray) -> None:
    settings().setValue(f"geometry/{name}", value)


def export_folder() -> Path | None:
    """The folder of the last export."""
    value = settings().value("export_folder")
    return Path(value) if value else None


def set_export_folder(folder: Path) -> None:
    settings().setValue("export_folder", str(folder))


def language() -> str:
    """'nl' (default) or 'en'."""
    return str(settings().value("language", "nl"))


def set_language(code: str) -> None:
    settings().setValue("language", code)


def first_start() -> bool:
    """True until the example has been shown once."""
    return settings().value("example_shown", "false") != "true"


def mark_started() -> None:
    settings().setValue("example_shown", "true")


def _key(path: Path) -> str:
    import hashlib  # here, not at the top: it loads OpenSSL, and the first paint waits

    return hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:16]
