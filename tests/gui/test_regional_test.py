"""The regional social rent test on screen: the tab beside the opgave tables and chart 7
beside the municipal charts, for the region worked out by hand in test_regional_social_rent
(see tests/unit/regional_figures)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.models import BaselineIndicator
from app.services.analysis import analyse
from app.services.chart_data import RegionalTestChart
from app.services.edits import region as region_edits
from app.services.progress import Step
from app.views.models.row_model import RAW_ROLE
from app.views.pages.gap_page import CHART_TAB, REGION_TAB
from app.views.widgets.regional_test_table import RegionalTestModel, regional_rows
from tests.gui.test_wizard import go_to
from tests.unit.regional_figures import THE_HAGUE, enter_region

PERCENT = "\u00a0%"  # Dutch: '32,7 %' with a no-break space


@pytest.fixture
def gap_page(qtbot, launcher, project):
    """The Opgave step of the three-municipality vision with the hand-worked figures."""
    enter_region(project)
    path = project.path
    project.close()
    window = launcher.open_file(path)
    qtbot.waitExposed(window)
    return go_to(qtbot, window, Step.GAP)


def _open_tab(qtbot, page, index: int) -> None:
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentIndex() == index


def _texts(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_regional_tab_shows_the_test_worked_out_by_hand(qtbot, gap_page):
    """A row per municipality with its part of the region, the region in bold last, and the
    three verdicts above the table."""
    _open_tab(qtbot, gap_page, REGION_TAB)
    panel = gap_page.regional_test
    model = panel.model
    assert model.rowCount() == 4
    names = [model.index(r, 0).data() for r in range(3)]
    assert names == ["Delft", "'s-Gravenhage", "Rijswijk (ZH.)"]
    delft = _texts(model, 0)
    assert delft[:5] == ["Delft", "10.000", "2.000", "20,0" + PERCENT, "10,2" + PERCENT]
    region = _texts(model, 3)
    assert region == [
        "Regio als geheel",
        "60.000",
        "19.600",
        "32,7" + PERCENT,
        "100,0" + PERCENT,
        "7.000",
        "1.700",
        "3.900",
        "31,8" + PERCENT,
        "55,7" + PERCENT,
        "100,0" + PERCENT,
    ]
    assert model.index(3, 3).data(RAW_ROLE) == pytest.approx(19_600 / 60_000)
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    summary = panel.summary.text()
    assert f"sociale huur nu 32,7{PERCENT} (streven 30{PERCENT}: gehaald)" in summary
    assert f"eind 2027 31,8{PERCENT} (streven 30{PERCENT}: gehaald)" in summary
    assert f"nieuwbouw 55,7{PERCENT} (norm 2/3: niet gehaald)" in summary
    assert panel.notes.isHidden()


def test_the_tab_follows_an_edit_and_says_unknown_until_undone(qtbot, gap_page):
    """Clearing 's-Gravenhage's stock makes the region's share 'onbekend' with the reason
    (never Delft and Rijswijk's 35,0 %); undo brings 32,7 % back."""
    _open_tab(qtbot, gap_page, REGION_TAB)
    session = gap_page.session
    indicator = BaselineIndicator.SOCIAL_RENT_DWELLINGS
    session.perform(region_edits.set_baseline(session.project, THE_HAGUE, indicator, None, "x"))
    panel = gap_page.regional_test
    region = _texts(panel.model, 3)
    assert region[2:5] == ["onbekend", "onbekend", "onbekend"]
    assert not any("35,0" in text for text in region)
    assert "sociale huur nu onbekend" in panel.summary.text()
    assert panel.notes.isVisible()
    assert "sociale huurwoningen: 's-Gravenhage" in panel.notes.text()
    session.undo_stack.undo()
    assert _texts(panel.model, 3)[3] == "32,7" + PERCENT
    assert panel.notes.isHidden()


def test_chart_7_is_beside_the_municipal_charts(qtbot, gap_page):
    """The seventh chart is the regional test; the chosen municipality's part is marked."""
    _open_tab(qtbot, gap_page, CHART_TAB)
    charts = gap_page.charts
    charts.chart_combo.setCurrentIndex(6)
    data = charts.canvas.data
    assert isinstance(data, RegionalTestChart)
    assert [round(bar.share, 4) for bar in data.bars] == [0.3267, 0.3179, 0.5571]
    assert not any(part.highlighted for part in data.parts)
    gap_page.municipality_combo.setCurrentIndex(gap_page.municipality_combo.findText("Delft"))
    marked = [part.label for part in charts.canvas.data.parts if part.highlighted]
    assert marked == ["Delft"]
    assert charts.canvas.figure.axes


def test_the_model_follows_the_qt_contract(qtmodeltester, project):
    """qtmodeltester finds nothing wrong with the regional table's model."""
    enter_region(project)
    model = RegionalTestModel(2027)
    model.set_rows(regional_rows(analyse(project)))
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Gemeente"
    assert model.rowCount() == 4
