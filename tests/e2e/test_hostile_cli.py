"""Every CLI command on every hostile project file, each in a process of its own: refused
with a Dutch message and exit code 1, no traceback, the file's bytes unchanged, nothing
written anywhere (the process's home, data, settings and temporary folders all lie in the
test's folder), and the memory it took bounded (measured in the process by
tests/e2e/cli_probe.py). `salvage` then takes the valid data over."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage.format import CURRENT_SCHEMA_VERSION
from tests.e2e.test_cli import thuisplan
from tests.unit import hostile_projects as corpus

ROOT = Path(__file__).resolve().parents[2]
SOUND = ROOT / "tests" / "fixtures" / f"schema_v{CURRENT_SCHEMA_VERSION}.thuisplan"
# A refused file costs what starting the command costs: its imports (about 35 MB traced,
# 75 MB resident). The attacks of the issue took 4.4 GB and more.
MAX_TRACED_MB = 80
MAX_RSS_GROWTH_MB = 200
COMMANDS = {
    "summary": ["summary", "{file}"],
    "summary-json": ["summary", "{file}", "--json"],
    "check": ["check", "{file}"],
    "template": ["template", "{file}", "uitvraag.xlsx"],
    "import": ["import", "{file}", "{workbook}"],
    "export": ["export", "{file}", "--docx", "visie.docx", "--xlsx", "bijlage.xlsx"],
}

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="measures with /proc")


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, Path]:
    """The corpus, and a filled-in uitvraag workbook for `import` (made from the sound file)."""
    folder = tmp_path_factory.mktemp("corpus")
    files = corpus.make_corpus(SOUND, folder)
    data = tmp_path_factory.mktemp("data")
    subprocess.run(
        [sys.executable, "-m", "app", "template", str(SOUND), str(folder / "uitvraag.xlsx")],
        cwd=ROOT,
        env={**os.environ, "THUISPLAN_DATA_DIR": str(data)},
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {**files, "workbook": folder / "uitvraag.xlsx"}


@pytest.fixture(scope="module")
def huge(tmp_path_factory) -> Path:
    """The 200 MB text, written by a process of its own (SQLite builds the text in memory
    once; this test's process never holds it)."""
    folder = tmp_path_factory.mktemp("huge")
    code = (
        "import sys; from pathlib import Path; from tests.unit.hostile_projects import make; "
        "make(Path(sys.argv[1]), Path(sys.argv[2]), 'huge-text')"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(SOUND), str(folder)], cwd=ROOT, check=True, timeout=600
    )
    return folder / "huge-text.thuisplan"


def _tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run_probed(tmp_path: Path, source: Path, command: str, workbook: Path) -> dict:
    """Run `command` on a copy of `source` in an empty world inside `tmp_path`; return the
    probe's measurements with the output, and whether anything in that world changed."""
    world = tmp_path / "wereld"
    for name in ("werk", "home", "data", "settings", "tmp"):
        (world / name).mkdir(parents=True)
    path = world / "werk" / source.name
    shutil.copyfile(source, path)
    book = world / "werk" / "ingevuld.xlsx"
    shutil.copyfile(workbook, book)
    before = _tree(world)
    args = [a.format(file=path.name, workbook=book.name) for a in COMMANDS[command]]
    env = {
        **os.environ,
        "HOME": str(world / "home"),
        "THUISPLAN_DATA_DIR": str(world / "data"),
        "THUISPLAN_SETTINGS_DIR": str(world / "settings"),
        "TMPDIR": str(world / "tmp"),
        "XDG_CONFIG_HOME": str(world / "home" / ".config"),
        "XDG_CACHE_HOME": str(world / "home" / ".cache"),
        "MPLCONFIGDIR": str(world / "home" / "mpl"),
        "PYTHONPATH": str(ROOT),
    }
    report = tmp_path / "meting.json"
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.cli_probe", str(report), *args],
        cwd=world / "werk",
        env=env,
        capture_output=True,
        text=True,
        timeout=600,  # a safety net only: the assertions are on what the process measured
    )
    measured = json.loads(report.read_text())
    measured.update(stderr=result.stderr, changed=_changes(before, _tree(world)))
    return measured


def _changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


def _assert_refused(measured: dict, expected: str) -> None:
    assert measured["exit"] == 1, measured
    assert expected in measured["stderr"], measured["stderr"]
    assert "Traceback" not in measured["stderr"]
    assert measured["changed"] == [], measured["changed"]
    assert measured["traced_peak_mb"] < MAX_TRACED_MB, measured
    assert measured["rss_growth_mb"] < MAX_RSS_GROWTH_MB, measured


FAST = {("extra-trigger", command) for command in COMMANDS} | {
    (name, "check") for name in ("text-in-quantity", "plan-period", "padding-table")
}
CASES = [
    pytest.param(name, command, marks=() if (name, command) in FAST else pytest.mark.slow)
    for name in corpus.ATTACKS
    for command in COMMANDS
]


@pytest.mark.parametrize(("name", "command"), CASES)
def test_every_command_refuses_every_hostile_file(name, command, made, tmp_path):
    """Refused with the attack named, exit 1, nothing changed, memory bounded."""
    measured = run_probed(tmp_path, made[name], command, made["workbook"])
    _assert_refused(measured, corpus.EXPECTED[name])
    assert "thuisplan salvage" in measured["stderr"]


@pytest.mark.slow
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_200_mb_text_is_refused_without_being_read(command, huge, made, tmp_path):
    """The 200 MB text is refused from the file's size alone: the process's memory grows by
    what its imports take, not by the text."""
    measured = run_probed(tmp_path, huge, command, made["workbook"])
    _assert_refused(measured, corpus.EXPECTED["huge-text"])


def test_salvage_from_the_command_line(made, tmp_path, data_dir):
    """`thuisplan salvage FILE NEW` reports per table and leaves the original as it was."""
    path = tmp_path / "aanval.thuisplan"
    shutil.copyfile(made["text-in-quantity"], path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = thuisplan("salvage", path.name, "nieuw.thuisplan", cwd=tmp_path, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "- woonbehoefte: 1.511 overgenomen, 1 niet" in result.stdout
    assert corpus.FORMULA in result.stdout
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    checked = thuisplan("check", "nieuw.thuisplan", cwd=tmp_path, data_dir=data_dir)
    assert checked.returncode == 0 and "in orde" in checked.stdout
