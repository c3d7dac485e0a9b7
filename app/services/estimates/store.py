"""The scenarios of a vision and the estimate of each group in each of them, as stored.

A scenario is a named set of estimate parameters; the base scenario ('basis', the first)
is what every screen and document shows unless another is asked for. Typed figures are the
same in every scenario: only what the methods compute differs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from app.models import EstimateMethod, NeedEstimate, Scenario
from app.models.rules import MAX_SCENARIOS, TITLE_LENGTH
from app.services.errors import DomainError, NotFoundError, ValidationError
from app.services.estimates.apply import GroupEstimate
from app.services.estimates.older_people import OlderPeopleTarget
from app.services.estimates.parameters import Parameters, from_json, method_of, to_json
from app.services.lookup import check_room, group_row, now, stored_id, touch
from app.services.reference_data import national_totals
from app.services.tombstone import Tombstone, bury
from app.services.validation import check_text
from app.storage import ProjectFile, ProjectReader


@dataclass(frozen=True)
class ScenarioInfo:
    """A scenario; the base one is shown unless another is chosen."""

    id: int
    name: str
    is_base: bool


@dataclass(frozen=True)
class StoredEstimate:
    """A group's estimate as stored: its parameters, or why they cannot be used."""

    group_id: int
    method: EstimateMethod | None
    parameters: Parameters | None
    problem: str = ""


def list_scenarios(project: ProjectReader) -> list[ScenarioInfo]:
    """The scenarios, the base one first."""
    with project.read() as session:
        order = (col(Scenario.sort_order), col(Scenario.id))
        rows = session.exec(select(Scenario).order_by(*order)).all()
    return [ScenarioInfo(stored_id(r), r.name, i == 0) for i, r in enumerate(rows)]


def find_scenario(project: ProjectReader, name: str | None = None) -> ScenarioInfo:
    """The scenario called `name` (case ignored), or the base one for None."""
    scenarios = list_scenarios(project)
    if not scenarios:
        raise NotFoundError("Dit bestand heeft geen basisscenario.")
    if name is None:
        return scenarios[0]
    for scenario in scenarios:
        if scenario.name.casefold() == name.strip().casefold():
            return scenario
    known = ", ".join(s.name for s in scenarios)
    raise NotFoundError(f"Er is geen scenario '{name}'. Er zijn: {known}.")


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


def list_estimates(project: ProjectReader, scenario_id: int) -> list[StoredEstimate]:
    """Every group's estimate in a scenario; unusable parameters (a file from elsewhere)
    come with the reason instead."""
    with project.read() as session:
        rows = session.exec(
            select(NeedEstimate).where(NeedEstimate.scenario_id == scenario_id)
        ).all()
        stored = [(r.target_group_id, r.method, r.parameters) for r in rows]
    return [_stored(group_id, method, text) for group_id, method, text in stored]


def group_estimates(project: ProjectReader, scenario_id: int) -> list[GroupEstimate]:
    """The usable estimates of a scenario, for the calculations."""
    return [
        GroupEstimate(e.group_id, e.parameters)
        for e in list_estimates(project, scenario_id)
        if e.parameters is not None
    ]


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


def _stored(group_id: int, method: str, text: str) -> StoredEstimate:
    known = EstimateMethod(method) if method in EstimateMethod._value2member_map_ else None
    try:
        return StoredEstimate(group_id, known, from_json(method, text))
    except DomainError as error:
        return StoredEstimate(group_id, known, None, error.message)


def _scenario(session: Session, scenario_id: int) -> Scenario:
    row: Scenario | None = session.get(Scenario, scenario_id)
    if row is None:
        raise NotFoundError("Dit scenario bestaat niet (meer).")
    return row


def _check_unique(session: Session, name: str) -> None:
    for existing in session.exec(select(Scenario.name)):
        if existing.casefold() == name.casefold():
            raise ValidationError(f"Er is al een scenario '{existing}'.")
