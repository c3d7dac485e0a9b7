"""How far each step of the wizard is: complete, needs attention, or not started.

Computed from the stored vision (never from screen state) with a short Dutch
reason, so the sidebar can guide the user to what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import ActionLine, BaselineIndicator
from app.services import agreements, measures, partners
from app.services.analysis import Analysis
from app.services.steps import Status as Status  # re-exported
from app.services.steps import Step as Step  # re-exported
from app.storage import ProjectFile


@dataclass(frozen=True)
class StepStatus:
    """A step's state and, when not complete, what is missing: a Dutch `template` (one of
    REASONS, so an interface can translate it) filled with `values`."""

    status: Status
    template: str = ""
    values: tuple[tuple[str, str], ...] = ()

    @property
    def reason(self) -> str:
        """The reason in Dutch."""
        return self.template.format(**dict(self.values))


def _status(status: Status, template: str = "", **values: object) -> StepStatus:
    return StepStatus(status, template, tuple((k, str(v)) for k, v in values.items()))


EARLIER_OPEN = "{count} eerdere stap(pen) nog niet compleet"
NO_REGION = "de naam van de regio ontbreekt"
NO_HOUSING_FIGURES = "sociale huur of geplande nieuwbouw ontbreekt voor {names}"
NO_PARTNERS = "nog geen partners"
NO_GROUPS = "geen aandachtsgroep aangezet"
NO_HOUSING_TYPES = "geen woonvorm gekozen voor {names}"
NO_NEED = "nog geen woonbehoefte ingevuld"
PARTIAL_NEED = "woonbehoefte ontbreekt deels voor {names}"
NO_CAPACITY = "nog geen aanbod ingevuld"
PARTIAL_CAPACITY = "aanbod ontbreekt deels voor {names}"
NO_FIGURES = "vul eerst woonbehoefte en aanbod in"
UNKNOWN_GAPS = "{count} opgave(n) onbekend door ontbrekende invoer"
NO_MEASURES = "nog geen ambities of maatregelen"
EMPTY_LINES = "actielijn {lines} nog leeg"
NO_AGREEMENTS = "nog geen prestatieafspraken"
INCOMPLETE_AGREEMENTS = "{count} afspraak/afspraken zonder partijen of doelen"
AND_OTHERS = "{names} en {count} andere"
NO_MEASUREMENT = "nog geen meting"
BEHIND = "{count} afspraakjaar/-jaren achter"
REASONS = (
    EARLIER_OPEN,
    NO_REGION,
    NO_HOUSING_FIGURES,
    NO_PARTNERS,
    NO_GROUPS,
    NO_HOUSING_TYPES,
    NO_NEED,
    PARTIAL_NEED,
    NO_CAPACITY,
    PARTIAL_CAPACITY,
    NO_FIGURES,
    UNKNOWN_GAPS,
    NO_MEASURES,
    EMPTY_LINES,
    NO_AGREEMENTS,
    INCOMPLETE_AGREEMENTS,
    AND_OTHERS,
    NO_MEASUREMENT,
    BEHIND,
)


USER_INPUT = (
    BaselineIndicator.SOCIAL_RENT_DWELLINGS,
    BaselineIndicator.PLANNED_NEW_TOTAL,
    BaselineIndicator.PLANNED_NEW_SOCIAL,
    BaselineIndicator.PLANNED_NEW_MIDDLE,
)


def step_statuses(project: ProjectFile, analysis: Analysis) -> dict[Step, StepStatus]:
    """The status of every step of the vision."""
    result = {
        Step.REGION: _region(analysis),
        Step.PARTNERS: _partners(project),
        Step.GROUPS: _groups(analysis),
        Step.NEED: _cells(analysis, "need", NO_NEED, PARTIAL_NEED),
        Step.CAPACITY: _cells(analysis, "capacity", NO_CAPACITY, PARTIAL_CAPACITY),
        Step.GAP: _gap(analysis),
        Step.MEASURES: _measures(project),
        Step.AGREEMENTS: _agreements(project),
    }
    open_steps = [s for s, st in result.items() if st.status is not Status.COMPLETE]
    result[Step.DOCUMENTS] = (
        StepStatus(Status.COMPLETE)
        if not open_steps
        else _status(Status.ATTENTION, EARLIER_OPEN, count=len(open_steps))
    )
    # The monitor follows the adopted vision: it does not hold up the documents.
    result[Step.MONITOR] = _monitor(project, analysis)
    return result


def _region(analysis: Analysis) -> StepStatus:
    vision = analysis.figures.vision
    if not vision.region_name:
        return _status(Status.ATTENTION, NO_REGION)
    lacking = [
        m.name
        for m in analysis.figures.municipalities
        if any(m.value(indicator) is None for indicator in USER_INPUT)
    ]
    if lacking:
        return _status(Status.ATTENTION, NO_HOUSING_FIGURES, names=_names(lacking))
    return StepStatus(Status.COMPLETE)


def _partners(project: ProjectFile) -> StepStatus:
    if not partners.list_partners(project):
        return _status(Status.NOT_STARTED, NO_PARTNERS)
    return StepStatus(Status.COMPLETE)


def _groups(analysis: Analysis) -> StepStatus:
    groups = analysis.figures.groups
    if not groups:
        return _status(Status.ATTENTION, NO_GROUPS)
    without = [g.label for g in groups if not g.housing_types]
    if without:
        return _status(Status.ATTENTION, NO_HOUSING_TYPES, names=_names(without))
    return StepStatus(Status.COMPLETE)


def _cells(analysis: Analysis, what: str, nothing: str, partly: str) -> StepStatus:
    """Need or capacity: not started, some groups still open, or every expected input in."""
    figures = analysis.figures
    if what == "need":
        started = any(cell.need is not None for cell in figures.inputs.values())
    else:
        started = any(any(v is not None for v in cell.capacity) for cell in figures.inputs.values())
    if not started:
        return _status(Status.NOT_STARTED, nothing)
    names = {g.id: g.label for g in figures.groups}
    open_ids = {g for (_m, g, _y), total in analysis.gaps.items() if getattr(total, what) is None}
    open_groups = [names[g.id] for g in figures.groups if g.id in open_ids]
    if open_groups:
        return _status(Status.ATTENTION, partly, names=_names(open_groups))
    return StepStatus(Status.COMPLETE)


def _gap(analysis: Analysis) -> StepStatus:
    unknown = sum(1 for total in analysis.gaps.values() if not total.complete)
    if unknown == len(analysis.gaps):
        return _status(Status.NOT_STARTED, NO_FIGURES)
    if unknown:  # per municipality x group x year, as the step shows them
        return _status(Status.ATTENTION, UNKNOWN_GAPS, count=unknown)
    return StepStatus(Status.COMPLETE)


def _measures(project: ProjectFile) -> StepStatus:
    texts = measures.ambitions(project)
    lines_with_measures = {m.action_line for m in measures.list_measures(project)}
    covered = [line for line in ActionLine if texts[line] or line in lines_with_measures]
    if not covered:
        return _status(Status.NOT_STARTED, NO_MEASURES)
    if len(covered) < len(ActionLine):
        missing = [str(int(line)) for line in ActionLine if line not in covered]
        return _status(Status.ATTENTION, EMPTY_LINES, lines=", ".join(missing))
    return StepStatus(Status.COMPLETE)


def _agreements(project: ProjectFile) -> StepStatus:
    items = agreements.list_agreements(project)
    if not items:
        return _status(Status.NOT_STARTED, NO_AGREEMENTS)
    incomplete = [
        a
        for a in items
        if not a.party_ids or not any(y.target is not None for y in a.years.values())
    ]
    if incomplete:
        return _status(Status.ATTENTION, INCOMPLETE_AGREEMENTS, count=len(incomplete))
    return StepStatus(Status.COMPLETE)


def _monitor(project: ProjectFile, analysis: Analysis) -> StepStatus:
    """Not started without a measurement; attention while an agreement year is behind."""
    from app.services.calculations.monitor import MonitorStatus
    from app.services.monitor import monitor_data

    data = monitor_data(project, analysis=analysis)
    measured = data.current.measurement
    if measured is None:
        return _status(Status.NOT_STARTED, NO_MEASUREMENT)
    behind = [s for s in data.current.statuses.values() if s.status is MonitorStatus.BEHIND]
    if behind:
        return _status(Status.ATTENTION, BEHIND, count=len(behind))
    return StepStatus(Status.COMPLETE)


def _names(names: list[str], limit: int = 3) -> str:
    if len(names) <= limit:
        return ", ".join(names)
    return AND_OTHERS.format(names=", ".join(names[:limit]), count=len(names) - limit)
