"""The columns each schema version's tables must have, and creating the current schema.

(The exact check of every table, index, trigger and view is `master`.)
"""

from __future__ import annotations

import sqlite3
from typing import Any

from app.storage.cell_values import CAPACITY_COLUMNS, TRIGGERS

# Frozen column lists of every schema version, the current one included, so opening a
# file checks it without loading the tables (SQLModel). A test holds the current list to
# the tables in app.models: a changed table needs a new version and a migration.
# {version: {table: [columns]}}
_SCHEMA_1: dict[str, list[str]] = {
    "agreement": [
        "id",
        "municipality_id",
        "target_group_id",
        "description",
        "indicator",
        "unit",
        "baseline",
        "deadline",
        "owner_partner_id",
    ],
    "agreement_party": ["agreement_id", "partner_id"],
    "agreement_year": ["agreement_id", "year", "target", "realised", "status"],
    "ambition": ["action_line", "text"],
    "baseline_figure": [
        "id",
        "municipality_id",
        "indicator",
        "value",
        "source",
        "reference_date",
        "user_entered",
    ],
    "capacity_series": [
        "id",
        "municipality_id",
        "target_group_id",
        "housing_type",
        "kind",
        "source_note",
        "allocation_share",
    ],
    "capacity_value": ["series_id", "year", "quantity"],
    "measure": ["id", "action_line", "description", "owner", "year", "sort_order"],
    "municipality": ["id", "code", "name", "province", "corop", "sort_order"],
    "need_series": ["id", "municipality_id", "target_group_id", "housing_type", "source_note"],
    "need_value": ["series_id", "year", "quantity"],
    "norm": ["code", "label", "value", "unit", "reference_date", "source"],
    "partner": ["id", "name", "kind", "municipality_id"],
    "social_rent_vacancies": ["municipality_id", "year", "count"],
    "target_group": [
        "id",
        "code",
        "label",
        "definition",
        "mandatory_urgency",
        "is_standard",
        "active",
        "sort_order",
        "housing_types",
        "support_levels",
    ],
    "urgency_category": ["id", "label", "reference_date", "source", "sort_order"],
    "vision": [
        "id",
        "title",
        "region_name",
        "start_year",
        "end_year",
        "status",
        "author",
        "created",
        "modified",
        "distribution_key",
        "weight_inhabitants",
        "weight_households",
        "weight_dwellings",
        "weight_social_rent_dwellings",
        "is_example",
    ],
}

_CELL_TOTAL = [
    "municipality_id",
    "target_group_id",
    "year",
    "need_sum",
    "need_cells",
    "capacity_sum",
    "capacity_cells",
]
_CELL_VALUE = [
    "municipality_id",
    "target_group_id",
    "housing_type",
    "year",
    "need",
    *CAPACITY_COLUMNS.values(),
]

RELEASED_SCHEMAS: dict[int, dict[str, list[str]]] = {
    1: _SCHEMA_1,
    # 2: totals per municipality x group x year, kept by triggers (add_cell_totals)
    2: {**_SCHEMA_1, "cell_total": _CELL_TOTAL},
    # 3: every figure per municipality x group x housing type x year (add_cell_values);
    # estimated baseline figures; scenarios and the estimates of need (startraming);
    # dated norm sets: the vision's set, each norm's scope, rule and override, urgency
    # categories that came with a set or were retired; the evenwichtige verdeling's
    # scope, carry-over, own list of groups and corrections; metingen (measurements) of
    # what was delivered and realised, and the reason of a status set by hand
    3: {
        **_SCHEMA_1,
        "vision": [*_SCHEMA_1["vision"], "norm_set", "fair_share_scope", "carry_over"],
        "norm": [*_SCHEMA_1["norm"], "scope", "applies_to", "overridden"],
        "urgency_category": [*_SCHEMA_1["urgency_category"], "norm_set", "retired"],
        "baseline_figure": [*_SCHEMA_1["baseline_figure"], "estimated"],
        "cell_value": _CELL_VALUE,
        "scenario": ["id", "name", "sort_order"],
        "need_estimate": [
            "id",
            "scenario_id",
            "target_group_id",
            "method",
            "parameters",
            "modified",
        ],
        "fair_share_group": ["target_group_id"],
        "agreement_year": [*_SCHEMA_1["agreement_year"], "status_reason"],
        "measurement": ["id", "measured_on", "note"],
        "delivered_value": [
            "measurement_id",
            "municipality_id",
            "target_group_id",
            "housing_type",
            "kind",
            "year",
            "quantity",
        ],
        "realised_value": ["measurement_id", "agreement_id", "year", "realised"],
        "fair_share_adjustment": [
            "municipality_id",
            "correction",
            "opening_backlog",
            "source",
            "reference_date",
        ],
    },
}


def expected_schema(version: int) -> dict[str, list[str]]:
    """Table -> column names that a file of `version` must contain."""
    return RELEASED_SCHEMAS[version]


def actual_schema(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Table -> column names found in the file."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')] for table in tables
    }


def missing_columns(conn: sqlite3.Connection, version: int) -> list[str]:
    """The columns of schema `version` that the file's tables lack, in Dutch (only
    Thuisplan's own table names reach SQL)."""
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    problems = []
    for table, columns in expected_schema(version).items():
        if table in present:
            have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
            problems += [
                f"kolom '{c}' ontbreekt in tabel '{table}'" for c in columns if c not in have
            ]
    return problems


def create_current_schema(engine: Any) -> None:  # a SQLAlchemy Engine, imported late
    """Create every table and trigger of the current schema in an empty database."""
    from sqlmodel import SQLModel

    import app.models.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

    SQLModel.metadata.create_all(engine)
    with engine.begin() as connection:
        for statement in TRIGGERS.values():
            connection.exec_driver_sql(statement)
