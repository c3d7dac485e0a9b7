"""The table of 'Sociale huur in Nederland': a row per municipality, sorted by a proxy on the
raw values (a share as a number, not as the text '26,6 %')."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from app.services.dutch_dates import long_date, short_date
from app.services.reference_data import (
    CBS_REFERENCE_DATE,
    CBS_SOURCE,
    CORPORATION_REFERENCE_DATE,
    CORPORATION_SOURCE,
)
from app.services.social_rent_dashboard import DashboardColumn, DashboardRow, row_value
from app.views.models.row_model import RAW_ROLE, Column, RowTableModel
from app.views.numbers import number, percent

COLUMNS = list(DashboardColumn)


def _raw(column: DashboardColumn):
    """How a column reads a row: the service's raw value."""

    def value(row: DashboardRow):
        return row_value(row, column)

    return value


def dashboard_model(goal: float, parent=None) -> RowTableModel:
    """The columns of `DashboardColumn`, in the interface language, numbers formatted."""
    columns = [
        Column(RowTableModel.tr("Gemeente"), _raw(DashboardColumn.NAME)),
        Column(RowTableModel.tr("Code"), _raw(DashboardColumn.CODE)),
        Column(RowTableModel.tr("Provincie"), _raw(DashboardColumn.PROVINCE)),
        Column(RowTableModel.tr("COROP-gebied"), _raw(DashboardColumn.COROP)),
    ]
    return RowTableModel(columns + _figure_columns(goal), parent)


def _figure_columns(goal: float) -> list[Column]:
    """The figures, right-aligned: each header names its reference date (or the goal), each
    tooltip its source or formula."""
    D = DashboardColumn  # noqa: N806 (short for the table below)
    cbs_date, share_date = short_date(CBS_REFERENCE_DATE), short_date(CORPORATION_REFERENCE_DATE)
    figures = {
        D.DWELLINGS: (
            RowTableModel.tr("Woningvoorraad\n{0}").format(cbs_date),
            number,
            _dwellings_tip(),
        ),
        D.SHARE: (
            RowTableModel.tr("Corporatiebezit\nvermoedelijk\n{0}").format(share_date),
            percent,
            _share_tip(),
        ),
        D.CORPORATION_DWELLINGS: (
            RowTableModel.tr("Corporatie-\nwoningen\n(raming)"),
            number,
            _estimate_tip(),
        ),
        D.BELOW_AVERAGE: (RowTableModel.tr("Onder landelijk\ngemiddelde"), _yes_no, _below_tip()),
        D.GAP: (
            RowTableModel.tr("Tekort tot {0}\n(woningen)").format(percent(goal, 0)),
            number,
            _gap_tip(goal),
        ),
    }
    return [
        Column(header, _raw(column), _text(column, shown), align_right=True, header_tooltip=tip)
        for column, (header, shown, tip) in figures.items()
    ]


def _text(column: DashboardColumn, shown):
    def text(row: DashboardRow) -> str:
        return shown(row_value(row, column))

    return text


def _yes_no(value: bool) -> str:
    return RowTableModel.tr("ja") if value else RowTableModel.tr("nee")


def _below_tip() -> str:
    return RowTableModel.tr(
        "Aandeel corporatiebezit lager dan het landelijk gemiddelde: dat van alle gemeenten "
        "samen, gewogen met de woningvoorraad (uit hetzelfde bestand)."
    )


def _dwellings_tip() -> str:
    return RowTableModel.tr("{0}, peildatum {1}").format(CBS_SOURCE, long_date(CBS_REFERENCE_DATE))


def _share_tip() -> str:
    return RowTableModel.tr(
        "Aandeel van de woningvoorraad in bezit van woningcorporaties. {0}"
    ).format(CORPORATION_SOURCE)


def _estimate_tip() -> str:
    return RowTableModel.tr(
        "Aandeel corporatiebezit ({0}) × woningvoorraad ({1}): een raming die twee peildata mengt."
    ).format(long_date(CORPORATION_REFERENCE_DATE), long_date(CBS_REFERENCE_DATE))


def _gap_tip(goal: float) -> str:
    return RowTableModel.tr(
        "Hoeveel corporatiewoningen erbij nodig zijn voor {0} van de huidige woningvoorraad "
        "(naar boven afgerond, min de raming); 0 als het aandeel al {0} of meer is."
    ).format(percent(goal, 0))


def sorting_proxy(model: RowTableModel, parent=None) -> QSortFilterProxyModel:
    """A proxy that sorts on the raw values, names without regard to case."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(RAW_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortLocaleAware(True)
    return proxy
