"""The tables of the overview over many visions: rows of the overview's plain data through
`RowTableModel` columns, in the interface language.

Every figure is the overview service's; a table only chooses the words: a number,
'onbekend' (an input is missing), 'buiten' (the year is outside that vision's plan period)
or '—' (the vision does not have the group; 'niet in deze visie' in its total).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject

from app.services.calculations.gaps import GapTotal
from app.services.overview import Overview, OverviewGroup, RefusedFile
from app.services.overview_vision import (
    AgreementStatuses,
    GroupFigures,
    TestCounts,
    VisionSummary,
)
from app.views.labels import label, vocab
from app.views.models.row_model import Column
from app.views.numbers import number, percent, signed, unknown

FIELDS = ("need", "capacity", "gap", "shortage", "surplus")


@dataclass(frozen=True)
class FileRow:
    """A file of the overview: its vision (None when refused) and the shared municipalities."""

    entry: VisionSummary | RefusedFile
    shared: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroupRow:
    """A group in one vision; `figures` None when the vision does not have it."""

    group: OverviewGroup
    vision: VisionSummary
    figures: GroupFigures | None


@dataclass(frozen=True)
class AgreementRow:
    """An agreement of a vision."""

    vision: VisionSummary
    agreement: AgreementStatuses


def file_rows(overview: Overview) -> list[FileRow]:
    """Every file in the order given, with the names of its municipalities in other visions."""
    positions = {id(v): i for i, v in enumerate(overview.visions)}
    rows = []
    for entry in overview.entries:
        index = positions.get(id(entry))
        shared = () if index is None else tuple(s.name for s in overview.shared_in(index))
        rows.append(FileRow(entry, shared))
    return rows


def group_rows(overview: Overview) -> list[GroupRow]:
    """Each group with its visions side by side."""
    return [
        GroupRow(group, vision, overview.group_in(index, group))
        for group in overview.groups
        for index, vision in enumerate(overview.visions)
    ]


def agreement_rows(overview: Overview) -> list[AgreementRow]:
    return [AgreementRow(v, a) for v in overview.visions for a in v.agreements]


class OverviewColumns(QObject):
    """The columns of the overview's four tables."""

    def files(self) -> list[Column]:
        def vision(get: Callable[[VisionSummary], object]) -> Callable[[FileRow], object]:
            return lambda r: get(r.entry) if isinstance(r.entry, VisionSummary) else None

        return [
            Column(self.tr("Bestand"), lambda r: r.entry.path.name or str(r.entry.path)),
            Column(self.tr("Woonzorgvisie"), vision(lambda v: v.title)),
            Column(self.tr("Regio"), vision(lambda v: v.region_name)),
            Column(self.tr("Planperiode"), vision(lambda v: f"{v.start_year}–{v.end_year}")),
            Column(self.tr("Gemeenten"), vision(lambda v: len(v.municipalities)), align_right=True),
            Column(self.tr("Ook in een andere visie"), lambda r: ", ".join(r.shared)),
            Column(
                self.tr("Gelezen"),
                lambda r: isinstance(r.entry, VisionSummary),
                text=self._read_text,
                tooltip=lambda r: str(r.entry.path),
                italic=lambda r: isinstance(r.entry, RefusedFile),
            ),
        ]

    def _read_text(self, row: FileRow) -> str:
        if isinstance(row.entry, RefusedFile):
            return self.tr("Niet geopend: {0}").format(row.entry.reason)
        return self.tr("ja")

    def groups(self, overview: Overview, field: str) -> list[Column]:
        """Group, vision, `field` of each year, and over the vision's own plan period."""
        show = signed if field == "gap" else number
        columns = [
            Column(self.tr("Aandachtsgroep"), lambda r: vocab(r.group.label)),
            Column(self.tr("Visie"), lambda r: r.vision.path.name),
        ]
        for year in overview.years:
            columns.append(
                Column(
                    str(year),
                    lambda r, y=year: self._year_value(r, y, field),
                    text=lambda r, y=year: self._year_text(r, y, field, show),
                    align_right=True,
                    tooltip=lambda r, y=year: self._year_tooltip(r, y),
                    italic=lambda r, y=year: self._year_value(r, y, field) is None,
                )
            )
        columns.append(
            Column(
                self.tr("Eigen planperiode"),
                lambda r: self._total(r, field),
                text=lambda r: self._figure_text(r, r.figures and r.figures.total, field, show),
                align_right=True,
                italic=lambda r: self._total(r, field) is None,
            )
        )
        return columns

    def _year_value(self, row: GroupRow, year: int, field: str) -> int | None:
        figures = row.figures
        total = None if figures is None else figures.years.get(year)
        return None if total is None else getattr(total, field)

    def _total(self, row: GroupRow, field: str) -> int | None:
        return None if row.figures is None else getattr(row.figures.total, field)

    def _year_text(self, row: GroupRow, year: int, field: str, show) -> str:
        """A figure, 'onbekend', 'buiten' (outside the plan period) or '—' (no such group)."""
        if row.figures is None:
            return "—"
        if year not in row.vision.years:
            return self.tr("buiten")
        return show(getattr(row.figures.years[year], field))

    def _year_tooltip(self, row: GroupRow, year: int) -> str:
        if row.figures is None:
            return self.tr("Deze visie heeft deze aandachtsgroep niet (aan).")
        if year not in row.vision.years:
            text = self.tr("{0} valt buiten de planperiode van deze visie ({1}–{2}): onbekend.")
            return text.format(year, row.vision.start_year, row.vision.end_year)
        return ""

    def _figure_text(self, row: GroupRow, total: GapTotal | None, field: str, show) -> str:
        if row.figures is None:
            return self.tr("niet in deze visie")
        return show(None if total is None else getattr(total, field))

    def tests(self) -> list[Column]:
        """The tests on each region's summed figures, and the municipalities per outcome."""
        return [
            Column(self.tr("Visie"), lambda v: v.path.name),
            Column(self.tr("Gemeenten"), lambda v: len(v.municipalities), align_right=True),
            self._share(self.tr("Sociale huur nu"), lambda v: v.tests.region.current.share),
            self._share(self.tr("Eind planperiode"), lambda v: v.tests.region.projected.share),
            self._share(
                self.tr("Nodig in nieuwbouw"),
                lambda v: v.tests.region.needed_social_new_build_share,
            ),
            self._share(
                self.tr("Betaalbaar in nieuwbouw"),
                lambda v: v.tests.region.affordable.share,
            ),
            self._count(self.tr("Gemeenten onder streven"), lambda v: v.tests.below_goal, True),
            self._count(
                self.tr("Onder landelijk gemiddelde"),
                lambda v: v.tests.must_build_30_percent,
                True,
            ),
            self._count(self.tr("Streven niet haalbaar"), lambda v: v.tests.goal_reachable, False),
            self._count(
                self.tr("Onder norm betaalbaar"), lambda v: v.tests.meets_affordable_norm, False
            ),
        ]

    def _share(self, header: str, get: Callable[[VisionSummary], float | None]) -> Column:
        return Column(header, get, text=lambda v: percent(get(v)), align_right=True)

    def _count(
        self, header: str, get: Callable[[VisionSummary], TestCounts], outcome: bool
    ) -> Column:
        return Column(
            header,
            lambda v: get(v).true if outcome else get(v).false,
            text=lambda v: self._count_text(get(v), outcome),
        )

    def _count_text(self, counts: TestCounts, outcome: bool) -> str:
        """'3 van 9', with '(2 onbekend)' when the test is unknown for some."""
        found = counts.true if outcome else counts.false
        total = counts.true + counts.false + counts.unknown
        text = self.tr("{0} van {1}").format(found, total)
        if counts.unknown:
            text += " " + self.tr("({0} onbekend)").format(counts.unknown)
        return text

    def agreements(self, overview: Overview) -> list[Column]:
        columns = [
            Column(self.tr("Visie"), lambda r: r.vision.path.name),
            Column(self.tr("Afspraak"), lambda r: r.agreement.description),
            Column(self.tr("Gemeente"), lambda r: r.agreement.municipality or self.tr("Regio")),
            Column(
                self.tr("Aandachtsgroep"),
                lambda r: vocab(r.agreement.target_group) if r.agreement.target_group else "",
            ),
        ]
        for year in overview.years:
            columns.append(
                Column(
                    str(year),
                    lambda r, y=year: self._status(r, y),
                    tooltip=lambda r, y=year: self._status_tooltip(r, y),
                    italic=lambda r, y=year: self._status_info(r, y) is None,
                )
            )
        return columns

    def _status_info(self, row: AgreementRow, year: int):
        info = row.agreement.years.get(year)
        if year not in row.vision.years or info is None or info.status is None:
            return None
        return info

    def _status(self, row: AgreementRow, year: int) -> str:
        if year not in row.vision.years:
            return self.tr("buiten")
        info = self._status_info(row, year)
        return self.tr("geen status") if info is None else label(info.status)

    def _status_tooltip(self, row: AgreementRow, year: int) -> str:
        info = row.agreement.years.get(year)
        if info is None or year not in row.vision.years:
            return ""
        return self.tr("Doel {0}, gerealiseerd {1}").format(
            _amount(info.target), _amount(info.realised)
        )


def _amount(value: float | None) -> str:
    """A target or realisation: '20', '12,5', or 'onbekend'."""
    if value is None:
        return unknown()
    return number(value, 0 if float(value).is_integer() else 1)
