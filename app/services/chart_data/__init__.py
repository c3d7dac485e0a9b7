"""The data behind each chart of the "Opgave" step, as plain dataclasses.

Every number comes from `Analysis` or the gap table; the chart functions in
`app.reports.charts` only draw. Filters are one `Selection` (municipality or region,
group or all, years); unknown values are None, with the missing inputs in `text.notes`.
"""

from app.services.chart_data.common import DEFAULT_TOP_N, ChartText, GroupRef, style_index
from app.services.chart_data.fair_share import FairShareBar, FairShareChart, fair_share_chart
from app.services.chart_data.gaps import (
    CumulativeGapChart,
    GapByMunicipalityChart,
    GapLine,
    MunicipalityGapBar,
    NeedCapacityBar,
    NeedCapacityChart,
    cumulative_gap_chart,
    gap_by_municipality_chart,
    need_capacity_chart,
)
from app.services.chart_data.national_social_rent import (
    NationalSocialRentChart,
    ShareBar,
    national_social_rent_chart,
)
from app.services.chart_data.regional_social_rent import (
    RegionalBar,
    RegionalPart,
    RegionalTestChart,
    regional_test_chart,
)
from app.services.chart_data.social_rent import (
    AffordableBar,
    AffordableChart,
    SocialRentBar,
    SocialRentChart,
    affordable_chart,
    social_rent_chart,
)

__all__ = [
    "DEFAULT_TOP_N",
    "AffordableBar",
    "AffordableChart",
    "ChartText",
    "CumulativeGapChart",
    "FairShareBar",
    "FairShareChart",
    "GapByMunicipalityChart",
    "GapLine",
    "GroupRef",
    "MunicipalityGapBar",
    "NeedCapacityBar",
    "NationalSocialRentChart",
    "NeedCapacityChart",
    "ShareBar",
    "RegionalBar",
    "RegionalPart",
    "RegionalTestChart",
    "SocialRentBar",
    "SocialRentChart",
    "affordable_chart",
    "cumulative_gap_chart",
    "fair_share_chart",
    "gap_by_municipality_chart",
    "national_social_rent_chart",
    "need_capacity_chart",
    "regional_test_chart",
    "social_rent_chart",
    "style_index",
]
