"""From a vision's estimates (one per group) to the estimated need of each cell, keyed as the
calculations key them: (municipality id, group id, housing type, year)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.models import BaselineIndicator, EstimateMethod, HousingType
from app.services.dto import MunicipalityInfo
from app.services.estimates.core import Base, Bases, Estimate
from app.services.estimates.flow_model import FlowModel
from app.services.estimates.parameters import Parameters, method_of

CellKey = tuple[int, int, HousingType, int]
INDICATORS = {
    Base.INHABITANTS: BaselineIndicator.INHABITANTS,
    Base.HOUSEHOLDS: BaselineIndicator.HOUSEHOLDS,
    Base.INHABITANTS_65_PLUS: BaselineIndicator.INHABITANTS_65_PLUS,
    Base.DWELLINGS: BaselineIndicator.DWELLINGS,
}


@dataclass(frozen=True)
class GroupEstimate:
    """The estimate of one group in one scenario."""

    group_id: int
    parameters: Parameters

    @property
    def method(self) -> EstimateMethod:
        return method_of(self.parameters)


@dataclass(frozen=True)
class EstimatedCells:
    """Estimated need per cell, and why the cells it could not estimate stay unknown."""

    values: dict[CellKey, int]
    unknown: dict[CellKey, str]


def estimated_cells(
    estimates: Iterable[GroupEstimate],
    municipalities: Sequence[MunicipalityInfo],
    years: Sequence[int],
    key_shares: Mapping[int, float | None],
) -> EstimatedCells:
    """Run every group's method on the municipalities' baseline figures."""
    ids = {m.code: m.id for m in municipalities}
    bases = {
        m.code: {base: m.value(indicator) for base, indicator in INDICATORS.items()}
        for m in municipalities
    }
    shares = {m.code: key_shares.get(m.id) for m in municipalities}
    values: dict[CellKey, int] = {}
    unknown: dict[CellKey, str] = {}
    for estimate in estimates:
        result = _run(estimate.parameters, bases, years, shares)
        for (code, housing_type, year), value in result.values.items():
            values[(ids[code], estimate.group_id, housing_type, year)] = value
        for (code, housing_type, year), reason in result.unknown.items():
            unknown[(ids[code], estimate.group_id, housing_type, year)] = reason
    return EstimatedCells(values, unknown)


def _run(
    parameters: Parameters,
    bases: Bases,
    years: Sequence[int],
    shares: Mapping[str, float | None],
) -> Estimate:
    if isinstance(parameters, FlowModel):
        return parameters.estimate(bases, years, shares)
    return parameters.estimate(bases, years)
