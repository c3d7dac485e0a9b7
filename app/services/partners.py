"""Partners of the prestatieafspraken."""

from __future__ import annotations

from collections.abc import Mapping

from sqlmodel import Session, select

from app.models import Municipality, Partner, PartnerKind
from app.models.rules import MAX_ITEMS, TITLE_LENGTH
from app.services.dto import PartnerInfo
from app.services.errors import NotFoundError, ValidationError
from app.services.lookup import check_room, municipality_row, stored_id, touch
from app.services.tombstone import Tombstone, bury
from app.services.validation import check_text
from app.storage import ProjectFile, ProjectReader


def list_partners(project: ProjectReader) -> list[PartnerInfo]:
    """All partners, by name."""
    with project.read() as session:
        codes = dict(session.exec(select(Municipality.id, Municipality.code)).all())
        rows = session.exec(select(Partner).order_by(Partner.name)).all()
        return [_info(row, codes) for row in rows]


def get_partner(project: ProjectReader, partner_id: int) -> PartnerInfo:
    """One partner as stored."""
    with project.read() as session:
        codes = dict(session.exec(select(Municipality.id, Municipality.code)).all())
        return _info(_row(session, partner_id), codes)


def add_partner(
    project: ProjectFile, name: str, kind: PartnerKind, municipality_code: str | None = None
) -> PartnerInfo:
    """Add a partner; without municipality it works regionally."""
    name = check_text(name, "De naam van de partner", required=True, max_length=TITLE_LENGTH)
    kind = _kind(kind)
    with project.write() as session:
        check_room(session, Partner, MAX_ITEMS, "partners")
        municipality_id = _municipality_id(session, municipality_code)
        row = Partner(name=name, kind=kind.value, municipality_id=municipality_id)
        session.add(row)
        touch(session)
        session.flush()
        return _info(row, {municipality_id: municipality_code} if municipality_id else {})


def update_partner(
    project: ProjectFile,
    partner_id: int,
    *,
    name: str | None = None,
    kind: PartnerKind | None = None,
    municipality_code: str | None = "",
) -> PartnerInfo:
    """Change a partner; municipality_code '' leaves it, None makes the partner regional."""
    with project.write() as session:
        row = _row(session, partner_id)
        if name is not None:
            row.name = check_text(
                name, "De naam van de partner", required=True, max_length=TITLE_LENGTH
            )
        if kind is not None:
            row.kind = _kind(kind).value
        if municipality_code != "":
            row.municipality_id = _municipality_id(session, municipality_code)
        touch(session)
        codes = dict(session.exec(select(Municipality.id, Municipality.code)).all())
        return _info(row, codes)


def delete_partner(project: ProjectFile, partner_id: int) -> Tombstone:
    """Remove a partner (also as party to agreements); returns what is needed to undo it."""
    with project.write() as session:
        tombstone = bury(session, _row(session, partner_id))
        touch(session)
        return tombstone


def _row(session: Session, partner_id: int) -> Partner:
    row = session.get(Partner, partner_id)
    if row is None:
        raise NotFoundError("Deze partner bestaat niet (meer).")
    return row


def _kind(kind: str) -> PartnerKind:
    try:
        return PartnerKind(kind)
    except ValueError as exc:
        raise ValidationError(f"Onbekend soort partner: {kind}.") from exc


def _municipality_id(session: Session, code: str | None) -> int | None:
    return None if not code else municipality_row(session, code).id


def _info(row: Partner, codes: Mapping[int | None, str | None]) -> PartnerInfo:
    return PartnerInfo(
        id=stored_id(row),
        name=row.name,
        kind=PartnerKind(row.kind),
        municipality_code=codes.get(row.municipality_id) if row.municipality_id else None,
    )
