"""The monitoring workbook round trip: which rows a measurement's workbook asks for, and
applying filled-in workbooks to that measurement as one step.

A monitoring workbook is the uitvraag's `Aanbod` sheet turned to what was delivered: the
same rows (municipality x group x its housing types x kind of capacity), a column per
year of the plan period the measurement reports (`measurements.reported_years`), each
beside the planned capacity of that year; and the agreements of the municipality and of
the region with their target and realised value per year. The figures are read like the
uitvraag's (`collection_plan.plan_import` makes the preview of the delivered figures);
`apply_monitor_import` writes them, with the realised values, to the measurement.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.services import measurements
from app.services.agreements import list_agreements
from app.services.collection import CollectionLayout, RowKey, WorkbookReading, collection_layout
from app.services.collection_plan import ImportPlan, plan_import
from app.services.figures import CellChange
from app.services.measurements import MeasurementInfo
from app.services.vision_read import get_vision
from app.storage import ProjectFile, ProjectReader

AGREEMENT_SHEET = "Afspraken"


@dataclass(frozen=True)
class AgreementRow:
    """An agreement in a year as the workbook shows it (`realised`: this measurement's)."""

    agreement_id: int
    description: str
    indicator: str
    unit: str
    municipality_code: str | None  # None: an agreement of the whole region
    year: int
    target: float | None
    realised: float | None

    def describe(self) -> str:
        """'Afspraak 3 (Nieuwbouw statushouders) · 2025'."""
        return f"Afspraak {self.agreement_id} ({self.description}) · {self.year}"


@dataclass(frozen=True)
class MonitorLayout:
    """What a measurement's workbook asks for: `delivered` holds the Aanbod rows with this
    measurement's delivered figures as values and the reported years as years."""

    delivered: CollectionLayout
    planned: dict[tuple[RowKey, int], int]
    agreements: list[AgreementRow]
    measurement: MeasurementInfo
    fingerprint: str  # of the vision: a workbook of another vision is refused

    def for_municipality(self, code: str) -> MonitorLayout:
        """The rows one municipality fills in: its own, and the region's agreements."""
        return replace(
            self,
            delivered=self.delivered.for_municipality(code),
            agreements=[a for a in self.agreements if a.municipality_code in (None, code)],
        )

    def mark(self, code: str) -> str:
        """The workbook's identification: vision, measurement and municipality."""
        day = self.measurement.measured_on.isoformat()
        return f"TPM-{self.fingerprint}-{day}-{code}"

    def agreement_row(self, agreement_id: int, year: int) -> AgreementRow | None:
        """The agreement row with this number and year, or None when not asked for."""
        return next(
            (a for a in self.agreements if (a.agreement_id, a.year) == (agreement_id, year)),
            None,
        )


def monitor_layout(project: ProjectReader, measurement_id: int) -> MonitorLayout:
    """The rows of the monitoring workbooks of a measurement, in one read."""
    measurement = measurements.measurement(project, measurement_id)
    vision = get_vision(project)
    years = measurements.reported_years(measurement, vision.start_year, vision.end_year)
    uitvraag = collection_layout(project)
    delivered = measurements.delivered_values(project, measurement_id)
    planned = {}
    rows = []
    for row in uitvraag.capacity_rows:
        for year in years:
            if year in row.values:
                planned[(row.key, year)] = row.values[year]
        own = {y: delivered[row.cell(y)] for y in years if row.cell(y) in delivered}
        rows.append(replace(row, values=own, computed=False))
    return MonitorLayout(
        delivered=replace(uitvraag, years=years, need_rows=[], capacity_rows=rows, _index={}),
        planned=planned,
        agreements=_agreement_rows(project, measurement_id, years),
        measurement=measurement,
        fingerprint=hashlib.sha256(vision.created.isoformat().encode()).hexdigest()[:12],
    )


def _agreement_rows(
    project: ProjectReader, measurement_id: int, years: list[int]
) -> list[AgreementRow]:
    realised = measurements.realised_values(project)
    rows = []
    for deal in list_agreements(project):
        for year in years:
            known = deal.years.get(year)
            rows.append(
                AgreementRow(
                    agreement_id=deal.id,
                    description=deal.description,
                    indicator=deal.indicator,
                    unit=deal.unit,
                    municipality_code=deal.municipality_code,
                    year=year,
                    target=None if known is None else known.target,
                    realised=realised.get((measurement_id, deal.id, year)),
                )
            )
    return rows


@dataclass(frozen=True)
class RealisedInput:
    """An accepted realised value of a workbook."""

    row: AgreementRow
    value: float
    workbook: str
    line: int


@dataclass(frozen=True)
class MonitorReading:
    """What one monitoring workbook says: its delivered figures (and every issue) as an
    uitvraag reading, and the realised values of the agreements."""

    reading: WorkbookReading
    realised: tuple[RealisedInput, ...] = ()


@dataclass(frozen=True)
class RealisedChange:
    """A realised value the import will change (old None: none in this measurement)."""

    row: AgreementRow
    old: float | None
    new: float
    sources: tuple[str, ...]


@dataclass(frozen=True)
class MonitorPlan:
    """The preview: the delivered figures' plan, and the realised values that change or
    that workbooks disagree about (left as they are)."""

    measurement: MeasurementInfo
    delivered: ImportPlan
    realised: tuple[RealisedChange, ...]
    realised_conflicts: tuple[tuple[AgreementRow, tuple[tuple[str, float], ...]], ...]
    realised_unchanged: int

    @property
    def has_changes(self) -> bool:
        return bool(self.delivered.changes or self.realised)


def plan_monitor_import(
    measurement: MeasurementInfo,
    readings: Sequence[MonitorReading],
    *,
    valid_rows_only: bool = False,
) -> MonitorPlan:
    """Combine workbook readings into one preview (pure: reads nothing from the file)."""
    delivered = plan_import([r.reading for r in readings], valid_rows_only=valid_rows_only)
    by_cell: dict[tuple[int, int], list[RealisedInput]] = defaultdict(list)
    for reading in readings:
        own = reading.reading
        if own.refused is not None or own.workbook in delivered.blocked:
            continue
        for value in reading.realised:
            if (AGREEMENT_SHEET, value.line) not in own.rejected_rows:
                by_cell[(value.row.agreement_id, value.row.year)].append(value)
    changes, conflicts, unchanged = [], [], 0
    for values in by_cell.values():
        first = values[0]
        if len({v.value for v in values}) > 1:
            proposals = tuple(
                (f"{v.workbook}, {AGREEMENT_SHEET} regel {v.line}", v.value) for v in values
            )
            conflicts.append((first.row, proposals))
        elif first.value == first.row.realised:
            unchanged += 1
        else:
            sources = tuple(dict.fromkeys(v.workbook for v in values))
            changes.append(RealisedChange(first.row, first.row.realised, first.value, sources))
    return MonitorPlan(measurement, delivered, tuple(changes), tuple(conflicts), unchanged)


@dataclass(frozen=True)
class AppliedMonitorImport:
    """What an applied import changed, and what was there before (for undo and redo)."""

    measurement_id: int
    delivered: tuple[CellChange, ...]
    previous: tuple[int | None, ...]
    realised: tuple[tuple[int, int, float | None], ...]  # agreement, year, value
    previous_realised: tuple[float | None, ...]


def apply_monitor_import(project: ProjectFile, plan: MonitorPlan) -> AppliedMonitorImport:
    """Write the plan's delivered figures and realised values to its measurement (each in
    one transaction; when the second fails the first is put back); conflicts are left."""
    measurement_id = plan.measurement.id
    delivered = tuple(CellChange(c.row.cell(c.year), c.new) for c in plan.delivered.changes)
    realised = tuple((c.row.agreement_id, c.row.year, c.new) for c in plan.realised)
    previous = measurements.write_delivered(project, measurement_id, delivered) if delivered else []
    try:
        previous_realised = (
            measurements.write_realised(project, measurement_id, realised) if realised else []
        )
    except Exception:
        if delivered:
            measurements.write_delivered(project, measurement_id, _back(delivered, previous))
        raise
    return AppliedMonitorImport(
        measurement_id, delivered, tuple(previous), realised, tuple(previous_realised)
    )


def undo_monitor_import(project: ProjectFile, applied: AppliedMonitorImport) -> None:
    """Put back every figure and realised value an applied import changed."""
    back = [
        (a, y, old)
        for (a, y, _new), old in zip(applied.realised, applied.previous_realised, strict=True)
    ]
    if back:
        measurements.write_realised(project, applied.measurement_id, back)
    if applied.delivered:
        measurements.write_delivered(
            project, applied.measurement_id, _back(applied.delivered, applied.previous)
        )


def _back(changes: Sequence[CellChange], previous: Sequence[int | None]) -> list[CellChange]:
    return [CellChange(c.cell, old) for c, old in zip(changes, previous, strict=True)]
