"""What each stored value may be: one rule per column of the current schema.

The rules are the file's own CHECK constraints (`app.models.tables`), what opening a file
verifies row by row (`app.storage`), and what salvage copies; the services validate input
against the same limits, so a value the services accept is never refused when a file opens.
Plain data and SQL text: opening a file reads them without loading SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from app.models.enums import (
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

MAX_QUANTITY = 1_000_000  # a need, a capacity, vacancies
MAX_BASELINE = 10_000_000  # inhabitants, dwellings: run far higher than a need
MAX_NUMBER = 1_000_000_000  # agreement targets, weights
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_PLAN_YEARS = 30
MAX_MUNICIPALITIES = 342  # every municipality of the Netherlands (CBS, 2024)
MAX_GROUPS = 200  # target groups, standard and own
MAX_ITEMS = 10_000  # partners, measures, agreements: each list
MAX_CATALOGUE = 100  # norms, urgency categories
MAX_SORT_ORDER = 1_000_000_000

# Text lengths, in characters.
TITLE_LENGTH = 200  # vision title, region, author; partner name; measure owner
GROUP_LABEL_LENGTH = 120
DEFINITION_LENGTH = 2000
DESCRIPTION_LENGTH = 5000  # measures and agreements
AMBITION_LENGTH = 20_000
LABEL_LENGTH = 500  # catalogue labels (norms, urgency categories)
SOURCE_LENGTH = 500
SOURCE_NOTE_LENGTH = 1000
DATE_LENGTH = 50  # reference dates, deadlines
INDICATOR_LENGTH = 500
UNIT_LENGTH = 100
CODE_LENGTH = 60
TIMESTAMP_LENGTH = 32
REASON_LENGTH = 1000  # why a status is overridden
PARAMETERS_LENGTH = 200_000  # an estimate's JSON: a flow model for 342 municipalities fits
MAX_SCENARIOS = 20


@dataclass(frozen=True)
class Rule:
    """What one column may hold: `sql` is true for a valid value (`{c}` is the column),
    `text` says it in Dutch, `size` bounds the bytes a valid value takes in the file.
    `whole` is (lowest, highest) for a whole number (None: no bound), so that a whole
    table can be checked by its minimum, maximum and sum; None for other kinds of value."""

    sql: str
    text: str
    size: int
    whole: tuple[int | None, int | None] | None = None
    nullable: bool = False

    def on(self, column: str) -> str:
        """The rule as SQL about `column`."""
        return self.sql.format(c=column)


def _dutch(number: float) -> str:
    return f"{number:,.0f}".replace(",", ".") if number == int(number) else f"{number:g}"


def _nullable(rule: Rule) -> Rule:
    return replace(
        rule, sql=f"{{c}} IS NULL OR ({rule.sql})", text=rule.text + " of leeg", nullable=True
    )


def integer(low: int, high: int, *, nullable: bool = False, text: str = "") -> Rule:
    """A whole number from `low` to `high` (`text` says what it is, in Dutch)."""
    rule = Rule(
        f"typeof({{c}}) = 'integer' AND {{c}} BETWEEN {low} AND {high}",
        text or f"een geheel getal van {_dutch(low)} tot en met {_dutch(high)}",
        9,
        whole=(low, high),
    )
    return _nullable(rule) if nullable else rule


def year(*, nullable: bool = False) -> Rule:
    """A year in the range any plan period can have."""
    wanted = f"een jaartal van {FIRST_YEAR} tot en met {LAST_YEAR}"
    return integer(FIRST_YEAR, LAST_YEAR, nullable=nullable, text=wanted)


def quantity(maximum: int = MAX_QUANTITY, *, nullable: bool = False) -> Rule:
    """A count of homes or people."""
    wanted = f"een geheel aantal van 0 tot en met {_dutch(maximum)}"
    return integer(0, maximum, nullable=nullable, text=wanted)


def key(*, nullable: bool = False) -> Rule:
    """A reference to another row (checked by the foreign key)."""
    rule = Rule("typeof({c}) = 'integer'", "een verwijzing (geheel getal)", 9, whole=(None, None))
    return _nullable(rule) if nullable else rule


def real(low: int, high: int, *, nullable: bool = False) -> Rule:
    """A number from `low` to `high`."""
    rule = Rule(
        f"typeof({{c}}) IN ('real', 'integer') AND {{c}} BETWEEN {low!r} AND {high!r}",
        f"een getal van {_dutch(low)} tot en met {_dutch(high)}",
        9,
    )
    return _nullable(rule) if nullable else rule


def boolean() -> Rule:
    """0 or 1."""
    return Rule("typeof({c}) = 'integer' AND {c} IN (0, 1)", "0 of 1", 9, whole=(0, 1))


def text(length: int, *, nullable: bool = False) -> Rule:
    """Text of at most `length` characters."""
    rule = Rule(
        f"typeof({{c}}) = 'text' AND length({{c}}) <= {length}",
        f"tekst van hoogstens {_dutch(length)} tekens",
        4 * length + 9,
    )
    return _nullable(rule) if nullable else rule


def choice(enum: type[Enum], *, nullable: bool = False) -> Rule:
    """One of an enumeration's stored values."""
    values = [str(member.value) for member in enum]
    listed = ", ".join(f"'{value}'" for value in values)
    rule = Rule(
        f"typeof({{c}}) = 'text' AND {{c}} IN ({listed})",
        "een van: " + ", ".join(values),
        max(len(value) for value in values) + 9,
    )
    return _nullable(rule) if nullable else rule


