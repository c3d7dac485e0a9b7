"""The categories of verplicht urgenten of a vision: editable per vision (add, rename,
retire with a date), and brought in line with a norm set when the vision chooses one."""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from app.models import UrgencyCategory
from app.models.rules import DATE_LENGTH, LABEL_LENGTH, MAX_CATALOGUE, SOURCE_LENGTH
from app.services.dto import UrgencyInfo
from app.services.dutch_dates import long_date, stored_date
from app.services.errors import NotFoundError, ValidationError
from app.services.lookup import stored_id, touch
from app.services.norm_sets import NormSet
from app.services.validation import check_text
from app.storage import ProjectFile, ProjectReader

_NAME = "De naam van de categorie"


def list_categories(project: ProjectReader) -> list[UrgencyInfo]:
    """Every category, the retired ones too, in their order."""
    with project.read() as session:
        rows = session.exec(select(UrgencyCategory).order_by(col(UrgencyCategory.sort_order)))
        return [_info(row) for row in rows]


def add_category(project: ProjectFile, label: str) -> UrgencyInfo:
    """A category of the user's own, after the others."""
    name = check_text(label, _NAME, required=True, max_length=LABEL_LENGTH)
    with project.write() as session:
        _refuse_duplicate(session, name)
        count = session.exec(select(func.count()).select_from(UrgencyCategory)).one()
        if count >= MAX_CATALOGUE:
            raise ValidationError(f"Een visie kan hoogstens {MAX_CATALOGUE} categorieën hebben.")
        row = UrgencyCategory(label=name, sort_order=_next_order(session))
        session.add(row)
        touch(session)
        session.flush()
        return _info(row)


def rename_category(project: ProjectFile, category_id: int, label: str) -> UrgencyInfo:
    """Give a category another name."""
    name = check_text(label, _NAME, required=True, max_length=LABEL_LENGTH)
    with project.write() as session:
        row = _row(session, category_id)
        if name != row.label:
            _refuse_duplicate(session, name)
        row.label = name
        touch(session)
        return _info(row)


def retire_category(project: ProjectFile, category_id: int, date: str) -> UrgencyInfo:
    """The category no longer applies from `date` on (it stays in the file, marked)."""
    day = stored_date(date, "De datum waarop de categorie vervalt")
    if not day:
        raise ValidationError("Vul de datum in waarop de categorie vervalt.")
    with project.write() as session:
        row = _row(session, category_id)
        if row.retired:
            raise ValidationError(f"'{row.label}' is al vervallen op {long_date(row.retired)}.")
        row.retired = day
        touch(session)
        return _info(row)


def follow_set(session: Session, chosen: NormSet, day: str) -> None:
    """Bring the categories in line with `chosen`: its categories apply (added, or brought
    back when retired earlier), those of an earlier set that it lacks retire on `day`, and
    the user's own categories stay as they are."""
    wanted = {c.label: c for c in chosen.categories}
    rows = list(session.exec(select(UrgencyCategory)))
    for row in rows:
        if row.norm_set and not row.retired and row.label not in wanted:
            row.retired = day
    present = {row.label: row for row in rows}
    order = _next_order(session)
    for label, category in wanted.items():
        found = present.get(label)
        if found is None:
            row = UrgencyCategory(label=label, sort_order=order)
            order += 1
            session.add(row)
        else:
            row = found
        row.retired = ""
        row.norm_set = chosen.code
        row.reference_date = category.reference_date[:DATE_LENGTH]
        row.source = category.source[:SOURCE_LENGTH]


def _refuse_duplicate(session: Session, name: str) -> None:
    same = session.exec(
        select(UrgencyCategory).where(
            func.lower(UrgencyCategory.label) == name.lower(), UrgencyCategory.retired == ""
        )
    ).first()
    if same is not None:
        raise ValidationError(f"Er is al een categorie '{same.label}'.")


def _next_order(session: Session) -> int:
    highest = session.exec(select(func.max(UrgencyCategory.sort_order))).one()
    return 0 if highest is None else highest + 1


def _row(session: Session, category_id: int) -> UrgencyCategory:
    row = session.get(UrgencyCategory, category_id)
    if row is None:
        raise NotFoundError("Deze categorie bestaat niet (meer).")
    return row


def _info(row: UrgencyCategory) -> UrgencyInfo:
    return UrgencyInfo(
        stored_id(row),
        row.label,
        row.reference_date,
        row.source,
        row.norm_set,
        row.retired,
    )
