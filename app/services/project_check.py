"""`thuisplan check`: is a project file intact and are its figures consistent?"""

from __future__ import annotations

from dataclasses import dataclass
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
from app.storage import ProjectFile, open_project_file
from app.storage.cell_values import CELLS_FROM_VALUES, FILLED_CELLS
from app.storage.format import CURRENT_SCHEMA_VERSION
from app.storage.inspection import inspect_project_file


@dataclass(frozen=True)
class CheckReport:
    """What `check_project` found; `problems` empty means all is well."""

    schema_version: int
    counts: dict[str, int]
    problems: list[str]


def check_project(path: Path) -> CheckReport:
    """Run SQLite's full integrity check, the schema check and the domain checks.

    Raises a ProjectFileError (with a Dutch message) for a file that cannot be opened.
    """
    header = inspect_project_file(Path(path), full_check=True)
    if header.schema_version < CURRENT_SCHEMA_VERSION:
        return CheckReport(
            header.schema_version,
            {},
            [
                f"bestandsversie {header.schema_version} is ouder dan {CURRENT_SCHEMA_VERSION}; "
                "Thuisplan werkt het bestand bij zodra u het opent (na een reservekopie)"
            ],
        )
    project = open_project_file(Path(path), readonly=True)
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
