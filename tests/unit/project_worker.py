"""A second process for the reliability tests: `python -m tests.unit.project_worker MODE ...`.

Modes:
- `edit PATH START`: open PATH and make edits START, START+1, ... through the services
  (see `apply_edit`), printing each edit's number (flushed) only after the service
  returned, i.e. after its commit. Runs until killed.
- `hold PATH`: open PATH for writing, print 'open', wait for a line on stdin, close.
- `write PATH WRITER COUNT`: bypass the lock file (like an older Thuisplan, or a share
  whose locks do not work) and write COUNT blocks and partners tagged with WRITER,
  printing 'cells VALUE TIME' / 'partner NAME' for each committed one; FileBusyError
  (the other writer held SQLite's lock too long) is printed as 'busy ...'.
- `readonly-folder FOLDER ELSEWHERE`: create a project in FOLDER, edit, make FOLDER
  read-only, edit again, save elsewhere; print what happened as JSON. Run it without
  the power to ignore permissions (not as root, or root without CAP_DAC_OVERRIDE).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.models import BaselineIndicator, CapacityKind, HousingType, PartnerKind
from app.services import figures, municipalities, partners
from app.services.figures import Cell, CellChange

CODES = ("GM0503", "GM0518", "GM0603")
YEARS = (2025, 2026, 2027)
BLOCK_GROUPS = (1, 2)
RULE_GROUP, RULE_CODE, RULE_YEAR, RULE_SHARE = 3, "GM0518", 2026, 25.0
KINDS = ("block", "baseline", "partner", "vacancies")


def kind_of(index: int) -> str:
    """Which kind of edit number `index` is."""
    return KINDS[index % len(KINDS)]


def block_cells() -> list[Cell]:
    """The 36 cells one block edit sets at once: need and new-build capacity of two groups
    in three municipalities and three years."""
    cells = []
    for code in CODES:
        for group in BLOCK_GROUPS:
            for year in YEARS:
                cells.append(Cell(code, group, HousingType.INDEPENDENT_REGULAR, year))
                cells.append(
                    Cell(code, group, HousingType.INDEPENDENT_REGULAR, year, CapacityKind.NEW_BUILD)
                )
    return cells


def partner_name(index: int) -> str:
    return f"Partner {index}"


def prepare(project) -> None:
    """One-time setup: the allocation rule that `vacancies` edits drive."""
    figures.set_allocation_rule(project, RULE_CODE, RULE_GROUP, RULE_SHARE)


def apply_edit(project, index: int) -> None:
    """Edit number `index`; every kind writes the value `index` somewhere checkable."""
    kind = kind_of(index)
    if kind == "block":
        figures.set_cells(project, [CellChange(cell, index) for cell in block_cells()])
    elif kind == "baseline":
        municipalities.set_baseline(project, CODES[0], BaselineIndicator.PLANNED_NEW_TOTAL, index)
    elif kind == "partner":
        partners.add_partner(project, partner_name(index), PartnerKind.OTHER)
    else:
        municipalities.set_vacancies(project, RULE_CODE, RULE_YEAR, index)


def _edit(path: Path, start: int) -> None:
    from app.storage import open_project_file

    project = open_project_file(path)
    print("ready", flush=True)
    for index in range(start, start + 100_000):
        apply_edit(project, index)
        print(index, flush=True)


def _hold(path: Path) -> None:
    from app.storage import open_project_file

    project = open_project_file(path)
    print("open", flush=True)
    sys.stdin.readline()
    project.close()
    print("closed", flush=True)


def _write(path: Path, writer: int, count: int) -> None:
    from app.storage import FileBusyError, ProjectFile

    project = ProjectFile(path)  # no lock file: two of these really write concurrently
    print("ready", flush=True)
    sys.stdin.readline()  # start together with the other writer
    print(f"start {time.monotonic_ns()}", flush=True)
    for n in range(count):
        value = writer * 10_000 + n
        try:
            figures.set_cells(project, [CellChange(cell, value) for cell in block_cells()])
            print(f"cells {value} {time.monotonic_ns()}", flush=True)
        except FileBusyError:
            print(f"busy {value}", flush=True)
        try:
            partners.add_partner(project, f"Writer {writer} nr {n}", PartnerKind.OTHER)
            print(f"partner Writer {writer} nr {n}", flush=True)
        except FileBusyError:
            print(f"busy partner {n}", flush=True)
        time.sleep(0.005)  # a person between two edits; without it one writer can starve
    project.close()


def _read_only_folder(folder: Path, elsewhere: Path) -> None:
    """Make an edit, make the folder read-only, try another; report what happened (JSON)."""
    import hashlib
    import json
    import os

    from app.services.vision import create_vision, get_vision
    from app.storage import ProjectFileError, copy_project_file

    path = folder / "gedeeld.thuisplan"
    project = create_vision(
        path, title="Map", municipality_codes=list(CODES), start_year=2025, end_year=2027
    )
    figures.set_cells(project, [CellChange(cell, 1) for cell in block_cells()])
    os.chmod(folder, 0o555)
    report: dict = {"writable": os.access(folder, os.W_OK)}
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        figures.set_cells(project, [CellChange(cell, 2) for cell in block_cells()])
    except ProjectFileError as error:
        report["error"] = [type(error).__name__, str(error)]
    report["unchanged"] = hashlib.sha256(path.read_bytes()).hexdigest() == before
    report["title"] = get_vision(project).title  # reading still works
    copy_project_file(project, elsewhere / "gered.thuisplan")
    project.close()
    os.chmod(folder, 0o755)
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    mode, target, *rest = sys.argv[1:]
    if mode == "readonly-folder":
        _read_only_folder(Path(target), Path(rest[0]))
    elif mode == "edit":
        _edit(Path(target), int(rest[0]))
    elif mode == "hold":
        _hold(Path(target))
    else:
        _write(Path(target), int(rest[0]), int(rest[1]))
