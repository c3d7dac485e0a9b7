"""Policy norms as editable data: the vision's norm set, its norms, and overrides.

A vision follows one norm set (`app.services.norm_sets`) and keeps that set's norms in its
file. The user may override a norm (their own value, marked with the date they set it),
reset it to the set's value, or switch to another set; a switch keeps the overrides.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from app.models import Norm, UrgencyCategory
from app.models.rules import DATE_LENGTH, SOURCE_LENGTH
from app.services import catalogue
from app.services.dto import NormInfo
from app.services.dutch_dates import stored_date
from app.services.errors import NotFoundError, ValidationError
from app.services.lookup import now, touch, vision_row
from app.services.norm_sets import NormSet, SetNorm, find_set, norm_sets
from app.services.norms_read import NormSetStatus as NormSetStatus  # re-exported
from app.services.norms_read import list_norms as list_norms  # re-exported
from app.services.norms_read import must_build_rule as must_build_rule  # re-exported
from app.services.norms_read import norm_info
from app.services.norms_read import norm_set_status as norm_set_status  # re-exported
from app.services.norms_read import norm_values as norm_values  # re-exported
from app.services.urgency import follow_set
from app.services.validation import check_text
from app.storage import ProjectFile, ProjectReader


def today() -> str:
    """Today as the file stores a date."""
    return now().date().isoformat()


def shipped_set(code: str) -> NormSet:
    """The shipped set `code`; a Dutch message names the ones there are."""
    found = find_set(code)
    if found is None:
        choices = ", ".join(s.code for s in norm_sets())
        raise NotFoundError(f"Onbekende normenset: '{code}'. Kies uit: {choices}.")
    return found


def choose_norm_set(project: ProjectFile, code: str) -> NormSetStatus:
    """Follow the shipped set `code`: its norms replace the vision's (an overridden value
    stays, with its date), its urgency categories are added and the categories of the
    previous set that it lacks retire today. Categories the user added stay."""
    chosen = shipped_set(code)
    with project.write() as session:
        for norm in chosen.norms:
            apply_set_norm(session, norm)
        follow_set(session, chosen, today())
        vision_row(session).norm_set = chosen.code
        touch(session)
    return norm_set_status(project)


def set_norm(
    project: ProjectFile, code: str, value: float, *, reference_date: str = "", source: str = ""
) -> NormInfo:
    """Override a norm with the user's own value (a fraction between 0 and 1) and say where
    it comes from; the override is marked with today's date."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ValidationError("Een norm is een aandeel tussen 0 en 100 %.")
    date = stored_date(reference_date, "De peildatum")
    text = check_text(source, "De bron", max_length=SOURCE_LENGTH)
    with project.write() as session:
        row = _row(session, code)
        row.value = float(value)
        row.reference_date = date
        row.source = text
        row.overridden = today()
        touch(session)
        return _info(row)


def use_dashboard_average(project: ProjectFile) -> NormInfo:
    """Compare with the dashboard's national figure (26 %, 2021) instead of the average
    computed from the shipped shares: an override, dated like any other."""
    dashboard = catalogue.NATIONAL_SOCIAL_SHARE_DASHBOARD
    return set_norm(
        project,
        dashboard.code,
        dashboard.value,
        reference_date=dashboard.reference_date,
        source=dashboard.source,
    )


def reset_norm(project: ProjectFile, code: str) -> NormInfo:
    """Put back the value of the vision's norm set (no longer an override)."""
    with project.write() as session:
        set_code = vision_row(session).norm_set
        known = find_set(set_code)
        if known is None:
            raise ValidationError(
                f"Deze visie volgt normenset '{set_code}', die deze versie van Thuisplan niet "
                "kent: kies eerst een normenset om een norm terug te zetten."
            )
        norm = known.norm(code)
        if norm is None:
            raise NotFoundError(f"Normenset '{known.name}' kent de norm '{code}' niet.")
        row = _row(session, code)
        row.overridden = ""
        apply_set_norm(session, norm)
        touch(session)
        return _info(row)


def apply_set_norm(session: Session, norm: SetNorm) -> None:
    """Write the set's `norm` into the vision (an overridden value stays)."""
    row = session.get(Norm, norm.code)
    if row is None:
        row = Norm(code=norm.code, label=norm.label, value=norm.value)
        session.add(row)
    row.label = norm.label
    row.scope = None if norm.scope is None else norm.scope.value
    row.applies_to = None if norm.applies_to is None else norm.applies_to.value
    if row.overridden:
        return
    row.value = norm.value
    row.reference_date = norm.reference_date[:DATE_LENGTH]
    row.source = norm.source[:SOURCE_LENGTH]


def _row(session: Session, code: str) -> Norm:
    row = session.get(Norm, code)
    if row is None:
        raise NotFoundError(f"Onbekende norm: {code}.")
    return row


def _info(row: Norm) -> NormInfo:
    return norm_info(
        row.code,
        row.label,
        row.value,
        row.reference_date,
        row.source,
        row.scope,
        row.applies_to,
        row.overridden,
    )


def urgency_categories(project: ProjectReader) -> list[str]:
    """The categories of verplicht urgenten that apply now (not retired)."""
    with project.read() as session:
        rows = session.exec(
            select(UrgencyCategory)
            .where(UrgencyCategory.retired == "")
            .order_by(col(UrgencyCategory.sort_order))
        )
        return [row.label for row in rows]
