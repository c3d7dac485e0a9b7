"""The stored need and capacity values as one set of rows, in SQL, for the queries that
add them up in the database (the gap table, the consistency check).

app/storage/schema.py keeps its own copy to rebuild `cell_total`: storage cannot import
services, and its SQL is part of the schema's history.
"""

from __future__ import annotations

_VALUE_ROWS = """
    SELECT s.municipality_id AS m, s.target_group_id AS g, s.housing_type AS t, v.year AS y,
           v.quantity AS n, 1 AS nc, 0 AS c, 0 AS cc, NULL AS k
    FROM need_value v JOIN need_series s ON s.id = v.series_id {where}
    UNION ALL
    SELECT s.municipality_id, s.target_group_id, s.housing_type, v.year, 0, 0, v.quantity, 1,
           s.kind
    FROM capacity_value v JOIN capacity_series s ON s.id = v.series_id {where}
"""


def value_rows(where: str = "") -> str:
    """A SELECT (to use as a subquery) with one row per stored value: m municipality id,
    g group id, t housing type, y year, n need, nc 1 for a need value, c capacity, cc 1 for
    a capacity value, k the kind of capacity (NULL for need). `where` is a condition on the
    series `s`, applied to both halves (e.g. "WHERE s.municipality_id = :m")."""
    return _VALUE_ROWS.format(where=where)
