"""Operations on the records of a vision: partners, measures and ambitions, agreements and
their years, target groups. Each returns an Edit (see `core`)."""

from __future__ import annotations

from typing import Any

from app.models import ActionLine, PartnerKind
from app.services import agreements, measures, partners
from app.services import target_groups as groups
from app.services.edits.core import (
    Edit,
    Topic,
    changes,
    creating_edit,
    deleting_edit,
    update_edit,
)
from app.storage import ProjectFile

PARTNERS = changes(Topic.PARTNERS, Topic.AGREEMENTS)
MEASURES = changes(Topic.MEASURES)
AGREEMENTS = changes(Topic.AGREEMENTS)
GROUPS = changes(Topic.GROUPS, Topic.NEED, Topic.CAPACITY, Topic.AGREEMENTS)


# -- partners ------------------------------------------------------------------------------
def add_partner(
    project: ProjectFile, name: str, kind: PartnerKind, municipality_code: str | None, text: str
) -> Edit:
    return creating_edit(
        project,
        text,
        PARTNERS,
        lambda: partners.add_partner(project, name, kind, municipality_code),
        lambda created: partners.delete_partner(project, created.id),
    )


def update_partner(project: ProjectFile, partner_id: int, text: str, **fields: Any) -> Edit:
    """Change name, kind or municipality_code of a partner."""
    return update_edit(
        text,
        PARTNERS,
        lambda: _fields(partners.get_partner(project, partner_id), fields),
        lambda values: partners.update_partner(project, partner_id, **values),
        fields,
    )


def delete_partner(project: ProjectFile, partner_id: int, text: str) -> Edit:
    return deleting_edit(
        project, text, PARTNERS, lambda: partners.delete_partner(project, partner_id)
    )


# -- ambitions and measures ----------------------------------------------------------------
def set_ambition(project: ProjectFile, line: ActionLine, ambition: str, text: str) -> Edit:
    return update_edit(
        text,
        MEASURES,
        lambda: measures.ambitions(project)[ActionLine(line)],
        lambda value: measures.set_ambition(project, line, value),
        ambition,
    )


def add_measure(project: ProjectFile, line: ActionLine, description: str, text: str) -> Edit:
    return creating_edit(
        project,
        text,
        MEASURES,
        lambda: measures.add_measure(project, line, description),
        lambda created: measures.delete_measure(project, created.id),
    )


def update_measure(project: ProjectFile, measure_id: int, text: str, **fields: Any) -> Edit:
    """Change description, owner, year or action_line of a measure."""
    return update_edit(
        text,
        MEASURES,
        lambda: _fields(measures.get_measure(project, measure_id), fields),
        lambda values: measures.update_measure(project, measure_id, **values),
        fields,
    )


def delete_measure(project: ProjectFile, measure_id: int, text: str) -> Edit:
    return deleting_edit(
        project, text, MEASURES, lambda: measures.delete_measure(project, measure_id)
    )


# -- agreements ----------------------------------------------------------------------------
def add_agreement(project: ProjectFile, description: str, text: str) -> Edit:
    return creating_edit(
        project,
        text,
        AGREEMENTS,
        lambda: agreements.add_agreement(project, description),
        lambda created: agreements.delete_agreement(project, created.id),
    )


def update_agreement(project: ProjectFile, agreement_id: int, text: str, **fields: Any) -> Edit:
    """Change any field of an agreement (description, party_ids, municipality_code, ...)."""
    return update_edit(
        text,
        AGREEMENTS,
        lambda: _fields(agreements.get_agreement(project, agreement_id), fields),
        lambda values: agreements.update_agreement(project, agreement_id, **values),
        fields,
    )


def set_agreement_year(
    project: ProjectFile, agreement_id: int, year: int, text: str, **values: Any
) -> Edit:
    """Set the target, realised value or status of one year of an agreement."""

    def read() -> dict[str, Any]:
        current = agreements.get_agreement(project, agreement_id).years.get(year)
        return {name: getattr(current, name, None) for name in values}

    return update_edit(
        text,
        AGREEMENTS,
        read,
        lambda given: agreements.set_agreement_year(project, agreement_id, year, **given),
        values,
    )


def delete_agreement(project: ProjectFile, agreement_id: int, text: str) -> Edit:
    return deleting_edit(
        project, text, AGREEMENTS, lambda: agreements.delete_agreement(project, agreement_id)
    )


# -- target groups -------------------------------------------------------------------------
def set_group_active(project: ProjectFile, group_id: int, active: bool, text: str) -> Edit:
    return update_edit(
        text,
        GROUPS,
        lambda: groups.get_group(project, group_id).active,
        lambda value: groups.set_group_active(project, group_id, value),
        active,
    )


def update_group(project: ProjectFile, group_id: int, text: str, **fields: Any) -> Edit:
    """Change label, definition, housing_types or support_levels of a group."""
    return update_edit(
        text,
        GROUPS,
        lambda: _fields(groups.get_group(project, group_id), fields),
        lambda values: groups.update_group(project, group_id, **values),
        fields,
    )


def add_custom_group(project: ProjectFile, label: str, text: str) -> Edit:
    return creating_edit(
        project,
        text,
        GROUPS,
        lambda: groups.add_custom_group(project, label),
        lambda created: groups.delete_custom_group(project, created.id),
    )


def delete_custom_group(project: ProjectFile, group_id: int, text: str) -> Edit:
    return deleting_edit(
        project, text, GROUPS, lambda: groups.delete_custom_group(project, group_id)
    )


def _fields(info: Any, fields: dict[str, Any]) -> dict[str, Any]:
    """The current values of the fields an update is about to change."""
    return {name: getattr(info, name) for name in fields}
