"""The baseline of `thuisplan summary --json`: a minimal script with only sqlite3 and json
that reads the vision's tables directly and prints part of the same JSON.

    python benchmarks/summary_script.py FILE

What it reproduces (the benchmark checks it equals ours on exactly these parts): the
whole `vision` object; per gap item its municipality, group, year and need (entered need
summed over the group's housing types, None when a cell is empty); and the region's
dwelling and planned construction totals (None when a municipality's figure is missing).
Not reproduced: capacity, gaps' missing inputs and need sources, estimates, fair shares,
the social rent tests and monitoring. It imports nothing of Thuisplan on purpose.
"""

from __future__ import annotations

import json
import sqlite3
import sys

KEY_LABELS = {
    "inhabitants": "Inwoners",
    "households": "Huishoudens",
    "dwellings": "Woningvoorraad",
    "social_rent_dwellings": "Sociale huurvoorraad",
    "weighted_mix": "Gewogen mix",
}
SCOPE_LABELS = {
    "urgent": "Verplicht urgenten",
    "active": "Alle actieve aandachtsgroepen",
    "chosen": "Gekozen aandachtsgroepen",
}
WEIGHTS = ("inhabitants", "households", "dwellings", "social_rent_dwellings")
TOTALS = {  # region field -> baseline indicators added up
    "dwellings": ("dwellings",),
    "social_rent_dwellings": ("social_rent_dwellings",),
    "planned_new_total": ("planned_new_total",),
    "planned_new_social": ("planned_new_social",),
    "planned_new_affordable": ("planned_new_social", "planned_new_middle"),
}


def summary(db: sqlite3.Connection) -> dict:
    """The parts of the summary this script reproduces."""
    groups = db.execute(
        "SELECT id, label, active, mandatory_urgency, housing_types FROM target_group"
        " WHERE active ORDER BY sort_order, id"
    ).fetchall()
    return {
        "vision": vision(db, groups),
        "gaps": gaps(db, groups),
        "region": region(db),
    }


def vision(db: sqlite3.Connection, groups: list) -> dict:
    (title, region_name, start, end, example, key, *weights, scope, carry) = db.execute(
        "SELECT title, region_name, start_year, end_year, is_example, distribution_key,"
        " weight_inhabitants, weight_households, weight_dwellings,"
        " weight_social_rent_dwellings, fair_share_scope, carry_over FROM vision"
    ).fetchone()
    chosen = {row[0] for row in db.execute("SELECT target_group_id FROM fair_share_group")}
    in_scope = {
        "urgent": lambda g: g[3],
        "active": lambda g: True,
        "chosen": lambda g: g[0] in chosen,
    }[scope]
    scenario = db.execute("SELECT name FROM scenario ORDER BY sort_order, id").fetchone()
    return {
        "title": title,
        "region": region_name,
        "start_year": start,
        "end_year": end,
        "is_example": bool(example),
        "distribution_key": key,
        "distribution_key_label": KEY_LABELS[key],
        "key_weights": dict(zip(WEIGHTS, weights, strict=True)) if key == "weighted_mix" else None,
        "scenario": scenario[0],
        "fair_share_scope": scope,
        "fair_share_scope_label": SCOPE_LABELS[scope],
        "fair_share_groups": [g[1] for g in groups if in_scope(g)],
        "carry_over": bool(carry),
    }


def gaps(db: sqlite3.Connection, groups: list) -> list[dict]:
    start, end = db.execute("SELECT start_year, end_year FROM vision").fetchone()
    need: dict[tuple, int | None] = {}
    for m, g, housing, year, value in db.execute(
        "SELECT municipality_id, target_group_id, housing_type, year, need FROM cell_value"
    ):
        need[m, g, housing, year] = value
    municipalities = db.execute("SELECT id, code FROM municipality ORDER BY sort_order, id")
    items = []
    for m, code in municipalities.fetchall():
        for g, label, _, _, housing_types in groups:
            types = [t for t in housing_types.split(",") if t]
            for year in range(start, end + 1):
                values = [need.get((m, g, t, year)) for t in types]
                total = None if None in values else sum(values)
                items.append(
                    {"municipality_code": code, "target_group": label, "year": year, "need": total}
                )
    return items


def region(db: sqlite3.Connection) -> dict:
    count = db.execute("SELECT count(*) FROM municipality").fetchone()[0]
    figures: dict[str, list] = {}
    for indicator, value in db.execute("SELECT indicator, value FROM baseline_figure"):
        figures.setdefault(indicator, []).append(value)
    result = {}
    for field, indicators in TOTALS.items():
        values = [v for i in indicators for v in figures.get(i, [])]
        complete = all(len(figures.get(i, [])) == count for i in indicators)
        result[field] = sum(values) if complete and None not in values else None
    return result


def main(path: str) -> None:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        print(json.dumps(summary(db), ensure_ascii=False, indent=1))
    finally:
        db.close()


if __name__ == "__main__":
    main(sys.argv[1])
