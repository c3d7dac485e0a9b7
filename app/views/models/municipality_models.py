"""Models for choosing municipalities and editing their baseline figures."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel

from app.models import BaselineIndicator
from app.services.dto import BaselineValue, MunicipalityInfo
from app.services.dutch_dates import long_date
from app.services.reference_data import ReferenceMunicipality
from app.views.labels import label
from app.views.models.row_model import Column, RowTableModel
from app.views.numbers import number


def reference_model(parent=None) -> RowTableModel:
    """The 342 shipped municipalities: code, name, province, COROP region."""
    model = RowTableModel(
        [
            Column(label_code(), lambda m: m.code),
            Column(label_name(), lambda m: m.name),
            Column(label_province(), lambda m: m.province),
            Column("COROP", lambda m: m.corop),
        ],
        parent,
    )
    return model


def label_code() -> str:
    return RowTableModel.tr("Code")


def label_name() -> str:
    return RowTableModel.tr("Gemeente")


def label_province() -> str:
    return RowTableModel.tr("Provincie")


class MunicipalityFilter(QSortFilterProxyModel):
    """Type-to-search on name or code, plus province and COROP filters."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.province = ""
        self.corop = ""
        self.exclude: set[str] = set()

    def set_filters(self, text: str, province: str, corop: str, exclude: set[str]) -> None:
        self.beginFilterChange()
        self.text, self.province, self.corop = text.strip().casefold(), province, corop
        self.exclude = exclude
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        municipality: ReferenceMunicipality = self.sourceModel().row_at(source_row)
        if municipality.code in self.exclude:
            return False
        if self.province and municipality.province != self.province:
            return False
        if self.corop and municipality.corop != self.corop:
            return False
        if not self.text:
            return True
        if self.text in municipality.name.casefold():
            return True
        digits = self.text.removeprefix("gm")
        code = municipality.code[2:]
        return digits.isdigit() and (
            code.startswith(digits) or code.lstrip("0").startswith(digits.lstrip("0") or "0")
        )


# What the user fills in first; the CBS reference figures after it.
BASELINE_COLUMNS = (
    BaselineIndicator.SOCIAL_RENT_DWELLINGS,
    BaselineIndicator.PLANNED_NEW_TOTAL,
    BaselineIndicator.PLANNED_NEW_SOCIAL,
    BaselineIndicator.PLANNED_NEW_MIDDLE,
    BaselineIndicator.DWELLINGS,
    BaselineIndicator.HOUSEHOLDS,
    BaselineIndicator.INHABITANTS,
    BaselineIndicator.INHABITANTS_65_PLUS,  # the base of the ouderen raming
)


def short_header(indicator: BaselineIndicator) -> str:
    """A narrow column header for a baseline figure (the full name is in the help)."""
    headers = {
        BaselineIndicator.SOCIAL_RENT_DWELLINGS: RowTableModel.tr("Sociale huur"),
        BaselineIndicator.PLANNED_NEW_TOTAL: RowTableModel.tr("Nieuwbouw"),
        BaselineIndicator.PLANNED_NEW_SOCIAL: RowTableModel.tr("w.v. sociaal"),
        BaselineIndicator.PLANNED_NEW_MIDDLE: RowTableModel.tr("w.v. midden"),
        BaselineIndicator.INHABITANTS_65_PLUS: RowTableModel.tr("65-plussers"),
    }
    return headers.get(indicator) or label(indicator)


def is_estimate(figure: BaselineValue | None) -> bool:
    """A shipped raming nobody replaced (the social rent dwellings of a new vision)."""
    return figure is not None and figure.estimated and figure.value is not None


def baseline_tooltip(figure: BaselineValue | None) -> str:
    """Where a baseline figure comes from: entered, the CBS count or a raming, and its date."""
    if figure is None or figure.value is None:
        return RowTableModel.tr("Onbekend: vul dit cijfer in.")
    if figure.user_entered:
        text = RowTableModel.tr("ingevuld: {0}").format(figure.source or "-")
    elif is_estimate(figure):
        text = figure.source or RowTableModel.tr("Raming")
    else:
        text = RowTableModel.tr("bron: {0}").format(figure.source or "-")
    if figure.reference_date:
        date = long_date(figure.reference_date)
        text += RowTableModel.tr(", peildatum {0}").format(date)
    if is_estimate(figure):
        text += ". " + RowTableModel.tr("Typ een getal om de raming te vervangen.")
    return text


def baseline_model(edit, parent=None) -> RowTableModel:
    """The vision's municipalities with their baseline figures; `edit(info, indicator, value)`
    stores a typed figure and returns whether it was accepted."""

    def figure_column(indicator: BaselineIndicator) -> Column:
        def tooltip(info: MunicipalityInfo) -> str:
            return baseline_tooltip(info.baseline.get(indicator))

        return Column(
            short_header(indicator),
            lambda info: info.value(indicator),
            text=lambda info: (
                "—" if info.value(indicator) is None else number(info.value(indicator))
            ),
            edit=lambda info, value: edit(info, indicator, value),
            align_right=True,
            tooltip=tooltip,
            italic=lambda info: bool(
                info.baseline.get(indicator) and info.baseline[indicator].user_entered
            ),
            estimated=lambda info: is_estimate(info.baseline.get(indicator)),
        )

    columns = [
        Column(label_code(), lambda m: m.code),
        Column(label_name(), lambda m: m.name, tooltip=lambda m: f"{m.name} ({m.code})"),
    ]
    columns += [figure_column(indicator) for indicator in BASELINE_COLUMNS]
    return RowTableModel(columns, parent)
