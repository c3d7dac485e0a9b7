"""The baseline of `thuisplan summary --json`: a minimal script with only sqlite3 and json
that reads the vision's tables directly and prints the same JSON.

    python benchmarks/summary_script.py FILE

It reproduces the whole JSON (the benchmark checks it equals ours) of a vision without
estimates or agreements that has every norm, and refuses (exit 2) any other vision:
- `vision` whole;
- `estimates`: none (it refuses a vision whose base scenario has estimates: it does not
  estimate need);
- every `gaps` item: need, capacity, gap, shortage and surplus added up over the group's
  housing types (shortage and surplus per housing type), None where a figure they depend on
  is missing, the need's source (entered, or None while unknown) and every missing input;
- every `fair_share` item: per municipality x group of the vision's scope the key share
  (any key, the weighted mix too), fair share of the region's need, capacity, correction,
  difference and the missing inputs (the first 25 and their count); per municipality over
  the scope the same year by year with the correction drawn on and, with carry-over, the
  shortfall carried (opening backlog, backlog);
- each municipality's `social_rent` test, by the vision's norms (it refuses a vision that
  lacks one of the norms the tests use: Thuisplan would take its standard value);
- the `region`'s test: its totals of the figures each municipality's test accepts, its
  shares against their norms with what they lack, and each municipality's part;
- `monitoring` (it refuses a vision with agreement years or realised values: it does not
  work out agreements' statuses): the measurements, and per municipality x group x year
  planned, delivered at the latest measurement and need with their running totals.
It imports nothing of Thuisplan on purpose.
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


def summary(db: sqlite3.Connection) -> dict:
    """The whole summary (the module says which visions it refuses)."""
    groups = db.execute(
        "SELECT id, label, active, mandatory_urgency, housing_types FROM target_group"
        " WHERE active ORDER BY sort_order, id"
    ).fetchall()
    entered = cells(db)
    gap_items = gaps(db, groups, entered)
    return {
        "vision": vision(db, groups),
        "estimates": estimates(db),
        "gaps": gap_items,
        "fair_share": fair_shares(db, groups, gap_items),
        "social_rent": social_rent(db),
        "region": region(db),
        "monitoring": monitoring(db, groups, gap_items),
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


HOUSING_TYPES = {  # in the order a group's housing types are listed
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
}
CAPACITY_KINDS = {  # kind -> label, in the order of cell_value's capacity columns
    "allocation": "Toewijzing uit vrijkomende voorraad",
    "new_build": "Nieuwbouw",
    "flex": "Flexwoningen",
    "transformation": "Transformatie",
    "other": "Overig",
}
NOT_ENTERED = (None,) * (1 + len(CAPACITY_KINDS))


class NotReproduced(Exception):
    """The file uses something this script does not reproduce."""


def housing_types(text: str) -> list[str]:
    stored = text.split(",")
    return [t for t in HOUSING_TYPES if t in stored]


def cells(db: sqlite3.Connection) -> dict[tuple, tuple]:
    """(municipality, group, housing type, year) -> (need, capacity per kind)."""
    columns = ", ".join(f"capacity_{kind}" for kind in CAPACITY_KINDS)
    rows = db.execute(
        "SELECT municipality_id, target_group_id, housing_type, year, need,"
        f" {columns} FROM cell_value"
    )
    return {(r[0], r[1], r[2], r[3]): r[4:] for r in rows}


def gaps(db: sqlite3.Connection, groups: list, entered: dict) -> list[dict]:
    """Per municipality x group x year: need, capacity, shortage and surplus added up over
    the group's housing types (shortage and surplus per housing type), None when a figure
    they depend on is missing, and every missing input."""
    start, end = db.execute("SELECT start_year, end_year FROM vision").fetchone()
    municipalities = db.execute("SELECT id, code FROM municipality ORDER BY sort_order, id")
    items = []
    for m, code in municipalities.fetchall():
        for g, label, _, _, stored_types in groups:
            types = housing_types(stored_types)
            for year in range(start, end + 1):
                item = gap(types, [entered.get((m, g, t, year), NOT_ENTERED) for t in types])
                missing = [
                    {
                        "input": "need" if kind is None else "capacity",
                        "municipality_code": code,
                        "target_group": label,
                        "housing_type": HOUSING_TYPES[t],
                        "year": year,
                        "capacity_kind": None if kind is None else CAPACITY_KINDS[kind],
                    }
                    for t, kind in item.pop("missing")
                ]
                items.append(
                    {
                        "municipality_code": code,
                        "target_group": label,
                        "year": year,
                        **item,
                        "missing": missing,
                    }
                )
    return items


def gap(types: list[str], values: list[tuple]) -> dict:
    """The totals of one municipality x group x year from its cells (one per housing type)."""
    need = capacity = shortage = surplus = 0
    missing = []
    for t, (cell_need, *kinds) in zip(types, values, strict=True):
        if cell_need is None:
            missing.append((t, None))
        missing += [(t, kind) for kind, v in zip(CAPACITY_KINDS, kinds, strict=True) if v is None]
        cell_capacity = None if None in kinds else sum(kinds)
        need = None if need is None or cell_need is None else need + cell_need
        capacity = None if capacity is None or cell_capacity is None else capacity + cell_capacity
        if cell_need is None or cell_capacity is None:
            shortage = surplus = None
        elif shortage is not None:
            shortage += max(cell_need - cell_capacity, 0)
            surplus += max(cell_capacity - cell_need, 0)
    if not types:
        need = capacity = shortage = surplus = None
    return {
        "need": need,
        "capacity": capacity,
        "gap": None if shortage is None else shortage - surplus,
        "shortage": shortage,
        "surplus": surplus,
        "need_source": None if need is None else "entered",  # no estimates (see estimates)
        "missing": missing,
    }


def estimates(db: sqlite3.Connection) -> list:
    """The base scenario's estimates: this script reproduces a vision without any."""
    (count,) = db.execute(
        "SELECT count(*) FROM need_estimate WHERE scenario_id ="
        " (SELECT id FROM scenario ORDER BY sort_order, id LIMIT 1)"
    ).fetchone()
    if count:
        raise NotReproduced("estimated need (the script reproduces visions without estimates)")
    return []


