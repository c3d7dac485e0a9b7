"""Every failure a user can reach with the command line ends in a Dutch line on stderr and
a non-zero exit code, never a traceback; what is not the user's doing is in the log file.
Names from a file cannot drive the terminal (escape sequences, bidi overrides)."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from app.cli_failures import EXIT_UNEXPECTED, EXIT_USER_ERROR
from tests.e2e.test_cli import thuisplan
from tests.unit import hostile_templates

# A file these tests make hostile may also be refused as it is opened (the exact schema
# check of issue 13): a Dutch refusal with exit code 1 is then the right outcome too.
REFUSED_ON_OPEN = EXIT_USER_ERROR
TERMINAL_ACTIVE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


@pytest.fixture
def run(tmp_path, data_dir):
    return lambda *args: thuisplan(*args, cwd=tmp_path, data_dir=data_dir)


@pytest.fixture
def demo_file(demo_template, tmp_path) -> Path:
    path = tmp_path / "demo.thuisplan"
    shutil.copyfile(demo_template, path)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _execute(path: Path, *statements: str, parameters=()) -> None:
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement, parameters)
    connection.close()


def _assert_dutch_failure(result, expected: str, data_dir: Path, logged: str) -> None:
    """Non-zero, one Dutch message, no traceback or raw exception; an unexpected failure
    (exit 70) has its details, naming `logged`, in the log file."""
    assert result.returncode != 0
    stderr = result.stderr
    assert "Traceback" not in stderr and "Error" not in stderr, stderr
    lines = stderr.splitlines()
    assert stderr.startswith("thuisplan: ") and lines, stderr
    # A refused file that still holds usable rows adds one line: how to take them over.
    assert all(line.startswith("thuisplan: gegevens overnemen: ") for line in lines[1:]), stderr
    assert expected in stderr or result.returncode == REFUSED_ON_OPEN, stderr
    if result.returncode == EXIT_UNEXPECTED:
        log = data_dir / "logs" / "thuisplan.log"
        assert str(log) in stderr
        assert logged in log.read_text(encoding="utf-8")


def test_broken_foreign_key(run, demo_file, data_dir, tmp_path):
    """A need series whose municipality is not there (a KeyError deep in a service): a Dutch
    message pointing at `check`, the traceback in the log, nothing written."""
    _execute(demo_file, "UPDATE need_series SET municipality_id = 9999 WHERE id = 1")
    before = _digest(demo_file)
    result = run("template", "demo.thuisplan", "uitvraag.xlsx")
    _assert_dutch_failure(result, "verwijst naar iets dat er niet is", data_dir, "KeyError")
    assert 'thuisplan check "demo.thuisplan"' in result.stderr or result.returncode == 1
    assert _digest(demo_file) == before
    assert not list(tmp_path.glob("*.xlsx"))


@pytest.fixture
def filled_workbook(run, tmp_path) -> Path:
    """An uitvraag workbook of the example with every number cell of Woonbehoefte set to 7
    (the example has no empty cells: every figure then changes)."""
    import openpyxl

    clean = tmp_path / "schoon.thuisplan"
    assert run("demo", "schoon.thuisplan").returncode == 0
    assert run("template", str(clean), "uitvraag.xlsx").returncode == 0
    book = openpyxl.load_workbook(tmp_path / "uitvraag.xlsx")
    for row in book["Woonbehoefte"].iter_rows(min_row=2):
        for cell in row[5:]:
            if cell.value is None or isinstance(cell.value, int):
                cell.value = 7
    book.save(tmp_path / "ingevuld.xlsx")
    return tmp_path / "ingevuld.xlsx"


@pytest.mark.parametrize(
    "trigger, expected, logged",
    [
        (
            "SELECT RAISE(ABORT, 'geweigerd')",
            "Het bestand weigerde een wijziging",
            "IntegrityError",
        ),
        ("SELECT geen_functie()", "iets wat Thuisplan niet verwacht", "OperationalError"),
    ],
    ids=["integrity", "operational"],
)
def test_import_into_a_file_that_refuses_writes(
    run, demo_file, data_dir, filled_workbook, trigger, expected, logged
):
    """A trigger in the file refuses (IntegrityError) or breaks (OperationalError) the
    import's write: Dutch message, exit non-zero, the file byte for byte as it was."""
    _execute(
        demo_file,
        f"CREATE TRIGGER weiger BEFORE INSERT ON need_value BEGIN {trigger}; END",
        f"CREATE TRIGGER weiger2 BEFORE UPDATE ON need_value BEGIN {trigger}; END",
    )
    before = _digest(demo_file)
    result = run("import", "demo.thuisplan", str(filled_workbook))
    _assert_dutch_failure(result, expected, data_dir, logged)
    assert (
        "niet opgeslagen" in result.stderr
        or logged != "IntegrityError"
        or (result.returncode == REFUSED_ON_OPEN)
    )
    assert _digest(demo_file) == before


