"""The dashboard 'Sociale huur in Nederland' in words: column headers, the sources and
caveats that go with every figure, and the table as tab-separated text for Excel.

Numbers in the copied table are plain digits without thousands separators (as the gap
table's copy); a share is a percentage with one decimal and the decimal separator the
spreadsheet expects (',' for a Dutch Excel, '.' for an English one).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.services.catalogue import PROGRAMME_2022
from app.services.dutch_dates import long_date
from app.services.formatting import norm_text
from app.services.reference_data import (
    CBS_REFERENCE_DATE,
    CBS_SOURCE,
    CORPORATION_ATTRIBUTION,
    CORPORATION_REFERENCE_DATE,
)
from app.services.social_rent_dashboard import (
    AreaFigure,
    Dashboard,
    DashboardColumn,
    DashboardRow,
    goal_share,
    row_value,
)
from app.services.text_safety import spreadsheet_text

TITLE = "Sociale huur in Nederland"
CAVEAT = (
    "Corporatiebezit is niet precies sociale huur: corporaties verhuren ook woningen boven "
    "de liberalisatiegrens. Het aantal corporatiewoningen is een raming (aandeel × "
    "woningvoorraad) die twee peildata mengt; de peildatum van het aandeel is afgeleid."
)


def column_header(column: DashboardColumn) -> str:
    """The Dutch header of a column, with its reference date or the goal where it has one."""
    return {
        DashboardColumn.NAME: "Gemeente",
        DashboardColumn.CODE: "Code",
        DashboardColumn.PROVINCE: "Provincie",
        DashboardColumn.COROP: "COROP-gebied",
        DashboardColumn.DWELLINGS: f"Woningvoorraad {long_date(CBS_REFERENCE_DATE)}",
        DashboardColumn.SHARE: (
            f"Aandeel corporatiebezit (%), vermoedelijk {long_date(CORPORATION_REFERENCE_DATE)}"
        ),
        DashboardColumn.CORPORATION_DWELLINGS: "Corporatiewoningen (raming)",
        DashboardColumn.BELOW_AVERAGE: "Onder landelijk gemiddelde",
        DashboardColumn.GAP: f"Tekort tot {norm_text(goal_share())} (woningen)",
    }[column]


def source_lines() -> list[str]:
    """Where each figure comes from, with its reference date, and the caveat."""
    return [
        f"Aandeel corporatiebezit: {CORPORATION_ATTRIBUTION.removeprefix('Bron: ')}.",
        f"Woningvoorraad: {CBS_SOURCE}, peildatum {long_date(CBS_REFERENCE_DATE)}.",
        f"{goal_source()[:1].upper()}{goal_source()[1:]}.",
        "Gemiddelden gewogen met de woningvoorraad.",
        CAVEAT,
    ]


def goal_source() -> str:
    """'streven 30 % sociale huur: Programma …'."""
    return f"streven {norm_text(goal_share())} sociale huur: {PROGRAMME_2022}"


def dashboard_tsv(
    dashboard: Dashboard, rows: Sequence[DashboardRow] | None = None, *, decimal: str = ","
) -> str:
    """The table (or the given rows, e.g. in the order shown) as tab-separated lines: a
    title, the headers, a line per municipality, the selection's, province's and nation's
    figures, and the sources."""
    columns = list(DashboardColumn)
    lines = [spreadsheet_text(f"{TITLE} – {dashboard.scope}")]
    lines.append("\t".join(column_header(c) for c in columns))
    for row in dashboard.rows if rows is None else rows:
        lines.append("\t".join(_cell(row_value(row, c), decimal) for c in columns))
    if not dashboard.rows:
        lines.append(spreadsheet_text(dashboard.empty_message))
    lines.append("")
    for figure in _areas(dashboard):
        lines.append(_area_line(figure, decimal))
    lines.append("")
    lines += [spreadsheet_text(line) for line in source_lines()]
    return "\r\n".join(lines) + "\r\n"


def _areas(dashboard: Dashboard) -> list[AreaFigure]:
    """The selection (if it has municipalities), its province (if that is another area)
    and the nation, each once."""
    shown: list[AreaFigure] = []
    for area in (dashboard.selection, dashboard.province_figure, dashboard.nation):
        if area is not None and all((area.level, area.name) != (a.level, a.name) for a in shown):
            shown.append(area)
    return shown


def _area_line(figure: AreaFigure, decimal: str) -> str:
    cells = [
        spreadsheet_text(f"{figure.label} ({figure.municipalities} gemeenten)"),
        "",
        "",
        "",
        str(figure.dwellings),
        _share(figure.share, decimal),
        str(figure.corporation_dwellings),
        f"{figure.below_national_average} van {figure.municipalities}",
        str(figure.gap_to_goal),
    ]
    return "\t".join(cells)


def _cell(value: str | int | float | bool, decimal: str) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return _share(value, decimal)
    if isinstance(value, int):
        return str(value)
    return spreadsheet_text(value)


def _share(share: float, decimal: str) -> str:
    return f"{share * 100:.1f}".replace(".", decimal)