def choices(enum: type[Enum]) -> Rule:
    """Comma-separated stored values of an enumeration (or empty): with every value's
    occurrences removed from ',a,,b,' nothing may remain."""
    values = [str(member.value) for member in enum]
    removed = "',' || replace({c}, ',', ',,') || ','"
    for value in values:
        removed = f"replace({removed}, ',{value},', '')"
    length = sum(len(value) + 1 for value in values)
    return Rule(
        f"typeof({{c}}) = 'text' AND length({{c}}) <= {length} AND ({{c}} = '' OR {removed} = '')",
        "door komma's gescheiden codes uit: " + ", ".join(values),
        length + 9,
    )


def code(*, empty: bool = False) -> Rule:
    """A short code of lower-case letters, digits and underscores (or '' when `empty`)."""
    shortest = 0 if empty else 1
    text = f"een code van {shortest} tot {CODE_LENGTH} kleine letters, cijfers of '_'"
    return Rule(
        f"typeof({{c}}) = 'text' AND length({{c}}) BETWEEN {shortest} AND {CODE_LENGTH} "
        "AND {c} NOT GLOB '*[^a-z0-9_]*'",
        text,
        CODE_LENGTH + 9,
    )


MUNICIPALITY_CODE = Rule(
    "typeof({c}) = 'text' AND {c} GLOB 'GM[0-9][0-9][0-9][0-9]'",
    "een CBS-gemeentecode zoals GM0518",
    15,
)
TIMESTAMP = Rule(
    f"typeof({{c}}) = 'text' AND length({{c}}) <= {TIMESTAMP_LENGTH} "
    "AND {c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'",
    "een tijdstip zoals 2025-01-31 12:00:00",
    TIMESTAMP_LENGTH + 9,
)
SORT_ORDER = integer(-MAX_SORT_ORDER, MAX_SORT_ORDER)
ISO_DAY = Rule(
    "typeof({c}) = 'text' AND length({c}) = 10 "
    "AND {c} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'",
    "een datum zoals 2027-01-01",
    19,
)

