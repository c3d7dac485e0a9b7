"""The vision's aandachtsgroepen, read straight through sqlite3 (`ProjectReader.fetch`).

The calculations, the summary and the screens read them here without loading SQLAlchemy;
`target_groups` re-exports these beside the functions that change groups.
"""

from __future__ import annotations

from app.models import HousingType, SupportLevel
from app.services.dto import TargetGroupInfo
from app.storage import ProjectReader

_COLUMNS = (
    "id, code, label, definition, mandatory_urgency, is_standard, active, housing_types, "
    "support_levels"
)


def list_target_groups(
    project: ProjectReader, *, active_only: bool = False
) -> list[TargetGroupInfo]:
    """The groups in catalogue order, own groups after the standard ones."""
    where = " WHERE active = 1" if active_only else ""
    rows = project.fetch(f"SELECT {_COLUMNS} FROM target_group{where} ORDER BY sort_order, id")
    return [group_from(*row) for row in rows]


def group_from(
    id_: int,
    code: str,
    label: str,
    definition: str,
    mandatory_urgency: bool,
    is_standard: bool,
    active: bool,
    housing_types: str,
    support_levels: str,
) -> TargetGroupInfo:
    """A group as its row stores it (the housing types in their fixed order)."""
    return TargetGroupInfo(
        id=id_,
        code=code,
        label=label,
        definition=definition,
        mandatory_urgency=bool(mandatory_urgency),
        is_standard=bool(is_standard),
        active=bool(active),
        housing_types=tuple(t for t in HousingType if t.value in housing_types.split(",")),
        support_levels=tuple(SupportLevel(v) for v in support_levels.split(",") if v),
    )