INDICATOR_LABELS = {  # the key's indicators, as a missing figure names them
    "inhabitants": "inwoners",
    "households": "huishoudens",
    "dwellings": "woningen",
    "social_rent_dwellings": "sociale huurwoningen (corporatiebezit)",
}
LISTED = 25  # a fair share names this many missing inputs and counts the rest
EMPTY_SCOPE = "geen aandachtsgroepen in de verdeling"


def fair_shares(db: sqlite3.Connection, groups: list, gap_items: list[dict]) -> list[dict]:
    """Per group of the vision's scope and municipality: its key share of the group's need
    in the region over the period against its own capacity; then per municipality over
    the whole scope, year by year, with correction and carry-over (`balance`)."""
    (key, *weights, scope, carry_over, start, end) = db.execute(
        "SELECT distribution_key, weight_inhabitants, weight_households, weight_dwellings,"
        " weight_social_rent_dwellings, fair_share_scope, carry_over, start_year, end_year"
        " FROM vision"
    ).fetchone()
    municipalities = db.execute(
        "SELECT id, code, name FROM municipality ORDER BY sort_order, id"
    ).fetchall()
    shares, key_missing = key_shares(db, municipalities, key, weights)
    chosen = {row[0] for row in db.execute("SELECT target_group_id FROM fair_share_group")}
    years = end - start + 1
    scoped = {}  # group label -> per municipality its gap items of the period
    for place, (g, label, _, urgent, _) in enumerate(groups):
        if (scope == "urgent" and not urgent) or (scope == "chosen" and g not in chosen):
            continue
        scoped[label, g] = [
            gap_items[(i * len(groups) + place) * years :][:years]
            for i in range(len(municipalities))
        ]
    adjustments = {
        row[0]: row[1:]
        for row in db.execute(
            "SELECT municipality_id, correction, opening_backlog, source, reference_date"
            " FROM fair_share_adjustment"
        )
    }
    baseline = [{"input": "baseline", "description": text} for text in key_missing]
    items = []
    for (label, _), per_municipality in scoped.items():
        needs = [total(c["need"] for c in own) for own in per_municipality]
        region_need = None if None in needs else sum(needs)
        missing = missing_inputs([per_municipality])
        for i, (m, code, _) in enumerate(municipalities):
            fair = None if shares[i] is None or region_need is None else region_need * shares[i]
            capacity = total(c["capacity"] for c in per_municipality[i])
            found = ([], 0) if None not in (fair, capacity) else needs_and_own(missing, i)
            items.append(
                {
                    "municipality_code": code,
                    "target_group": label,
                    "scope": scope,
                    "key_share": rounded(shares[i], 4),
                    "fair_share": rounded(fair, 2),
                    "capacity": capacity,
                    "correction": correction_item(adjustments.get(m)),
                    "difference": None if None in (fair, capacity) else round(capacity - fair, 2),
                    **listed(baseline, found, []),
                }
            )
    groups_ = list(scoped.values())
    missing = missing_inputs(groups_)
    corrections_used = any(a[0] is not None for a in adjustments.values())
    backlogs_used = carry_over and any(a[1] is not None for a in adjustments.values())
    period = list(range(start, end + 1))
    region_need = []
    for y in range(years):
        needs = [cells[y]["need"] for per_municipality in groups_ for cells in per_municipality]
        region_need.append(None if not groups_ or None in needs else sum(needs))
    for i, (m, code, _) in enumerate(municipalities):
        own = adjustments.get(m, (None, None, "", ""))
        correction = own[0] if corrections_used else 0  # 0: none used, None: unknown
        opening = own[1] if backlogs_used else 0
        item = balance(
            groups_, period, region_need, i, shares[i], bool(carry_over), correction, opening
        )
        found = ([], 0)
        if groups_ and None in (item["fair_share"], item["capacity"]):
            found = needs_and_own(missing, i)
        before = baseline + ([] if groups_ else [{"input": "scope", "description": EMPTY_SCOPE}])
        after = [
            {"input": what, "municipality_code": code}
            for what, value in (("correction", correction), ("opening_backlog", opening))
            if value is None
        ]
        item["correction"] = correction_item(adjustments.get(m))
        item["opening_backlog"] = None if m not in adjustments else adjustments[m][1]
        items.append(
            {
                "municipality_code": code,
                "target_group": None,
                "scope": scope,
                "key_share": rounded(shares[i], 4),
                **item,
                **listed(before, found, after),
            }
        )
    return items


