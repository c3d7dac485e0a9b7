"""The prestatieafspraken with their parties and years, read straight through sqlite3
(`ProjectReader.fetch`): what the monitor, the documents and the summary need, without
loading SQLAlchemy. `agreements` re-exports these beside the functions that change them."""

from __future__ import annotations

from app.models import AgreementStatus
from app.services.dto import AgreementInfo, AgreementYearInfo
from app.storage import ProjectReader

_AGREEMENTS_SQL = (
    "SELECT a.id, a.description, m.code, a.target_group_id, a.indicator, a.unit, a.baseline, "
    "a.deadline, a.owner_partner_id FROM agreement a "
    "LEFT JOIN municipality m ON m.id = a.municipality_id ORDER BY a.id"
)


def list_agreements(project: ProjectReader) -> list[AgreementInfo]:
    """All agreements in the order they were made."""
    parties: dict[int, list[int]] = {}
    for agreement_id, partner_id in project.fetch(
        "SELECT agreement_id, partner_id FROM agreement_party ORDER BY agreement_id, partner_id"
    ):
        parties.setdefault(agreement_id, []).append(partner_id)
    years: dict[int, dict[int, AgreementYearInfo]] = {}
    for agreement_id, year, target, realised, status in project.fetch(
        "SELECT agreement_id, year, target, realised, status FROM agreement_year"
    ):
        years.setdefault(agreement_id, {})[year] = year_info(target, realised, status)
    return [
        AgreementInfo(
            id=id_,
            description=description,
            party_ids=tuple(parties.get(id_, [])),
            municipality_code=code,
            group_id=group_id,
            indicator=indicator,
            unit=unit,
            baseline=baseline,
            deadline=deadline,
            owner_partner_id=owner,
            years=dict(sorted(years.get(id_, {}).items())),
        )
        for id_, description, code, group_id, indicator, unit, baseline, deadline, owner in (
            project.fetch(_AGREEMENTS_SQL)
        )
    ]


def year_info(
    target: float | None, realised: float | None, status: str | None
) -> AgreementYearInfo:
    """An agreement's year as its row stores it."""
    return AgreementYearInfo(target, realised, AgreementStatus(status) if status else None)
