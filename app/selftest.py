"""`thuisplan --selftest`: prove that an installation (or a bundle) works, without a display.

Runs the whole chain once in a temporary folder: the shipped files are found, the example
vision is made, opened again (the path where migrations run) and checked, every calculation
runs, one chart is drawn and a Word (in a child process, as the window makes it) and an
Excel document are written. Prints one Dutch line
per step; returns 0, or 1 with the reason of the first step that failed. Never imports Qt.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from app import __version__
from app.resources import install_root, resource_path, template_path

EXIT_FAILED = 1
# Files the program cannot do without; the bundle's build.spec ships each of them.
REQUIRED_FILES = [
    resource_path("reference", "gemeenten_2024.csv"),
    resource_path("reference", "buurgemeenten.csv"),
    resource_path("reference", "SOURCES.md"),
    resource_path("reference", "ATTRIBUTION.md"),
    resource_path("translations", "qtbase_nl.qm"),
    resource_path("translations", "qtbase_en.qm"),
    resource_path("translations", "thuisplan_en.qm"),
    resource_path("icons", "thuisplan.png"),
    template_path("woonzorgvisie.docx"),
]


class SelftestError(Exception):
    """A check that failed; the message says what in Dutch."""


def run_selftest(out: TextIO | None = None) -> int:
    """Run every step, printing one line each; returns the exit code."""
    out = out or sys.stdout
    started = time.perf_counter()
    old_data_dir = os.environ.get("THUISPLAN_DATA_DIR")
    try:
        with tempfile.TemporaryDirectory(prefix="thuisplan-zelftest-") as folder:
            # Backups and other user files of the test stay in the temporary folder.
            os.environ["THUISPLAN_DATA_DIR"] = str(Path(folder) / "gebruikersmap")
            state: dict[str, Any] = {"work": Path(folder)}
            for name, step in STEPS:
                try:
                    line = step(state)
                except Exception as error:  # report any failure, then stop
                    _fail(name, error)
                    return EXIT_FAILED
                _print(out, f"OK  {line}")
    finally:
        _restore("THUISPLAN_DATA_DIR", old_data_dir)
    _print(out, f"Zelftest geslaagd in {time.perf_counter() - started:.1f} s.")
    return 0


def _files(state: dict[str, Any]) -> str:
    missing = [str(path) for path in REQUIRED_FILES if not path.is_file()]
    if missing:
        raise SelftestError("deze bestanden ontbreken: " + ", ".join(missing))
    return (
        f"Thuisplan {__version__}: {len(REQUIRED_FILES)} hulpbestanden gevonden in {install_root()}"
    )


def _demo(state: dict[str, Any]) -> str:
    from app.services.demo import create_demo

    path = state["work"] / "zelftest.thuisplan"
    create_demo(path).close()
    state["path"] = path
    return f"Voorbeeldvisie gemaakt: {path.name} ({_kb(path)})"


def _reopen(state: dict[str, Any]) -> str:
    from app.services.project_check import check_project
    from app.storage import open_project_file
    from app.storage.format import CURRENT_SCHEMA_VERSION

    open_project_file(state["path"]).close()  # upgrades an older file; ours is current
    report = check_project(state["path"])
    if report.problems:
        raise SelftestError("; ".join(report.problems))
    if report.schema_version != CURRENT_SCHEMA_VERSION:
        raise SelftestError(
            f"bestandsversie {report.schema_version}, verwacht {CURRENT_SCHEMA_VERSION}"
        )
    return f"Bestand geopend en gecontroleerd: bestandsversie {report.schema_version}, geen schade"


def _calculations(state: dict[str, Any]) -> str:
    import json

    from app.services.analysis import analyse
    from app.services.summary import summary_data
    from app.storage import open_project_file

    with open_project_file(state["path"], readonly=True) as project:
        analysis = analyse(project)
    summary = summary_data(analysis)
    json.dumps(summary)  # everything must be plain data
    if not summary["gaps"] or not summary["fair_share"] or not summary["social_rent"]:
        raise SelftestError("de berekeningen gaven geen uitkomsten")
    state["analysis"] = analysis
    return (
        f"Berekeningen uitgevoerd: {len(summary['gaps'])} opgaven, "
        f"{len(summary['fair_share'])} evenredige aandelen, "
        f"{len(summary['social_rent'])} sociale-huurtoetsen"
    )


def _chart(state: dict[str, Any]) -> str:
    from app.reports.charts import render_png, render_svg
    from app.services.chart_data import need_capacity_chart
    from app.services.gap_table import gap_table
    from app.services.selection import Selection

    table = gap_table(state["analysis"], Selection())
    data = need_capacity_chart(state["analysis"], table)
    path = state["work"] / "grafiek.png"
    path.write_bytes(render_png(data))
    _check_size(path, 10_000)
    if not path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n"):
        raise SelftestError(f"{path.name} is geen PNG-afbeelding")
    svg = state["work"] / "grafiek.svg"
    svg.write_bytes(render_svg(data))  # "Opslaan als SVG" needs matplotlib's SVG backend
    _check_size(svg, 10_000)
    return f"Grafiek getekend: '{data.text.title}' ({_kb(path)} PNG, {_kb(svg)} SVG)"


def _word(state: dict[str, Any]) -> str:
    """Written as the window writes it: in a child process of its own, from a copy of the
    file (a bundle starts itself again for it, see app/__main__.py)."""
    from app.reports import child_run
    from app.reports.copy_export import export_from_copy
    from app.reports.docx_vision import write_vision_document
    from app.reports.safe_text import NO_PROTECTION
    from app.storage import open_project_file

    before = os.environ.get(child_run.PROCESS_ENV)
    os.environ[child_run.PROCESS_ENV] = "1"
    try:
        with open_project_file(state["path"], readonly=True) as project:
            path = export_from_copy(
                project.hold(),
                write_vision_document,
                None,
                NO_PROTECTION,
                state["work"] / "woonzorgvisie.docx",
            )
    finally:
        _restore(child_run.PROCESS_ENV, before)
    _check_zip(path, "word/document.xml", 50_000)
    return f"Word-document geschreven in een eigen proces: {path.name} ({_kb(path)})"


def _excel(state: dict[str, Any]) -> str:
    from app.reports.xlsx_annex import write_data_annex
    from app.storage import open_project_file

    with open_project_file(state["path"], readonly=True) as project:
        path = write_data_annex(project, state["work"] / "cijferbijlage.xlsx")
    _check_zip(path, "xl/workbook.xml", 10_000)
    return f"Excel-bijlage geschreven: {path.name} ({_kb(path)})"


STEPS: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
    ("hulpbestanden zoeken", _files),
    ("voorbeeldvisie maken", _demo),
    ("bestand openen en controleren", _reopen),
    ("berekeningen", _calculations),
    ("grafiek tekenen", _chart),
    ("Word-document schrijven", _word),
    ("Excel-bijlage schrijven", _excel),
]


def _check_size(path: Path, minimum: int) -> None:
    if not path.is_file():
        raise SelftestError(f"{path.name} is niet geschreven")
    if path.stat().st_size < minimum:
        raise SelftestError(f"{path.name} is te klein ({path.stat().st_size} bytes)")


def _check_zip(path: Path, member: str, minimum: int) -> None:
    _check_size(path, minimum)
    with zipfile.ZipFile(path) as archive:
        if member not in archive.namelist() or archive.testzip() is not None:
            raise SelftestError(f"{path.name} is geen geldig document")


def _kb(path: Path) -> str:
    return f"{path.stat().st_size / 1024:.0f} kB"


def _fail(step: str, error: Exception) -> None:
    reason = str(error) if isinstance(error, SelftestError) else f"{type(error).__name__}: {error}"
    _print(sys.stderr, f"FOUT  Zelftest mislukt bij '{step}': {reason}")
    if not isinstance(error, SelftestError):
        _print(sys.stderr, "".join(traceback.format_exception(error)).rstrip())


def _print(stream: TextIO | None, line: str) -> None:
    if stream is not None:  # a windowed Windows program has no console
        print(line, file=stream, flush=True)


def _restore(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
