"""Metingen (measurements): what was delivered per municipality x group x housing type x
kind x year and what each agreement realised, as known on a measurement's date, and a
status set by hand with its reason.

A measurement's date lies from 1 January of the plan period's first year up to and
including 1 January of the year after its last ("meting per 1-1-2031" reports 2030). A
measurement reports years of the plan period up to the year before its date's year, or
that year itself when the date is later than 1 January (a delivered figure of a year that
had not begun is refused). Delivered figures are whole numbers of 0 or more, like capacity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlmodel import Session, select

from app.models import (
    Agreement,
    AgreementStatus,
    AgreementYear,
    CapacityKind,
    DeliveredValue,
    HousingType,
    Measurement,
    Municipality,
    RealisedValue,
)
from app.models.rules import MAX_ITEMS, REASON_LENGTH, SOURCE_NOTE_LENGTH
from app.services.agreements import _number
from app.services.dutch_dates import parse_date
from app.services.errors import NotFoundError, ValidationError
from app.services.figures import Cell, CellChange, _check_groups, _checked, _municipality_ids
from app.services.lookup import check_room, stored_id, touch, vision_row
from app.services.measurements_read import MeasurementInfo as MeasurementInfo  # re-exported
from app.services.measurements_read import list_measurements as list_measurements  # re-exported
from app.services.measurements_read import measurement_as_of as measurement_as_of  # re-exported
from app.services.measurements_read import realised_values as realised_values  # re-exported
from app.services.tombstone import Tombstone, bury
from app.services.validation import check_text, check_year
from app.storage import ProjectFile, ProjectReader


def measurement(project: ProjectReader, measurement_id: int) -> MeasurementInfo:
    """One measurement; NotFoundError when it is gone."""
    with project.read() as session:
        return _info(_row(session, measurement_id))


def reported_years(info: MeasurementInfo, start_year: int, end_year: int) -> list[int]:
    """The years of the plan period a measurement reports (see the module docstring)."""
    return list(range(start_year, min(end_year, _last_year(info.measured_on)) + 1))


def _last_year(day: dt.date) -> int:
    """The last year a measurement on `day` can report."""
    return day.year if (day.month, day.day) != (1, 1) else day.year - 1


def check_measurement_date(value: object, start_year: int, end_year: int) -> dt.date:
    """A typed day ('1-1-2027') inside the plan period (see the module docstring)."""
    parsed = parse_date(value, "De datum van de meting")
    day = parsed.as_date() if parsed is not None else None
    if day is None:
        raise ValidationError("Vul de datum van de meting in als dag, bijvoorbeeld 1-1-2027.")
    if not dt.date(start_year, 1, 1) <= day <= dt.date(end_year + 1, 1, 1):
        raise ValidationError(
            f"De meting per {day.day}-{day.month}-{day.year} valt buiten de planperiode "
            f"{start_year}–{end_year}: kies een datum van 1-1-{start_year} tot en met "
            f"1-1-{end_year + 1}."
        )
    return day


def add_measurement(project: ProjectFile, measured_on: object, note: str = "") -> MeasurementInfo:
    """Record a new, empty measurement on a day (one measurement per day)."""
    with project.write() as session:
        vision = vision_row(session)
        day = check_measurement_date(measured_on, vision.start_year, vision.end_year)
        check_room(session, Measurement, MAX_ITEMS, "metingen")
        if session.exec(
            select(Measurement).where(Measurement.measured_on == day.isoformat())
        ).first():
            raise ValidationError(f"Er is al een meting per {day.day}-{day.month}-{day.year}.")
        row = Measurement(
            measured_on=day.isoformat(),
            note=check_text(note, "De toelichting", max_length=SOURCE_NOTE_LENGTH),
        )
        session.add(row)
        touch(session)
        session.flush()
        return _info(row)


def delete_measurement(project: ProjectFile, measurement_id: int) -> Tombstone:
    """Remove a measurement with its figures; returns what is needed to undo it."""
    with project.write() as session:
        tombstone = bury(session, _row(session, measurement_id))
        touch(session)
        return tombstone


def write_delivered(
    project: ProjectFile, measurement_id: int, changes: Sequence[CellChange]
) -> list[int | None]:
    """Set delivered figures of a measurement, all or nothing (every value checked first;
    quantity None removes a figure); returns each cell's previous value, in order. Every
    cell needs a kind of capacity."""
    with project.write() as session:
        measurement = _row(session, measurement_id)
        last = _last_year(dt.date.fromisoformat(measurement.measured_on))
        vision = vision_row(session)
        start, end = vision.start_year, vision.end_year
        quantities = [_checked_delivered(c, start, end, last) for c in changes]
        _check_unique(changes)
        ids = _municipality_ids(session, {c.cell.municipality_code for c in changes})
        _check_groups(session, changes)
        previous = []
        for change, quantity in zip(changes, quantities, strict=True):
            previous.append(_write_one(session, measurement_id, ids, change.cell, quantity))
        touch(session)
        return previous


def delivered_values(project: ProjectReader, measurement_id: int) -> dict[Cell, int]:
    """A measurement's delivered figures by cell (with kind)."""
    with project.read() as session:
        codes = dict(session.exec(select(Municipality.id, Municipality.code)).all())
        rows = session.exec(
            select(DeliveredValue).where(DeliveredValue.measurement_id == measurement_id)
        )
        return {_cell(row, codes): row.quantity for row in rows}