# table -> column -> rule, for every column except INTEGER PRIMARY KEY ids (always whole).
COLUMNS: dict[str, dict[str, Rule]] = {
    "vision": {
        "title": text(TITLE_LENGTH),
        "region_name": text(TITLE_LENGTH),
        "start_year": year(),
        "end_year": year(),
        "status": choice(VisionStatus),
        "author": text(TITLE_LENGTH),
        "created": TIMESTAMP,
        "modified": TIMESTAMP,
        "distribution_key": choice(DistributionKey),
        "weight_inhabitants": real(0, MAX_NUMBER),
        "weight_households": real(0, MAX_NUMBER),
        "weight_dwellings": real(0, MAX_NUMBER),
        "weight_social_rent_dwellings": real(0, MAX_NUMBER),
        "is_example": boolean(),
        "norm_set": code(empty=True),
        "fair_share_scope": choice(FairShareScope),
        "carry_over": boolean(),
    },
    "municipality": {
        "code": MUNICIPALITY_CODE,
        "name": text(TITLE_LENGTH),
        "province": text(TITLE_LENGTH),
        "corop": text(TITLE_LENGTH),
        "sort_order": SORT_ORDER,
    },
    "baseline_figure": {
        "municipality_id": key(),
        "indicator": choice(BaselineIndicator),
        "value": quantity(MAX_BASELINE, nullable=True),
        "source": text(SOURCE_LENGTH),
        "reference_date": text(DATE_LENGTH),
        "user_entered": boolean(),
        "estimated": boolean(),
    },
    "social_rent_vacancies": {"municipality_id": key(), "year": year(), "count": quantity()},
    "target_group": {
        "code": code(),
        "label": text(GROUP_LABEL_LENGTH),
        "definition": text(DEFINITION_LENGTH),
        "mandatory_urgency": boolean(),
        "is_standard": boolean(),
        "active": boolean(),
        "sort_order": SORT_ORDER,
        "housing_types": choices(HousingType),
        "support_levels": choices(SupportLevel),
    },
    "need_series": {
        "municipality_id": key(),
        "target_group_id": key(),
        "housing_type": choice(HousingType),
        "source_note": text(SOURCE_NOTE_LENGTH),
    },
    "need_value": {"series_id": key(), "year": year(), "quantity": quantity()},
    "capacity_series": {
        "municipality_id": key(),
        "target_group_id": key(),
        "housing_type": choice(HousingType),
        "kind": choice(CapacityKind),
        "source_note": text(SOURCE_NOTE_LENGTH),
        "allocation_share": real(0, 100, nullable=True),
    },
    "capacity_value": {"series_id": key(), "year": year(), "quantity": quantity()},
    "partner": {
        "name": text(TITLE_LENGTH),
        "kind": choice(PartnerKind),
        "municipality_id": key(nullable=True),
    },
    "ambition": {"action_line": integer(1, 4), "text": text(AMBITION_LENGTH)},
    "measure": {
        "action_line": integer(1, 4),
        "description": text(DESCRIPTION_LENGTH),
        "owner": text(TITLE_LENGTH),
        "year": year(nullable=True),
        "sort_order": SORT_ORDER,
    },
    "agreement": {
        "municipality_id": key(nullable=True),
        "target_group_id": key(nullable=True),
        "description": text(DESCRIPTION_LENGTH),
        "indicator": text(INDICATOR_LENGTH),
        "unit": text(UNIT_LENGTH),
        "baseline": real(-MAX_NUMBER, MAX_NUMBER, nullable=True),
        "deadline": text(DATE_LENGTH),
        "owner_partner_id": key(nullable=True),
    },
    "agreement_party": {"agreement_id": key(), "partner_id": key()},
    "agreement_year": {
        "agreement_id": key(),
        "year": year(),
        "target": real(-MAX_NUMBER, MAX_NUMBER, nullable=True),
        "realised": real(-MAX_NUMBER, MAX_NUMBER, nullable=True),
        "status": choice(AgreementStatus, nullable=True),
        "status_reason": text(REASON_LENGTH),
    },
    "norm": {
        "code": code(),
        "label": text(LABEL_LENGTH),
        "value": real(0, 1, nullable=True),
        "unit": text(UNIT_LENGTH),
        "reference_date": text(DATE_LENGTH),
        "source": text(SOURCE_LENGTH),
        "scope": choice(NormScope, nullable=True),
        "applies_to": choice(MustBuildRule, nullable=True),
        "overridden": text(DATE_LENGTH),
    },
    "urgency_category": {
        "label": text(LABEL_LENGTH),
        "reference_date": text(DATE_LENGTH),
        "source": text(SOURCE_LENGTH),
        "sort_order": SORT_ORDER,
        "norm_set": code(empty=True),
        "retired": text(DATE_LENGTH),
    },
    "scenario": {"name": text(TITLE_LENGTH), "sort_order": SORT_ORDER},
    "need_estimate": {
        "scenario_id": key(),
        "target_group_id": key(),
        "method": choice(EstimateMethod),
        "parameters": text(PARAMETERS_LENGTH),
        "modified": TIMESTAMP,
    },
    "fair_share_group": {"target_group_id": key()},
    "fair_share_adjustment": {
        "municipality_id": key(),
        "correction": quantity(MAX_BASELINE, nullable=True),
        "opening_backlog": quantity(nullable=True),
        "source": text(SOURCE_LENGTH),
        "reference_date": text(DATE_LENGTH),
    },
    "measurement": {"measured_on": ISO_DAY, "note": text(SOURCE_NOTE_LENGTH)},
    "delivered_value": {
        "measurement_id": key(),
        "municipality_id": key(),
        "target_group_id": key(),
        "housing_type": choice(HousingType),
        "kind": choice(CapacityKind),
        "year": year(),
        "quantity": quantity(),
    },
    "realised_value": {
        "measurement_id": key(),
        "agreement_id": key(),
        "year": year(),
        "realised": real(-MAX_NUMBER, MAX_NUMBER),
    },
    "cell_value": {
        "municipality_id": key(),
        "target_group_id": key(),
        "housing_type": choice(HousingType),
        "year": year(),
        "need": quantity(nullable=True),
        **{f"capacity_{kind.value}": quantity(nullable=True) for kind in CapacityKind},
    },
}

