"""A readable Dutch summary of a vision's calculations, for the terminal."""

from __future__ import annotations

from app.services import catalogue, norm_words
from app.services.analysis import Analysis
from app.services.calculations.gaps import GapTotal
from app.services.catalogue import EXAMPLE_NOTE
from app.services.chart_data.common import gap_total_notes
from app.services.formatting import (
    UNKNOWN,
    number,
    percent,
    required_share_text,
    signed,
)
from app.services.reference_data import CBS_ATTRIBUTION

# Opgave = behoefte - aanbod: positive is a shortage, as everywhere in Thuisplan.
GAP_COLUMNS = ["Behoefte", "Aanbod", "Tekort", "Overschot", "Opgave"]


def summary_text(analysis: Analysis) -> str:
    """Gap per group and per municipality, fair shares and the social rent test."""
    figures = analysis.figures
    vision = figures.vision
    lines = [
        vision.title,
        f"Regio: {vision.region_name or '-'} · planperiode {vision.start_year}–{vision.end_year}"
        f" · verdeelsleutel: {vision.distribution_key.label.lower()}",
    ]
    if vision.is_example:
        lines.append(f"Let op: {EXAMPLE_NOTE}.")
    lines += ["", "Opgave per aandachtsgroep (regio, hele planperiode)"]
    rows = [_gap_row(g.label, analysis.gap_total(group_id=g.id)) for g in figures.groups]
    lines += text_table(["Aandachtsgroep", *GAP_COLUMNS], rows)

    lines += ["", "Opgave per gemeente (alle groepen, hele planperiode)"]
    rows = [
        _gap_row(m.name, analysis.gap_total(municipality_id=m.id)) for m in figures.municipalities
    ]
    lines += text_table(["Gemeente", *GAP_COLUMNS], rows)
    notes = gap_total_notes(analysis)  # the same cells make a total above unknown
    if notes:
        lines += ["Ontbreekt (daarom onbekend):", *(f"  {note}" for note in notes)]

    lines += ["", *_distribution(analysis)]

    norm = figures.norm
    lines += ["", f"Sociale huur ({norm_words.goal_title(figures)})"]
    rows = []
    for m in figures.municipalities:
        test = analysis.social_rent[m.id]
        rows.append(
            [
                m.name,
                percent(test.current_share),
                percent(test.projected_share),
                norm_words.must_build_text(figures, test.must_build_30_percent),
                required_share_text(
                    test.required_social_new_build_share,
                    test.goal_reachable,
                    test.needed_social_new_build_share,
                ),
                percent(test.affordable_new_build_share),
            ]
        )
    rows.append(_region_row(analysis))
    lines += text_table(
        [
            "Gemeente",
            "Nu",
            "Eind periode",
            f"Min. {norm_words.share_text(norm(catalogue.MIN_SOCIAL_NEW_BUILD))} bouwen",
            "Nodig in nieuwbouw",
            f"Betaalbaar ({norm_words.share_text(norm(catalogue.AFFORDABLE_NEW_BUILD))})",
        ],
        rows,
    )
    missing = sorted({m for t in analysis.social_rent.values() for m in t.missing})
    if missing:
        lines.append(f"{UNKNOWN}: ontbrekende invoer ({', '.join(missing)})")
    region = analysis.region_social_rent
    if region.missing:
        lines.append(
            f"Regio {UNKNOWN}: ontbreekt {'; '.join(m.description for m in region.missing)}"
        )
    lines += ["", CBS_ATTRIBUTION]
    return "\n".join(lines)


def _region_row(analysis: Analysis) -> list[str]:
    """The region as a whole (sums of its municipalities' figures) under the municipalities;
    the minimum social share of new construction is a municipal rule."""
    region = analysis.region_social_rent
    return [
        "Regio (totaal)",
        percent(region.current.share),
        percent(region.projected.share),
        "n.v.t.",
        required_share_text(
            region.required_social_new_build_share,
            region.goal_reachable,
            region.needed_social_new_build_share,
        ),
        percent(region.affordable.share),
    ]


def _distribution(analysis: Analysis) -> list[str]:
    """The evenwichtige verdeling over the scope, with the columns the vision uses."""
    settings = analysis.figures.distribution
    shares = analysis.distribution()
    header = ["Gemeente", "Aandeel", "Evenredig", "Aanbod", "Verschil"]
    if settings.corrections_used:
        header.insert(4, "Correctie")
    if settings.backlogs_used:
        header.insert(3, "Vooraf")
    if settings.carry_over:
        header.append("Achterstand")
    rows = []
    for m in analysis.figures.municipalities:
        share = shares[m.id]
        row = [
            m.name,
            percent(share.key_share),
            number(_rounded(share.fair_share)),
            number(share.contribution),
            signed(share.rounded_difference),
        ]
        if settings.corrections_used:
            row.insert(4, number(_rounded(share.correction)))
        if settings.backlogs_used:
            row.insert(3, number(_rounded(share.carried_in)))
        if settings.carry_over:
            row.append(number(_rounded(share.backlog)))
        rows.append(row)
    title = f"Evenwichtige verdeling ({settings.scope_text}, hele planperiode)"
    return [title, *text_table(header, rows)]


def _rounded(value: float | None) -> int | None:
    return None if value is None else round(value)


def _gap_row(label: str, t: GapTotal) -> list[str]:
    """A GapTotal's figures; all 'onbekend' when any of its cells is unknown."""
    need, capacity, shortage, surplus, gap = t.values
    return [label, number(need), number(capacity), number(shortage), number(surplus), signed(gap)]


def text_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A plain table: the first column left-aligned, the others right-aligned."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        first = str(cells[0]).ljust(widths[0])
        rest = [str(c).rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join([first, *rest])

    return [line(header), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]
