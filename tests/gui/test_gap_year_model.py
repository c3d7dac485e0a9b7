"""GapYearModel, the opgave per municipality and year: one test per role, no window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.calculations.gaps import GapTotal
from app.views.widgets.gap_year_table import SHORTAGE, SURPLUS, GapRow, GapYearModel, gap_rows
from tests.gui.helpers import cell

Role = Qt.ItemDataRole
Flag = Qt.ItemFlag
NAME, Y2025, Y2026, TOTAL = 0, 1, 2, 3
DELFT, RIJSWIJK, REGION = 0, 1, 2


@pytest.fixture
def model(qapp) -> GapYearModel:
    """Delft: a shortage of 6 in 2025 and a surplus of 1.200 in 2026; Rijswijk: need
    missing in 2025, need equal to capacity in 2026; the region's row."""
    model = GapYearModel([2025, 2026])
    model.set_rows(
        [
            GapRow(
                "Delft",
                {2025: GapTotal(10, 4, 6, 0, 0, 2), 2026: GapTotal(1, 1201, 0, 1200, 0, 2)},
                GapTotal(11, 1205, 6, 1200, 0, 4),
            ),
            GapRow(
                "Rijswijk",
                {2025: GapTotal(None, 2, None, None, 1, 2), 2026: GapTotal(2, 2, 0, 0, 0, 2)},
                GapTotal(None, 4, None, None, 1, 4),
            ),
            GapRow(
                "Regio totaal",
                {2025: GapTotal(None, 6, None, None, 1, 4), 2026: GapTotal(3, 1203, 0, 1200)},
                GapTotal(None, 1209, None, None, 1, 8),
                is_region=True,
            ),
        ]
    )
    return model


def test_the_model_follows_the_qt_contract(qtmodeltester, model):
    """qtmodeltester finds nothing wrong."""
    qtmodeltester.check(model)


def test_the_example_vision_follows_the_qt_contract(qtmodeltester, demo):
    """The example vision's rows, all groups and one group, under qtmodeltester."""
    from app.services.analysis import analyse

    analysis = analyse(demo)
    years = analysis.figures.years
    model = GapYearModel(years)
    model.set_rows(gap_rows(analysis, None, years))
    qtmodeltester.check(model)
    model.set_rows(gap_rows(analysis, analysis.figures.groups[0].id, years[1:3]))
    qtmodeltester.check(model)


def test_gap_rows_are_the_analysis_figures_with_the_region_last(demo):
    """A row per municipality with the analysis' gap per year and over the years shown,
    then the region's row with the region's totals."""
    from app.services.analysis import analyse

    analysis = analyse(demo)
    group = analysis.figures.groups[1].id
    years = analysis.figures.years[:2]
    rows = gap_rows(analysis, group, years)
    places = analysis.figures.municipalities
    assert [r.name for r in rows] == [m.name for m in places] + ["Regio totaal"]
    assert [r.is_region for r in rows] == [False] * len(places) + [True]
    for row, place in zip(rows[:-1], places, strict=True):
        assert row.period == analysis.gap_total(
            group_id=group, municipality_id=place.id, years=years
        )
        assert row.per_year[years[1]] == analysis.gap_total(
            group_id=group, municipality_id=place.id, years=[years[1]]
        )
    assert rows[-1].period == analysis.gap_total(group_id=group, years=years)


def test_display_role(model):
    """The name, then the gap signed per year and over the period; unknown as 'onbekend'."""
    assert [cell(model, DELFT, c) for c in range(4)] == [
        "Delft",
        "+6",
        "\u22121.200",
        "\u22121.194",
    ]
    assert [cell(model, RIJSWIJK, c) for c in range(4)] == ["Rijswijk", "onbekend", "0", "onbekend"]
    assert cell(model, REGION, NAME) == "Regio totaal"


def test_tooltip_role_shows_how_the_gap_comes_about(model):
    """Need, capacity, shortage and surplus; how many cells are unknown when any are."""
    assert cell(model, DELFT, Y2026, Role.ToolTipRole) == (
        "Behoefte 1, aanbod 1.201\nTekort 0, overschot 1.200"
    )
    assert cell(model, RIJSWIJK, TOTAL, Role.ToolTipRole) == (
        "Behoefte onbekend, aanbod 4\nTekort onbekend, overschot onbekend\n"
        "1 van 4 vak(ken) onbekend: woonbehoefte of aanbod ontbreekt"
    )
    assert cell(model, DELFT, NAME, Role.ToolTipRole) is None


def test_foreground_role_colours_shortage_and_surplus(model):
    """A known shortage is red, a known surplus blue; zero, unknown and names are plain."""
    assert cell(model, DELFT, Y2025, Role.ForegroundRole).color() == SHORTAGE
    assert cell(model, DELFT, Y2026, Role.ForegroundRole).color() == SURPLUS
    assert cell(model, DELFT, TOTAL, Role.ForegroundRole).color() == SURPLUS
    assert cell(model, RIJSWIJK, Y2026, Role.ForegroundRole) is None
    assert cell(model, RIJSWIJK, Y2025, Role.ForegroundRole) is None
    assert cell(model, DELFT, NAME, Role.ForegroundRole) is None


def test_font_role_is_bold_on_the_region_row(model):
    """The region's row is bold in every column; municipalities use the view's font."""
    assert cell(model, REGION, NAME, Role.FontRole).bold()
    assert cell(model, REGION, TOTAL, Role.FontRole).bold()
    assert cell(model, DELFT, Y2025, Role.FontRole) is None


def test_an_invalid_index_has_no_data_in_any_role(model):
    """The root index is not the region's row: no text, no bold font, no colour."""
    from PySide6.QtCore import QModelIndex

    for role in (Role.DisplayRole, Role.FontRole, Role.ForegroundRole, Role.ToolTipRole):
        assert model.data(QModelIndex(), role) is None


def test_background_role_is_left_to_the_style(model):
    """The table paints no backgrounds."""
    assert cell(model, DELFT, Y2025, Role.BackgroundRole) is None


def test_text_alignment_role(model):
    """Figures are right-aligned, names are not."""
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(model, DELFT, Y2025, Role.TextAlignmentRole) == right
    assert cell(model, DELFT, TOTAL, Role.TextAlignmentRole) == right
    assert cell(model, DELFT, NAME, Role.TextAlignmentRole) is None


def test_flags_are_read_only_and_set_data_is_refused(model):
    """The table only shows: cells select but do not edit, and setData writes nothing."""
    assert model.flags(model.index(DELFT, Y2025)) == Flag.ItemIsEnabled | Flag.ItemIsSelectable
    assert model.setData(model.index(DELFT, Y2025), "3") is False
    assert cell(model, DELFT, Y2025) == "+6"


def test_header_data(model):
    """'Gemeente', a column per year, 'Totaal'; no row headers."""
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Gemeente", "2025", "2026", "Totaal"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
