"""Find the files Thuisplan ships (reference data, templates, translations).

Resolved from the package location or, in a PyInstaller bundle, from the
bundle's folder: never from the current working directory.
"""

from __future__ import annotations

import sys
from pathlib import Path


def install_root() -> Path:
    """The folder that holds `resources/` and `templates/`."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under `resources/`."""
    return install_root().joinpath("resources", *parts)


def template_path(*parts: str) -> Path:
    """A file under `templates/`."""
    return install_root().joinpath("templates", *parts)
