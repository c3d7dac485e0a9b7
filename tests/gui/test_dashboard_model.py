"""The table model of 'Sociale huur in Nederland' and its sorting proxy: one test per role,
no window, and qtmodeltester on both."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.social_rent_dashboard import DashboardColumn, social_rent_dashboard
from app.views.models.dashboard_model import dashboard_model, sorting_proxy
from app.views.models.row_model import RAW_ROLE
from tests.gui.helpers import cell

Role = Qt.ItemDataRole
COLUMN = {c: i for i, c in enumerate(DashboardColumn)}


@pytest.fixture
def model(qapp):
    made = dashboard_model(0.30)
    made.set_rows(social_rent_dashboard().rows)
    return made


@pytest.fixture
def proxy(model):
    return sorting_proxy(model)


def row_of(model, name: str) -> int:
    return next(r for r in range(model.rowCount()) if cell(model, r, 0) == name)


def test_the_model_and_proxy_follow_the_qt_contract(qtmodeltester, model, proxy):
    """All 342 municipalities, and the proxy sorted, under qtmodeltester."""
    assert model.rowCount() == 342 and model.columnCount() == len(DashboardColumn)
    qtmodeltester.check(model)
    proxy.sort(COLUMN[DashboardColumn.SHARE], Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_figures_are_shown_in_dutch_format(model):
    """Dwellings with a thousands point, the share with a decimal comma and ' %', ja/nee,
    the gap in dwellings; all right-aligned."""
    row = row_of(model, "Almere")
    shown = [cell(model, row, c) for c in range(model.columnCount())]
    assert shown == [
        "Almere", "GM0034", "Flevoland", "Flevoland",
        "92.353", "26,6\u00a0%", "24.566", "ja", "3.140",
    ]  # fmt: skip
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(model, row, COLUMN[DashboardColumn.SHARE], Role.TextAlignmentRole) == right
    assert cell(model, row, COLUMN[DashboardColumn.NAME], Role.TextAlignmentRole) is None


def test_the_raw_role_holds_the_services_values(model):
    """Sorting reads numbers and booleans, not their text."""
    row = row_of(model, "Urk")
    assert cell(model, row, COLUMN[DashboardColumn.SHARE], RAW_ROLE) == pytest.approx(0.137)
    assert cell(model, row, COLUMN[DashboardColumn.DWELLINGS], RAW_ROLE) == 7_004
    assert cell(model, row, COLUMN[DashboardColumn.BELOW_AVERAGE], RAW_ROLE) is True


def test_headers_name_reference_dates_and_explain_themselves(model):
    """Header text with the reference date or the goal; the tooltip gives source or formula;
    nothing is editable."""
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[COLUMN[DashboardColumn.DWELLINGS]] == "Woningvoorraad\n01-01-2024"
    assert header[COLUMN[DashboardColumn.SHARE]] == "Corporatiebezit\nvermoedelijk\n01-01-2023"
    assert header[COLUMN[DashboardColumn.GAP]] == "Tekort tot 30\u00a0%\n(woningen)"

    def tip(column):
        return model.headerData(COLUMN[column], Qt.Orientation.Horizontal, Role.ToolTipRole)

    assert "Kerncijfers wijken en buurten 2024" in tip(DashboardColumn.DWELLINGS)
    assert "vermoedelijk 1-1-2023" in tip(DashboardColumn.SHARE)
    assert "twee peildata" in tip(DashboardColumn.CORPORATION_DWELLINGS)
    assert "naar boven afgerond" in tip(DashboardColumn.GAP)
    assert tip(DashboardColumn.NAME) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, 0), "Atlantis") is False


def test_the_proxy_sorts_numbers_as_numbers_and_names_without_case(proxy):
    """Share ascending starts at Ameland and Renswoude (0 %); dwellings descending at
    Amsterdam; names put 's-Gravenhage first."""
    proxy.sort(COLUMN[DashboardColumn.SHARE], Qt.SortOrder.AscendingOrder)
    lowest = {cell(proxy, r, 0) for r in range(2)}
    assert lowest == {"Ameland", "Renswoude"}
    proxy.sort(COLUMN[DashboardColumn.DWELLINGS], Qt.SortOrder.DescendingOrder)
    assert cell(proxy, 0, 0) == "Amsterdam"
    proxy.sort(COLUMN[DashboardColumn.NAME], Qt.SortOrder.AscendingOrder)
    assert cell(proxy, 0, 0) == "'s-Gravenhage"
    proxy.sort(COLUMN[DashboardColumn.BELOW_AVERAGE], Qt.SortOrder.AscendingOrder)
    below = [cell(proxy, r, COLUMN[DashboardColumn.BELOW_AVERAGE], RAW_ROLE) for r in range(342)]
    assert below == sorted(below)
