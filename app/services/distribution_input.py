"""What a user sets for the evenwichtige verdeling: the scope (which groups are shared out),
the carry-over of shortfalls, and per municipality the correction for what it already
carries and its backlog from before the plan period. Every value is checked first: a refused
one changes nothing."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, delete, select

from app.models import (
    BaselineFigure,
    BaselineIndicator,
    FairShareAdjustment,
    FairShareGroup,
    FairShareScope,
    TargetGroup,
)
from app.models.rules import MAX_BASELINE, SOURCE_LENGTH
from app.services.distribution import Adjustment, DistributionSettings, read_settings
from app.services.dutch_dates import stored_date
from app.services.errors import ValidationError
from app.services.lookup import municipality_row, touch, vision_row
from app.services.validation import MAX_QUANTITY, check_quantity, check_text
from app.storage import ProjectFile, ProjectReader


def set_scope(
    project: ProjectFile, scope: FairShareScope, group_ids: Iterable[int] | None = None
) -> DistributionSettings:
    """Choose which groups are shared out; `group_ids` replaces the vision's own list (None
    keeps it). The own list needs at least one group when it is the scope."""
    try:
        scope = FairShareScope(scope)
    except ValueError:
        raise ValidationError(f"'{scope}' is geen keuze voor de verdeling.") from None
    wanted = None if group_ids is None else _group_ids(group_ids)
    with project.write() as session:
        if wanted is not None:
            _check_groups(session, wanted)
        listed = wanted
        if listed is None:
            listed = set(session.exec(select(FairShareGroup.target_group_id)).all())
        if scope is FairShareScope.CHOSEN and not listed:
            raise ValidationError("Kies ten minste één aandachtsgroep voor de verdeling.")
        if wanted is not None:
            session.exec(delete(FairShareGroup))
            session.add_all(FairShareGroup(target_group_id=g) for g in sorted(wanted))
        vision_row(session).fair_share_scope = scope.value
        touch(session)
    return read_settings(project)


def _group_ids(group_ids: Iterable[int]) -> set[int]:
    ids = set()
    for group_id in group_ids:
        if isinstance(group_id, bool) or not isinstance(group_id, int):
            raise ValidationError(f"'{group_id}' is geen aandachtsgroep.")
        ids.add(group_id)
    return ids


def _check_groups(session: Session, group_ids: set[int]) -> None:
    known = set(session.exec(select(TargetGroup.id)).all())
    if group_ids - known:
        raise ValidationError("Een gekozen aandachtsgroep bestaat niet (meer).")


def set_carry_over(project: ProjectFile, on: bool) -> DistributionSettings:
    """Switch the carry-over of a municipality's shortfall into the next year on or off."""
    if not isinstance(on, bool):
        raise ValidationError("Doorschuiven staat aan of uit.")
    with project.write() as session:
        vision_row(session).carry_over = on
        touch(session)
    return read_settings(project)


def adjustment_of(project: ProjectReader, code: str) -> Adjustment:
    """What is entered for a municipality (an empty Adjustment when nothing is)."""
    with project.read() as session:
        municipality_id = municipality_row(session, code).id
        row = session.get(FairShareAdjustment, municipality_id)
        return Adjustment() if row is None else _adjustment(row)


def set_adjustment(
    project: ProjectFile, code: str, adjustment: Adjustment, *, check_population: bool = True
) -> Adjustment:
    """Enter a municipality's correction, opening backlog, source and reference date (None
    clears a figure; nothing at all removes the entry). A correction is at most the
    municipality's inhabitants (when known); `check_population=False` puts back what an
    undo restores, entered when the inhabitants were other."""
    checked = check_adjustment(adjustment)
    with project.write() as session:
        municipality = municipality_row(session, code)
        if check_population and checked.correction is not None:
            _check_population(session, municipality.id, municipality.name, checked.correction)
        row = session.get(FairShareAdjustment, municipality.id)
        if checked.empty:
            if row is not None:
                session.delete(row)
        else:
            assert municipality.id is not None  # a stored municipality
            row = row or FairShareAdjustment(municipality_id=municipality.id)
            row.correction, row.opening_backlog = checked.correction, checked.opening_backlog
            row.source, row.reference_date = checked.source, checked.reference_date
            session.add(row)
        touch(session)
    return checked


def check_adjustment(adjustment: Adjustment) -> Adjustment:
    """The adjustment as it is stored (text stripped, the date in ISO form), or a refusal."""
    correction = adjustment.correction
    if correction is not None:
        correction = check_quantity(correction, MAX_BASELINE)
    backlog = adjustment.opening_backlog
    if backlog is not None:
        if isinstance(backlog, int | float) and not isinstance(backlog, bool) and backlog < 0:
            raise ValidationError(
                f"Een achterstand van {backlog} kan niet: een achterstand is 0 of meer (een "
                "voorsprong schuift niet door)."
            )
        backlog = check_quantity(backlog, MAX_QUANTITY)
    return Adjustment(
        correction,
        backlog,
        check_text(adjustment.source, "De bron", max_length=SOURCE_LENGTH),
        stored_date(adjustment.reference_date, "De peildatum"),
    )


def _check_population(
    session: Session, municipality_id: int | None, name: str, places: int
) -> None:
    figure = session.exec(
        select(BaselineFigure).where(
            BaselineFigure.municipality_id == municipality_id,
            BaselineFigure.indicator == BaselineIndicator.INHABITANTS.value,
        )
    ).first()
    if figure is not None and figure.value is not None and places > figure.value:
        raise ValidationError(
            f"Een correctie van {_dutch(places)} plaatsen is meer dan het aantal inwoners van "
            f"{name} ({_dutch(figure.value)}). Vul de plaatsen in die de gemeente al biedt."
        )


def _adjustment(row: FairShareAdjustment) -> Adjustment:
    return Adjustment(row.correction, row.opening_backlog, row.source, row.reference_date)


def _dutch(number: int) -> str:
    return f"{number:,}".replace(",", ".")