def test_text_too_large_for_a_document(run, demo_file, data_dir, tmp_path):
    """A municipality name of 11 million characters (lxml refuses text nodes over 10 MB)
    used to reach the agreements export. The file's own CHECK constraint now refuses such a
    name, and a file that has one anyway (an older version, which checked nothing) is
    refused on opening in Dutch: no document is written at all."""
    import shutil
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError, match="ck_municipality_name"):
        _execute(
            demo_file, "UPDATE municipality SET name = ? WHERE id = 1", parameters=("x" * 201,)
        )
    old = tmp_path / "oud.thuisplan"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema_v2.thuisplan", old)
    _execute(old, "UPDATE municipality SET name = ? WHERE id = 1", parameters=("x" * 11_000_000,))
    before = _digest(old)
    result = run("export", "oud.thuisplan", "--agreements-dir", "afspraken")
    _assert_dutch_failure(result, "hoogstens", data_dir, "")
    assert _digest(old) == before
    assert not (tmp_path / "afspraken").exists() or not list((tmp_path / "afspraken").iterdir())


def test_bad_xml_in_a_template(run, demo_file, tmp_path, data_dir):
    """A template whose header is broken XML: 'beschadigd', exit 1, no lxml traceback."""
    normal = hostile_templates.house_style(tmp_path / "huisstijl.docx")
    header = hostile_templates.header_part(normal)
    hostile_templates.rewrite(normal, tmp_path / "kapot.docx", replace={header: b"<w:hdr><w:p>"})
    result = run("export", "demo.thuisplan", "--docx", "v.docx", "--template", "kapot.docx")
    _assert_dutch_failure(result, "is beschadigd", data_dir, "")
    assert result.returncode == EXIT_USER_ERROR and not (tmp_path / "v.docx").exists()


def test_hostile_template_is_neutralised_and_named_on_stderr(run, demo_file, tmp_path):
    """Macros and a remote attached template: the export succeeds without them and says on
    stderr, in Dutch, what was left out."""
    normal = hostile_templates.house_style(tmp_path / "huisstijl.docx")
    step = hostile_templates.remote_attached_template(normal, tmp_path / "stap.docx")
    hostile_templates.with_macros(step, tmp_path / "eigen.docm")
    result = run("export", "demo.thuisplan", "--docx", "v.docx", "--template", "eigen.docm")
    assert result.returncode == 0, result.stderr
    assert "macro's (vbaProject.bin" in result.stderr
    assert hostile_templates.REMOTE_TEMPLATE in result.stderr
    assert "Geschreven: v.docx" in result.stdout


def test_zip_bomb_template_is_refused(run, demo_file, tmp_path, data_dir):
    """A template with a zip-bomb part: exit 1, a Dutch refusal, no document."""
    normal = hostile_templates.house_style(tmp_path / "huisstijl.docx")
    hostile_templates.zip_bomb(normal, tmp_path / "bom.docx", unpacked=300 * 1024 * 1024)
    result = run("export", "demo.thuisplan", "--docx", "v.docx", "--template", "bom.docx")
    _assert_dutch_failure(result, "zip-bom", data_dir, "")
    assert result.returncode == EXIT_USER_ERROR and not (tmp_path / "v.docx").exists()


