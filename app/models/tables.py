"""The project file's schema: one woonzorgvisie per file.

Enumerated columns store the enum's value (see `enums`). Every column carries a CHECK
constraint from `rules` (types, ranges, text lengths, codes), so that nothing that
bypasses the services can store nonsense, and SQLite's quick_check finds it on opening.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models.rules import check_constraints


def _checks(table: str, *constraints: UniqueConstraint) -> tuple[object, ...]:
    """`constraints` and the CHECK constraints of `table`'s rules."""
    checks = (CheckConstraint(sql, name=name) for name, sql in check_constraints(table))
    return (*constraints, *checks)


class Vision(SQLModel, table=True):
    """The woonzorgvisie itself (exactly one row)."""

    __tablename__ = "vision"

    id: int | None = Field(default=None, primary_key=True)
    title: str
    region_name: str = ""
    start_year: int
    end_year: int
    status: str = "draft"
    author: str = ""
    created: datetime
    modified: datetime
    distribution_key: str = "inhabitants"
    weight_inhabitants: float = 1.0
    weight_households: float = 0.0
    weight_dwellings: float = 0.0
    weight_social_rent_dwellings: float = 0.0
    is_example: bool = False
    # The code of the norm set the vision follows (app.services.norm_sets); '' for none.
    norm_set: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # The evenwichtige verdeling: which groups it shares out (FairShareScope; 'active' for
    # files made before the choice existed, so their figures stay as they were) and whether
    # a municipality's shortfall of a year is added to its fair share of the next.
    fair_share_scope: str = Field(default="active", sa_column_kwargs={"server_default": "active"})
    carry_over: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})

    __table_args__ = _checks("vision")


class Municipality(SQLModel, table=True):
    """A gemeente taking part in the vision."""

    __tablename__ = "municipality"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    name: str
    province: str = ""
    corop: str = ""
    sort_order: int = 0

    __table_args__ = _checks("municipality")


class BaselineFigure(SQLModel, table=True):
    """One baseline figure of a municipality, with where it came from.

    A missing row or a NULL value means the figure is unknown.
    """

    __tablename__ = "baseline_figure"

    id: int | None = Field(default=None, primary_key=True)
    municipality_id: int = Field(foreign_key="municipality.id", ondelete="CASCADE")
    indicator: str
    value: int | None = None
    source: str = ""
    reference_date: str = ""
    user_entered: bool = False
    # A raming (e.g. social rent dwellings = corporation share x dwellings), not a count.
    estimated: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})

    __table_args__ = _checks(
        "baseline_figure", UniqueConstraint("municipality_id", "indicator", name="uq_baseline")
    )


class SocialRentVacancies(SQLModel, table=True):
    """Vrijkomende sociale huurwoningen of a municipality in a year."""

    __tablename__ = "social_rent_vacancies"

    municipality_id: int = Field(
        foreign_key="municipality.id", primary_key=True, ondelete="CASCADE"
    )
    year: int = Field(primary_key=True)
    count: int

    __table_args__ = _checks("social_rent_vacancies")


class TargetGroup(SQLModel, table=True):
    """An aandachtsgroep: from the standard catalogue or added by the user."""

    __tablename__ = "target_group"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    label: str
    definition: str = ""
    mandatory_urgency: bool = False
    is_standard: bool = False
    active: bool = True
    sort_order: int = 0
    # Comma-separated enum values; a handful of codes, validated by the services.
    housing_types: str = ""
    support_levels: str = ""

    __table_args__ = _checks("target_group")


class NeedSeries(SQLModel, table=True):
    """A row of the need grid: municipality x group x housing type, with its source note."""

    __tablename__ = "need_series"

    id: int | None = Field(default=None, primary_key=True)
    municipality_id: int = Field(foreign_key="municipality.id", ondelete="CASCADE")
    target_group_id: int = Field(foreign_key="target_group.id", ondelete="CASCADE", index=True)
    housing_type: str
    source_note: str = ""

    __table_args__ = _checks(
        "need_series",
        UniqueConstraint("municipality_id", "target_group_id", "housing_type", name="uq_need"),
    )


class NeedValue(SQLModel, table=True):
    """The need of one series in one year."""

    __tablename__ = "need_value"

    series_id: int = Field(foreign_key="need_series.id", primary_key=True, ondelete="CASCADE")
    year: int = Field(primary_key=True)
    quantity: int

    __table_args__ = _checks("need_value")


