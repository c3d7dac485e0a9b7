"""`thuisplan check`: is a project file intact and are its figures consistent?"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from app.services.vision_read import get_vision
from app.storage import InterruptedWriteError, ProjectFile, ProjectFileError
from app.storage.cell_values import CELLS_FROM_VALUES, FILLED_CELLS
from app.storage.format import CURRENT_SCHEMA_VERSION
from app.storage.inspection import inspect_project_file
from app.storage.recovery import recovered_copy

INTERRUPTED = (
    "Er is een schrijfactie onderbroken (Thuisplan of de computer stopte midden in het "
    "opslaan). Die wordt teruggedraaid zodra u het bestand opent; er gaat niets verloren dat "
    "al was opgeslagen. Hieronder staat het bestand zoals het dan is."
)


@dataclass(frozen=True)
class CheckReport:
    """What `check_project` found; `problems` empty means all is well. `notes` tell what
    is worth knowing but needs no action (an interrupted write that opening undoes)."""

    schema_version: int
    counts: dict[str, int]
    problems: list[str]
    notes: tuple[str, ...] = ()


def check_project(path: Path) -> CheckReport:
    """Run the exact schema check, SQLite's full integrity check, the bounds and the domain
    checks, without writing to the file. A file with an interrupted write (a hot journal)
    is checked as opening will leave it: rolled back, in a private copy.

    Raises a ProjectFileError (with a Dutch message) for a file that cannot be opened.
    """
    path = Path(path)
    try:
        return _check(path)
    except InterruptedWriteError:
        pass
    with recovered_copy(path) as copy:
        try:
            report = _check(copy)
        except ProjectFileError as error:
            error.path = path
            raise
    return replace(report, notes=(INTERRUPTED, *report.notes))


def _check(path: Path) -> CheckReport:
    header = inspect_project_file(path, full_check=True)
    if header.schema_version < CURRENT_SCHEMA_VERSION:
        return CheckReport(
            header.schema_version,
            {},
            [
                f"bestandsversie {header.schema_version} is ouder dan {CURRENT_SCHEMA_VERSION}; "
                "Thuisplan werkt het bestand bij zodra u het opent (na een reservekopie)"
            ],
        )
    project = ProjectFile(path, readonly=True)  # checked above: no second verification
    try:
        return CheckReport(header.schema_version, _counts(project), _domain_problems(project))
    finally:
        project.close()


# What `check` counts, by the file's table names (fixed: the schema is checked exactly).
COUNTED = (
    ("gemeenten", "municipality"),
    ("aandachtsgroepen", "target_group"),
    ("rijen woonbehoefte", "need_series"),
    ("partners", "partner"),
    ("prestatieafspraken", "agreement"),
)
# The tables with figures per year, which must lie inside the plan period.
YEARLY = (
    ("woonbehoefte", "need_value"),
    ("aanbod", "capacity_value"),
    ("vrijkomende woningen", "social_rent_vacancies"),
)


def _counts(project: ProjectFile) -> dict[str, int]:
    return {label: project.fetch(f"SELECT COUNT(*) FROM {table}")[0][0] for label, table in COUNTED}


def _domain_problems(project: ProjectFile) -> list[str]:
    problems = []
    vision = get_vision(project)
    start, end = vision.start_year, vision.end_year
    for label, table in YEARLY:
        outside = project.fetch(
            f"SELECT COUNT(*) FROM {table} WHERE year < ? OR year > ?", (start, end)
        )[0][0]
        if outside:
            problems.append(f"{outside} cijfer(s) {label} buiten de planperiode {start}–{end}")
    wrong = project.fetch(TOTALS_MISMATCH)[0][0]
    if wrong:
        problems.append(f"{wrong} cel(len) per gemeente, groep, woonvorm en jaar kloppen niet")
    return problems


# Cells kept by the triggers that differ from the stored values (should be 0).
TOTALS_MISMATCH = f"""
SELECT (SELECT COUNT(*) FROM ({CELLS_FROM_VALUES} EXCEPT {FILLED_CELLS}))
     + (SELECT COUNT(*) FROM ({FILLED_CELLS} EXCEPT {CELLS_FROM_VALUES}))
"""
