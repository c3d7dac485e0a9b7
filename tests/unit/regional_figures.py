"""The three-municipality region worked out by hand in test_regional_social_rent, entered
into a project file (Delft as A, 's-Gravenhage as B, Rijswijk as C; test figures, not
real ones)."""

from __future__ import annotations

from app.models import BaselineIndicator as B
from app.services.municipalities import BaselineEntry, set_baselines

DELFT, THE_HAGUE, RIJSWIJK = "GM0503", "GM0518", "GM0603"
INDICATORS = (
    B.DWELLINGS,
    B.SOCIAL_RENT_DWELLINGS,
    B.PLANNED_NEW_TOTAL,
    B.PLANNED_NEW_SOCIAL,
    B.PLANNED_NEW_MIDDLE,
)
# dwellings, social rent, planned new, of which social, of which middle
HAND_WORKED = {
    DELFT: (10_000, 2_000, 1_000, 300, 400),
    THE_HAGUE: (20_000, 5_600, 4_000, 1_000, 1_000),
    RIJSWIJK: (30_000, 12_000, 2_000, 400, 800),
}
# region: 60,000 dwellings, 19,600 social (32.667 %); 7,000 planned, 1,700 social
# (21,300 / 67,000 = 31.791 % at the end), 3,900 affordable (55.714 %); required 7.143 %


def enter_region(project, figures=HAND_WORKED) -> None:
    """Enter every municipality's five figures (None clears one: unknown)."""
    entries = [
        BaselineEntry(code, indicator, value, "Handmatig (test)", "2024-01-01")
        for code, values in figures.items()
        for indicator, value in zip(INDICATORS, values, strict=True)
    ]
    set_baselines(project, entries)


def without_the_hague_stock() -> dict[str, tuple[int | None, ...]]:
    """The region with 's-Gravenhage's social rent stock unknown."""
    return {**HAND_WORKED, THE_HAGUE: (20_000, None, 4_000, 1_000, 1_000)}
