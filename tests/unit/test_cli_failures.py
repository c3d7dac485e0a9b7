"""The command line's one place for failures: each kind of error gets its Dutch line and
exit code, unexpected ones are logged; its output wrapper lets nothing reach the terminal
that a terminal acts on."""

from __future__ import annotations

import errno
import io
import json
import logging
import sqlite3
import sys
from pathlib import Path

import pytest

from app import cli
from app.cli_failures import EXIT_UNEXPECTED, failure
from app.cli_output import TerminalStream, json_text, terminal_output
from app.reports.export_io import ExportError
from app.storage import FileInUseError
from app.storage.log_file import log_path

FILE = Path("regio.thuisplan")


@pytest.fixture(autouse=True)
def own_log_handlers():
    """The log handlers a test adds (one per data folder) are closed and removed after it."""
    logger = logging.getLogger("app")
    before = list(logger.handlers)
    yield
    for handler in [h for h in logger.handlers if h not in before]:
        handler.close()
        logger.removeHandler(handler)


def _sqlalchemy(error: sqlite3.Error):
    from sqlalchemy.exc import IntegrityError, OperationalError

    kind = IntegrityError if isinstance(error, sqlite3.IntegrityError) else OperationalError
    return kind("INSERT INTO need_value ...", [(1, 2025, 7)], error)


def _xml_error():
    from lxml import etree

    try:
        etree.fromstring(b"<a><b></a>")
    except etree.XMLSyntaxError as exc:
        return exc
    raise AssertionError("lxml accepted broken XML")


@pytest.mark.parametrize(
    "make, text, code, logged",
    [
        (lambda: ExportError("De map bestaat niet."), "De map bestaat niet.", 1, None),
        (lambda: FileInUseError(FILE, "In gebruik.", None), "In gebruik.", 1, None),
        (
            lambda: sqlite3.IntegrityError("constraint failed"),
            "weigerde een wijziging",
            EXIT_UNEXPECTED,
            "IntegrityError",
        ),
        (
            lambda: _sqlalchemy(sqlite3.IntegrityError("UNIQUE constraint failed")),
            "weigerde een wijziging",
            EXIT_UNEXPECTED,
            "UNIQUE constraint failed",
        ),
        (
            lambda: _sqlalchemy(sqlite3.OperationalError("no such column: name")),
            "niet verwacht (een databasefout)",
            EXIT_UNEXPECTED,
            "no such column",
        ),
        (
            lambda: sqlite3.OperationalError("database is locked"),
            "is even bezet",
            1,
            None,
        ),
        (lambda: KeyError(9999), "verwijst naar iets dat er niet is", EXIT_UNEXPECTED, "9999"),
        (_xml_error, "te groot of onleesbaar", EXIT_UNEXPECTED, "XMLSyntaxError"),
        (
            lambda: OSError(errno.ENOSPC, "No space left on device", "uit.xlsx"),
            "De schijf is vol; 'uit.xlsx'",
            1,
            None,
        ),
        (
            lambda: PermissionError(errno.EACCES, "Permission denied", "/x/uit.docx"),
            "geen toegang tot 'uit.docx'",
            1,
            None,
        ),
        (
            lambda: OSError(errno.ETIMEDOUT, "Connection timed out", "uit.docx"),
            "(systeemfout ETIMEDOUT)",
            1,
            None,
        ),
        (
            lambda: RuntimeError("fout"),
            "iets onverwachts mis in Thuisplan",
            EXIT_UNEXPECTED,
            "fout",
        ),
        (lambda: MemoryError(), "niet genoeg geheugen", EXIT_UNEXPECTED, "MemoryError"),
    ],
    ids=[
        "domain",
        "in-use",
        "sqlite-integrity",
        "sqlalchemy-integrity",
        "sqlalchemy-operational",
        "busy",
        "key",
        "lxml",
        "enospc",
        "eacces",
        "other-oserror",
        "bug",
        "memory",
    ],
)
def test_each_failure_has_its_dutch_line(make, text, code, logged):
    """Known errors: their message, exit 1; unexpected ones: a Dutch description, the log
    file named, the traceback in it, exit 70. Never English system text."""
    try:
        raise make()
    except Exception as error:  # with a traceback, as in a real command
        message, exit_code = failure(error, FILE)
    assert text in message and exit_code == code
    assert "No space" not in message and "Permission denied" not in message
    if logged is None:
        assert "logbestand" not in message and str(log_path()) not in message
        return
    assert str(log_path()) in message
    log = log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and logged in log


