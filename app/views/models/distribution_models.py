"""Models of the Evenwichtige verdeling tab: the verdeling per municipality (read only) and
what is entered per municipality (correction, opening backlog, source, reference date)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.services.distribution import Adjustment, MunicipalityDistribution
from app.services.dutch_dates import short_date
from app.views.models.row_model import Column, RowTableModel
from app.views.numbers import number, percent, signed

# Columns of the verdeling that only some visions use (hidden in the others).
CARRIED_IN, CORRECTION, BACKLOG = 3, 5, 7


@dataclass(frozen=True)
class DistributionRow:
    """A municipality's name with its figures of the verdeling."""

    name: str
    share: MunicipalityDistribution


@dataclass(frozen=True)
class AdjustmentRow:
    """What is entered for a municipality; `needed` when the others have a correction (or
    opening backlog) and this one lacks it."""

    code: str
    name: str
    entry: Adjustment
    lacks_correction: bool = False
    lacks_backlog: bool = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("Distribution", text)


def _whole(value: float | None) -> str:
    return number(None if value is None else round(value))


def distribution_model(parent=None) -> RowTableModel:
    """Per municipality: key share, fair share, backlog carried in, capacity, correction,
    difference and backlog carried on (whole places; 'onbekend' where an input lacks)."""
    columns = [
        Column(_tr("Gemeente"), lambda r: r.name, tooltip=_missing_tip),
        Column(_tr("Aandeel\nsleutel"), lambda r: r.share.key_share, text=_share, align_right=True),
        _figure(_tr("Evenredig\naandeel"), lambda s: s.fair_share),
        _figure(_tr("Achterstand\nvooraf"), lambda s: s.carried_in),
        _figure(_tr("Aanbod"), lambda s: s.contribution),
        _figure(_tr("Correctie"), lambda s: s.correction),
        Column(
            _tr("Verschil"),
            lambda r: r.share.difference,
            text=lambda r: signed(r.share.rounded_difference),
            align_right=True,
            tooltip=_missing_tip,
        ),
        _figure(_tr("Achterstand\neind"), lambda s: s.backlog),
    ]
    return RowTableModel(columns, parent)


def _figure(header: str, value: Callable[[MunicipalityDistribution], float | None]) -> Column:
    return Column(
        header,
        lambda r: value(r.share),
        text=lambda r: _whole(value(r.share)),
        align_right=True,
        tooltip=_missing_tip,
    )


def _share(row: DistributionRow) -> str:
    return percent(row.share.key_share)


def _missing_tip(row: DistributionRow) -> str:
    if not row.share.missing:
        return ""
    return _tr("Ontbreekt: {0}").format("; ".join(row.share.missing))


Edit = Callable[["AdjustmentRow", str, object], bool]


def adjustment_model(edit: Edit, parent=None) -> RowTableModel:
    """The municipalities with what is entered for them; `edit(row, field, value)` stores a
    typed value ('correction', 'opening_backlog', 'source', 'reference_date') and returns
    whether it was accepted."""
    return RowTableModel(
        [
            Column(_tr("Gemeente"), lambda r: r.name),
            _entered(_tr("Correctie\n(plaatsen)"), "correction", edit, _lacks_correction),
            _entered(_tr("Achterstand\nvooraf"), "opening_backlog", edit, _lacks_backlog),
            Column(
                _tr("Bron"),
                lambda r: r.entry.source,
                edit=lambda r, v: edit(r, "source", v),
            ),
            Column(
                _tr("Peildatum"),
                lambda r: short_date(r.entry.reference_date),
                edit=lambda r, v: edit(r, "reference_date", v),
            ),
        ],
        parent,
    )


def _lacks_correction(row: AdjustmentRow) -> bool:
    return row.lacks_correction


def _lacks_backlog(row: AdjustmentRow) -> bool:
    return row.lacks_backlog


def _entered(
    header: str,
    field: str,
    edit: Edit,
    lacks: Callable[[AdjustmentRow], bool],
) -> Column:
    """A figure entered per municipality: '—' when empty, 'ontbreekt' when the others have one."""

    def text(row: AdjustmentRow) -> str:
        value = getattr(row.entry, field)
        if value is not None:
            return number(value)
        return _tr("ontbreekt") if lacks(row) else "—"

    return Column(
        header,
        lambda r: getattr(r.entry, field),
        text=text,
        edit=lambda r, v: edit(r, field, v),
        align_right=True,
        italic=lacks,
    )
