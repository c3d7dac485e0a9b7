"""The aandachtsgroepen of a vision: switch standard groups on or off, add and edit own groups."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from sqlmodel import Session, func, select

from app.models import HousingType, SupportLevel, TargetGroup
from app.models.rules import DEFINITION_LENGTH, GROUP_LABEL_LENGTH, MAX_GROUPS
from app.services.dto import TargetGroupInfo
from app.services.errors import ValidationError
from app.services.lookup import check_room, group_row, stored_id, touch
from app.services.target_groups_read import group_from
from app.services.target_groups_read import list_target_groups as list_target_groups  # re-exported
from app.services.tombstone import Tombstone, bury
from app.services.validation import check_text
from app.storage import ProjectFile, ProjectReader


def get_group(project: ProjectReader, group_id: int) -> TargetGroupInfo:
    """One group as stored."""
    with project.read() as session:
        return group_info(group_row(session, group_id))


def set_group_active(project: ProjectFile, group_id: int, active: bool) -> bool:
    """Switch a group on or off for this vision (its figures are kept); returns the old state."""
    with project.write() as session:
        row = group_row(session, group_id)
        old = row.active
        row.active = bool(active)
        touch(session)
        return old


def add_custom_group(
    project: ProjectFile,
    label: str,
    definition: str = "",
    housing_types: Sequence[HousingType] = (HousingType.INDEPENDENT_REGULAR,),
    support_levels: Sequence[SupportLevel] = (SupportLevel.NONE,),
    mandatory_urgency: bool = False,
) -> TargetGroupInfo:
    """Add a group of the user's own."""
    label = check_text(label, "De naam van de groep", required=True, max_length=GROUP_LABEL_LENGTH)
    definition = check_text(definition, "De omschrijving", max_length=DEFINITION_LENGTH)
    with project.write() as session:
        check_room(session, TargetGroup, MAX_GROUPS, "aandachtsgroepen")
        _check_unique_label(session, label)
        order = session.exec(select(func.max(TargetGroup.sort_order))).one() or 0
        count = session.exec(select(func.count()).select_from(TargetGroup)).one()
        row = TargetGroup(
            code=f"custom_{count + 1}",
            label=label,
            definition=definition,
            mandatory_urgency=bool(mandatory_urgency),
            is_standard=False,
            active=True,
            sort_order=order + 1,
            housing_types=_housing_types(housing_types),
            support_levels=_join(support_levels, SupportLevel),
        )
        while session.exec(select(TargetGroup).where(TargetGroup.code == row.code)).first():
            row.code += "_"
        session.add(row)
        touch(session)
        session.flush()
        return group_info(row)


def update_group(
    project: ProjectFile,
    group_id: int,
    *,
    label: str | None = None,
    definition: str | None = None,
    housing_types: Sequence[HousingType] | None = None,
    support_levels: Sequence[SupportLevel] | None = None,
) -> TargetGroupInfo:
    """Change a group's name, definition, housing types or support levels."""
    with project.write() as session:
        row = group_row(session, group_id)
        if label is not None:
            label = check_text(
                label, "De naam van de groep", required=True, max_length=GROUP_LABEL_LENGTH
            )
            if label != row.label:
                _check_unique_label(session, label, own_id=row.id)
            row.label = label
        if definition is not None:
            row.definition = check_text(definition, "De omschrijving", max_length=DEFINITION_LENGTH)
        if housing_types is not None:
            row.housing_types = _housing_types(housing_types)
        if support_levels is not None:
            row.support_levels = _join(support_levels, SupportLevel)
        touch(session)
        return group_info(row)


def delete_custom_group(project: ProjectFile, group_id: int) -> Tombstone:
    """Delete an own group with its figures (returns what is needed to undo it); standard
    groups can only be switched off."""
    with project.write() as session:
        row = group_row(session, group_id)
        if row.is_standard:
            raise ValidationError(
                f"'{row.label}' hoort bij de standaardlijst; zet de groep uit in plaats van "
                "haar te verwijderen."
            )
        tombstone = bury(session, row)
        touch(session)
        return tombstone


def group_info(row: TargetGroup) -> TargetGroupInfo:
    """A detached snapshot of a group row."""
    return group_from(
        stored_id(row),
        row.code,
        row.label,
        row.definition,
        row.mandatory_urgency,
        row.is_standard,
        row.active,
        row.housing_types,
        row.support_levels,
    )


def _check_unique_label(session: Session, label: str, own_id: int | None = None) -> None:
    """Refuse `label` when another group has it, in whatever capitals (a group may change
    the capitals of its own name: `own_id`)."""
    for group_id, existing in session.exec(select(TargetGroup.id, TargetGroup.label)):
        if group_id != own_id and existing.casefold() == label.casefold():
            raise ValidationError(f"Er is al een aandachtsgroep '{existing}'.")


def _housing_types(values: Sequence[HousingType]) -> str:
    """The stored list of a group's housing types: at least one, in the fixed order."""
    joined = _join(values, HousingType)
    if not joined:
        raise ValidationError(
            "Kies ten minste één woonvorm: alleen voor de woonvormen van een groep worden "
            "woonbehoefte en aanbod gevraagd."
        )
    chosen = joined.split(",")
    return ",".join(t.value for t in HousingType if t.value in chosen)


def _join(values: Sequence[str], enum: type[StrEnum]) -> str:
    try:
        members = [enum(v) for v in values]
    except ValueError as exc:
        raise ValidationError(f"Onbekende waarde: {exc}") from exc
    return ",".join(dict.fromkeys(m.value for m in members))


def figures_outside(
    project: ProjectReader, group_id: int, housing_types: Sequence[HousingType]
) -> dict[HousingType, int]:
    """How many figures (need and capacity values) a group has in housing types outside
    `housing_types`: what stops counting when the group no longer uses them (they stay in
    the file and count again when the housing type is switched back on)."""
    wanted = {HousingType(t).value for t in housing_types}
    counts: dict[HousingType, int] = {}
    with project.read() as session:
        rows = (
            session.connection()
            .exec_driver_sql(
                "SELECT housing_type, COUNT(*) FROM ("
                " SELECT s.housing_type FROM need_value v JOIN need_series s ON s.id = v.series_id"
                " WHERE s.target_group_id = ?"
                " UNION ALL"
                " SELECT s.housing_type FROM capacity_value v"
                " JOIN capacity_series s ON s.id = v.series_id WHERE s.target_group_id = ?"
                ") GROUP BY housing_type",
                (group_id, group_id),
            )
            .fetchall()
        )
    for value, count in rows:
        if value not in wanted and value in HousingType._value2member_map_:
            counts[HousingType(value)] = count
    return counts
