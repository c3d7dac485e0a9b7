"""The PyInstaller bundle from build.spec works on its own, run from another folder.

Builds once per session into a temporary folder (~1 minute) when PyInstaller is installed
(`scripts/bootstrap.sh build`, which CI runs); skipped otherwise.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
# On Windows the windowed Thuisplan.exe has no console: checks run its console twin.
PROGRAM = "thuisplan-cli.exe" if sys.platform == "win32" else "Thuisplan"
LINUX_SIZE_LIMIT_MB = 250


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """dist/Thuisplan, built from build.spec into a temporary folder."""
    pytest.importorskip(
        "PyInstaller", reason="PyInstaller is not installed (scripts/bootstrap.sh build)"
    )
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "build.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return out / "dist" / "Thuisplan"


def run(bundle: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    """The bundled program, offscreen, with its own data and settings folders."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "THUISPLAN_DATA_DIR": str(cwd / "data"),
        "THUISPLAN_SETTINGS_DIR": str(cwd / "settings"),
        **env,
    }
    return subprocess.run(
        [str(bundle / PROGRAM), *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_bundle_selftest_from_another_folder(bundle, tmp_path):
    """`Thuisplan --selftest` finds its files inside the bundle and passes every step."""
    result = run(bundle, "--selftest", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert str(bundle) in result.stdout.splitlines()[0]
    assert "Zelftest geslaagd" in result.stdout


def test_bundle_gui_shows_its_first_window(bundle, tmp_path):
    """The bundled GUI starts offscreen: platform plugin, fonts, Qt's Dutch translation and
    a matplotlib chart in Qt all work (THUISPLAN_GUI_CHECK quits after the first window)."""
    result = run(bundle, cwd=tmp_path, THUISPLAN_GUI_CHECK="1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Venster getoond" in result.stdout
    assert "Annuleren" in result.stdout


def test_bundle_cli_round_trip(bundle, tmp_path):
    """The sub-commands the self-test does not cover: the collection workbook out and back
    in (openpyxl reading, defusedxml) and the agreements documents."""
    for args in (
        ["demo", "demo.thuisplan"],
        ["template", "demo.thuisplan", "uitvraag.xlsx"],
        ["import", "demo.thuisplan", "uitvraag.xlsx", "--dry-run"],
        ["export", "demo.thuisplan", "--agreements-dir", "afspraken"],
        ["check", "demo.thuisplan"],
    ):
        result = run(bundle, *args, cwd=tmp_path)
        assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
    assert len(list((tmp_path / "afspraken").glob("*.docx"))) >= 2


def test_bundle_is_lean(bundle):
    """Unused Qt modules and Qt's own translations stay out; on Linux the bundle stays
    under the size goal."""
    internal = bundle / "_internal"
    names = {path.name for path in internal.rglob("*")}
    for unwanted in ("QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore", "QtPdf", "Qt3DCore"):
        assert not [name for name in names if name.startswith((unwanted, f"libQt6{unwanted[2:]}"))]
    assert not (internal / "PySide6" / "Qt" / "translations").exists()
    assert "hypothesis" not in names and "tkinter" not in names
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    if sys.platform.startswith("linux"):
        files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
        size = sum(path.stat().st_size for path in files)
        assert size / 2**20 < LINUX_SIZE_LIMIT_MB