def test_output_path_that_is_a_folder(run, demo_file, tmp_path, data_dir):
    """Writing the workbook onto a folder: a Dutch message, not 'Is a directory'."""
    (tmp_path / "map").mkdir()
    result = run("template", "demo.thuisplan", "map")
    _assert_dutch_failure(result, "is een map", data_dir, "")
    assert result.returncode == EXIT_USER_ERROR


def test_a_bug_goes_to_the_log_with_a_short_dutch_line(demo_file, tmp_path, data_dir):
    """A fault in Thuisplan itself (simulated in a service): exit 70, one Dutch line naming
    the log file, the traceback in the log."""
    import os
    import subprocess

    script = (
        "import sys\n"
        "import app.services.analysis as analysis\n"
        "def boom(*a, **k):\n"
        "    raise RuntimeError('gesimuleerde programmafout')\n"
        "analysis.analyse = boom\n"
        "from app.__main__ import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "THUISPLAN_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [sys.executable, "-c", script, "summary", "demo.thuisplan"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == EXIT_UNEXPECTED
    assert "iets onverwachts mis in Thuisplan" in result.stderr
    _assert_dutch_failure(result, "onverwachts", data_dir, "gesimuleerde programmafout")


def test_gui_without_qt_says_why_in_dutch(tmp_path, data_dir):
    """The window cannot start (Qt or a system library missing): a Dutch line that the
    commands still work, exit 1, no traceback."""
    import os
    import subprocess

    fake = tmp_path / "nep"
    (fake / "PySide6").mkdir(parents=True)
    (fake / "PySide6" / "__init__.py").write_text(
        "raise ImportError('libGL.so.1: cannot open shared object file')\n"
    )
    env = {
        **os.environ,
        "THUISPLAN_DATA_DIR": str(data_dir),
        "PYTHONPATH": str(fake),
        "QT_QPA_PLATFORM": "offscreen",
    }
    vision = tmp_path / "x.thuisplan"
    vision.write_bytes(b"")  # the window would open it; it never gets that far
    result = subprocess.run(
        [sys.executable, "-m", "app", str(vision)],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "het venster kan niet starten" in result.stderr and "libGL.so.1" in result.stderr


# -- what reaches the terminal -----------------------------------------------------------

TITLE = "Visie\x1b]0;GEHACKT\x07 \x1b[31mrood\x1b[0m \u202egpj.exe"


@pytest.fixture
def escaped_title(demo_file) -> Path:
    """The example with a title and a municipality name full of terminal escapes."""
    _execute(demo_file, "UPDATE vision SET title = ?", parameters=(TITLE,))
    _execute(
        demo_file,
        "UPDATE municipality SET name = ? WHERE code = 'GM0503'",
        parameters=("Delft\x1b]52;c;Z2VoZWlt\x07\u2066",),
    )
    return demo_file


@pytest.mark.parametrize("command", [["summary"], ["check"], ["summary", "--json"]])
def test_names_cannot_drive_the_terminal(run, escaped_title, command):
    """No escape sequence, control or bidi character reaches stdout or stderr; the JSON
    keeps the title exactly, with the invisible characters escaped."""
    result = run(*command[:1], "demo.thuisplan", *command[1:])
    for stream in (result.stdout, result.stderr):
        assert not TERMINAL_ACTIVE.search(stream), repr(TERMINAL_ACTIVE.search(stream))
    if result.returncode != 0:
        assert result.returncode == REFUSED_ON_OPEN  # refused on open: also fine
        return
    if command == ["summary"]:
        assert "Visie rood gpj.exe" in result.stdout and "Delft" in result.stdout
    if command == ["summary", "--json"]:
        import json

        assert json.loads(result.stdout)["vision"]["title"] == TITLE


def test_file_name_in_a_message_is_cleaned(run):
    """A file name with a window-title sequence, echoed in the error, is printed without it."""
    result = run("summary", "\x1b]0;GEHACKT\x07weg\u202e.thuisplan")
    assert result.returncode == EXIT_USER_ERROR
    assert not TERMINAL_ACTIVE.search(result.stderr) and "weg.thuisplan" in result.stderr
