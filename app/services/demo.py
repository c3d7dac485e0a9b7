"""The example vision: the nine Haaglanden municipalities, 2025-2030, with fictitious figures.

Every figure here is invented (deterministically, from the CBS inhabitants) and
labelled "Voorbeeldcijfers, fictief" wherever it appears.
"""

from __future__ import annotations

import random
from pathlib import Path

from app.models import (
    ActionLine,
    AgreementStatus,
    BaselineIndicator,
    CapacityKind,
    HousingType,
    PartnerKind,
)
from app.services import agreements, figures, measurements, measures, municipalities, partners
from app.services.catalogue import EXAMPLE_NOTE as EXAMPLE_NOTE  # re-exported
from app.services.dto import TargetGroupInfo
from app.services.figures import Cell, CellChange
from app.services.lookup import vision_row
from app.services.target_groups import list_target_groups, update_group
from app.services.vision import create_vision
from app.storage import ProjectFile, build_project_file

DEMO_TITLE = "Woonzorgvisie regio Haaglanden (voorbeeld)"
HAAGLANDEN = {
    "GM0503": "Delft",
    "GM0518": "'s-Gravenhage",
    "GM1916": "Leidschendam-Voorburg",
    "GM1842": "Midden-Delfland",
    "GM1926": "Pijnacker-Nootdorp",
    "GM0603": "Rijswijk",
    "GM0629": "Wassenaar",
    "GM1783": "Westland",
    "GM0637": "Zoetermeer",
}
START, END = 2025, 2030

# Fictitious social rent share and planned construction 2025-2030 (total, social, middle).
_HOUSING = {
    "GM0503": (0.36, 6000, 0.30, 0.40),
    "GM0518": (0.29, 24000, 0.30, 0.40),
    "GM1916": (0.27, 3500, 0.32, 0.38),
    "GM1842": (0.15, 1000, 0.30, 0.30),
    "GM1926": (0.14, 3000, 0.35, 0.30),
    "GM0603": (0.33, 5000, 0.25, 0.45),
    "GM0629": (0.16, 900, 0.20, 0.30),
    "GM1783": (0.20, 5500, 0.30, 0.35),
    "GM0637": (0.30, 7000, 0.30, 0.40),
}
# Need per 10,000 inhabitants per year, and how it divides over housing types.
_NEED = {
    "homeless": (
        4.0,
        {
            HousingType.INDEPENDENT_REGULAR: 0.5,
            HousingType.INDEPENDENT_CLUSTERED: 0.25,
            HousingType.ROOM: 0.15,
            HousingType.SHELTERED_24H: 0.1,
        },
    ),
    "institution_leavers": (
        3.5,
        {
            HousingType.INDEPENDENT_REGULAR: 0.4,
            HousingType.INDEPENDENT_CLUSTERED: 0.3,
            HousingType.ROOM: 0.1,
            HousingType.SHELTERED_24H: 0.2,
        },
    ),
    "detention_leavers": (
        1.0,
        {HousingType.INDEPENDENT_REGULAR: 0.6, HousingType.ROOM: 0.3, HousingType.FLEX: 0.1},
    ),
    "status_holders": (
        9.0,
        {HousingType.INDEPENDENT_REGULAR: 0.7, HousingType.ROOM: 0.15, HousingType.FLEX: 0.15},
    ),
    "urgent": (6.0, {HousingType.INDEPENDENT_REGULAR: 0.8, HousingType.INDEPENDENT_CLUSTERED: 0.2}),
    "labour_migrants": (
        3.0,
        {HousingType.SHORT_STAY: 0.4, HousingType.FLEX: 0.3, HousingType.ROOM: 0.3},
    ),
    "students": (4.0, {HousingType.STUDENT: 0.8, HousingType.ROOM: 0.2}),
    "caravan_dwellers": (0.2, {HousingType.PITCH: 1.0}),
    "older_people": (
        14.0,
        {
            HousingType.INDEPENDENT_REGULAR: 0.4,
            HousingType.INDEPENDENT_CLUSTERED: 0.45,
            HousingType.SHELTERED_24H: 0.15,
        },
    ),
    "ukrainian_displaced": (
        1.5,
        {HousingType.INDEPENDENT_REGULAR: 0.5, HousingType.FLEX: 0.3, HousingType.ROOM: 0.2},
    ),
}
_LOCAL_FACTOR = {
    ("labour_migrants", "GM1783"): 5.0,
    ("students", "GM0503"): 8.0,
    ("homeless", "GM0518"): 1.6,
}
# Where capacity comes from, per group (kinds other than allocation-by-rule).
_KINDS = {
    "homeless": {
        CapacityKind.NEW_BUILD: 0.3,
        CapacityKind.TRANSFORMATION: 0.3,
        CapacityKind.OTHER: 0.4,
    },
    "institution_leavers": {CapacityKind.NEW_BUILD: 0.4, CapacityKind.OTHER: 0.6},
    "detention_leavers": {CapacityKind.OTHER: 1.0},
    "status_holders": {CapacityKind.FLEX: 0.6, CapacityKind.TRANSFORMATION: 0.4},
    "urgent": {CapacityKind.NEW_BUILD: 1.0},
    "labour_migrants": {CapacityKind.FLEX: 0.6, CapacityKind.TRANSFORMATION: 0.4},
    "students": {CapacityKind.NEW_BUILD: 0.7, CapacityKind.TRANSFORMATION: 0.3},
    "caravan_dwellers": {CapacityKind.NEW_BUILD: 1.0},
    "older_people": {CapacityKind.NEW_BUILD: 0.6, CapacityKind.TRANSFORMATION: 0.4},
    "ukrainian_displaced": {CapacityKind.FLEX: 0.7, CapacityKind.OTHER: 0.3},
}
# Allocation rules: share (%) of vacant social rent homes allocated to a group.
_ALLOCATION = {"status_holders": 3.0, "urgent": 2.5, "homeless": 1.5}
_TURNOVER = 0.055  # fictitious yearly share of social rent homes that become vacant


