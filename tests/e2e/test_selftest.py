"""`thuisplan --selftest`: the installation check an IT department runs, without a display."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from app import selftest


def test_selftest_passes_from_another_folder_without_qt(tmp_path, data_dir):
    """`python -m app --selftest` run from an unrelated folder prints one OK line per step,
    exits 0, loads no Qt and leaves the user's data folder alone."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", "--selftest"],
        cwd=tmp_path,
        env={**os.environ, "THUISPLAN_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.startswith("OK  ")] == lines[:-1]
    assert len(lines) - 1 == len(selftest.STEPS)
    assert lines[-1].startswith("Zelftest geslaagd")
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    assert not [name for name in imported if name.startswith(("PySide6", "shiboken6"))]
    assert list(data_dir.iterdir()) == []
    assert not list(tmp_path.iterdir())  # nothing in the working directory either


def test_a_missing_resource_fails_with_the_reason(monkeypatch, tmp_path, capsys, data_dir):
    """A file the bundle forgot makes the first step fail with its path and exit code 1."""
    missing = tmp_path / "resources" / "reference" / "gemeenten_2024.csv"
    monkeypatch.setattr(selftest, "REQUIRED_FILES", [*selftest.REQUIRED_FILES, missing])
    out = io.StringIO()
    assert selftest.run_selftest(out) == selftest.EXIT_FAILED
    error = capsys.readouterr().err
    assert "FOUT  Zelftest mislukt bij 'hulpbestanden zoeken'" in error
    assert str(missing) in error
    assert "Zelftest geslaagd" not in out.getvalue()
    assert os.environ["THUISPLAN_DATA_DIR"] == str(data_dir)  # restored


def test_an_unexpected_error_is_reported_with_its_traceback(monkeypatch, capsys):
    """A crash inside a step names the step and the exception, with the traceback for IT."""

    def broken(state):
        raise KeyError("grafiek")

    monkeypatch.setattr(selftest, "STEPS", [("grafiek tekenen", broken)])
    assert selftest.run_selftest(io.StringIO()) == selftest.EXIT_FAILED
    error = capsys.readouterr().err
    assert "mislukt bij 'grafiek tekenen': KeyError: 'grafiek'" in error
    assert "Traceback" in error
