"""`thuisplan check`: is a project file intact and are its figures consistent?"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlmodel import func, select

from app.models import (
    Agreement,
    CapacityValue,
    Municipality,
    NeedSeries,
    NeedValue,
    Partner,
    SocialRentVacancies,
    TargetGroup,
)
from app.services.lookup import vision_row
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


def _counts(project: ProjectFile) -> dict[str, int]:
    with project.read() as session:
        return {
            label: session.exec(select(func.count()).select_from(table)).one()
            for label, table in (
                ("gemeenten", Municipality),
                ("aandachtsgroepen", TargetGroup),
                ("rijen woonbehoefte", NeedSeries),
                ("partners", Partner),
                ("prestatieafspraken", Agreement),
            )
        }


def _domain_problems(project: ProjectFile) -> list[str]:
    problems = []
    with project.read() as session:
        vision = vision_row(session)
        for label, table in (
            ("woonbehoefte", NeedValue),
            ("aanbod", CapacityValue),
            ("vrijkomende woningen", SocialRentVacancies),
        ):
            outside = session.exec(
                select(func.count())
                .select_from(table)
                .where((table.year < vision.start_year) | (table.year > vision.end_year))
            ).one()
            if outside:
                problems.append(
                    f"{outside} cijfer(s) {label} buiten de planperiode "
                    f"{vision.start_year}–{vision.end_year}"
                )
        wrong = session.connection().exec_driver_sql(TOTALS_MISMATCH).one()[0]
        if wrong:
            problems.append(f"{wrong} cel(len) per gemeente, groep, woonvorm en jaar kloppen niet")
    return problems


# Cells kept by the triggers that differ from the stored values (should be 0).
TOTALS_MISMATCH = f"""
SELECT (SELECT COUNT(*) FROM ({CELLS_FROM_VALUES} EXCEPT {FILLED_CELLS}))
     + (SELECT COUNT(*) FROM ({FILLED_CELLS} EXCEPT {CELLS_FROM_VALUES}))
"""
