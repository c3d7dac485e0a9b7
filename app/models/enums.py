"""Fixed vocabularies of the domain, each value with its Dutch interface label.

The stored value is a stable English code; the label is what the user reads
(and what the data-collection workbook shows).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Self


class _Labelled(StrEnum):
    """A string enum whose members carry a Dutch label."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def from_label(cls, label: str) -> Self:
        """The member whose Dutch label matches `label` (case and spaces ignored)."""
        wanted = " ".join(label.split()).casefold()
        for member in cls:
            if member.label.casefold() == wanted or member.value == wanted:
                return member
        raise ValueError(label)


class HousingType(_Labelled):
    """Woonvorm that a need can ask for."""

    INDEPENDENT_REGULAR = "independent_regular"
    ZERO_STEP = "zero_step"
    INDEPENDENT_CLUSTERED = "independent_clustered"
    CLUSTERED_NURSING = "clustered_nursing"
    ROOM = "room"
    SHELTERED_24H = "sheltered_24h"
    FLEX = "flex"
    PITCH = "pitch"
    SHORT_STAY = "short_stay"
    STUDENT = "student"


class SupportLevel(_Labelled):
    """Begeleidingsniveau."""

    NONE = "none"
    AMBULANT = "ambulant"
    INTENSIVE = "intensive"
    ROUND_THE_CLOCK = "round_the_clock"


class CapacityKind(_Labelled):
    """Soort aanbod: where the capacity for a group comes from."""

    ALLOCATION = "allocation"
    NEW_BUILD = "new_build"
    FLEX = "flex"
    TRANSFORMATION = "transformation"
    OTHER = "other"


class PartnerKind(_Labelled):
    """Kind of partner in the prestatieafspraken."""

    MUNICIPALITY = "municipality"
    HOUSING_CORPORATION = "housing_corporation"
    TENANTS_ORGANISATION = "tenants_organisation"
    CARE_PROVIDER = "care_provider"
    CARE_OFFICE = "care_office"
    WELFARE_ORGANISATION = "welfare_organisation"
    PRIVATE_LANDLORD = "private_landlord"
    PROVINCE = "province"
    OTHER = "other"


class AgreementStatus(_Labelled):
    """Monitoring status of an agreement in a year."""

    ON_TRACK = "on_track"
    BEHIND = "behind"
    REALISED = "realised"


class VisionStatus(_Labelled):
    """Stage of the woonzorgvisie."""

    DRAFT = "draft"
    IN_CONSULTATION = "in_consultation"
    ADOPTED = "adopted"


class BaselineIndicator(_Labelled):
    """A baseline figure of a municipality."""

    INHABITANTS = "inhabitants"
    HOUSEHOLDS = "households"
    DWELLINGS = "dwellings"
    SOCIAL_RENT_DWELLINGS = "social_rent_dwellings"
    INHABITANTS_65_PLUS = "inhabitants_65_plus"
    PLANNED_NEW_TOTAL = "planned_new_total"
    PLANNED_NEW_SOCIAL = "planned_new_social"
    PLANNED_NEW_MIDDLE = "planned_new_middle"


class DistributionKey(_Labelled):
    """Verdeelsleutel for the evenwichtige verdeling."""

    INHABITANTS = "inhabitants"
    HOUSEHOLDS = "households"
    DWELLINGS = "dwellings"
    SOCIAL_RENT_DWELLINGS = "social_rent_dwellings"
    WEIGHTED_MIX = "weighted_mix"

    @property
    def indicator(self) -> BaselineIndicator | None:
        """The baseline figure a single-figure key divides by (None for the mix)."""
        if self is DistributionKey.WEIGHTED_MIX:
            return None
        return BaselineIndicator(self.value)


class FairShareScope(_Labelled):
    """Which target groups the evenwichtige verdeling shares out (the vision's choice)."""

    URGENT = "urgent"  # the active groups flagged as verplicht urgent
    ACTIVE = "active"  # every active group (what files made before the choice existed use)
    CHOSEN = "chosen"  # the active groups on the vision's own list


class EstimateMethod(StrEnum):
    """A documented way to estimate a first need (raming); see app.services.estimates."""

    OLDER_PEOPLE_TARGET = "older_people_target"
    STATUS_HOLDERS_TASK = "status_holders_task"
    FLOW_MODEL = "flow_model"
    RATE_PER_BASE = "rate_per_base"

    @property
    def label(self) -> str:
        return _LABELS["EstimateMethod"][self.value]


