"""The stroommodel's flows as an editable table: a row per municipality (or one for the
region), a column per figure of the flow. The cells hold the typed text; `flows()` reads
them (a Dutch message naming the row and column for anything unreadable)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.services.errors import ValidationError
from app.services.estimates.flow_model import Flow
from app.services.validation import parse_number, parse_quantity, parse_share
from app.views.estimate_fields import optional, percent_text, plain, required

PLACES, STAY, SHARE, BACKLOG, YEARS = range(5)
FIGURES = 5


class FlowTableModel(QAbstractTableModel):
    """Rows of (key, name): a municipality's code and name, or ('', 'Regio'). A row left
    empty has no flow (its municipality's need stays unknown)."""

    def __init__(self, places: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.places = list(places)
        self.texts: dict[str, list[str]] = {key: [""] * FIGURES for key, _ in self.places}

    def headers(self) -> list[str]:
        return [
            self.tr("Plaats"),
            self.tr("Bezette\nplekken"),
            self.tr("Verblijf\n(jaren)"),
            self.tr("Doorstroom\n(%)"),
            self.tr("Uitstroom-\nklaar"),
            self.tr("Wegwerken\nin (jaren)"),
        ]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.places)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else FIGURES + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(section)
        return None

    def _header_tooltip(self, section: int) -> str | None:
        return {
            PLACES + 1: self.tr("Het aantal bezette plekken (bedden, woonplekken) nu."),
            STAY + 1: self.tr("Hoe lang iemand gemiddeld blijft, in jaren (meer dan 0)."),
            SHARE + 1: self.tr("Welk deel van wie vertrekt een (geclusterde) woning nodig heeft."),
            BACKLOG + 1: self.tr(
                "Mensen die nu al uitstroomklaar zijn en op een woning wachten (leeg: 0)."
            ),
            YEARS + 1: self.tr("In hoeveel jaar die achterstand wordt weggewerkt (leeg: 1)."),
        }.get(section)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key, name = self.places[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return name if column == 0 else self.texts[key][column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        key, _name = self.places[index.row()]
        self.texts[key][index.column() - 1] = str(value).strip()
        self.dataChanged.emit(index, index)
        return True

    def load(self, flows: Mapping[str, Flow]) -> None:
        """Show these flows (rows of other places are emptied)."""
        self.beginResetModel()
        for key in self.texts:
            flow = flows.get(key)
            self.texts[key] = [""] * FIGURES if flow is None else _texts(flow)
        self.endResetModel()

    def flows(self) -> dict[str, Flow]:
        """The flow of every row that is filled in; a Dutch message for what is unreadable."""
        result = {}
        for key, name in self.places:
            texts = self.texts[key]
            if any(texts):
                result[key] = self._flow(name, texts)
        return result

    def _flow(self, name: str, texts: list[str]) -> Flow:
        headers = self.headers()

        def what(column: int) -> str:
            header = headers[column + 1].replace("-\n", "").replace("\n", " ")
            return f"{name}, {header.lower()}"

        share = required(texts[SHARE], what(SHARE), parse_share)
        flow = Flow(
            places=required(texts[PLACES], what(PLACES), parse_number),
            average_stay_years=required(texts[STAY], what(STAY), parse_number),
            share_moving_on=share / 100,
            backlog=optional(texts[BACKLOG], what(BACKLOG), parse_number) or 0,
            years_to_clear=_years(texts[YEARS], what(YEARS)),
        )
        flow.check(name)  # named here, not by its code as the stored model would be
        return flow


def _years(text: str, what: str) -> int:
    years = optional(text, what, parse_quantity)
    if years == 0:
        raise ValidationError(f"{what}: de achterstand wegwerken duurt ten minste 1 jaar.")
    return 1 if years is None else years


def _texts(flow: Flow) -> list[str]:
    return [
        plain(flow.places),
        plain(flow.average_stay_years),
        percent_text(flow.share_moving_on),
        plain(flow.backlog),
        str(flow.years_to_clear),
    ]