def set_realised(
    project: ProjectFile, measurement_id: int, agreement_id: int, year: int, value: float | None
) -> float | None:
    """The realised value of an agreement in a year as this measurement says (None
    removes it); returns the previous one."""
    return write_realised(project, measurement_id, [(agreement_id, year, value)])[0]


def write_realised(
    project: ProjectFile,
    measurement_id: int,
    values: Sequence[tuple[int, int, float | None]],
) -> list[float | None]:
    """Set realised values (agreement id, year, value; None removes it) of a measurement,
    all or nothing; returns each one's previous value, in order."""
    with project.write() as session:
        _row(session, measurement_id)
        vision = vision_row(session)
        previous = []
        for agreement_id, year, value in values:
            if session.get(Agreement, agreement_id) is None:
                raise NotFoundError("Deze afspraak bestaat niet (meer).")
            check_year(year, vision.start_year, vision.end_year)
            number = _number(value, "De realisatie")
            previous.append(_write_realised(session, (measurement_id, agreement_id, year), number))
        touch(session)
        return previous


def _write_realised(
    session: Session, key: tuple[int, int, int], number: float | None
) -> float | None:
    row = session.get(RealisedValue, key)
    old = None if row is None else row.realised
    if row is not None and number is None:
        session.delete(row)
    elif row is not None and number is not None:
        row.realised = number
    elif number is not None:
        session.add(
            RealisedValue(measurement_id=key[0], agreement_id=key[1], year=key[2], realised=number)
        )
    session.flush()
    return old


Override = tuple[AgreementStatus | None, str]


def set_status_override(
    project: ProjectFile,
    agreement_id: int,
    year: int,
    status: AgreementStatus | None,
    reason: str = "",
) -> Override:
    """Override the computed status of an agreement in a year with the user's reason (None:
    follow the computed status again); returns the previous (status, reason)."""
    if status is not None:
        status = AgreementStatus(status)
        reason = check_text(reason, "De reden", max_length=REASON_LENGTH)
        if not reason:
            raise ValidationError("Geef een reden op waarom u de berekende status overschrijft.")
    return restore_status_override(project, agreement_id, year, (status, reason))


def restore_status_override(
    project: ProjectFile, agreement_id: int, year: int, override: Override
) -> Override:
    """Store a (status, reason) as it was before (undo: an older status may lack a reason);
    returns the previous one."""
    status, reason = override
    with project.write() as session:
        if session.get(Agreement, agreement_id) is None:
            raise NotFoundError("Deze afspraak bestaat niet (meer).")
        vision = vision_row(session)
        check_year(year, vision.start_year, vision.end_year)
        row = session.get(AgreementYear, (agreement_id, year))
        if row is None:
            row = AgreementYear(agreement_id=agreement_id, year=year)
            session.add(row)
        old = (AgreementStatus(row.status) if row.status else None, row.status_reason)
        row.status = None if status is None else AgreementStatus(status).value
        row.status_reason = reason if status is not None else ""
        if row.target is None and row.realised is None and row.status is None:
            session.delete(row)
        touch(session)
        return old


def status_override(project: ProjectReader, agreement_id: int, year: int) -> Override:
    """The (status, reason) set by hand for an agreement in a year; (None, '') for none."""
    with project.read() as session:
        row = session.get(AgreementYear, (agreement_id, year))
        if row is None or not row.status:
            return (None, "")
        return (AgreementStatus(row.status), row.status_reason)


def _checked_delivered(
    change: CellChange, start_year: int, end_year: int, last_year: int
) -> int | None:
    if change.cell.kind is None:
        raise ValidationError("Geef bij een gerealiseerd aantal de soort aanbod op.")
    quantity = _checked(change, start_year, end_year)
    if change.cell.year > last_year:
        raise ValidationError(
            f"{change.cell.year}: deze meting kan nog geen gerealiseerd aantal over dat jaar "
            "bevatten; het jaar was op de datum van de meting nog niet begonnen."
        )
    return quantity


def _check_unique(changes: Sequence[CellChange]) -> None:
    cells = [c.cell for c in changes]
    if len(set(cells)) != len(cells):
        raise ValidationError("Een cel komt twee keer voor in de wijziging.")


def _write_one(
    session: Session, measurement_id: int, ids: dict[str, int], cell: Cell, quantity: int | None
) -> int | None:
    kind = cell.kind.value if cell.kind is not None else ""
    key = (
        measurement_id,
        ids[cell.municipality_code],
        cell.group_id,
        cell.housing_type.value,
        kind,
        cell.year,
    )
    row = session.get(DeliveredValue, key)
    old = None if row is None else row.quantity
    if row is not None and quantity is None:
        session.delete(row)
    elif row is not None and quantity is not None:
        row.quantity = quantity
    elif quantity is not None:
        session.add(
            DeliveredValue(
                measurement_id=key[0],
                municipality_id=key[1],
                target_group_id=key[2],
                housing_type=key[3],
                kind=key[4],
                year=key[5],
                quantity=quantity,
            )
        )
    session.flush()
    return old


def _cell(row: DeliveredValue, codes: dict[int | None, str]) -> Cell:
    return Cell(
        codes[row.municipality_id],
        row.target_group_id,
        HousingType(row.housing_type),
        row.year,
        CapacityKind(row.kind),
    )


def _row(session: Session, measurement_id: int) -> Measurement:
    row = session.get(Measurement, measurement_id)
    if row is None:
        raise NotFoundError("Deze meting bestaat niet (meer).")
    return row


def _info(row: Measurement) -> MeasurementInfo:
    return MeasurementInfo(stored_id(row), dt.date.fromisoformat(row.measured_on), row.note)