def create_demo(path: Path, *, overwrite: bool = False) -> ProjectFile:
    """Create the example vision at `path` and return it opened. It is made complete under a
    temporary name and only then moved into place: a killed `demo` leaves no half example."""
    return build_project_file(Path(path), _build, overwrite=overwrite)


def _build(path: Path) -> None:
    project = create_vision(
        path,
        title=DEMO_TITLE,
        region_name="Haaglanden",
        municipality_codes=list(HAAGLANDEN),
        start_year=START,
        end_year=END,
        author="Voorbeeld",
    )
    try:
        _fill(project)
    finally:
        project.close()


def _fill(project: ProjectFile) -> None:
    rng = random.Random(2025)
    with project.write() as session:
        vision_row(session).is_example = True
    _baseline(project)
    for group in list_target_groups(project):  # the housing types the example fills in
        update_group(project, group.id, housing_types=tuple(_NEED[group.code][1]))
    groups = {g.code: g for g in list_target_groups(project)}
    inhabitants = {
        m.code: m.value(BaselineIndicator.INHABITANTS) or 0
        for m in municipalities.list_municipalities(project)
    }
    _need_and_capacity(project, groups, inhabitants, rng)
    _allocation(project, groups)
    _partners_measures_agreements(project, groups)
    _monitoring(project, groups)


def _baseline(project: ProjectFile) -> None:
    for info in municipalities.list_municipalities(project):
        share, planned, social, middle = _HOUSING[info.code]
        dwellings = info.value(BaselineIndicator.DWELLINGS) or 0
        for indicator, value in (
            (BaselineIndicator.SOCIAL_RENT_DWELLINGS, round(dwellings * share)),
            (BaselineIndicator.PLANNED_NEW_TOTAL, planned),
            (BaselineIndicator.PLANNED_NEW_SOCIAL, round(planned * social)),
            (BaselineIndicator.PLANNED_NEW_MIDDLE, round(planned * middle)),
        ):
            municipalities.set_baseline(
                project,
                info.code,
                indicator,
                value,
                source=EXAMPLE_NOTE,
                reference_date="2025-01-01",
            )
        for year in range(START, END + 1):
            vacancies = round(dwellings * share * _TURNOVER * (1 + 0.01 * (year - START)))
            municipalities.set_vacancies(project, info.code, year, vacancies)