def balance(groups, period, region_need, i, share, carry_over, correction, opening) -> dict:
    """Municipality `i`'s fair share of the scope's need in the region (`region_need` per
    year) year by year against its capacity; the correction is drawn on as shortfalls
    arise, and with carry-over a shortfall is added to the next year's fair share.
    Rounded as the summary shows it."""
    carried = 0.0
    if carry_over:
        carried = None if opening is None else float(opening)
    left = None if correction is None else float(correction)
    carried_in, counted = carried, left
    steps = []
    for y in range(len(period)):
        need = region_need[y]
        fair = None if need is None or share is None else need * share
        capacities = [per_municipality[i][y]["capacity"] for per_municipality in groups]
        capacity = None if not groups or None in capacities else sum(capacities)
        due = None if fair is None or carried is None else fair + carried
        open_ = None if due is None or capacity is None else max(0.0, due - capacity)
        used = 0.0
        if left != 0:
            used = None if left is None or open_ is None else min(left, open_)
        backlog = None if open_ is None or used is None else open_ - used
        left = None if left is None or used is None else left - used
        steps.append((fair, carried, capacity, used, backlog))
        carried = backlog if carry_over else 0.0
    fair_total = total(step[0] for step in steps)
    capacity_total = total(step[2] for step in steps)
    parts = (capacity_total, counted, fair_total, carried_in)
    difference = None if None in parts else capacity_total + counted - fair_total - carried_in
    return {
        "fair_share": rounded(fair_total, 2),
        "carried_in": rounded(carried_in, 2),
        "capacity": capacity_total,
        "correction": None,
        "correction_counted": rounded(counted, 2),
        "opening_backlog": None,
        "difference": rounded(difference, 2),
        "backlog": rounded((steps[-1][4] if steps else carried_in) if carry_over else 0.0, 2),
        "years": [
            {
                "year": year,
                "fair_share": rounded(fair, 2),
                "carried_in": rounded(carried, 2),
                "capacity": capacity,
                "correction_used": rounded(used, 2),
                "backlog": rounded(backlog, 2),
            }
            for year, (fair, carried, capacity, used, backlog) in zip(period, steps, strict=True)
        ],
    }


