"""The wizard's steps and the states a step can be in (light: the first screen needs them
before the calculations behind `progress` have loaded)."""

from __future__ import annotations

from enum import StrEnum


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
    MONITOR = "monitor"
    DOCUMENTS = "documents"