def _need_and_capacity(
    project: ProjectFile,
    groups: dict[str, TargetGroupInfo],
    inhabitants: dict[str, int],
    rng: random.Random,
) -> None:
    changes: list[CellChange] = []
    notes: list[tuple[Cell, str]] = []
    for code, (rate, types) in _NEED.items():
        group = groups[code]
        for municipality, people in inhabitants.items():
            factor = _LOCAL_FACTOR.get((code, municipality), 1.0)
            coverage = rng.uniform(0.5, 1.0)
            for housing_type, part in types.items():
                row = Cell(municipality, group.id, housing_type, START)
                notes.append((row, EXAMPLE_NOTE))
                kinds = _KINDS[code]
                for kind in kinds:
                    notes.append(
                        (Cell(municipality, group.id, housing_type, START, kind), EXAMPLE_NOTE)
                    )
                for year in range(START, END + 1):
                    growth = 1 + 0.02 * (year - START)
                    need = round(
                        people / 10_000 * rate * factor * part * growth * rng.uniform(0.9, 1.1)
                    )
                    changes.append(
                        CellChange(Cell(municipality, group.id, housing_type, year), need)
                    )
                    for kind, kind_part in kinds.items():
                        capacity = round(need * coverage * kind_part * rng.uniform(0.85, 1.15))
                        changes.append(
                            CellChange(
                                Cell(municipality, group.id, housing_type, year, kind), capacity
                            )
                        )
                    changes += _no_other_capacity(code, group.id, municipality, housing_type, year)
    figures.set_cells(project, changes)
    figures.set_source_notes(project, notes)


def _no_other_capacity(
    code: str, group_id: int, municipality: str, housing_type: HousingType, year: int
) -> list[CellChange]:
    """Zero for every kind of capacity the example does not use (said on purpose: an empty
    cell would be unknown), except the allocation row that the allocation rule computes."""
    ruled = code in _ALLOCATION and housing_type is HousingType.INDEPENDENT_REGULAR
    return [
        CellChange(Cell(municipality, group_id, housing_type, year, kind), 0)
        for kind in CapacityKind
        if kind not in _KINDS[code] and not (ruled and kind is CapacityKind.ALLOCATION)
    ]


def _allocation(project: ProjectFile, groups: dict[str, TargetGroupInfo]) -> None:
    for code, share in _ALLOCATION.items():
        for municipality in HAAGLANDEN:
            figures.set_allocation_rule(project, municipality, groups[code].id, share)


