"""The schema (SQLModel tables) and the domain's fixed vocabularies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.enums import (
    ActionLine,
    AgreementStatus,
    BaselineIndicator,
    CapacityKind,
    DistributionKey,
    EstimateMethod,
    FairShareScope,
    HousingType,
    MustBuildRule,
    NormScope,
    PartnerKind,
    SupportLevel,
    VisionStatus,
)

# The tables load SQLModel and SQLAlchemy (a third of a second): they are imported on
# first use, so a module that needs only the vocabularies (the first screen) stays light.
_TABLES = frozenset(
    {
        "Agreement",
        "AgreementParty",
        "AgreementYear",
        "Ambition",
        "BaselineFigure",
        "CapacitySeries",
        "CapacityValue",
        "CellValue",
        "DeliveredValue",
        "FairShareAdjustment",
        "FairShareGroup",
        "Measure",
        "Measurement",
        "Municipality",
        "NeedEstimate",
        "NeedSeries",
        "NeedValue",
        "Norm",
        "Partner",
        "RealisedValue",
        "Scenario",
        "SocialRentVacancies",
        "TargetGroup",
        "UrgencyCategory",
        "Vision",
    }
)

if TYPE_CHECKING:  # the type checker sees the tables; at run time __getattr__ loads them
    from app.models.tables import (
        Agreement,
        AgreementParty,
        AgreementYear,
        Ambition,
        BaselineFigure,
        CapacitySeries,
        CapacityValue,
        CellValue,
        DeliveredValue,
        FairShareAdjustment,
        FairShareGroup,
        Measure,
        Measurement,
        Municipality,
        NeedEstimate,
        NeedSeries,
        NeedValue,
        Norm,
        Partner,
        RealisedValue,
        Scenario,
        SocialRentVacancies,
        TargetGroup,
        UrgencyCategory,
        Vision,
    )


def __getattr__(name: str) -> object:
    if name in _TABLES:
        from app.models import tables

        return getattr(tables, name)
    raise AttributeError(f"module 'app.models' has no attribute {name!r}")


__all__ = [
    "ActionLine",
    "Agreement",
    "AgreementParty",
    "AgreementStatus",
    "AgreementYear",
    "Ambition",
    "BaselineFigure",
    "BaselineIndicator",
    "CapacityKind",
    "CapacitySeries",
    "CapacityValue",
    "CellValue",
    "DeliveredValue",
    "DistributionKey",
    "EstimateMethod",
    "FairShareAdjustment",
    "FairShareGroup",
    "FairShareScope",
    "HousingType",
    "Measure",
    "Measurement",
    "Municipality",
    "MustBuildRule",
    "NeedEstimate",
    "NeedSeries",
    "NeedValue",
    "Norm",
    "NormScope",
    "Partner",
    "PartnerKind",
    "RealisedValue",
    "Scenario",
    "SocialRentVacancies",
    "SupportLevel",
    "TargetGroup",
    "UrgencyCategory",
    "Vision",
    "VisionStatus",
]
