"""How far each step of the wizard is: complete, needs attention, or not started.

Computed from the stored vision (never from screen state) with a short Dutch
reason, so the sidebar can guide the user to what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.models import ActionLine, BaselineIndicator
from app.services import agreements, measures, partners
from app.services.analysis import Analysis


class Status(StrEnum):
    """State of one step."""

    COMPLETE = "complete"
    ATTENTION = "attention"
    NOT_STARTED = "not_started"


class Step(StrEnum):
    """The wizard's steps, in order."""

    REGION = "region"
    PARTNERS = "partners"
    GROUPS = "groups"
    NEED = "need"
    CAPACITY = "capacity"
    GAP = "gap"
    MEASURES = "measures"
    AGREEMENTS = "agreements"
    DOCUMENTS = "documents"


@dataclass(frozen=True)
class StepStatus:
    """A step's state and, when not complete, what is missing (Dutch)."""

    status: Status
    reason: str = ""


USER_INPUT = (
    BaselineIndicator.SOCIAL_RENT_DWELLINGS,
    BaselineIndicator.PLANNED_NEW_TOTAL,
    BaselineIndicator.PLANNED_NEW_SOCIAL,
    BaselineIndicator.PLANNED_NEW_MIDDLE,
)


def step_statuses(project, analysis: Analysis) -> dict[Step, StepStatus]:
    """The status of every step of the vision."""
    result = {
        Step.REGION: _region(analysis),
        Step.PARTNERS: _partners(project),
        Step.GROUPS: _groups(analysis),
        Step.NEED: _cells(analysis, analysis.figures.need, "woonbehoefte"),
        Step.CAPACITY: _cells(analysis, analysis.figures.capacity, "aanbod"),
        Step.GAP: _gap(analysis),
        Step.MEASURES: _measures(project),
        Step.AGREEMENTS: _agreements(project),
    }
    open_steps = [s for s, st in result.items() if st.status is not Status.COMPLETE]
    result[Step.DOCUMENTS] = (
        StepStatus(Status.COMPLETE)
        if not open_steps
        else StepStatus(Status.ATTENTION, f"{len(open_steps)} eerdere stap(pen) nog niet compleet")
    )
    return result


def _region(analysis: Analysis) -> StepStatus:
    vision = analysis.figures.vision
    if not vision.region_name:
        return StepStatus(Status.ATTENTION, "de naam van de regio ontbreekt")
    lacking = [
        m.name
        for m in analysis.figures.municipalities
        if any(m.value(indicator) is None for indicator in USER_INPUT)
    ]
    if lacking:
        return StepStatus(
            Status.ATTENTION,
            f"sociale huur of geplande nieuwbouw ontbreekt voor {_names(lacking)}",
        )
    return StepStatus(Status.COMPLETE)


def _partners(project) -> StepStatus:
    if not partners.list_partners(project):
        return StepStatus(Status.NOT_STARTED, "nog geen partners")
    return StepStatus(Status.COMPLETE)


def _groups(analysis: Analysis) -> StepStatus:
    groups = analysis.figures.groups
    if not groups:
        return StepStatus(Status.ATTENTION, "geen aandachtsgroep aangezet")
    without = [g.label for g in groups if not g.housing_types]
    if without:
        return StepStatus(Status.ATTENTION, f"geen woonvorm gekozen voor {_names(without)}")
    return StepStatus(Status.COMPLETE)


def _cells(analysis: Analysis, values: dict, what: str) -> StepStatus:
    figures = analysis.figures
    expected = [
        (m.id, g.id, y)
        for m in figures.municipalities
        for g in figures.groups
        for y in figures.years
    ]
    if not any(key in values for key in expected):
        return StepStatus(Status.NOT_STARTED, f"nog geen {what} ingevuld")
    names = {g.id: g.label for g in figures.groups}
    open_groups = sorted({names[g] for m, g, y in expected if (m, g, y) not in values})
    if open_groups:
        return StepStatus(Status.ATTENTION, f"{what} ontbreekt deels voor {_names(open_groups)}")
    return StepStatus(Status.COMPLETE)


def _gap(analysis: Analysis) -> StepStatus:
    total = analysis.gap_total()
    if total.unknown == len(analysis.gaps):
        return StepStatus(Status.NOT_STARTED, "vul eerst woonbehoefte en aanbod in")
    if not total.complete:
        return StepStatus(
            Status.ATTENTION, f"{total.unknown} opgave(n) onbekend door ontbrekende invoer"
        )
    return StepStatus(Status.COMPLETE)


def _measures(project) -> StepStatus:
    texts = measures.ambitions(project)
    lines_with_measures = {m.action_line for m in measures.list_measures(project)}
    covered = [line for line in ActionLine if texts[line] or line in lines_with_measures]
    if not covered:
        return StepStatus(Status.NOT_STARTED, "nog geen ambities of maatregelen")
    if len(covered) < len(ActionLine):
        missing = [str(int(line)) for line in ActionLine if line not in covered]
        return StepStatus(Status.ATTENTION, f"actielijn {', '.join(missing)} nog leeg")
    return StepStatus(Status.COMPLETE)


def _agreements(project) -> StepStatus:
    items = agreements.list_agreements(project)
    if not items:
        return StepStatus(Status.NOT_STARTED, "nog geen prestatieafspraken")
    incomplete = [
        a
        for a in items
        if not a.party_ids or not any(y.target is not None for y in a.years.values())
    ]
    if incomplete:
        return StepStatus(
            Status.ATTENTION, f"{len(incomplete)} afspraak/afspraken zonder partijen of doelen"
        )
    return StepStatus(Status.COMPLETE)


def _names(names: list[str], limit: int = 3) -> str:
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit])} en {len(names) - limit} andere"