class CapacitySeries(SQLModel, table=True):
    """A row of the capacity grid; `allocation_share` set means it is computed
    from the municipality's vacancies (vacancies x share)."""

    __tablename__ = "capacity_series"

    id: int | None = Field(default=None, primary_key=True)
    municipality_id: int = Field(foreign_key="municipality.id", ondelete="CASCADE")
    target_group_id: int = Field(foreign_key="target_group.id", ondelete="CASCADE", index=True)
    housing_type: str
    kind: str
    source_note: str = ""
    allocation_share: float | None = None

    __table_args__ = _checks(
        "capacity_series",
        UniqueConstraint(
            "municipality_id", "target_group_id", "housing_type", "kind", name="uq_capacity"
        ),
    )


class CapacityValue(SQLModel, table=True):
    """The capacity of one series in one year."""

    __tablename__ = "capacity_value"

    series_id: int = Field(foreign_key="capacity_series.id", primary_key=True, ondelete="CASCADE")
    year: int = Field(primary_key=True)
    quantity: int

    __table_args__ = _checks("capacity_value")


class Partner(SQLModel, table=True):
    """A partner in the prestatieafspraken; without municipality it works regionally."""

    __tablename__ = "partner"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    kind: str
    municipality_id: int | None = Field(
        default=None, foreign_key="municipality.id", ondelete="SET NULL"
    )

    __table_args__ = _checks("partner")


class Ambition(SQLModel, table=True):
    """The ambition text of one actielijn."""

    __tablename__ = "ambition"

    action_line: int = Field(primary_key=True)
    text: str = ""

    __table_args__ = _checks("ambition")


class Measure(SQLModel, table=True):
    """A maatregel under an actielijn."""

    __tablename__ = "measure"

    id: int | None = Field(default=None, primary_key=True)
    action_line: int
    description: str
    owner: str = ""
    year: int | None = None
    sort_order: int = 0

    __table_args__ = _checks("measure")


class Agreement(SQLModel, table=True):
    """A prestatieafspraak: what is agreed, how it is measured, and by whom."""

    __tablename__ = "agreement"

    id: int | None = Field(default=None, primary_key=True)
    municipality_id: int | None = Field(
        default=None, foreign_key="municipality.id", ondelete="SET NULL"
    )
    target_group_id: int | None = Field(
        default=None, foreign_key="target_group.id", ondelete="SET NULL"
    )
    description: str
    indicator: str = ""
    unit: str = ""
    baseline: float | None = None
    deadline: str = ""
    owner_partner_id: int | None = Field(
        default=None, foreign_key="partner.id", ondelete="SET NULL"
    )

    __table_args__ = _checks("agreement")


class AgreementParty(SQLModel, table=True):
    """A partner that is party to an agreement."""

    __tablename__ = "agreement_party"

    agreement_id: int = Field(foreign_key="agreement.id", primary_key=True, ondelete="CASCADE")
    partner_id: int = Field(foreign_key="partner.id", primary_key=True, ondelete="CASCADE")

    __table_args__ = _checks("agreement_party")


class AgreementYear(SQLModel, table=True):
    """Target, realised value and monitoring status of an agreement in one year."""

    __tablename__ = "agreement_year"

    agreement_id: int = Field(foreign_key="agreement.id", primary_key=True, ondelete="CASCADE")
    year: int = Field(primary_key=True)
    target: float | None = None
    realised: float | None = None
    # A status set by hand overrides the computed one (app.services.calculations.monitor),
    # with the user's reason ('' in files from before the monitor).
    status: str | None = None
    status_reason: str = Field(default="", sa_column_kwargs={"server_default": ""})

    __table_args__ = _checks("agreement_year")


class Norm(SQLModel, table=True):
    """A policy norm (30 % social rent, 2/3 affordable, ...): data, because the law changes.

    The norm set the vision follows fills these rows; `value` NULL means the set names no
    figure for the norm. `overridden` is the date the user set a value of their own ('' for
    the set's value). `scope` says where the norm is tested, `applies_to` who must build the
    minimum social share (for that norm only)."""

    __tablename__ = "norm"

    code: str = Field(primary_key=True)
    label: str
    value: float | None
    unit: str = "fraction"
    reference_date: str = ""
    source: str = ""
    scope: str | None = None
    applies_to: str | None = None
    overridden: str = Field(default="", sa_column_kwargs={"server_default": ""})

    __table_args__ = _checks("norm")


class UrgencyCategory(SQLModel, table=True):
    """A category of verplicht urgenten. `norm_set` is the code of the norm set it came
    with ('' when the user added it); `retired` the date it stopped applying ('' while it
    applies)."""

    __tablename__ = "urgency_category"

    id: int | None = Field(default=None, primary_key=True)
    label: str
    reference_date: str = ""
    source: str = ""
    sort_order: int = 0
    norm_set: str = Field(default="", sa_column_kwargs={"server_default": ""})
    retired: str = Field(default="", sa_column_kwargs={"server_default": ""})

    __table_args__ = _checks("urgency_category")


