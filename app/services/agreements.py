"""Prestatieafspraken: what is agreed with whom, the targets per year and their monitoring."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlmodel import Session, select

from app.models import (
    Agreement,
    AgreementParty,
    AgreementStatus,
    AgreementYear,
    Partner,
    TargetGroup,
)
from app.models.rules import (
    DESCRIPTION_LENGTH,
    INDICATOR_LENGTH,
    MAX_ITEMS,
    MAX_NUMBER,
    UNIT_LENGTH,
)
from app.services.agreements_read import list_agreements as list_agreements  # re-exported
from app.services.agreements_read import year_info
from app.services.dto import AgreementInfo, AgreementYearInfo
from app.services.dutch_dates import stored_date
from app.services.errors import NotFoundError, ValidationError
from app.services.lookup import check_room, municipality_row, stored_id, touch, vision_row
from app.services.tombstone import Tombstone, bury
from app.services.validation import check_text, check_year
from app.storage import ProjectFile, ProjectReader

_UNSET = object()


def get_agreement(project: ProjectReader, agreement_id: int) -> AgreementInfo:
    """One agreement as stored, with its parties and years."""
    return _one(project, agreement_id)


def add_agreement(
    project: ProjectFile,
    description: str,
    *,
    party_ids: Sequence[int] = (),
    municipality_code: str | None = None,
    group_id: int | None = None,
    indicator: str = "",
    unit: str = "",
    baseline: float | None = None,
    deadline: str = "",
    owner_partner_id: int | None = None,
    targets: Mapping[int, float] | None = None,
) -> AgreementInfo:
    """Record a new agreement with its targets per year."""
    with project.write() as session:
        check_room(session, Agreement, MAX_ITEMS, "prestatieafspraken")
        row = Agreement(description="")
        _apply(
            session,
            row,
            description=description,
            municipality_code=municipality_code,
            group_id=group_id,
            indicator=indicator,
            unit=unit,
            baseline=baseline,
            deadline=deadline,
            owner_partner_id=owner_partner_id,
        )
        session.add(row)
        session.flush()
        _set_parties(session, stored_id(row), party_ids)
        for year, target in (targets or {}).items():
            _set_year(session, stored_id(row), year, target=target)
        touch(session)
        session.flush()
    return _one(project, stored_id(row))


def update_agreement(project: ProjectFile, agreement_id: int, **fields: Any) -> AgreementInfo:
    """Change fields of an agreement (the keyword names of `add_agreement`, except targets)."""
    allowed = {
        "description",
        "party_ids",
        "municipality_code",
        "group_id",
        "indicator",
        "unit",
        "baseline",
        "deadline",
        "owner_partner_id",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    with project.write() as session:
        row = _row(session, agreement_id)
        party_ids = fields.pop("party_ids", None)
        _apply(session, row, **fields)
        if party_ids is not None:
            _set_parties(session, agreement_id, party_ids)
        touch(session)
    return _one(project, agreement_id)


def set_agreement_year(
    project: ProjectFile,
    agreement_id: int,
    year: int,
    *,
    target: float | None | object = _UNSET,
    realised: float | None | object = _UNSET,
    status: AgreementStatus | None | object = _UNSET,
) -> AgreementYearInfo:
    """Set the target, realised value or status of one year; returns the previous state."""
    with project.write() as session:
        _row(session, agreement_id)
        old = _set_year(
            session, agreement_id, year, target=target, realised=realised, status=status
        )
        touch(session)
        return old


def delete_agreement(project: ProjectFile, agreement_id: int) -> Tombstone:
    """Remove an agreement with its targets; returns what is needed to undo it."""
    with project.write() as session:
        tombstone = bury(session, _row(session, agreement_id))
        touch(session)
        return tombstone


def _apply(session: Session, row: Agreement, **fields: Any) -> None:
    if "description" in fields:
        row.description = check_text(
            fields["description"],
            "De omschrijving van de afspraak",
            required=True,
            max_length=DESCRIPTION_LENGTH,
        )
    for name, label, length in (
        ("indicator", "De indicator", INDICATOR_LENGTH),
        ("unit", "De eenheid", UNIT_LENGTH),
    ):
        if name in fields:
            setattr(row, name, check_text(fields[name], label, max_length=length))
    if "baseline" in fields:
        row.baseline = _number(fields["baseline"], "De nulmeting")
    if "deadline" in fields:  # typed as 31-12-2030 or 31 december 2030, stored as ISO
        row.deadline = stored_date(fields["deadline"], "De deadline")
    if "municipality_code" in fields:
        code = fields["municipality_code"]
        row.municipality_id = municipality_row(session, code).id if code else None
    if "group_id" in fields:
        group_id = fields["group_id"]
        if group_id is not None and group_id != row.target_group_id:
            group = session.get(TargetGroup, group_id)
            if group is None:
                raise NotFoundError("Deze aandachtsgroep bestaat niet (meer).")
            if not group.active:  # an agreement keeps a group that was switched off later
                raise ValidationError(
                    f"'{group.label}' staat uit in deze visie; zet de groep eerst aan."
                )
        row.target_group_id = group_id
    if "owner_partner_id" in fields:
        owner = fields["owner_partner_id"]
        if owner is not None and session.get(Partner, owner) is None:
            raise NotFoundError("De trekker van de afspraak bestaat niet (meer) als partner.")
        row.owner_partner_id = owner


def _set_parties(session: Session, agreement_id: int, party_ids: Sequence[int]) -> None:
    for link in session.exec(
        select(AgreementParty).where(AgreementParty.agreement_id == agreement_id)
    ):
        session.delete(link)
    session.flush()
    for partner_id in dict.fromkeys(party_ids):
        if session.get(Partner, partner_id) is None:
            raise NotFoundError("Een partij bij de afspraak bestaat niet (meer) als partner.")
        session.add(AgreementParty(agreement_id=agreement_id, partner_id=partner_id))


def _set_year(
    session: Session,
    agreement_id: int,
    year: int,
    *,
    target: object = _UNSET,
    realised: object = _UNSET,
    status: object = _UNSET,
) -> AgreementYearInfo:
    vision = vision_row(session)
    check_year(year, vision.start_year, vision.end_year)
    row = session.get(AgreementYear, (agreement_id, year))
    if row is None:
        row = AgreementYear(agreement_id=agreement_id, year=year)
        session.add(row)
    old = year_info(row.target, row.realised, row.status)
    if target is not _UNSET:
        row.target = _number(target, "Het doel")
    if realised is not _UNSET:
        row.realised = _number(realised, "De realisatie")
    if status is not _UNSET:
        if status is not None and not isinstance(status, str):  # what the enum would refuse
            raise ValidationError(f"Onbekende status: {status}.")
        try:
            row.status = None if status is None else AgreementStatus(status).value
        except ValueError as exc:
            raise ValidationError(f"Onbekende status: {status}.") from exc
    if row.target is None and row.realised is None and row.status is None:
        session.delete(row)  # an empty year is no year (undo of its first entry, say)
    return old


def _number(value: object, field: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise ValidationError(f"{field} moet een getal zijn.")
    if not -MAX_NUMBER <= value <= MAX_NUMBER:
        raise ValidationError(f"{field} is onwaarschijnlijk groot.")
    return float(value)


def _row(session: Session, agreement_id: int) -> Agreement:
    row = session.get(Agreement, agreement_id)
    if row is None:
        raise NotFoundError("Deze afspraak bestaat niet (meer).")
    return row


def _one(project: ProjectReader, agreement_id: int) -> AgreementInfo:
    found = next((a for a in list_agreements(project) if a.id == agreement_id), None)
    if found is None:
        raise NotFoundError("Deze afspraak bestaat niet (meer).")
    return found