def missing_inputs(groups: list) -> tuple[list, list]:
    """Per municipality the missing inputs of `groups` (in the order of groups and years),
    and of those the needs."""
    every = [
        [x for per_municipality in groups for c in per_municipality[i] for x in c["missing"]]
        for i in range(len(groups[0]) if groups else 0)
    ]
    return every, [[x for x in found if x["input"] == "need"] for found in every]


def needs_and_own(missing: tuple[list, list], i: int) -> tuple[list, int]:
    """The first LISTED of the missing inputs that are a need anywhere or municipality
    `i`'s own, in the order of municipalities, groups, years; and their count."""
    every, needs = missing
    shown, count = [], 0
    for j, found in enumerate(needs):
        if j == i:
            found = every[i]
        shown += found[: LISTED - len(shown)]
        count += len(found)
    return shown, count


def listed(before: list, found: tuple, after: list) -> dict:
    """The first LISTED of `before`, the missing inputs `found` and `after`, and the count."""
    first, count = found
    shown = before + first[:LISTED] + after
    return {"missing": shown[:LISTED], "missing_count": len(before) + count + len(after)}


def correction_item(adjustment) -> dict | None:
    if adjustment is None or adjustment[0] is None:
        return None
    correction, _, source, date = adjustment
    return {"places": correction, "source": source, "reference_date": date}


def rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def total(values) -> int | None:
    result = 0
    for value in values:
        if value is None:
            return None
        result += value
    return result


def key_shares(db: sqlite3.Connection, municipalities: list, key: str, weights: list) -> tuple:
    """Each municipality's share under the key (in their order), or None for every one with
    the figures that are missing."""
    if key == "weighted_mix":
        parts = {i: w for i, w in zip(WEIGHTS, weights, strict=True) if w > 0}
        if not parts:
            return [None] * len(municipalities), ["de gewichten van de gewogen mix"]
    else:
        parts = {key: 1.0}
    figures = {
        (m, indicator): value
        for m, indicator, value in db.execute(
            "SELECT municipality_id, indicator, value FROM baseline_figure"
        )
    }
    missing = []
    fractions = {}
    for indicator in parts:
        values = [figures.get((m, indicator)) for m, _, _ in municipalities]
        absent = [name for (_, _, name), v in zip(municipalities, values, strict=True) if v is None]
        if absent:
            missing.append(f"{INDICATOR_LABELS[indicator]} van {', '.join(absent)}")
            continue
        region = sum(values)
        if region == 0:
            missing.append(f"{INDICATOR_LABELS[indicator]} (regiototaal is 0)")
        else:
            fractions[indicator] = [v / region for v in values]
    if missing:
        return [None] * len(municipalities), missing
    weight = sum(parts.values())
    return [
        sum(parts[ind] * fractions[ind][i] for ind in parts) / weight
        for i in range(len(municipalities))
    ], []


EPSILON = 1e-9  # shares are compared with this tolerance (exactly 2/3 meets 2/3)
BASELINE = (
    "dwellings",
    "social_rent_dwellings",
    "planned_new_total",
    "planned_new_social",
    "planned_new_middle",
)


def read_norms(db: sqlite3.Connection) -> tuple:
    """The goal, the national average, the affordable norm, the rule of who must build the
    minimum social share of new construction, and that minimum."""
    norms = {
        code: (value, rule)
        for code, value, rule in db.execute("SELECT code, value, applies_to FROM norm")
    }
    wanted = ("social_rent_goal", "national_social_share", "affordable_new_build_share")
    if any(code not in norms for code in wanted):
        raise NotReproduced("a vision without every norm (Thuisplan's standard values)")
    minimum, rule = norms.get("min_social_new_build_share", (None, None))
    return *(norms[code][0] for code in wanted), rule or "below_national_average", minimum


