"""Ambitions and measures (maatregelen) per actielijn."""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from app.models import ActionLine, Ambition, Measure
from app.models.rules import AMBITION_LENGTH, DESCRIPTION_LENGTH, MAX_ITEMS, TITLE_LENGTH
from app.services.dto import MeasureInfo
from app.services.errors import NotFoundError, ValidationError
from app.services.lookup import check_room, stored_id, touch, vision_row
from app.services.tombstone import Tombstone, bury
from app.services.validation import check_text, check_year
from app.storage import ProjectFile, ProjectReader


def ambitions(project: ProjectReader) -> dict[ActionLine, str]:
    """The ambition text of each actielijn."""
    with project.read() as session:
        texts = {row.action_line: row.text for row in session.exec(select(Ambition))}
        return {line: texts.get(int(line), "") for line in ActionLine}


def set_ambition(project: ProjectFile, line: ActionLine, text: str) -> str:
    """Set the ambition of an actielijn; returns the old text."""
    line = _line(line)
    text = check_text(text, "De ambitie", max_length=AMBITION_LENGTH)
    with project.write() as session:
        row = session.get(Ambition, int(line))
        if row is None:
            row = Ambition(action_line=int(line), text="")
            session.add(row)
        old = row.text
        row.text = text
        touch(session)
        return old


def list_measures(project: ProjectReader) -> list[MeasureInfo]:
    """All measures, by actielijn and then in the order they were added."""
    with project.read() as session:
        rows = session.exec(
            select(Measure).order_by(col(Measure.action_line), col(Measure.sort_order))
        )
        return [_info(row) for row in rows]


def get_measure(project: ProjectReader, measure_id: int) -> MeasureInfo:
    """One measure as stored."""
    with project.read() as session:
        return _info(_row(session, measure_id))


def add_measure(
    project: ProjectFile,
    line: ActionLine,
    description: str,
    owner: str = "",
    year: int | None = None,
) -> MeasureInfo:
    """Add a measure under an actielijn."""
    line = _line(line)
    description = check_text(
        description, "De maatregel", required=True, max_length=DESCRIPTION_LENGTH
    )
    owner = check_text(owner, "De trekker", max_length=TITLE_LENGTH)
    with project.write() as session:
        check_room(session, Measure, MAX_ITEMS, "maatregelen")
        _check_year(session, year)
        order = session.exec(select(func.max(Measure.sort_order))).one() or 0
        row = Measure(
            action_line=int(line),
            description=description,
            owner=owner,
            year=year,
            sort_order=order + 1,
        )
        session.add(row)
        touch(session)
        session.flush()
        return _info(row)


def update_measure(
    project: ProjectFile,
    measure_id: int,
    *,
    description: str | None = None,
    owner: str | None = None,
    year: int | None | str = "",
    line: ActionLine | None = None,
) -> MeasureInfo:
    """Change a measure; year '' leaves it, None clears it."""
    with project.write() as session:
        row = _row(session, measure_id)
        if description is not None:
            row.description = check_text(
                description, "De maatregel", required=True, max_length=DESCRIPTION_LENGTH
            )
        if owner is not None:
            row.owner = check_text(owner, "De trekker", max_length=TITLE_LENGTH)
        if year != "":
            row.year = _check_year(session, year)
        if line is not None:
            row.action_line = int(_line(line))
        touch(session)
        return _info(row)


def delete_measure(project: ProjectFile, measure_id: int) -> Tombstone:
    """Remove a measure; returns what is needed to undo it."""
    with project.write() as session:
        tombstone = bury(session, _row(session, measure_id))
        touch(session)
        return tombstone


def _check_year(session: Session, year: object) -> int | None:
    if year is None:
        return None
    vision = vision_row(session)
    return check_year(year, vision.start_year, vision.end_year)


def _line(line: int | str) -> ActionLine:
    try:
        return ActionLine(int(line))
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"Onbekende actielijn: {line}.") from exc


def _row(session: Session, measure_id: int) -> Measure:
    row = session.get(Measure, measure_id)
    if row is None:
        raise NotFoundError("Deze maatregel bestaat niet (meer).")
    return row


def _info(row: Measure) -> MeasureInfo:
    return MeasureInfo(
        id=stored_id(row),
        action_line=ActionLine(row.action_line),
        description=row.description,
        owner=row.owner,
        year=row.year,
    )
