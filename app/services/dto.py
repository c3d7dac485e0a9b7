"""Plain, immutable results that services hand to views, exports and the CLI.

No ORM object ever leaves a service: these are detached snapshots.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.models import (
    ActionLine,
    AgreementStatus,
    BaselineIndicator,
    CapacityKind,
    DistributionKey,
    HousingType,
    MustBuildRule,
    NormScope,
    PartnerKind,
    SupportLevel,
    VisionStatus,
)


@dataclass(frozen=True)
class VisionInfo:
    """The woonzorgvisie's own details."""

    title: str
    region_name: str
    start_year: int
    end_year: int
    status: VisionStatus
    author: str
    created: datetime
    modified: datetime
    distribution_key: DistributionKey
    key_weights: dict[BaselineIndicator, float]
    is_example: bool

    @property
    def years(self) -> list[int]:
        return list(range(self.start_year, self.end_year + 1))


@dataclass(frozen=True)
class BaselineValue:
    """One baseline figure with its provenance; value None = unknown."""

    value: int | None
    source: str
    reference_date: str
    user_entered: bool
    estimated: bool = False  # a raming (e.g. corporation share x dwellings), not a count


@dataclass(frozen=True)
class MunicipalityInfo:
    """A municipality of the vision with its baseline figures."""

    id: int
    code: str
    name: str
    province: str
    corop: str
    baseline: dict[BaselineIndicator, BaselineValue]

    def value(self, indicator: BaselineIndicator) -> int | None:
        figure = self.baseline.get(indicator)
        return None if figure is None else figure.value


@dataclass(frozen=True)
class TargetGroupInfo:
    """An aandachtsgroep as the vision uses it."""

    id: int
    code: str
    label: str
    definition: str
    mandatory_urgency: bool
    is_standard: bool
    active: bool
    housing_types: tuple[HousingType, ...]
    support_levels: tuple[SupportLevel, ...]


@dataclass(frozen=True)
class SeriesInfo:
    """A grid row: the values per year of municipality x group x housing type (x kind)."""

    municipality_code: str
    group_id: int
    housing_type: HousingType
    kind: CapacityKind | None
    source_note: str
    values: dict[int, int]
    allocation_share: float | None = None


@dataclass(frozen=True)
class PartnerInfo:
    """A partner; municipality_code None = regional."""

    id: int
    name: str
    kind: PartnerKind
    municipality_code: str | None


@dataclass(frozen=True)
class MeasureInfo:
    """A maatregel under an actielijn."""

    id: int
    action_line: ActionLine
    description: str
    owner: str
    year: int | None


@dataclass(frozen=True)
class AgreementYearInfo:
    """Target and monitoring of an agreement in one year."""

    target: float | None
    realised: float | None
    status: AgreementStatus | None


@dataclass(frozen=True)
class AgreementInfo:
    """A prestatieafspraak."""

    id: int
    description: str
    party_ids: tuple[int, ...]
    municipality_code: str | None
    group_id: int | None
    indicator: str
    unit: str
    baseline: float | None
    deadline: str
    owner_partner_id: int | None
    years: dict[int, AgreementYearInfo] = field(default_factory=dict)


@dataclass(frozen=True)
class NormInfo:
    """A policy norm; value is a fraction (0.30 = 30 %), None when the vision's norm set
    names no figure. `overridden` is the date the user set their own value ('' if not)."""

    code: str
    label: str
    value: float | None
    reference_date: str
    source: str
    scope: NormScope | None = None
    applies_to: MustBuildRule | None = None
    overridden: str = ""


@dataclass(frozen=True)
class UrgencyInfo:
    """A category of verplicht urgenten; `norm_set` the set it came with ('' = added by the
    user), `retired` the date it stopped applying ('' while it applies)."""

    id: int
    label: str
    reference_date: str
    source: str
    norm_set: str
    retired: str
