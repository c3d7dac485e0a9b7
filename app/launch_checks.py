"""What must hold before the window starts, checked without importing Qt.

`thuisplan WORD` starts the window only when WORD is a file that exists: an unknown command
or a mistyped file name is a usage error (exit code 2, as argparse gives a wrong option),
never a window that then fails to open it. On Linux a window needs a display: without one,
Qt's xcb plugin aborts the process with a core dump and an English message about plugins;
Thuisplan says in Dutch what is missing and what to install instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

EXIT_USAGE = 2
EXIT_NO_DISPLAY = 1

# Qt platforms that need no display server (tests, remote viewers).
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs")
# Qt 6.5 and later need this library for the xcb platform (Debian/Ubuntu package name).
XCB_CURSOR = "libxcb-cursor.so.0"


def argument_problem(args: Sequence[str], commands: Sequence[str]) -> str | None:
    """Why `args` cannot start the window, in Dutch; None when they can."""
    if not args:
        return None
    if len(args) > 1:
        return (
            "thuisplan: het venster opent één bestand tegelijk; u gaf er "
            f"{len(args)}. Opdrachten: {', '.join(sorted(commands))} (thuisplan --help)."
        )
    path = Path(args[0])
    if path.is_file():
        return None
    if path.is_dir():
        return f"thuisplan: '{args[0]}' is een map; geef een .thuisplan-bestand."
    if path.suffix.lower() == ".thuisplan" or len(path.parts) > 1:
        return f"thuisplan: het bestand '{args[0]}' bestaat niet."
    return (
        f"thuisplan: '{args[0]}' is geen opdracht en geen bestand. Opdrachten: "
        f"{', '.join(sorted(commands))}; thuisplan --help legt ze uit."
    )


def display_problem(
    environ: Mapping[str, str],
    *,
    platform: str = sys.platform,
    frozen: bool = bool(getattr(sys, "frozen", False)),
    can_load: Callable[[str], bool] | None = None,
) -> str | None:
    """Why no window can be shown here, in Dutch with what to do; None when it can."""
    if not platform.startswith("linux"):
        return None  # Windows and macOS always have their own platform plugin
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if chosen.startswith(_HEADLESS_PLATFORMS):
        return None
    if chosen.startswith("wayland") or (not chosen and environ.get("WAYLAND_DISPLAY")):
        return None if environ.get("WAYLAND_DISPLAY") else _NO_DISPLAY
    if not environ.get("DISPLAY"):
        return _NO_DISPLAY
    load = can_load or _can_load
    if not frozen and not load(XCB_CURSOR):  # a bundle brings its own copy
        return (
            "thuisplan: het venster kan niet starten: de systeembibliotheek libxcb-cursor0 "
            "ontbreekt. Installeer die (sudo apt-get install libxcb-cursor0) of voer "
            "./run.sh uit, dat installeert wat nodig is. De opdrachten werken wel "
            "(thuisplan --help)."
        )
    return None


_NO_DISPLAY = (
    "thuisplan: er is geen beeldscherm om het venster op te tonen (DISPLAY en "
    "WAYLAND_DISPLAY zijn niet ingesteld). Start Thuisplan vanaf het bureaublad, of op "
    "afstand met 'ssh -X'; zonder scherm werken de opdrachten (thuisplan --help), of "
    "installeer xvfb en start met 'xvfb-run ./run.sh'."
)


def _can_load(name: str) -> bool:
    import ctypes  # only here: most starts never ask, and the first paint waits on imports

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True
