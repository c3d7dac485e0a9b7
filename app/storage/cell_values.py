"""Schema 3's cell_value: every figure of one municipality x group x housing type x year
in one row, kept by triggers, and the step 2 -> 3 that makes it."""

from __future__ import annotations

import sqlite3

from app.models.enums import CapacityKind
from app.storage import schema_v2
from app.storage.master import frozen_sql

CAPACITY_COLUMNS = {kind: f"capacity_{kind.value}" for kind in CapacityKind}

# cell_value holds the need and the capacity of each kind of one municipality x
# group x housing type x year in one row (NULL: not entered), kept by these triggers
# whatever path changes the values. A series is unique per (municipality, group, housing
# type[, kind]), so each column of a row mirrors exactly one stored value. FK cascades fire
# the value triggers after the series row is gone; those rows are removed by cell_value's own
# cascade from municipality and target_group.
_CELL_KEY = "municipality_id, target_group_id, housing_type, year"
_NEED_ADD = f"""
INSERT INTO cell_value ({_CELL_KEY}, need)
SELECT s.municipality_id, s.target_group_id, s.housing_type, NEW.year, NEW.quantity
FROM need_series s WHERE s.id = NEW.series_id
ON CONFLICT ({_CELL_KEY}) DO UPDATE SET need = excluded.need;"""
_NEED_REMOVE = """
UPDATE cell_value SET need = NULL FROM (SELECT * FROM need_series WHERE id = OLD.series_id) s
WHERE cell_value.year = OLD.year AND cell_value.municipality_id = s.municipality_id
  AND cell_value.target_group_id = s.target_group_id
  AND cell_value.housing_type = s.housing_type;"""
_CAPACITY_ADD = f"""
INSERT INTO cell_value ({_CELL_KEY}, {", ".join(CAPACITY_COLUMNS.values())})
SELECT s.municipality_id, s.target_group_id, s.housing_type, NEW.year, {
    ", ".join(f"IIF(s.kind = '{kind.value}', NEW.quantity, NULL)" for kind in CapacityKind)
}
FROM capacity_series s WHERE s.id = NEW.series_id
ON CONFLICT ({_CELL_KEY}) DO UPDATE SET {
    ", ".join(f"{c} = COALESCE(excluded.{c}, {c})" for c in CAPACITY_COLUMNS.values())
};"""
_CAPACITY_REMOVE = f"""
UPDATE cell_value SET {
    ", ".join(
        f"{column} = IIF(s.kind = '{kind.value}', NULL, cell_value.{column})"
        for kind, column in CAPACITY_COLUMNS.items()
    )
} FROM (SELECT * FROM capacity_series WHERE id = OLD.series_id) s
WHERE cell_value.year = OLD.year AND cell_value.municipality_id = s.municipality_id
  AND cell_value.target_group_id = s.target_group_id
  AND cell_value.housing_type = s.housing_type;"""
_BODIES = {
    "need": {"insert": _NEED_ADD, "delete": _NEED_REMOVE, "update": _NEED_REMOVE + _NEED_ADD},
    "capacity": {
        "insert": _CAPACITY_ADD,
        "delete": _CAPACITY_REMOVE,
        "update": _CAPACITY_REMOVE + _CAPACITY_ADD,
    },
}
TRIGGERS = {
    f"{kind}_cell_{event}": (
        f"CREATE TRIGGER {kind}_cell_{event} AFTER {event.upper()} ON {kind}_value BEGIN {body} END"
    )
    for kind, bodies in _BODIES.items()
    for event, body in bodies.items()
}
# The table as a new file of schema 3 has it (SQLModel's create_all for app.models.CellValue,
# frozen in schema_frozen; a test holds them equal), so that the step makes it whole.
CREATE_CELL_VALUE = frozen_sql(3, "table", "cell_value")
# The stored values pivoted to one row per cell: what cell_value must hold.
CELLS_FROM_VALUES = f"""
SELECT m, g, t, y, MAX(n), {", ".join(f"MAX(c{i})" for i in range(len(CAPACITY_COLUMNS)))}
FROM (
    SELECT s.municipality_id AS m, s.target_group_id AS g, s.housing_type AS t, v.year AS y,
           v.quantity AS n, {", ".join(f"NULL AS c{i}" for i in range(len(CAPACITY_COLUMNS)))}
    FROM need_value v JOIN need_series s ON s.id = v.series_id
    UNION ALL
    SELECT s.municipality_id, s.target_group_id, s.housing_type, v.year, NULL, {
    ", ".join(f"IIF(s.kind = '{kind.value}', v.quantity, NULL)" for kind in CapacityKind)
}
    FROM capacity_value v JOIN capacity_series s ON s.id = v.series_id
) GROUP BY m, g, t, y
"""
REBUILD_CELL_VALUES = (
    f"INSERT INTO cell_value ({_CELL_KEY}, need, {', '.join(CAPACITY_COLUMNS.values())}) "
    + CELLS_FROM_VALUES
)
# The rows of cell_value that hold something (a removed value leaves its row, all NULL).
_ALL_EMPTY = " AND ".join(f"{c} IS NULL" for c in ["need", *CAPACITY_COLUMNS.values()])
FILLED_CELLS = (
    f"SELECT {_CELL_KEY}, need, {', '.join(CAPACITY_COLUMNS.values())} FROM cell_value "
    f"WHERE NOT ({_ALL_EMPTY})"
)
# Each group's housing types gain the ones it has figures for: until schema 3 those counted
# in every total, and from then on only a group's own housing types do.
WIDEN_HOUSING_TYPES = """
SELECT g.id, g.housing_types, t.housing_type FROM target_group g JOIN (
    SELECT target_group_id AS g, housing_type FROM need_series s
    WHERE EXISTS (SELECT 1 FROM need_value v WHERE v.series_id = s.id)
    UNION
    SELECT target_group_id, housing_type FROM capacity_series s
    WHERE EXISTS (SELECT 1 FROM capacity_value v WHERE v.series_id = s.id)
) t ON t.g = g.id
"""


def add_cell_values(conn: sqlite3.Connection) -> None:
    """Schema step 2 -> 3: cell_value (every figure per housing type) replaces cell_total,
    and each group's housing types include the ones it has figures for."""
    for name in schema_v2.TOTAL_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute("DROP TABLE cell_total")
    conn.execute(CREATE_CELL_VALUE)
    for statement in TRIGGERS.values():
        conn.execute(statement)
    conn.execute(REBUILD_CELL_VALUES)
    widen_housing_types(conn)


def widen_housing_types(conn: sqlite3.Connection) -> None:
    """Give each group the housing types it has figures for (figures of a file made before
    schema 3 counted whatever the group's housing types)."""
    widened: dict[int, list[str]] = {}
    for group_id, stored, housing_type in conn.execute(WIDEN_HOUSING_TYPES).fetchall():
        types = widened.setdefault(group_id, [t for t in stored.split(",") if t])
        if housing_type not in types:
            types.append(housing_type)
    for group_id, types in widened.items():
        conn.execute(
            "UPDATE target_group SET housing_types = ? WHERE id = ?", (",".join(types), group_id)
        )