class NormScope(_Labelled):
    """Where a norm is tested: per municipality, over the region, or nationally."""

    MUNICIPALITY = "municipality"
    REGION = "region"
    NATIONAL = "national"


class MustBuildRule(_Labelled):
    """Who must build the minimum social share of new construction (a norm set's rule)."""

    BELOW_NATIONAL_AVERAGE = "below_national_average"
    BELOW_GOAL = "below_goal"
    REGION = "region"


class ActionLine(IntEnum):
    """The four actielijnen of the programme 'Een thuis voor iedereen'."""

    AFFORDABLE_HOUSING = 1
    BALANCED_DISTRIBUTION = 2
    HOUSING_CARE_WELFARE = 3
    PREVENTION = 4

    @property
    def label(self) -> str:
        return _LABELS["ActionLine"][self.value]


_LABELS: dict[str, dict[str | int, str]] = {
    "HousingType": {
        "independent_regular": "Zelfstandig regulier",
        "zero_step": "Nultredenwoning",
        "independent_clustered": "Zelfstandig geclusterd",
        "clustered_nursing": "Geclusterd met verpleegzorg",
        "room": "Onzelfstandig (kamer)",
        "sheltered_24h": "Beschermd / 24-uurs",
        "flex": "Flexwoning",
        "pitch": "Standplaats",
        "short_stay": "Short stay",
        "student": "Studentenwoning",
    },
    "SupportLevel": {
        "none": "Geen",
        "ambulant": "Ambulant",
        "intensive": "Intensief",
        "round_the_clock": "24-uurs",
    },
    "CapacityKind": {
        "allocation": "Toewijzing uit vrijkomende voorraad",
        "new_build": "Nieuwbouw",
        "flex": "Flexwoningen",
        "transformation": "Transformatie",
        "other": "Overig",
    },
    "PartnerKind": {
        "municipality": "Gemeente",
        "housing_corporation": "Woningcorporatie",
        "tenants_organisation": "Huurdersorganisatie",
        "care_provider": "Zorgaanbieder",
        "care_office": "Zorgkantoor",
        "welfare_organisation": "Welzijnsorganisatie",
        "private_landlord": "Particuliere verhuurder",
        "province": "Provincie",
        "other": "Overig",
    },
    "AgreementStatus": {
        "on_track": "Op schema",
        "behind": "Achter",
        "realised": "Gerealiseerd",
    },
    "VisionStatus": {
        "draft": "Concept",
        "in_consultation": "In bespreking",
        "adopted": "Vastgesteld",
    },
    "BaselineIndicator": {
        "inhabitants": "Inwoners",
        "households": "Huishoudens",
        "dwellings": "Woningen",
        "social_rent_dwellings": "Sociale huurwoningen (corporatiebezit)",
        "inhabitants_65_plus": "Inwoners van 65 jaar en ouder",
        "planned_new_total": "Geplande nieuwbouw in de planperiode",
        "planned_new_social": "waarvan sociale huur",
        "planned_new_middle": "waarvan middensegment",
    },
    "DistributionKey": {
        "inhabitants": "Inwoners",
        "households": "Huishoudens",
        "dwellings": "Woningvoorraad",
        "social_rent_dwellings": "Sociale huurvoorraad",
        "weighted_mix": "Gewogen mix",
    },
    "FairShareScope": {
        "urgent": "Verplicht urgenten",
        "active": "Alle actieve aandachtsgroepen",
        "chosen": "Gekozen aandachtsgroepen",
    },
    "EstimateMethod": {
        "older_people_target": "Landelijke opgave ouderen 2022–2030 naar aandeel 65+",
        "status_holders_task": "Taakstelling statushouders naar aandeel inwoners",
        "flow_model": "Stroommodel: uitstroom uit instellingen en opvang",
        "rate_per_base": "Norm × basis: een aantal per 1.000",
    },
    "NormScope": {
        "municipality": "Per gemeente",
        "region": "Per regio",
        "national": "Landelijk",
    },
    "MustBuildRule": {
        "below_national_average": "Gemeenten met een aandeel sociale huur onder het landelijk "
        "gemiddelde",
        "below_goal": "Gemeenten met een aandeel sociale huur onder het streven",
        "region": "De regio als geheel (niet elke gemeente apart)",
    },
    "ActionLine": {
        1: "Voldoende betaalbare en passende woningen",
        2: "Evenwichtige verdeling over alle gemeenten",
        3: "Combineren van wonen, zorg, welzijn en werk",
        4: "Preventie",
    },
}
