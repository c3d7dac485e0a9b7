"""'Sociale huur in Nederland' on screen: opened without a vision (start window) and from a
vision's menu, every filter, sorting by a header click, the copy for Excel, the chart tab and
an empty selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QGuiApplication

from app.services.social_rent_dashboard import (
    DashboardColumn,
    corop_areas,
    provinces,
    social_rent_dashboard,
)
from app.services.social_rent_dashboard_text import dashboard_tsv
from app.views import settings
from app.views.dashboard_window import CHART_TAB, DashboardWindow
from tests.gui.conftest import delete_closed_widgets
from tests.gui.helpers import cell

Left = Qt.MouseButton.LeftButton
COLUMN = {c: i for i, c in enumerate(DashboardColumn)}


@pytest.fixture
def dashboard(qtbot, launcher) -> DashboardWindow:
    window = launcher.show_dashboard()
    qtbot.waitExposed(window)
    return window


def choose(combo, text: str) -> None:
    """Choose an entry of a combo box by its text (as the other steps' filter tests do)."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not in the list"
    combo.setCurrentIndex(index)


def items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def names(window) -> list[str]:
    return [cell(window.proxy, r, 0) for r in range(window.proxy.rowCount())]


def click_header(qtbot, window, column: DashboardColumn) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(COLUMN[column]) + header.sectionSize(COLUMN[column]) // 2
    qtbot.mouseClick(header.viewport(), Left, pos=QPoint(x, header.height() // 2))


# -- opening ----------------------------------------------------------------------------
def test_the_start_window_opens_the_dashboard_without_a_vision(qtbot, launcher):
    """'Sociale huur in Nederland…' on the start window: the dashboard, no vision opened;
    a second click brings the same window forward."""
    launcher.show_start()
    qtbot.mouseClick(launcher.start_window.dashboard_button, Left)
    window = launcher.dashboard
    assert isinstance(window, DashboardWindow) and window.isVisible()
    assert window.windowTitle() == "Sociale huur in Nederland – Thuisplan"
    assert launcher.windows == {}
    qtbot.mouseClick(launcher.start_window.dashboard_button, Left)
    assert launcher.dashboard is window


def test_a_visions_view_menu_opens_the_dashboard(qtbot, window, launcher):
    """Beeld > Sociale huur in Nederland… in a vision's window opens the same dashboard."""
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Bee&ld")
    entry = next(a for a in view_menu.actions() if a.text() == "&Sociale huur in Nederland…")
    entry.trigger()
    assert isinstance(launcher.dashboard, DashboardWindow) and launcher.dashboard.isVisible()
    assert launcher.dashboard.model.rowCount() == 342


def test_a_closed_dashboard_is_forgotten_and_its_size_kept(qtbot, launcher, dashboard):
    """Closing it deletes it; the launcher makes a new one next time; the geometry stays."""
    dashboard.close()
    delete_closed_widgets()
    assert launcher.dashboard is None
    assert settings.geometry("dashboard") is not None
    assert isinstance(launcher.show_dashboard(), DashboardWindow)


# -- what it shows ----------------------------------------------------------------------
def test_it_opens_on_the_whole_country_with_sources(dashboard):
    """All 342 municipalities by name, the national figures in Dutch format, the sources
    with their reference dates and the caveat."""
    assert dashboard.proxy.rowCount() == 342 and names(dashboard)[0] == "'s-Gravenhage"
    summary = dashboard.summary.text()
    assert "<b>Nederland</b> (342 gemeenten, 8.204.049 woningen): <b>28,3\u00a0%</b>" in summary
    assert "Landelijk gemiddelde: 28,3\u00a0%; streven: 30\u00a0% sociale huur." in summary
    sources = dashboard.sources.text()
    assert "peildatum vermoedelijk 1-1-2023" in sources and "peildatum 1 januari 2024" in sources
    assert "niet precies sociale huur" in sources
    assert not dashboard.message.isVisible() and dashboard.copy_button.isEnabled()


def test_choosing_a_province_shows_its_municipalities_and_figures(qtbot, dashboard):
    """Flevoland: its six municipalities, its figures and the nation's, its one COROP area."""
    choose(dashboard.province, "Flevoland")
    assert sorted(names(dashboard)) == sorted(
        ["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde"]
    )
    summary = dashboard.summary.text()
    assert "<b>Provincie Flevoland</b> (6 gemeenten, 184.425 woningen): <b>25,4\u00a0%</b>" in (
        summary
    )
    assert "8.479 corporatiewoningen tekort tot 30\u00a0%" in summary
    assert "<b>Nederland</b>" in summary
    assert items(dashboard.corop) == ["Alle COROP-gebieden", "Flevoland"]


def test_the_corop_list_follows_the_province(qtbot, dashboard):
    """Zuid-Holland lists its own COROP areas; one of them narrows the table; another
    province drops a COROP area that is not in it."""
    choose(dashboard.province, "Zuid-Holland")
    assert items(dashboard.corop) == ["Alle COROP-gebieden", *corop_areas("Zuid-Holland")]
    choose(dashboard.corop, "Delft en Westland")
    assert sorted(names(dashboard)) == ["Delft", "Midden-Delfland", "Westland"]
    assert "<b>COROP-gebied Delft en Westland</b> (3 gemeenten" in dashboard.summary.text()
    assert "<b>Provincie Zuid-Holland</b> (50 gemeenten" in dashboard.summary.text()
    choose(dashboard.province, "Flevoland")
    assert dashboard.corop.currentText() == "Alle COROP-gebieden"
    assert dashboard.proxy.rowCount() == 6
    choose(dashboard.province, "Alle provincies")
    assert dashboard.proxy.rowCount() == 342 and len(items(dashboard.corop)) == 41


def test_a_corop_area_under_all_provinces_also_chooses_its_province(qtbot, dashboard):
    """Delft en Westland chosen from all 40: the province becomes Zuid-Holland."""
    choose(dashboard.corop, "Delft en Westland")
    assert dashboard.province.currentText() == "Zuid-Holland"
    assert dashboard.corop.currentText() == "Delft en Westland"
    assert dashboard.proxy.rowCount() == 3


def test_every_province_and_corop_choice_shows_the_services_rows(dashboard):
    """For each province and each of its COROP areas the table holds the service's rows."""
    for province in provinces():
        dashboard.province.setCurrentIndex(dashboard.province.findData(province))
        for corop in ["", *corop_areas(province)]:
            dashboard.corop.setCurrentIndex(dashboard.corop.findData(corop))
            expected = {r.code for r in social_rent_dashboard(province, corop).rows}
            shown = {dashboard.model.row_at(r).code for r in range(dashboard.model.rowCount())}
            assert shown == expected and shown
            assert not dashboard.message.isVisible()


# -- sorting and copying ----------------------------------------------------------------
def test_a_header_click_sorts_by_that_column(qtbot, dashboard):
    """Clicking the share header sorts lowest first, a second click highest first."""
    choose(dashboard.province, "Flevoland")
    click_header(qtbot, dashboard, DashboardColumn.SHARE)
    assert names(dashboard) == [
        "Urk",
        "Zeewolde",
        "Noordoostpolder",
        "Dronten",
        "Almere",
        "Lelystad",
    ]
    click_header(qtbot, dashboard, DashboardColumn.SHARE)
    assert names(dashboard)[0] == "Lelystad"


def test_copy_puts_the_table_as_shown_on_the_clipboard(qtbot, dashboard):
    """Kopiëren: tab-separated lines in the order shown, with the figures and sources, the
    decimal separator of the computer's settings."""
    choose(dashboard.province, "Flevoland")
    click_header(qtbot, dashboard, DashboardColumn.GAP)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dashboard.copy_button, Left)
    text = QGuiApplication.clipboard().text()
    decimal = QLocale.system().decimalPoint()
    lines = text.splitlines()
    assert lines[0] == "Sociale huur in Nederland – Provincie Flevoland"
    assert lines[2].split("\t") == [
        "Lelystad", "GM0995", "Flevoland", "Flevoland",
        "35647", f"28{decimal}0", "9981", "ja", "714",
    ]  # fmt: skip
    assert [line.split("\t")[0] for line in lines[2:8]] == names(dashboard)
    assert lines[9].startswith("Provincie Flevoland (6 gemeenten)\t\t\t\t184425\t")
    assert "peildatum vermoedelijk 1-1-2023" in text
    assert text == dashboard_tsv(dashboard.dashboard, dashboard.shown_rows(), decimal=decimal)


# -- chart and empty selection ----------------------------------------------------------
def test_the_chart_tab_draws_the_selection(qtbot, dashboard):
    """The chart is drawn once its tab is shown: the provinces, then a province's
    municipalities when the filter changes on that tab."""
    assert dashboard.canvas is None  # matplotlib waits for the chart
    tab_bar = dashboard.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Left, pos=tab_bar.tabRect(CHART_TAB).center())
    assert dashboard.canvas is not None and len(dashboard.canvas.data.bars) == 13
    choose(dashboard.province, "Noord-Brabant")
    assert len(dashboard.canvas.data.bars) == 57
    assert dashboard.canvas.minimumHeight() > dashboard.chart_area.viewport().height()


def test_an_empty_selection_says_why_and_shows_no_figures(qtbot, dashboard):
    """A COROP area outside the province (e.g. filters handed over from elsewhere): the
    message, an empty table, no chart, nothing to copy; no 0 % anywhere."""
    dashboard.tabs.setCurrentIndex(CHART_TAB)
    dashboard.show_dashboard(social_rent_dashboard("Flevoland", "Delft en Westland"))
    assert dashboard.message.isVisible()
    assert dashboard.message.text().startswith(
        "Het COROP-gebied Delft en Westland ligt niet in de provincie Flevoland"
    )
    assert dashboard.proxy.rowCount() == 0 and not dashboard.copy_button.isEnabled()
    assert dashboard.canvas.data is None
    summary = dashboard.summary.text()
    assert "Provincie Flevoland" in summary and "COROP-gebied" not in summary
    assert "0,0\u00a0%" not in summary
    dashboard.province.setCurrentIndex(dashboard.province.findData("Utrecht"))
    assert not dashboard.message.isVisible() and dashboard.proxy.rowCount() == 26
