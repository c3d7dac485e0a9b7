"""Domain errors: raised by services, carrying a Dutch message for the user."""

from __future__ import annotations


class DomainError(Exception):
    """A user action that cannot be carried out; `str()` is the message to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """A value the user typed or imported is not acceptable."""


class NotFoundError(DomainError):
    """The thing the action refers to does not exist (any more)."""


class FiguresOutsidePeriodError(ValidationError):
    """A shorter plan period would drop figures; the user must confirm (drop_outside)."""


class Cancelled(Exception):  # noqa: N818 - a signal, not an error
    """The user stopped a long piece of work (an export, the overview over many visions);
    nothing was written."""
