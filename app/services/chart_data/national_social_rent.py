"""Data of the chart of 'Sociale huur in Nederland': corporation shares as bars against the
30 % goal and the national average, from `app.services.social_rent_dashboard`.

Readable at any size: for the whole country a bar per province; for a province or a COROP
area its figure (and the province's) on top, then every municipality, lowest share first.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.chart_data.common import ChartText
from app.services.dutch_dates import long_date
from app.services.formatting import number
from app.services.reference_data import (
    CBS_ATTRIBUTION,
    CBS_REFERENCE_DATE,
    CORPORATION_ATTRIBUTION,
    CORPORATION_REFERENCE_DATE,
)
from app.services.social_rent_dashboard import AreaFigure, Dashboard, sorted_rows
from app.services.social_rent_dashboard import DashboardColumn as Column
from app.services.social_rent_dashboard_text import CAVEAT, goal_source


@dataclass(frozen=True)
class ShareBar:
    """One bar: a municipality's share, or an area's (drawn as a total)."""

    label: str
    share: float  # 0-1
    below_average: bool
    total: bool = False


@dataclass(frozen=True)
class NationalSocialRentChart:
    """The bars top to bottom, the goal and the national average as lines."""

    text: ChartText
    goal: float
    national_average: float
    bars: tuple[ShareBar, ...]
    notes: tuple[str, ...]


def national_social_rent_chart(dashboard: Dashboard) -> NationalSocialRentChart:
    """The chart of a dashboard selection (no bars when it has no municipalities)."""
    average = dashboard.nation.share
    bars: list[ShareBar] = []
    if not dashboard.rows:
        unit = "geen gemeenten"
    elif not dashboard.province and not dashboard.corop:
        bars.append(_area_bar(dashboard.nation, average))
        provinces = sorted(dashboard.provinces, key=lambda p: (p.share, p.name))
        bars += [ShareBar(p.name, p.share, p.share < average) for p in provinces]
        unit = f"{len(provinces)} provincies, {dashboard.nation.municipalities} gemeenten"
    else:
        areas = [dashboard.selection, dashboard.province_figure]
        bars += [_area_bar(a, average) for a in dict.fromkeys(a for a in areas if a is not None)]
        bars += [
            ShareBar(r.name, r.share, r.below_national_average)
            for r in sorted_rows(dashboard.rows, Column.SHARE)
        ]
        unit = f"{number(len(dashboard.rows))} gemeenten"
    date = long_date(CORPORATION_REFERENCE_DATE)
    text = ChartText(
        "Aandeel woningen in bezit van woningcorporaties",
        f"{dashboard.scope} · {unit} · peildatum vermoedelijk {date} · laagste aandeel boven",
        f"Bron: {CORPORATION_ATTRIBUTION.removeprefix('Bron: ')}; "
        f"woningvoorraad: {CBS_ATTRIBUTION.removeprefix('Bron: ')}; {goal_source()}.",
    )
    notes = (
        "Gearceerd: onder het landelijk gemiddelde. Gemiddelden gewogen met de "
        f"woningvoorraad ({long_date(CBS_REFERENCE_DATE)}).",
        CAVEAT,
    )
    return NationalSocialRentChart(text, dashboard.goal, average, tuple(bars), notes)


def _area_bar(area: AreaFigure, average: float) -> ShareBar:
    return ShareBar(area.label, area.share, area.share < average, total=True)
