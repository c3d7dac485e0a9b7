"""Shared fixtures: offscreen Qt, a private data folder, fresh project files per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Charts are drawn in this process: the suite runs one export after another on small
# visions, where starting worker processes costs more than it saves (the pool's own tests,
# tests/unit/test_chart_pool.py, turn the workers on).
os.environ.setdefault("THUISPLAN_CHART_WORKERS", "0")
# Exports run in this process too (the GUI runs them in a child process, app.reports.child_run;
# tests/unit/test_child_run.py and the Documenten step's tests turn that on).
os.environ.setdefault("THUISPLAN_EXPORT_PROCESS", "0")

# The three visions of the overview's tests (fixtures `visions_template`, `visions`).
pytest_plugins = ["tests.unit.overview_visions"]


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch) -> Path:
    """Each test gets its own user data folder (backups, the example) and settings."""
    path = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("THUISPLAN_DATA_DIR", str(path))
    monkeypatch.setenv("THUISPLAN_SETTINGS_DIR", str(path / "settings"))
    return path


@pytest.fixture(autouse=True)
def no_libreoffice(monkeypatch) -> None:
    """Word documents are written without LibreOffice's page numbers (a layout takes
    seconds); the tests of the layout itself ask for it (tests/unit/test_docx_layout.py)."""
    monkeypatch.setenv("THUISPLAN_SOFFICE", "")


@pytest.fixture
def project(tmp_path):
    """A new vision of Delft, 's-Gravenhage and Rijswijk, 2025-2027."""
    from app.services.vision import create_vision

    opened = create_vision(
        tmp_path / "regio.thuisplan",
        title="Woonzorgvisie test",
        municipality_codes=["GM0503", "GM0518", "GM0603"],
        start_year=2025,
        end_year=2027,
        region_name="Testregio",
    )
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The example vision, made once per test session."""
    from app.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.thuisplan"
    old = os.environ.get("THUISPLAN_DATA_DIR")
    os.environ["THUISPLAN_DATA_DIR"] = str(tmp_path_factory.mktemp("demo-data"))
    try:
        create_demo(path).close()
    finally:
        if old is None:
            del os.environ["THUISPLAN_DATA_DIR"]
        else:
            os.environ["THUISPLAN_DATA_DIR"] = old
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    """A private copy of the example vision's file."""
    path = tmp_path / "demo.thuisplan"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo(demo_path):
    """The example vision, opened."""
    from app.storage import open_project_file

    opened = open_project_file(demo_path)
    yield opened
    opened.close()