def social_rent(db: sqlite3.Connection) -> list[dict]:
    """The social rent test of each municipality, by the vision's norms."""
    goal, average, affordable_norm, rule, _ = read_norms(db)
    threshold = {"below_goal": goal, "below_national_average": average}.get(rule)
    figures = baseline_figures(db)
    municipalities = db.execute("SELECT id, code FROM municipality ORDER BY sort_order, id")
    return [
        {
            "municipality_code": code,
            **social_rent_test(*figures[m], goal, threshold, affordable_norm),
        }
        for m, code in municipalities.fetchall()
    ]


def social_rent_test(
    dwellings, social, planned, planned_social, planned_middle, goal, threshold, affordable_norm
) -> dict:
    missing = []
    if dwellings is None:
        missing.append("woningvoorraad")
    elif dwellings == 0:
        missing.append("woningvoorraad (is 0)")
    for value, text in (
        (social, "sociale huurwoningen"),
        (planned, "geplande nieuwbouw"),
        (planned_social, "geplande nieuwbouw sociale huur"),
        (planned_middle, "geplande nieuwbouw middensegment"),
    ):
        if value is None:
            missing.append(text)
    current = social / dwellings if dwellings and social is not None else None
    if current is not None and social > dwellings:
        missing.append("sociale huurwoningen (meer dan de hele woningvoorraad)")
        current = None
    if planned is not None and planned_social is not None and planned_social > planned:
        missing.append("geplande sociale huur (meer dan de totale nieuwbouw)")
        planned_social = None
    projected = None
    if current is not None and planned is not None and planned_social is not None:
        projected = (social + planned_social) / (dwellings + planned)
    required = reachable = needed = None
    if goal is not None and current is not None and planned is not None:
        if planned == 0:
            missing.append("geplande nieuwbouw (is 0)")
        else:
            raw = (goal * (dwellings + planned) - social) / planned
            needed = max(raw, 0.0)
            required = min(needed, 1.0)
            reachable = raw <= 1.0 + EPSILON
    affordable = meets = None
    if planned and planned_social is not None and planned_middle is not None:
        if planned_social + planned_middle > planned:
            missing.append("geplande betaalbare nieuwbouw (meer dan de totale nieuwbouw)")
        else:
            affordable = (planned_social + planned_middle) / planned
            meets = None if affordable_norm is None else affordable + EPSILON >= affordable_norm
    return {
        "current_share": share(current),
        "projected_share": share(projected),
        "below_goal": below(current, goal),
        "must_build_30_percent": below(current, threshold),
        "required_social_new_build_share": share(required),
        "goal_reachable": reachable,
        "needed_social_new_build_share": share(needed),
        "affordable_new_build_share": share(affordable),
        "meets_affordable_norm": meets,
        "missing": [{"input": "baseline", "description": text} for text in dict.fromkeys(missing)],
    }


