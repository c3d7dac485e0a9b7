"""Small helpers the services share: find rows, mark the vision as modified."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol

from sqlmodel import Session, SQLModel, func, select

from app.models import Municipality, TargetGroup, Vision
from app.services.errors import NotFoundError, ValidationError
from app.services.reference_data import normalise_code


def vision_row(session: Session) -> Vision:
    """The file's single vision row."""
    vision = session.exec(select(Vision)).first()
    if vision is None:
        raise NotFoundError("Dit bestand bevat geen woonzorgvisie.")
    return vision


def now() -> datetime:
    """The current time, in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


def touch(session: Session) -> None:
    """Record that the vision was just changed."""
    vision_row(session).modified = now()


class _Stored(Protocol):
    id: int | None


def stored_id(row: _Stored) -> int:
    """The id of a row that is in the file (the database gives it one when it is flushed)."""
    assert row.id is not None, "the row has not been flushed"
    return row.id


def municipality_row(session: Session, code: str) -> Municipality:
    """The municipality with `code` in this vision."""
    normalised = normalise_code(code)
    row = session.exec(select(Municipality).where(Municipality.code == normalised)).first()
    if row is None:
        raise NotFoundError(f"Gemeente {code} hoort niet bij deze woonzorgvisie.")
    return row


def group_row(session: Session, group_id: int) -> TargetGroup:
    """The target group with `group_id`."""
    row = session.get(TargetGroup, group_id)
    if row is None:
        raise NotFoundError("Deze aandachtsgroep bestaat niet (meer).")
    return row


def check_room(session: Session, table: type[SQLModel], limit: int, what: str) -> None:
    """Refuse to add a row to `table` when it already has `limit` (`what`: the rows, Dutch):
    the bound a file is held to when it is opened (app.models.rules)."""
    if session.exec(select(func.count()).select_from(table)).one() >= limit:
        raise ValidationError(f"Er kunnen hoogstens {limit:,} {what} zijn.".replace(",", "."))
