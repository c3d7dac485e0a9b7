"""The chart of 'Sociale huur in Nederland': which bars (provinces for the whole country, the
municipalities of a selection), drawn at the services' shares, with the goal, the national
average, the sources and the caveat."""

from __future__ import annotations

import pytest

from app.reports import charts
from app.services.chart_data import national_social_rent_chart
from app.services.formatting import percent
from app.services.social_rent_dashboard import social_rent_dashboard


def draw(data):
    figure = charts.new_figure(size=(10, 3 + 0.22 * len(data.bars)))
    ax = charts.draw_chart(figure, data)
    figure.canvas.draw()
    return ax


def test_the_whole_country_is_drawn_per_province():
    """Nederland on top (as a total), then the twelve provinces, lowest share first."""
    dashboard = social_rent_dashboard()
    data = national_social_rent_chart(dashboard)
    assert [(b.label, b.total) for b in data.bars[:1]] == [("Nederland", True)]
    provinces = data.bars[1:]
    assert sorted(b.label for b in provinces) == [p.name for p in dashboard.provinces]
    assert [b.share for b in provinces] == sorted(p.share for p in dashboard.provinces)
    assert data.national_average == dashboard.nation.share and data.goal == 0.30
    assert data.text.subtitle.startswith("Nederland · 12 provincies, 342 gemeenten")


def test_a_selection_is_drawn_per_municipality_under_its_area_figures():
    """A COROP area: its figure and its province's on top, then its municipalities by
    share; a province: its figure, then its municipalities."""
    corop = social_rent_dashboard("Zuid-Holland", "Delft en Westland")
    data = national_social_rent_chart(corop)
    assert [(b.label, b.total) for b in data.bars] == [
        ("COROP-gebied Delft en Westland", True),
        ("Provincie Zuid-Holland", True),
        ("Midden-Delfland", False),
        ("Westland", False),
        ("Delft", False),
    ]
    assert corop.selection is not None and data.bars[0].share == corop.selection.share
    province = national_social_rent_chart(social_rent_dashboard("Noord-Brabant"))
    assert [b.total for b in province.bars].count(True) == 1 and len(province.bars) == 57


def test_an_empty_selection_has_no_bars():
    """Nothing to draw, and nothing that reads as 0 %."""
    data = national_social_rent_chart(social_rent_dashboard("Flevoland", "Delft en Westland"))
    assert data.bars == ()
    assert "geen gemeenten" in data.text.subtitle


def test_the_bars_are_the_shares_with_the_goal_and_average_as_lines():
    """Bar lengths are the shares; below the national average hatched; lines at 30 % and
    at the national average; labels in Dutch format."""
    data = national_social_rent_chart(social_rent_dashboard("Flevoland"))
    ax = draw(data)
    patches = ax.containers[0].patches
    assert [p.get_width() for p in patches] == [b.share for b in data.bars]
    assert [p.get_hatch() == "//" for p in patches] == [b.below_average for b in data.bars]
    lines = sorted(line.get_xdata()[0] for line in ax.lines)
    assert lines == pytest.approx(sorted([0.30, data.national_average]))
    texts = {t.get_text() for t in ax.texts}
    assert {"13,7 %", "25,4 %"} <= texts
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert f"Landelijk gemiddelde: {percent(data.national_average)}" in legend
    assert "Streven: 30 % sociale huur" in legend


def test_the_chart_names_its_sources_dates_and_caveat():
    """Under the chart: the corporation source with its (inferred) reference date, the CBS
    dwellings, the goal's source, and that corporation ownership is not social rent."""
    data = national_social_rent_chart(social_rent_dashboard())
    footer = draw(data).figure.get_supxlabel()
    assert footer.splitlines()[-1] == data.text.source
    assert "peildatum vermoedelijk 1-1-2023" in footer
    assert "Kerncijfers wijken en buurten 2024" in footer
    assert "Programma 'Een thuis voor iedereen'" in footer
    assert "niet precies sociale huur" in footer


def test_a_long_selection_has_its_scale_on_top_as_well():
    """Over 25 bars (a scrolling chart on screen) the percentage scale is repeated on top."""
    tall = draw(national_social_rent_chart(social_rent_dashboard("Noord-Brabant")))
    short = draw(national_social_rent_chart(social_rent_dashboard("Flevoland")))
    assert tall.xaxis.get_tick_params()["labeltop"] is True
    assert not short.xaxis.get_tick_params().get("labeltop", False)