def share(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def below(value: float | None, threshold: float | None) -> bool | None:
    return None if value is None or threshold is None else value + EPSILON < threshold


def region(db: sqlite3.Connection) -> dict:
    """The social rent test of the region as one municipality (the sums of the figures each
    municipality's test accepts), with each municipality's part in it; a share is None as
    soon as one municipality's figure it needs is missing or refused."""
    (norm_set,) = db.execute("SELECT norm_set FROM vision").fetchone()
    goal, _, affordable_norm, rule, minimum = read_norms(db)
    social_new_build_norm = minimum if rule == "region" else None
    municipalities = db.execute(
        "SELECT id, code, name FROM municipality ORDER BY sort_order, id"
    ).fetchall()
    figures = baseline_figures(db)
    checked = [checked_figures(figures[m], name) + (code,) for m, code, name in municipalities]
    totals = [0, 0, 0, 0, 0]  # dwellings, social, planned, planned social, affordable
    for (dwellings, social, planned, planned_social, middle), _, _ in checked:
        values = (dwellings, social, planned, planned_social, add(planned_social, middle))
        totals = [add(t, v) for t, v in zip(totals, values, strict=True)]
    dwellings, social, planned, planned_social, affordable = totals
    missing = missing_per_share(checked, planned)
    shares = [
        tested(fraction(social, dwellings), goal, missing[0]),
        tested(fraction(add(social, planned_social), add(dwellings, planned)), goal, missing[1]),
        tested(fraction(affordable, planned), affordable_norm, missing[2]),
        tested(fraction(planned_social, planned), social_new_build_norm, missing[3]),
    ]
    required = reachable = needed = None
    if None not in (goal, dwellings, social) and planned and dwellings:
        raw = (goal * (dwellings + planned) - social) / planned
        needed = max(raw, 0.0)
        required, reachable = min(needed, 1.0), raw <= 1.0 + EPSILON
    return {
        "norm_set": norm_set,
        "social_rent_current_share": shares[0],
        "social_rent_projected_share": {
            **shares[1],
            "required_social_new_build_share": share(required),
            "goal_reachable": reachable,
            "needed_social_new_build_share": share(needed),
        },
        "affordable_new_build_share": shares[2],
        "social_new_build_share": shares[3],
        "dwellings": dwellings,
        "social_rent_dwellings": social,
        "planned_new_total": planned,
        "planned_new_social": planned_social,
        "planned_new_affordable": affordable,
        "municipalities": [contribution(c, totals, shares) for c in checked],
    }


def add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def fraction(part: int | None, whole: int | None) -> float | None:
    return None if part is None or not whole else part / whole


def tested(value: float | None, norm: float | None, missing: list) -> dict:
    if missing:
        value = None
    return {
        "share": share(value),
        "norm": share(norm),
        "meets_norm": None if value is None or norm is None else value + EPSILON >= norm,
        "missing": missing,
    }


LABELS = (
    "woningvoorraad",
    "sociale huurwoningen",
    "geplande nieuwbouw",
    "geplande nieuwbouw sociale huur",
    "geplande nieuwbouw middensegment",
)
# The inputs (places in BASELINE) of the current, projected, affordable and social new-build
# share.
SHARE_INPUTS = ((0, 1), (0, 1, 2, 3), (2, 3, 4), (2, 3))


def checked_figures(figures: list, name: str) -> tuple[list, dict]:
    """A municipality's figures with those its test refuses set to None, and per figure
    (place in BASELINE) the description of why it is missing or refused."""
    values = list(figures)
    problems = {i: f"{LABELS[i]} van {name}" for i, v in enumerate(values) if v is None}

    def refuse(i: int, what: str, reason: str) -> None:
        problems[i] = f"{what} van {name} ({reason})"
        values[i] = None

    if values[0] == 0:
        refuse(0, "woningvoorraad", "is 0")
    if values[0] is not None and values[1] is not None and values[1] > values[0]:
        refuse(1, "sociale huurwoningen", "meer dan de hele woningvoorraad")
    if values[2] is not None and values[3] is not None and values[3] > values[2]:
        refuse(3, "geplande sociale huur", "meer dan de totale nieuwbouw")
    if None not in values[2:] and values[3] + values[4] > values[2]:
        refuse(4, "geplande betaalbare nieuwbouw", "meer dan de totale nieuwbouw")
    return values, problems


def missing_per_share(checked: list, planned: int | None) -> list[list]:
    """What each regional share lacks, municipality by municipality."""

    def item(description: str, code: str | None) -> dict:
        return {"input": "baseline", "description": description, "municipality_code": code}

    if not checked:
        return [[item("gemeenten (de regio heeft er geen)", None)] for _ in SHARE_INPUTS]
    found = [
        [item(problems[i], code) for _, problems, code in checked for i in inputs if i in problems]
        for inputs in SHARE_INPUTS
    ]
    if planned == 0:
        for shown in found[2:]:
            shown.append(item("geplande nieuwbouw in de regio (is 0)", None))
    return found


def contribution(checked: tuple, totals: list, shares: list) -> dict:
    """A municipality's figures, its part of the region's totals and the points it adds to
    each regional share (None while that share is unknown)."""
    (dwellings, social, planned, planned_social, middle), _, code = checked
    affordable = add(planned_social, middle)
    known = [s["share"] is not None for s in shares]
    after = add(totals[0], totals[2])
    return {
        "municipality_code": code,
        "dwellings": dwellings,
        "social_rent_dwellings": social,
        "planned_new_total": planned,
        "planned_new_social": planned_social,
        "planned_new_affordable": affordable,
        "share_of_region_social_rent": share(fraction(social, totals[1])),
        "share_of_region_affordable_new_build": share(fraction(affordable, totals[4])),
        "current_share_points": share(fraction(social, totals[0])) if known[0] else None,
        "projected_share_points": share(fraction(add(social, planned_social), after))
        if known[1]
        else None,
        "affordable_share_points": share(fraction(affordable, totals[2])) if known[2] else None,
    }


def baseline_figures(db: sqlite3.Connection) -> dict[int, list]:
    """Municipality id -> its BASELINE figures (None where there is none), in their order."""
    figures = {
        m: dict.fromkeys(BASELINE)
        for (m,) in db.execute("SELECT id FROM municipality ORDER BY sort_order, id")
    }
    for m, indicator, value in db.execute(
        "SELECT municipality_id, indicator, value FROM baseline_figure"
    ):
        if indicator in BASELINE:
            figures[m][indicator] = value
    return {m: list(values.values()) for m, values in figures.items()}


def monitoring(db: sqlite3.Connection, groups: list, gap_items: list[dict]) -> dict:
    """The measurements and per municipality x group x year planned (the capacity), delivered
    (at the latest measurement) and need with running totals; agreements are not reproduced
    (the script refuses a vision with agreement years or realised values)."""
    for table in ("agreement_year", "realised_value"):
        if db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            raise NotReproduced("agreements' statuses (the script reproduces none)")
    measured = db.execute("SELECT measured_on FROM measurement ORDER BY measured_on").fetchall()
    days = [day for (day,) in measured]
    delivered = delivered_at(db, groups, days[-1]) if days else [None] * len(gap_items)
    first_year = db.execute("SELECT start_year FROM vision").fetchone()[0]
    rows = []
    totals: list = []
    for item, done in zip(gap_items, delivered, strict=True):
        if item["year"] == first_year:
            totals = [0, 0, 0]  # a new municipality x group
        key = (item["municipality_code"], item["target_group"], item["year"])
        values = [item["capacity"], done, item["need"]]
        totals = [
            None if t is None or v is None else t + v for t, v in zip(totals, values, strict=True)
        ]
        rows.append(
            {
                "municipality_code": key[0],
                "target_group": key[1],
                "year": key[2],
                "planned": values[0],
                "delivered": values[1],
                "need": values[2],
                "planned_cumulative": totals[0],
                "delivered_cumulative": totals[1],
                "need_cumulative": totals[2],
            }
        )
    return {
        "measurement": measurement(days[-1]) if days else None,
        "previous_measurement": measurement(days[-2]) if len(days) > 1 else None,
        "measurements": [measurement(day) for day in days],
        "agreements": [],
        "delivery": rows,
    }


def measurement(day: str) -> dict:
    year, month, date = (int(part) for part in day.split("-"))
    return {"date": day, "label": f"meting per {date}-{month}-{year}"}


def delivered_at(db: sqlite3.Connection, groups: list, day: str) -> list:
    """Per municipality x group x year (in the order of the gaps) the delivered over every
    housing type and kind of capacity as the latest measurement on or before `day` holds
    it; None when one is missing."""
    latest: dict[tuple, tuple] = {}
    for measured_on, m, g, t, kind, year, quantity in db.execute(
        "SELECT s.measured_on, v.municipality_id, v.target_group_id, v.housing_type, v.kind,"
        " v.year, v.quantity FROM delivered_value v JOIN measurement s"
        " ON s.id = v.measurement_id WHERE s.measured_on <= ?",
        (day,),
    ):
        key = (m, g, t, kind, year)
        if key not in latest or (measured_on, quantity) > latest[key]:
            latest[key] = (measured_on, quantity)
    start, end = db.execute("SELECT start_year, end_year FROM vision").fetchone()
    result = []
    for (m,) in db.execute("SELECT id FROM municipality ORDER BY sort_order, id").fetchall():
        for g, _, _, _, stored_types in groups:
            types = housing_types(stored_types)
            for year in range(start, end + 1):
                found = [latest.get((m, g, t, k, year)) for t in types for k in CAPACITY_KINDS]
                known = types and None not in found
                result.append(sum(q for _, q in found) if known else None)
    return result


def main(path: str) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        print(json.dumps(summary(db), ensure_ascii=False))
    except NotReproduced as exc:
        print(f"not reproduced: {exc}", file=sys.stderr)
        return 2
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