# Rules about several columns of a row: table -> (name, SQL, Dutch).
ROWS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "vision": (
        (
            "ck_vision_period",
            f"start_year <= end_year AND end_year - start_year < {MAX_PLAN_YEARS}",
            f"een planperiode van hoogstens {MAX_PLAN_YEARS} jaar, beginjaar niet na eindjaar",
        ),
    ),
}

# What a user reads for each table in a message.
TABLE_LABELS = {
    "vision": "woonzorgvisie",
    "municipality": "gemeenten",
    "baseline_figure": "kerncijfers",
    "social_rent_vacancies": "vrijkomende sociale huurwoningen",
    "target_group": "aandachtsgroepen",
    "need_series": "rijen woonbehoefte",
    "need_value": "woonbehoefte",
    "capacity_series": "rijen aanbod",
    "capacity_value": "aanbod",
    "partner": "partners",
    "ambition": "ambities",
    "measure": "maatregelen",
    "agreement": "prestatieafspraken",
    "agreement_party": "partijen bij afspraken",
    "agreement_year": "doelen per jaar",
    "norm": "normen",
    "urgency_category": "verplicht urgenten",
    "cell_value": "cijfers per cel",
    "scenario": "scenario's",
    "need_estimate": "ramingen",
    "fair_share_group": "groepen in de evenwichtige verdeling",
    "fair_share_adjustment": "correcties en achterstanden (evenwichtige verdeling)",
    "measurement": "metingen",
    "delivered_value": "gerealiseerd aanbod (metingen)",
    "realised_value": "realisatie van afspraken (metingen)",
}


def check_constraints(table: str) -> list[tuple[str, str]]:
    """(name, SQL) of every CHECK constraint of `table`: one per column, then the row rules."""
    columns = [(f"ck_{table}_{c}", rule.on(c)) for c, rule in COLUMNS[table].items()]
    return columns + [(name, sql) for name, sql, _ in ROWS.get(table, ())]
