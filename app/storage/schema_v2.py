"""Schema 2's cell_total and the step 1 -> 2 that made it, kept as they were released so
that a version-1 file still upgrades step by step (step 2 -> 3 replaces them)."""

from __future__ import annotations

import sqlite3

# Triggers that keep cell_total (need and capacity per municipality x group x year) equal
# to the sums of the stored values, whatever path changes them. FK cascades fire them too,
# but then the series row is already gone: those totals are removed by cell_total's own
# cascade from municipality and target_group.
_ADD = """
INSERT INTO cell_total (municipality_id, target_group_id, year, need_sum, need_cells,
                        capacity_sum, capacity_cells)
SELECT s.municipality_id, s.target_group_id, NEW.year, {values}
FROM {kind}_series s WHERE s.id = NEW.series_id
ON CONFLICT (municipality_id, target_group_id, year) DO UPDATE SET
    {kind}_sum = {kind}_sum + NEW.quantity, {kind}_cells = {kind}_cells + 1;"""
_VALUES = {"need": "NEW.quantity, 1, 0, 0", "capacity": "0, 0, NEW.quantity, 1"}
_REMOVE = """
UPDATE cell_total SET {kind}_sum = {kind}_sum - OLD.quantity, {kind}_cells = {kind}_cells - 1
WHERE year = OLD.year AND (municipality_id, target_group_id) =
    (SELECT municipality_id, target_group_id FROM {kind}_series WHERE id = OLD.series_id);"""
TOTAL_TRIGGERS = {
    f"{kind}_total_{event}": (
        f"CREATE TRIGGER {kind}_total_{event} AFTER {event.upper()} ON {kind}_value "
        f"BEGIN {body.format(kind=kind, values=_VALUES[kind])} END"
    )
    for kind in ("need", "capacity")
    for event, body in (("insert", _ADD), ("delete", _REMOVE), ("update", _REMOVE + _ADD))
}
REBUILD_TOTALS = """
DELETE FROM cell_total;
INSERT INTO cell_total (municipality_id, target_group_id, year, need_sum, need_cells,
                        capacity_sum, capacity_cells)
SELECT m, g, y, SUM(n), SUM(nc), SUM(c), SUM(cc) FROM (
    SELECT s.municipality_id AS m, s.target_group_id AS g, v.year AS y, v.quantity AS n,
           1 AS nc, 0 AS c, 0 AS cc
    FROM need_value v JOIN need_series s ON s.id = v.series_id
    UNION ALL
    SELECT s.municipality_id, s.target_group_id, v.year, 0, 0, v.quantity, 1
    FROM capacity_value v JOIN capacity_series s ON s.id = v.series_id
) GROUP BY m, g, y;
"""


def add_cell_totals(conn: sqlite3.Connection) -> None:
    """Schema step 1 -> 2: the cell_total table, its triggers, filled from the values.
    (Replaced by cell_value in step 2 -> 3; kept as it was released.)"""
    conn.execute(
        "CREATE TABLE cell_total (municipality_id INTEGER NOT NULL REFERENCES municipality (id) "
        "ON DELETE CASCADE, target_group_id INTEGER NOT NULL REFERENCES target_group (id) "
        "ON DELETE CASCADE, year INTEGER NOT NULL, need_sum INTEGER NOT NULL, "
        "need_cells INTEGER NOT NULL, capacity_sum INTEGER NOT NULL, "
        "capacity_cells INTEGER NOT NULL, PRIMARY KEY (municipality_id, target_group_id, year))"
    )
    for statement in TOTAL_TRIGGERS.values():
        conn.execute(statement)
    for statement in REBUILD_TOTALS.split(";"):
        if statement.strip():
            conn.execute(statement)