def _partners_measures_agreements(project: ProjectFile, groups: dict[str, TargetGroupInfo]) -> None:
    add = partners.add_partner
    corporation = add(project, "Woonstichting Duinrand", PartnerKind.HOUSING_CORPORATION)
    corporation_2 = add(
        project, "Woningcorporatie Hofpoort", PartnerKind.HOUSING_CORPORATION, "GM0503"
    )
    tenants = add(project, "Huurdersplatform Haaglanden", PartnerKind.TENANTS_ORGANISATION)
    care = add(project, "Stichting Beschermd Thuis", PartnerKind.CARE_PROVIDER)
    care_office = add(project, "Zorgkantoor regio Haaglanden", PartnerKind.CARE_OFFICE)
    welfare = add(project, "Welzijn Samen Verder", PartnerKind.WELFARE_ORGANISATION, "GM0637")
    the_hague = add(project, "Gemeente 's-Gravenhage", PartnerKind.MUNICIPALITY, "GM0518")
    delft = add(project, "Gemeente Delft", PartnerKind.MUNICIPALITY, "GM0503")
    add(project, "Provincie Zuid-Holland", PartnerKind.PROVINCE)

    ambitions = {
        ActionLine.AFFORDABLE_HOUSING: (
            "De regio bouwt tot en met 2030 voldoende betaalbare woningen en zorgt dat een "
            "vast deel van de vrijkomende sociale huurwoningen naar aandachtsgroepen gaat."
        ),
        ActionLine.BALANCED_DISTRIBUTION: (
            "Alle negen gemeenten dragen naar draagkracht bij aan de huisvesting van urgente "
            "woningzoekenden; gemeenten onder het landelijk gemiddelde bouwen ten minste 30 % "
            "sociale huur."
        ),
        ActionLine.HOUSING_CARE_WELFARE: (
            "Wonen, zorg en begeleiding worden samen geregeld: wie uitstroomt uit een "
            "instelling, krijgt een woning met de begeleiding die past."
        ),
        ActionLine.PREVENTION: (
            "Dakloosheid wordt voorkomen door vroegsignalering van huurachterstanden en een "
            "warme overdracht bij jongeren die 18 worden."
        ),
    }
    for line, text in ambitions.items():
        measures.set_ambition(project, line, text)
    for line, description, owner, year in (
        (
            ActionLine.AFFORDABLE_HOUSING,
            "Regionaal programma flexwoningen op tijdelijke locaties",
            "Gemeente 's-Gravenhage",
            2026,
        ),
        (
            ActionLine.AFFORDABLE_HOUSING,
            "Toewijzingspercentages voor aandachtsgroepen vastleggen in de huisvestingsverordening",
            "Regio Haaglanden",
            2025,
        ),
        (
            ActionLine.BALANCED_DISTRIBUTION,
            "Jaarlijkse verdeling van urgente woningzoekenden naar "
            "inwonertal, met halfjaarlijkse monitor",
            "Regio Haaglanden",
            2025,
        ),
        (
            ActionLine.HOUSING_CARE_WELFARE,
            "Convenant uitstroom beschermd wonen met vaste begeleiding het eerste jaar",
            "Stichting Beschermd Thuis",
            2026,
        ),
        (
            ActionLine.PREVENTION,
            "Vroegsignalering huurachterstanden bij alle corporaties",
            "Woonstichting Duinrand",
            2025,
        ),
    ):
        measures.add_measure(project, line, description, owner, year)

    years = range(START, END + 1)
    agreements.add_agreement(
        project,
        "Jaarlijks woningen toewijzen aan uitstromers uit beschermd wonen en opvang",
        party_ids=[corporation.id, care.id, the_hague.id],
        municipality_code="GM0518",
        group_id=groups["institution_leavers"].id,
        indicator="Toegewezen woningen",
        unit="woningen",
        baseline=120,
        deadline="2030-12-31",
        owner_partner_id=corporation.id,
        targets={y: 150 + 10 * (y - START) for y in years},
    )
    agreements.add_agreement(
        project,
        "Flexwoningen voor statushouders en spoedzoekers realiseren",
        party_ids=[corporation.id, delft.id],
        municipality_code="GM0503",
        group_id=groups["status_holders"].id,
        indicator="Opgeleverde flexwoningen",
        unit="woningen",
        baseline=0,
        deadline="2027-12-31",
        owner_partner_id=corporation_2.id,
        targets={2025: 40, 2026: 80, 2027: 80},
    )
    agreements.add_agreement(
        project,
        "Geclusterde woonvormen voor ouderen met zorg",
        party_ids=[corporation_2.id, care_office.id, welfare.id],
        municipality_code="GM0637",
        group_id=groups["older_people"].id,
        indicator="Geclusterde woningen",
        unit="woningen",
        baseline=35,
        deadline="2030",
        owner_partner_id=care_office.id,
        targets={y: 20 for y in years},
    )
    agreement = agreements.add_agreement(
        project,
        "Huurachterstanden binnen twee maanden melden aan de gemeente",
        party_ids=[corporation.id, corporation_2.id, tenants.id],
        indicator="Gemelde huurachterstanden binnen twee maanden",
        unit="%",
        baseline=60,
        deadline="2026",
        owner_partner_id=tenants.id,
        targets={2025: 80, 2026: 95},
    )
    agreements.set_agreement_year(
        project, agreement.id, 2025, realised=84, status=AgreementStatus.REALISED
    )
    first = agreements.list_agreements(project)[0]
    agreements.set_agreement_year(
        project, first.id, 2025, realised=131, status=AgreementStatus.BEHIND
    )


def _monitoring(project: ProjectFile, groups: dict[str, TargetGroupInfo]) -> None:
    """Two metingen, fictitious like every example figure: per 1-1-2026 the statushouders'
    homes delivered in 2025 (nine tenths of each planned cell) and the flex homes realised;
    per 1-7-2026 two more homes in each of Delft's cells and the first half of 2026's
    allocations."""
    group = groups["status_holders"]
    first = measurements.add_measurement(project, f"1-1-{START + 1}", EXAMPLE_NOTE)
    second = measurements.add_measurement(project, f"1-7-{START + 1}", EXAMPLE_NOTE)
    cells = [
        CellChange(
            Cell(s.municipality_code, group.id, s.housing_type, START, s.kind),
            round(s.values[START] * 0.9),
        )
        for s in figures.capacity_series(project, group.id)
        if START in s.values
    ]
    measurements.write_delivered(project, first.id, cells)
    delft = [
        CellChange(c.cell, (c.quantity or 0) + 2)
        for c in cells
        if c.cell.municipality_code == "GM0503"
    ]
    measurements.write_delivered(project, second.id, delft)
    deals = agreements.list_agreements(project)
    measurements.set_realised(project, first.id, deals[1].id, START, 36)
    measurements.set_realised(project, second.id, deals[1].id, START, 41)
    measurements.set_realised(project, second.id, deals[0].id, START + 1, 70)
