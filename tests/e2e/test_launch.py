"""Starting the window: a word that is neither a command nor a file, a missing file and a
machine without a display each get a Dutch line and an exit code, never a window that
fails or Qt's abort with a core dump."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.__main__ import COMMAND_NAMES
from app.launch_checks import (
    EXIT_NO_DISPLAY,
    EXIT_USAGE,
    XCB_CURSOR,
    argument_problem,
    display_problem,
)

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = sorted(COMMAND_NAMES)


def _start(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_an_unknown_word_is_a_usage_error(tmp_path, data_dir):
    """`thuisplan samenvatting` (a Dutch guess at `summary`): exit 2, the commands named,
    nothing on stdout, no traceback, no window."""
    env = {**os.environ, "THUISPLAN_DATA_DIR": str(data_dir)}
    result = _start(["samenvatting"], env, tmp_path)
    assert result.returncode == EXIT_USAGE
    assert result.stdout == ""
    assert "'samenvatting' is geen opdracht en geen bestand" in result.stderr
    assert "summary" in result.stderr and "thuisplan --help" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_file_is_named(tmp_path, data_dir):
    env = {**os.environ, "THUISPLAN_DATA_DIR": str(data_dir)}
    result = _start(["regio.thuisplan"], env, tmp_path)
    assert result.returncode == EXIT_USAGE
    assert result.stderr.strip() == "thuisplan: het bestand 'regio.thuisplan' bestaat niet."


def test_no_display_says_so_in_dutch_without_a_core_dump(tmp_path, data_dir):
    """No DISPLAY, no WAYLAND_DISPLAY, no platform chosen: what to do, exit 1; Qt is never
    asked (it would abort the process)."""
    vision = tmp_path / "regio.thuisplan"
    vision.write_bytes(b"")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["THUISPLAN_DATA_DIR"] = str(data_dir)
    result = _start([str(vision)], env, tmp_path)
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs a display server")
    assert result.returncode == EXIT_NO_DISPLAY, result.stderr
    assert "er is geen beeldscherm" in result.stderr and "xvfb-run" in result.stderr
    assert "Traceback" not in result.stderr and "qt.qpa" not in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], None),
        (["een", "twee"], "het venster opent één bestand tegelijk; u gaf er 2"),
        (["map"], "'map' is een map"),
        (["sub/regio.dat"], "het bestand 'sub/regio.dat' bestaat niet"),
        (["REGIO.THUISPLAN"], "het bestand 'REGIO.THUISPLAN' bestaat niet"),
        (["exporteer"], "'exporteer' is geen opdracht en geen bestand"),
    ],
)
def test_argument_problems(tmp_path, monkeypatch, args, expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "map").mkdir()
    problem = argument_problem(args, COMMANDS)
    assert (problem is None) if expected is None else (expected in problem)


def test_an_existing_file_of_any_name_starts_the_window(tmp_path):
    """A file that exists is the user's choice, whatever its suffix (the window checks it)."""
    vision = tmp_path / "kopie van regio.bak"
    vision.write_bytes(b"")
    assert argument_problem([str(vision)], COMMANDS) is None


@pytest.mark.parametrize(
    ("environ", "loads", "expected"),
    [
        ({"DISPLAY": ":0"}, True, None),
        ({"DISPLAY": ":0"}, False, "libxcb-cursor0 ontbreekt"),
        ({}, True, "er is geen beeldscherm"),
        ({"QT_QPA_PLATFORM": "offscreen"}, False, None),
        ({"QT_QPA_PLATFORM": "minimal"}, False, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False, None),
        ({"QT_QPA_PLATFORM": "wayland"}, True, "er is geen beeldscherm"),
        ({"QT_QPA_PLATFORM": "xcb"}, True, "er is geen beeldscherm"),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}, True, None),
    ],
)
def test_display_problems_on_linux(environ, loads, expected):
    asked: list[str] = []

    def can_load(name: str) -> bool:
        asked.append(name)
        return loads

    problem = display_problem(environ, platform="linux", frozen=False, can_load=can_load)
    assert (problem is None) if expected is None else (expected in problem)
    assert set(asked) <= {XCB_CURSOR}


def test_windows_and_a_bundle_are_not_second_guessed():
    """Windows has its own platform plugin; a bundle carries its own libxcb-cursor."""
    assert display_problem({}, platform="win32") is None
    never = lambda name: False  # noqa: E731
    assert display_problem({"DISPLAY": ":0"}, platform="linux", frozen=True, can_load=never) is None
