"""A readable Dutch overview over many visions, for the terminal (`thuisplan overview`)."""

from __future__ import annotations

from app.reports.text_summary import GAP_COLUMNS, text_table
from app.services.formatting import UNKNOWN, number, percent, signed
from app.services.overview import Overview
from app.services.overview_vision import TestCounts

NOT_IN_VISION = "niet in deze visie"


def overview_text(overview: Overview) -> str:
    """The visions, the files refused, the shared municipalities, the gap per group and
    vision over each vision's own plan period, and the tests per region."""
    lines = [f"Overzicht van {len(overview.visions)} visie(s)"]
    lines += ["", "Visies"]
    rows = [
        [
            v.path.name,
            v.title,
            v.region_name or "-",
            f"{v.start_year}–{v.end_year}",
            str(len(v.municipalities)),
        ]
        for v in overview.visions
    ]
    lines += text_table(["Bestand", "Woonzorgvisie", "Regio", "Planperiode", "Gemeenten"], rows)
    if overview.refused:
        lines += ["", "Niet geopend"]
        lines += [f"  {r.path.name or r.path}: {r.reason}" for r in overview.refused]
    if overview.shared:
        lines += ["", "Gemeenten in meer dan één visie (hun cijfers tellen in elke visie mee)"]
        for shared in overview.shared:
            files = ", ".join(overview.visions[i].path.name for i in shared.visions)
            lines.append(f"  {shared.name} ({shared.code}): {files}")
    lines += ["", "Opgave per aandachtsgroep en visie (de hele planperiode van elke visie)"]
    lines += text_table(["Aandachtsgroep", "Visie", *GAP_COLUMNS], _gap_rows(overview))
    lines += ["", "Sociale huur en betaalbare nieuwbouw per regio (en aantal gemeenten)"]
    lines += text_table(
        [
            "Visie",
            "Nu",
            "Eind periode",
            "Betaalbaar",
            "Onder streven",
            "Onder gemiddelde",
            "Onder norm betaalbaar",
        ],
        _test_rows(overview),
    )
    lines += ["", "Per jaar, en de status van elke prestatieafspraak: --json of --xlsx."]
    return "\n".join(lines)


def _gap_rows(overview: Overview) -> list[list[str]]:
    rows = []
    for group in overview.groups:
        for index, vision in enumerate(overview.visions):
            found = overview.group_in(index, group)
            if found is None:
                rows.append([group.label, vision.path.name, *[NOT_IN_VISION] + [""] * 4])
                continue
            need, capacity, shortage, surplus, gap = found.total.values
            rows.append(
                [
                    group.label,
                    vision.path.name,
                    number(need),
                    number(capacity),
                    number(shortage),
                    number(surplus),
                    signed(gap),
                ]
            )
    return rows


def _test_rows(overview: Overview) -> list[list[str]]:
    rows = []
    for vision in overview.visions:
        tests = vision.tests
        region = tests.region
        rows.append(
            [
                vision.path.name,
                percent(region.current.share),
                percent(region.projected.share),
                percent(region.affordable.share),
                count_text(tests.below_goal, True),
                count_text(tests.must_build_30_percent, True),
                count_text(tests.meets_affordable_norm, False),
            ]
        )
    return rows


def count_text(counts: TestCounts, outcome: bool) -> str:
    """'3 van 9' (how many answer `outcome`), '(2 onbekend)' added when some are unknown."""
    found = counts.true if outcome else counts.false
    total = counts.true + counts.false + counts.unknown
    text = f"{found} van {total}"
    return f"{text} ({counts.unknown} {UNKNOWN})" if counts.unknown else text
