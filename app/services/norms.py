"""Policy norms as editable data, and the list of verplicht urgenten."""

from __future__ import annotations

from sqlmodel import col, select

from app.models import Norm, UrgencyCategory
from app.models.rules import SOURCE_LENGTH
from app.services.dto import NormInfo
from app.services.dutch_dates import stored_date
from app.services.errors import NotFoundError, ValidationError
from app.services.lookup import touch
from app.services.validation import check_text
from app.storage import ProjectFile, ProjectReader


def list_norms(project: ProjectReader) -> list[NormInfo]:
    """All norms."""
    with project.read() as session:
        return [_info(row) for row in session.exec(select(Norm).order_by(Norm.code))]


def norm_values(project: ProjectReader) -> dict[str, float]:
    """Norm code -> value (a fraction)."""
    return {norm.code: norm.value for norm in list_norms(project)}


def set_norm(
    project: ProjectFile, code: str, value: float, *, reference_date: str = "", source: str = ""
) -> NormInfo:
    """Change a norm's value (a fraction between 0 and 1) and say where it comes from."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ValidationError("Een norm is een aandeel tussen 0 en 100 %.")
    with project.write() as session:
        row = session.get(Norm, code)
        if row is None:
            raise NotFoundError(f"Onbekende norm: {code}.")
        row.value = float(value)
        row.reference_date = stored_date(reference_date, "De peildatum")
        row.source = check_text(source, "De bron", max_length=SOURCE_LENGTH)
        touch(session)
        return _info(row)


def urgency_categories(project: ProjectReader) -> list[str]:
    """The current categories of verplicht urgenten."""
    with project.read() as session:
        rows = session.exec(select(UrgencyCategory).order_by(col(UrgencyCategory.sort_order)))
        return [row.label for row in rows]


def _info(row: Norm) -> NormInfo:
    return NormInfo(row.code, row.label, row.value, row.reference_date, row.source)
