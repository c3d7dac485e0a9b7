"""The data-collection round trip (uitvraag): which rows a vision asks for, and applying
filled-in workbooks.

`collection_layout` lists the rows of the uitvraag-werkboek with their current
values. Reading a workbook is done in `app.reports.collection_import` (it needs
openpyxl); `plan_import` turns one or more readings into a preview of changes
(old -> new), conflicts between workbooks and the rejected cells, and
`apply_import` writes the preview with ONE call to `figures.set_cells`, so the GUI
can make the whole import one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.models import CapacityKind, HousingType
from app.services import figures
from app.services.dto import SeriesInfo, TargetGroupInfo
from app.services.figures import Cell
from app.services.municipalities import list_municipalities
from app.services.target_groups import list_target_groups
from app.services.vision import get_vision
from app.storage import ProjectReader

RowKey = tuple[str, int, HousingType, CapacityKind | None]  # code, group id, type, kind


@dataclass(frozen=True)
class CollectionRow:
    """One row of the workbook: municipality x group x housing type (x kind for Aanbod)."""

    municipality_code: str
    municipality_name: str
    group_id: int
    group_label: str
    housing_type: HousingType
    kind: CapacityKind | None
    values: dict[int, int]  # current values within the plan period
    computed: bool = False  # an allocation rule computes these values; not importable

    @property
    def key(self) -> RowKey:
        return (self.municipality_code, self.group_id, self.housing_type, self.kind)

    def cell(self, year: int) -> Cell:
        """The grid cell of this row in `year`."""
        return Cell(self.municipality_code, self.group_id, self.housing_type, year, self.kind)

    def describe(self, year: int) -> str:
        """'Delft · Ouderen · Zelfstandig geclusterd · Nieuwbouw · 2026'."""
        parts = [self.municipality_name, self.group_label, self.housing_type.label]
        if self.kind is not None:
            parts.append(self.kind.label)
        return " · ".join([*parts, str(year)])


@dataclass(frozen=True)
class CollectionLayout:
    """Everything the workbook asks for, and what is needed to check a filled one."""

    title: str
    years: list[int]
    need_rows: list[CollectionRow]
    capacity_rows: list[CollectionRow]
    municipality_names: dict[str, str]  # code -> name
    groups: list[TargetGroupInfo]  # active groups
    inactive_labels: list[str]
    _index: dict[RowKey, CollectionRow] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for row in [*self.need_rows, *self.capacity_rows]:
            self._index[row.key] = row

    def row(self, key: RowKey) -> CollectionRow | None:
        """The row with `key`, or None when the vision does not ask for it."""
        return self._index.get(key)

    def for_municipality(self, code: str) -> CollectionLayout:
        """Only the rows of one municipality: the workbook that municipality fills in."""
        return replace(
            self,
            need_rows=[r for r in self.need_rows if r.municipality_code == code],
            capacity_rows=[r for r in self.capacity_rows if r.municipality_code == code],
            municipality_names={code: self.municipality_names[code]},
            _index={},
        )


def collection_layout(project: ProjectReader) -> CollectionLayout:
    """The rows of the uitvraag-werkboek: active groups x their housing types x municipalities
    (for Aanbod also x every kind of capacity), with the values entered so far."""
    vision = get_vision(project)
    municipalities = list_municipalities(project)
    all_groups = list_target_groups(project)
    groups = [g for g in all_groups if g.active]
    years = vision.years
    need_rows: list[CollectionRow] = []
    capacity_rows: list[CollectionRow] = []
    for group in groups:
        need = _by_key(figures.need_series(project, group.id))
        capacity = _by_key(figures.capacity_series(project, group.id))
        for m in municipalities:
            for housing in group.housing_types:  # only the rows the group is asked for
                row = (m.code, m.name, group.id, group.label, housing)
                need_rows.append(_row(*row, None, need.get((m.code, housing, None)), years))
                for kind in CapacityKind:
                    series = capacity.get((m.code, housing, kind))
                    capacity_rows.append(_row(*row, kind, series, years))
    order = {m.code: i for i, m in enumerate(municipalities)}
    need_rows.sort(key=lambda r: order[r.municipality_code])
    capacity_rows.sort(key=lambda r: order[r.municipality_code])
    return CollectionLayout(
        title=vision.title,
        years=years,
        need_rows=need_rows,
        capacity_rows=capacity_rows,
        municipality_names={m.code: m.name for m in municipalities},
        groups=groups,
        inactive_labels=[g.label for g in all_groups if not g.active],
    )


def _by_key(
    series: list[SeriesInfo],
) -> dict[tuple[str, HousingType, CapacityKind | None], SeriesInfo]:
    return {(s.municipality_code, s.housing_type, s.kind): s for s in series}


def _row(
    code: str,
    name: str,
    group_id: int,
    label: str,
    housing: HousingType,
    kind: CapacityKind | None,
    series: SeriesInfo | None,
    years: list[int],
) -> CollectionRow:
    values = {} if series is None else {y: v for y, v in series.values.items() if y in years}
    computed = series is not None and series.allocation_share is not None
    return CollectionRow(code, name, group_id, label, housing, kind, values, computed)


@dataclass(frozen=True)
class CellIssue:
    """A rejected cell of an imported workbook, with the reason in Dutch."""

    workbook: str
    sheet: str
    row: int  # 0 when the problem concerns the whole sheet
    column: str  # e.g. 'F (2026)' or 'Gemeentecode'
    value: str
    reason: str


@dataclass(frozen=True)
class ImportedValue:
    """An accepted value of a workbook, with where it came from."""

    row: CollectionRow
    year: int
    quantity: int
    workbook: str
    sheet: str
    line: int  # the spreadsheet row number


@dataclass(frozen=True)
class WorkbookReading:
    """What one workbook says: accepted values, rejected cells, rows with an error.

    `refused` is set (and the rest empty) when the file could not be read at all.
    """

    workbook: str
    values: tuple[ImportedValue, ...] = ()
    issues: tuple[CellIssue, ...] = ()
    rejected_rows: frozenset[tuple[str, int]] = frozenset()
    refused: str | None = None

    @property
    def has_errors(self) -> bool:
        return bool(self.issues) or self.refused is not None
