"""The vision's norms and norm set, read straight through sqlite3 (`ProjectReader.fetch`).

The calculations and the summary read them here without loading SQLAlchemy; `norms`
re-exports these beside the functions that change norms.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import MustBuildRule, NormScope
from app.services import catalogue
from app.services.dto import NormInfo
from app.services.norm_sets import NormSet, find_set, newer_sets
from app.services.vision_read import norm_set_code
from app.storage import ProjectReader

_ORDER = list(catalogue.NORM_LABELS)
_NORMS_SQL = (
    "SELECT code, label, value, reference_date, source, scope, applies_to, overridden FROM norm"
)


@dataclass(frozen=True)
class NormSetStatus:
    """Which norm set a vision follows, and whether a newer one is shipped."""

    code: str
    known: NormSet | None  # None: a set this version of Thuisplan does not know
    newer: tuple[NormSet, ...]

    @property
    def name(self) -> str:
        if self.known is not None:
            return self.known.name
        return f"onbekende normenset '{self.code}'" if self.code else "geen normenset"

    @property
    def note(self) -> str:
        """What a user should know on opening the file (Dutch; '' when nothing)."""
        if self.known is None:
            return (
                f"Deze visie volgt een {self.name}: de normen in het bestand blijven zoals ze "
                "zijn. Kies een normenset om ze te vervangen."
            )
        if self.newer:
            names = " en ".join(f"'{s.name}'" for s in self.newer)
            return (
                f"Er is een nieuwere normenset: {names}. De normen van deze visie blijven zoals "
                "ze zijn tot u een andere normenset kiest."
            )
        return ""


def list_norms(project: ProjectReader) -> list[NormInfo]:
    """All norms of the vision, in the order of the catalogue."""
    return sorted((norm_info(*row) for row in project.fetch(_NORMS_SQL)), key=_position)


def norm_values(project: ProjectReader) -> dict[str, float | None]:
    """Norm code -> value (a fraction; None where the norm set names no figure)."""
    return {norm.code: norm.value for norm in list_norms(project)}


def must_build_rule(project: ProjectReader) -> MustBuildRule:
    """Who must build the minimum social share of new construction, by the vision's norms."""
    norm = next((n for n in list_norms(project) if n.code == catalogue.MIN_SOCIAL_NEW_BUILD), None)
    if norm is None or norm.applies_to is None:
        return MustBuildRule.BELOW_NATIONAL_AVERAGE
    return norm.applies_to


def norm_set_status(project: ProjectReader) -> NormSetStatus:
    """The vision's norm set and the newer sets Thuisplan ships."""
    code = norm_set_code(project)
    return NormSetStatus(code, find_set(code), newer_sets(code))


def norm_info(
    code: str,
    label: str,
    value: float | None,
    reference_date: str,
    source: str,
    scope: str | None,
    applies_to: str | None,
    overridden: str,
) -> NormInfo:
    """A norm as its row stores it."""
    return NormInfo(
        code,
        label,
        value,
        reference_date,
        source,
        NormScope(scope) if scope else None,
        MustBuildRule(applies_to) if applies_to else None,
        overridden,
    )


def _position(norm: NormInfo) -> tuple[int, str]:
    return (_ORDER.index(norm.code) if norm.code in _ORDER else len(_ORDER), norm.code)
