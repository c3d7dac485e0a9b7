"""The scenarios of a vision and the estimate of each group in each of them, as stored.

A scenario is a named set of estimate parameters; the base scenario ('basis', the first)
is what every screen and document shows unless another is asked for. Typed figures are the
same in every scenario: only what the methods compute differs.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from app.models import NeedEstimate, Scenario
from app.models.rules import MAX_SCENARIOS, TITLE_LENGTH
from app.services.errors import NotFoundError, ValidationError
from app.services.estimates.older_people import OlderPeopleTarget
from app.services.estimates.parameters import Parameters, method_of, to_json
from app.services.estimates.store_read import ScenarioInfo as ScenarioInfo  # re-exported
from app.services.estimates.store_read import StoredEstimate as StoredEstimate  # re-exported
from app.services.estimates.store_read import find_scenario as find_scenario  # re-exported
from app.services.estimates.store_read import group_estimates as group_estimates  # re-exported
from app.services.estimates.store_read import list_estimates as list_estimates  # re-exported
from app.services.estimates.store_read import list_scenarios as list_scenarios  # re-exported
from app.services.lookup import check_room, group_row, now, stored_id, touch
from app.services.reference_data import national_totals
from app.services.tombstone import Tombstone, bury
from app.services.validation import check_text
from app.storage import ProjectFile


def add_scenario(project: ProjectFile, name: str, copy_from: int | None = None) -> ScenarioInfo:
    """A new scenario, with a copy of the estimates of `copy_from` (default: none)."""
    name = check_text(name, "De naam van het scenario", required=True, max_length=TITLE_LENGTH)
    with project.write() as session:
        check_room(session, Scenario, MAX_SCENARIOS, "scenario's")
        _check_unique(session, name)
        order = max((s.sort_order for s in session.exec(select(Scenario))), default=0)
        row = Scenario(name=name, sort_order=order + 1)
        session.add(row)
        session.flush()
        if copy_from is not None:
            for estimate in session.exec(
                select(NeedEstimate).where(NeedEstimate.scenario_id == copy_from)
            ):
                session.add(
                    NeedEstimate(
                        scenario_id=stored_id(row),
                        target_group_id=estimate.target_group_id,
                        method=estimate.method,
                        parameters=estimate.parameters,
                        modified=now(),
                    )
                )
        touch(session)
        return ScenarioInfo(stored_id(row), row.name, False)


def rename_scenario(project: ProjectFile, scenario_id: int, name: str) -> str:
    """Rename a scenario; returns the old name."""
    name = check_text(name, "De naam van het scenario", required=True, max_length=TITLE_LENGTH)
    with project.write() as session:
        row = _scenario(session, scenario_id)
        old = row.name
        if name.casefold() != old.casefold():
            _check_unique(session, name)
        row.name = name
        touch(session)
        return old


def delete_scenario(project: ProjectFile, scenario_id: int) -> Tombstone:
    """Delete a scenario with its estimates (the base one stays)."""
    if find_scenario(project).id == scenario_id:
        raise ValidationError(
            "Het basisscenario blijft; maak een ander scenario leeg of hernoem het."
        )
    with project.write() as session:
        tombstone = bury(session, _scenario(session, scenario_id))
        touch(session)
        return tombstone


Raw = tuple[str, str, datetime] | None  # (method, parameters JSON, modified) as stored


def set_estimate(
    project: ProjectFile, scenario_id: int, group_id: int, parameters: Parameters | None
) -> Raw:
    """Estimate a group's need with `parameters` (None: no estimate); returns what was
    there before, as stored (for undo). Only cells nobody entered a need for take it."""
    return restore_estimate(project, scenario_id, group_id, raw_of(parameters))


def raw_of(parameters: Parameters | None) -> Raw:
    """What storing `parameters` now writes (checked: nothing invalid is ever written)."""
    if parameters is None:
        return None
    return (method_of(parameters).value, to_json(parameters), now())


def restore_estimate(project: ProjectFile, scenario_id: int, group_id: int, raw: Raw) -> Raw:
    """Store a group's estimate exactly as `raw` (None: none); returns what was there."""
    with project.write() as session:
        group_row(session, group_id)
        _scenario(session, scenario_id)
        row = session.exec(
            select(NeedEstimate).where(
                NeedEstimate.scenario_id == scenario_id, NeedEstimate.target_group_id == group_id
            )
        ).first()
        old = None if row is None else (row.method, row.parameters, row.modified)
        if raw is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(
                NeedEstimate(
                    scenario_id=scenario_id,
                    target_group_id=group_id,
                    method=raw[0],
                    parameters=raw[1],
                    modified=raw[2],
                )
            )
        else:
            row.method, row.parameters, row.modified = raw
        touch(session)
        return old


def default_estimate(group_code: str) -> Parameters | None:
    """The estimate Thuisplan can make without any figure from the user: the national
    target for older people (shipped 65+ counts); None for other groups."""
    if group_code == "older_people":
        return OlderPeopleTarget(national_65_plus=national_totals()["inhabitants_65_plus"])
    return None


def _scenario(session: Session, scenario_id: int) -> Scenario:
    row: Scenario | None = session.get(Scenario, scenario_id)
    if row is None:
        raise NotFoundError("Dit scenario bestaat niet (meer).")
    return row


def _check_unique(session: Session, name: str) -> None:
    for existing in session.exec(select(Scenario.name)):
        if existing.casefold() == name.casefold():
            raise ValidationError(f"Er is al een scenario '{existing}'.")
