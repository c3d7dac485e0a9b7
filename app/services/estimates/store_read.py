"""The scenarios and the stored estimates of a vision, read straight through sqlite3
(`ProjectReader.fetch`): what the calculations need, without loading SQLAlchemy. `store`
re-exports these beside the functions that change scenarios and estimates."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import EstimateMethod
from app.services.errors import DomainError, NotFoundError
from app.services.estimates.apply import GroupEstimate
from app.services.estimates.parameters import Parameters, from_json
from app.storage import ProjectReader


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
    rows = project.fetch("SELECT id, name FROM scenario ORDER BY sort_order, id")
    return [ScenarioInfo(id_, name, i == 0) for i, (id_, name) in enumerate(rows)]


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


def list_estimates(project: ProjectReader, scenario_id: int) -> list[StoredEstimate]:
    """Every group's estimate in a scenario; unusable parameters (a file from elsewhere)
    come with the reason instead."""
    rows = project.fetch(
        "SELECT target_group_id, method, parameters FROM need_estimate WHERE scenario_id = ?",
        (scenario_id,),
    )
    return [_stored(group_id, method, text) for group_id, method, text in rows]


def group_estimates(project: ProjectReader, scenario_id: int) -> list[GroupEstimate]:
    """The usable estimates of a scenario, for the calculations."""
    return [
        GroupEstimate(e.group_id, e.parameters)
        for e in list_estimates(project, scenario_id)
        if e.parameters is not None
    ]


def _stored(group_id: int, method: str, text: str) -> StoredEstimate:
    known = EstimateMethod(method) if method in EstimateMethod._value2member_map_ else None
    try:
        return StoredEstimate(group_id, known, from_json(method, text))
    except DomainError as error:
        return StoredEstimate(group_id, known, None, error.message)
