"""The metingen and the realised values they hold, read straight through sqlite3
(`ProjectReader.fetch`): what the monitor and the summary need, without loading SQLAlchemy.
`measurements` re-exports these beside the functions that record measurements."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.errors import ValidationError
from app.storage import ProjectReader


@dataclass(frozen=True)
class MeasurementInfo:
    """A measurement as stored; `measured_on` is the day."""

    id: int
    measured_on: dt.date
    note: str

    @property
    def label(self) -> str:
        """'meting per 1-1-2027'."""
        day = self.measured_on
        return f"meting per {day.day}-{day.month}-{day.year}"


def list_measurements(project: ProjectReader) -> list[MeasurementInfo]:
    """Every measurement, oldest first."""
    rows = project.fetch("SELECT id, measured_on, note FROM measurement ORDER BY measured_on")
    return [MeasurementInfo(id_, dt.date.fromisoformat(day), note) for id_, day, note in rows]


def measurement_as_of(project: ProjectReader, as_of: dt.date | None) -> MeasurementInfo:
    """The latest measurement on or before `as_of` (the latest of all when None), as the
    monitor takes it; ValidationError (Dutch) when there is none."""
    known = [m for m in list_measurements(project) if as_of is None or m.measured_on <= as_of]
    if known:
        return known[-1]
    if as_of is None:
        raise ValidationError("Deze woonzorgvisie heeft nog geen meting. Voeg er eerst een toe.")
    raise ValidationError(f"Er is geen meting op of voor {as_of.day}-{as_of.month}-{as_of.year}.")


def realised_values(project: ProjectReader) -> dict[tuple[int, int, int], float]:
    """(measurement id, agreement id, year) -> realised value, of every measurement."""
    rows = project.fetch("SELECT measurement_id, agreement_id, year, realised FROM realised_value")
    return {(m, a, y): realised for m, a, y, realised in rows}
