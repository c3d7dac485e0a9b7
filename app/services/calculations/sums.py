"""Adding up figures where a missing one makes the sum unknown."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

N = TypeVar("N", int, float)


def sum_or_unknown(values: Iterable[N | None]) -> N | None:
    """The sum, or None when any value is unknown (an unknown part makes the whole unknown)."""
    result: N = 0
    for value in values:
        if value is None:
            return None
        result += value
    return result