def test_unexpected_without_a_log_folder_still_says_so(monkeypatch):
    """When the log cannot be written the message says that instead of naming a file."""
    monkeypatch.setattr("app.cli_failures.configure_logging", lambda: None)
    message, code = failure(RuntimeError("x"), FILE)
    assert code == EXIT_UNEXPECTED and "er kon geen logbestand worden geschreven" in message


@pytest.mark.parametrize(
    "error", [KeyError(1), sqlite3.IntegrityError("x"), RuntimeError("x"), OSError(5, "EIO")]
)
def test_main_never_shows_a_traceback(monkeypatch, capsys, error):
    """Whatever a command raises, `main` returns non-zero with one 'thuisplan:' line."""

    def command(_args):
        raise error

    monkeypatch.setitem(cli.COMMANDS, "summary", command)
    code = cli.main(["summary", "x.thuisplan"])
    captured = capsys.readouterr()
    assert code != 0 and captured.err.startswith("thuisplan: ")
    assert "Traceback" not in captured.err and captured.err.count("\n") == 1


def test_main_on_ctrl_c(monkeypatch, capsys):
    """Ctrl+C: 'afgebroken', exit 130, no traceback."""

    def command(_args):
        raise KeyboardInterrupt

    monkeypatch.setitem(cli.COMMANDS, "summary", command)
    assert cli.main(["summary", "x.thuisplan"]) == 130
    assert capsys.readouterr().err == "thuisplan: afgebroken.\n"


def test_terminal_stream_cleans_every_write():
    """print, write and writelines all pass terminal_text; the stream's other attributes
    are the wrapped stream's."""
    raw = io.StringIO()
    stream = TerminalStream(raw)
    print("a\x1b]0;titel\x07b", file=stream)
    stream.write("\x1b[2Jc\u202e")
    stream.writelines(["d\x9b31m", "e\r\n"])
    assert raw.getvalue() == "ab\ncde\n"
    assert stream.getvalue() == raw.getvalue()  # delegated to the wrapped stream


def test_terminal_output_wraps_and_restores(capsys):
    """Inside the block stdout and stderr are cleaned (argparse's messages too); after it,
    the streams are the originals again."""
    before = sys.stdout, sys.stderr
    with terminal_output():
        print("x\x1b[31my")
        print("z\u202e", file=sys.stderr)
        with pytest.raises(SystemExit):
            cli.build_parser().parse_args(["summary", "x", "--\x1b]0;t\x07onzin"])
    assert (sys.stdout, sys.stderr) == before
    captured = capsys.readouterr()
    assert captured.out == "xy\n" and captured.err.startswith("z\n")
    assert "\x1b" not in captured.err and "--onzin" in captured.err


def test_json_keeps_every_character_but_escapes_the_invisible():
    """A title with bidi and C1 characters round-trips through JSON, and the JSON text has
    none of them raw."""
    title = "Visie\u202egpj.exe\x85\u2066x\u2028"
    text = json_text({"title": title, "n": 1})
    assert json.loads(text)["title"] == title
    assert not any(c in text for c in "\u202e\x85\u2066\u2028\x1b")


def test_json_escapes_lone_surrogates_and_round_trips_every_shape():
    """A lone surrogate (which no terminal encoding can print) is escaped, and objects,
    lists, empty ones and nested ones come back as they went in, one item per line."""
    data = {"a": [{"b": [1, None, "x\ud800"]}, 2.5], "c": {}, "d": [], "e": "é\u2029"}
    text = json_text(data)
    assert json.loads(text) == data
    assert "\ud800" not in text and "\u2029" not in text and "é" in text
    assert text.splitlines()[2] == '  {"b": [1, null, "x\\ud800"]},'
    assert json.loads(json_text([])) == [] and json.loads(json_text({})) == {}