class CellValue(SQLModel, table=True):
    """Every stored figure of one municipality x group x housing type x year side by side:
    the need and the capacity of each kind, NULL where nothing is entered.

    Derived data, kept by SQLite triggers on need_value and capacity_value (see
    `app.storage.schema`), so that the calculations read one row per cell instead of
    joining a million values, and can tell exactly which input of a cell is missing.
    """

    __tablename__ = "cell_value"

    municipality_id: int = Field(
        foreign_key="municipality.id", primary_key=True, ondelete="CASCADE"
    )
    target_group_id: int = Field(
        foreign_key="target_group.id", primary_key=True, ondelete="CASCADE"
    )
    housing_type: str = Field(primary_key=True)
    year: int = Field(primary_key=True)
    need: int | None = None
    capacity_allocation: int | None = None
    capacity_new_build: int | None = None
    capacity_flex: int | None = None
    capacity_transformation: int | None = None
    capacity_other: int | None = None

    __table_args__ = _checks("cell_value")


class Scenario(SQLModel, table=True):
    """A named set of estimate parameters; the one with sort_order 0 is the base ('basis')
    whose figures every screen and document shows unless another is asked for."""

    __tablename__ = "scenario"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    sort_order: int = 0

    __table_args__ = _checks("scenario")


class NeedEstimate(SQLModel, table=True):
    """How one group's need is estimated in one scenario: a method and its parameters
    (JSON, see app.services.estimates.parameters). The estimated figures are computed from
    these, never stored: they fill the cells nobody entered a need for."""

    __tablename__ = "need_estimate"

    id: int | None = Field(default=None, primary_key=True)
    scenario_id: int = Field(foreign_key="scenario.id", ondelete="CASCADE")
    target_group_id: int = Field(foreign_key="target_group.id", ondelete="CASCADE")
    method: str
    parameters: str
    modified: datetime

    __table_args__ = _checks(
        "need_estimate",
        UniqueConstraint("scenario_id", "target_group_id", name="uq_need_estimate"),
    )


class FairShareGroup(SQLModel, table=True):
    """A target group on the vision's own list for the evenwichtige verdeling (used when
    the vision's fair_share_scope is 'chosen')."""

    __tablename__ = "fair_share_group"

    target_group_id: int = Field(
        foreign_key="target_group.id", primary_key=True, ondelete="CASCADE"
    )

    __table_args__ = _checks("fair_share_group")


class FairShareAdjustment(SQLModel, table=True):
    """What a municipality already carries (`correction`: places, e.g. of beschermd wonen
    or maatschappelijke opvang, counted as contribution) and its backlog from before the
    plan period (`opening_backlog`, carried into the first year), with their source and
    reference date. NULL: not entered."""

    __tablename__ = "fair_share_adjustment"

    municipality_id: int = Field(
        foreign_key="municipality.id", primary_key=True, ondelete="CASCADE"
    )
    correction: int | None = None
    opening_backlog: int | None = None
    source: str = ""
    reference_date: str = ""

    __table_args__ = _checks("fair_share_adjustment")


class Measurement(SQLModel, table=True):
    """A meting: what was delivered and realised as known on `measured_on` (ISO day,
    e.g. '2027-01-01' for "meting per 1-1-2027")."""

    __tablename__ = "measurement"

    id: int | None = Field(default=None, primary_key=True)
    measured_on: str = Field(unique=True)
    note: str = ""

    __table_args__ = _checks("measurement")


class DeliveredValue(SQLModel, table=True):
    """What a measurement says was delivered for one municipality x group x housing type x
    kind of capacity in one year; a missing row means not reported."""

    __tablename__ = "delivered_value"

    measurement_id: int = Field(foreign_key="measurement.id", primary_key=True, ondelete="CASCADE")
    municipality_id: int = Field(
        foreign_key="municipality.id", primary_key=True, ondelete="CASCADE"
    )
    target_group_id: int = Field(
        foreign_key="target_group.id", primary_key=True, ondelete="CASCADE"
    )
    housing_type: str = Field(primary_key=True)
    kind: str = Field(primary_key=True)
    year: int = Field(primary_key=True)
    quantity: int

    __table_args__ = _checks("delivered_value")


class RealisedValue(SQLModel, table=True):
    """The realised value of an agreement's indicator in one year, as a measurement says."""

    __tablename__ = "realised_value"

    measurement_id: int = Field(foreign_key="measurement.id", primary_key=True, ondelete="CASCADE")
    agreement_id: int = Field(foreign_key="agreement.id", primary_key=True, ondelete="CASCADE")
    year: int = Field(primary_key=True)
    realised: float

    __table_args__ = _checks("realised_value")
