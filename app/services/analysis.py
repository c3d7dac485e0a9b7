"""Load a vision's figures in one go and run every calculation on them.

`load_figures` reads the database (aggregated in SQL, per municipality x group x
year); `analyse` is pure and turns those figures into gaps, fair shares and social
rent tests. Screens, charts, exports and the CLI all read their numbers from an
`Analysis`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from itertools import groupby
from operator import attrgetter, itemgetter, sub
from typing import TYPE_CHECKING, Any, TypeVar

from app.models import BaselineIndicator, DistributionKey, HousingType, MustBuildRule
from app.services import catalogue
from app.services.calculations.cells import (
    KINDS,
    NOTHING,
    CellInput,
    MissingInput,
    cell_labels,
    group_cell_labels,
    missing_inputs,
)
from app.services.calculations.fair_share import (
    FairShare,
    KeyShares,
    fair_shares,
    key_shares,
    rounded_difference,
)
from app.services.calculations.gaps import EMPTY_TOTAL, GapTotal, combine, cumulative
from app.services.calculations.missing import MissingCell
from app.services.calculations.parted import (
    CellInputs,
    CellKey,
    CellPart,
    Deferred,
    GapTotals,
    PartKey,
)
from app.services.calculations.regional_social_rent import (
    RegionalSocialRent,
    regional_social_rent_test,
)
from app.services.calculations.social_rent import (
    SocialRentInput,
    SocialRentResult,
    social_rent_test,
)
from app.services.calculations.sums import sum_or_unknown
from app.services.collector import collector_paused
from app.services.distribution import (
    DistributionSettings,
    MunicipalityDistribution,
    distribute,
    read_settings,
)
from app.services.dto import MunicipalityInfo, TargetGroupInfo, VisionInfo
from app.services.estimates.apply import EstimatedCells  # noqa: TC001 (used at run time)
from app.services.norms_read import must_build_rule, norm_set_status, norm_values
from app.services.target_groups_read import list_target_groups
from app.services.vision_read import get_vision, list_municipalities
from app.storage import ProjectFile, ProjectReader
from app.storage.cell_values import CAPACITY_COLUMNS

if TYPE_CHECKING:
    from app.services.estimates.store_read import StoredEstimate

Key = tuple[int, int, int]  # municipality id, group id, year
Row = tuple[Any, ...]  # one cell_value row as the opening reads it (_READ_COLUMNS)
K = TypeVar("K", bound=Hashable)
T = TypeVar("T")
_HOUSING = {t.value: t for t in HousingType}
# CellInput(need, capacity) made from the pair in C: a national vision has 400,000 cells
_cell_input = partial(tuple.__new__, CellInput)
_CELL_COLUMNS = ", ".join(
    ["municipality_id", "target_group_id", "housing_type", "year", "need"]
    + [CAPACITY_COLUMNS[kind] for kind in KINDS]
)
# and each cell's capacity over all kinds, worked out by SQLite: NULL (unknown) when any
# kind is, as CellInput.capacity_total has it (one value in SQL beats 400,000 sums here)
_READ_COLUMNS = _CELL_COLUMNS + ", " + " + ".join(CAPACITY_COLUMNS[kind] for kind in KINDS)


@dataclass(frozen=True)
class ReadTotals:
    """The gap totals of every municipality x group x year, worked out together with the
    cells `inputs` they add up: they hold for exactly those cells."""

    inputs: CellInputs
    gaps: GapTotals


@dataclass(frozen=True)
class VisionFigures:
    """Everything the calculations need, as plain data."""

    vision: VisionInfo
    municipalities: list[MunicipalityInfo]
    groups: list[TargetGroupInfo]  # the active groups
    inputs: CellInputs  # entered figures, and estimated need where none is
    norms: dict[str, float | None]  # None: the norm set names no figure
    estimated: frozenset[CellKey] = frozenset()  # cells whose need is an estimate
    estimates: Mapping[CellKey, int] = field(default_factory=dict)  # every estimated need
    estimate_unknown: Mapping[CellKey, str] = field(default_factory=dict)  # and why not
    scenario: str = ""  # the scenario whose estimates these are ('' = the base one)
    # every group's estimate in that scenario, with its parameters or why they are unusable
    stored_estimates: tuple[StoredEstimate, ...] = ()
    must_build_rule: MustBuildRule = MustBuildRule.BELOW_NATIONAL_AVERAGE  # the set's rule
    norm_set: str = ""  # the code of the norm set the vision follows
    # the evenwichtige verdeling's scope, carry-over and corrections
    distribution: DistributionSettings = field(default_factory=DistributionSettings)
    # the totals worked out right after the cells were read, or as they changed (see `gap_totals`)
    read_totals: ReadTotals | None = field(default=None, compare=False, repr=False)

    @property
    def years(self) -> list[int]:
        return self.vision.years

    @property
    def gap_totals(self) -> GapTotals | None:
        """The totals of every municipality x group x year worked out with these cells;
        None when there are none or they were worked out for other cells (figures whose
        cells were replaced without their totals)."""
        read = self.read_totals
        return read.gaps if read is not None and read.inputs is self.inputs else None

    def norm(self, code: str) -> float | None:
        """A norm's value (a fraction): the vision's (None where its norm set names no
        figure), else, for a file without the norm, the catalogue's standard value."""
        if code in self.norms:
            return self.norms[code]
        return catalogue.standard_norm_value(code)

    def cell(
        self, municipality_id: int, group_id: int, housing_type: HousingType, year: int
    ) -> CellInput:
        """What is entered in one cell (NOTHING when nothing is)."""
        part = self.inputs.part(municipality_id, group_id)
        return part.get((municipality_id, group_id, housing_type, year), NOTHING)

    def has_figures(self, group_id: int) -> bool:
        """Whether anything at all is entered (or estimated) for a group."""
        return self.inputs.has_group(group_id)

    def need_source(self, keys: Iterable[CellKey]) -> str | None:
        """'entered', 'estimated' or 'mixed' for the need of these cells; None when a need
        among them is unknown."""
        kinds = set()
        for key in keys:
            if self.inputs.get(key, NOTHING).need is None:
                return None
            kinds.add("estimated" if key in self.estimated else "entered")
        return kinds.pop() if len(kinds) == 1 else ("mixed" if kinds else None)


def with_estimates(figures: VisionFigures, estimated: EstimatedCells) -> VisionFigures:
    """The figures with the estimated need filled into the cells nobody entered a need for
    (of the housing types each group uses); an entered figure is never replaced."""
    used = {g.id: set(g.housing_types) for g in figures.groups}
    years = set(figures.vision.years)
    values = {
        key: value
        for key, value in estimated.values.items()
        if key[3] in years and key[2] in used.get(key[1], ())
    }
    filled = _filled(figures.inputs, values, values.keys())
    changed = replace(
        figures,
        inputs=figures.inputs.patched(filled),
        estimated=frozenset(filled),
        estimates=values,
        estimate_unknown=dict(estimated.unknown),
    )
    return _retotalled(changed, figures, {(m, g, y) for m, g, _t, y in filled})


def _retotalled(changed: VisionFigures, old: VisionFigures, keys: set[Key]) -> VisionFigures:
    """`changed` (`old` with the cells of `keys` changed) with `old`'s totals, those of
    `keys` worked out again from its cells; without totals when `old` has none."""
    totals = old.gap_totals
    if totals is None:
        return changed
    known = [key for key in keys if key in totals]
    gaps = totals.patched(_cell_totals(changed, known)) if known else totals
    return replace(changed, read_totals=ReadTotals(changed.inputs, gaps))


def _filled(
    inputs: Mapping[CellKey, CellInput | None],
    estimates: Mapping[CellKey, int],
    keys: Iterable[CellKey],
) -> dict[CellKey, CellInput]:
    """Each of `keys` whose need nobody entered in `inputs` (None or absent: nothing is),
    with the estimate as its need."""
    filled = {}
    for key in keys:
        cell = inputs.get(key) or NOTHING
        if cell.need is None and key in estimates:
            filled[key] = CellInput(estimates[key], cell.capacity)
    return filled


@collector_paused(kept=True)  # a national vision's cells are over a million tuples
def load_figures(project: ProjectReader, scenario: str | None = None) -> VisionFigures:
    """Read the vision's figures from the file, with the estimated need of `scenario` (the
    base scenario for None) in the cells nobody entered a need for."""
    from app.services.estimates.apply import GroupEstimate, estimated_cells
    from app.services.estimates.store_read import find_scenario, list_estimates

    vision = get_vision(project)
    groups = list_target_groups(project, active_only=True)
    municipalities = list_municipalities(project)
    inputs, totals = _read_cells(project, vision, municipalities, groups)
    figures = VisionFigures(
        vision=vision,
        municipalities=municipalities,
        groups=groups,
        inputs=inputs,
        read_totals=ReadTotals(inputs, totals),
        norms=norm_values(project),
        must_build_rule=must_build_rule(project),
        norm_set=norm_set_status(project).code,
        distribution=read_settings(project),
    )
    chosen = find_scenario(project, scenario)
    stored = tuple(list_estimates(project, chosen.id))
    figures = replace(figures, scenario=chosen.name, stored_estimates=stored)
    estimates = [GroupEstimate(e.group_id, e.parameters) for e in stored if e.parameters]
    if not estimates:
        return figures
    shares = Analysis(figures).key_shares.shares  # the key, for a regional flow model
    cells = estimated_cells(estimates, figures.municipalities, vision.years, shares)
    return with_estimates(figures, cells)


def _read_cells(
    project: ProjectReader,
    vision: VisionInfo,
    municipalities: list[MunicipalityInfo],
    groups: list[TargetGroupInfo],
) -> tuple[CellInputs, GapTotals]:
    """The entered cells of the plan period for the housing types each active group uses
    (figures of housing types a group does not use do not count), and the total of every
    municipality x group x year (in `Analysis.keys`' order) as `_cell_totals` works it out.

    The totals are added up from the rows as read; each municipality x group's cells are
    made from its rows when something first asks for them (`Deferred`): opening a national
    vision and working out all its calculations needs only the totals."""
    types = {g.id: {t.value: t for t in g.housing_types} for g in groups}
    query = f"SELECT {_READ_COLUMNS} FROM cell_value WHERE year BETWEEN ? AND ?"
    runs: dict[PartKey, list[Row]] = {}
    # the rows of a municipality x group come one after the other (the table's key order);
    # rows out of that order join their part's run
    for place, run in groupby(project.fetch(query, (vision.start_year, vision.end_year)), _PLACE):
        if place in runs:
            runs[place].extend(run)
        else:
            runs[place] = list(run)
    parts: dict[PartKey, Deferred[CellKey, CellInput]] = {}
    part_totals: dict[PartKey, dict[Key, GapTotal]] = {}
    for place, rows in runs.items():
        m, g = place
        used = types.get(g, _NO_TYPES)  # the group's housing types by stored value
        if len(used) < len(_HOUSING):  # else every row's type is one of them (the rules)
            rows = [row for row in rows if row[2] in used]
        if rows:
            parts[place] = Deferred(partial(_cells_of, m, g, types[g], rows), len(rows))
            part_totals[place] = _part_totals(m, g, rows, len(types[g]), vision.years)
    return CellInputs.of_parts(parts), _totals_in_order(part_totals, municipalities, groups, vision)


def _cells_of(m: int, g: int, types: Mapping[str, HousingType], rows: list[Row]) -> CellPart:
    """One municipality x group's cells from its rows (of housing types it uses); the keys
    share the rows' ids."""
    return {(m, g, types[row[2]], row[3]): _cell_input((row[4], _KINDS(row))) for row in rows}


def _part_totals(
    m: int, g: int, rows: list[Row], expected: int, years: list[int]
) -> dict[Key, GapTotal]:
    """Each year's total of one municipality x group from its rows (of housing types it
    uses): `expected` cells per year, those without a row have nothing entered."""
    needs = list(map(_NEED, rows))
    capacities = list(map(_CAPACITY, rows))
    span = len(years)
    if list(map(_YEAR, rows)) == years * expected:
        # every housing type's every year, type after type in year order (the table's key
        # order): a year's cells are every span-th row
        if None in needs or None in capacities:
            return {
                (m, g, y): _total(needs[i::span], capacities[i::span]) for i, y in enumerate(years)
            }
        # everything known: `_total` for all years at once, the cells' figures added up per
        # year over the housing types' runs of years
        shortages = [gap if gap > 0 else 0 for gap in map(sub, needs, capacities)]
        return {
            (m, g, y): GapTotal(need, capacity, shortage, shortage - need + capacity, 0, expected)
            for y, need, capacity, shortage in zip(
                years,
                _year_sums(needs, span),
                _year_sums(capacities, span),
                _year_sums(shortages, span),
                strict=True,
            )
        }
    by_year: dict[int, list[int]] = {y: [] for y in years}  # the rows of each year
    for index, row in enumerate(rows):
        by_year[row[3]].append(index)
    return {
        (m, g, y): _total(
            [needs[i] for i in found] + [None] * (expected - len(found)),
            [capacities[i] for i in found] + [None] * (expected - len(found)),
        )
        for y, found in by_year.items()
    }


def _year_sums(values: list[int], span: int) -> list[int]:
    """The sum of each year of values that run type after type through `span` years."""
    return [sum(values[year::span]) for year in range(span)]


_PLACE = itemgetter(0, 1)  # a cell_value row's municipality x group
_YEAR, _NEED = itemgetter(3), itemgetter(4)
_KINDS = itemgetter(slice(5, 5 + len(KINDS)))  # a row's capacity per kind
_CAPACITY = itemgetter(5 + len(KINDS))  # and over all kinds
_NO_TYPES: dict[str, HousingType] = {}  # those of a group that is not active


def _totals_in_order(
    part_totals: Mapping[PartKey, dict[Key, GapTotal]],
    municipalities: list[MunicipalityInfo],
    groups: list[TargetGroupInfo],
    vision: VisionInfo,
) -> GapTotals:
    """The totals of every municipality x group, in `Analysis.keys`' order; a municipality
    x group without cells has every cell unknown (a group without housing types: nothing
    known)."""
    years = vision.years
    unknown = {
        g.id: _total([None] * len(g.housing_types), [None] * len(g.housing_types))
        if g.housing_types
        else _NOTHING_KNOWN
        for g in groups
    }
    parts: dict[PartKey, dict[Key, GapTotal]] = {}
    for m in municipalities:
        for g in groups:
            found = part_totals.get((m.id, g.id))
            parts[(m.id, g.id)] = (
                found if found is not None else {(m.id, g.id, y): unknown[g.id] for y in years}
            )
    return GapTotals.of_parts(parts if years else {})


def _cell_totals(figures: VisionFigures, keys: Iterable[Key]) -> dict[Key, GapTotal]:
    """Per municipality x group x year: need, capacity, shortage and surplus over the group's
    housing types, shortage and surplus per housing type (see calculations.gaps)."""
    types = {g.id: g.housing_types for g in figures.groups}
    part = figures.inputs.part
    result: dict[Key, GapTotal] = {}
    for key in keys:
        m, g, y = key
        housing = types[g]
        if not housing:  # a group without housing types has nothing known
            result[key] = _NOTHING_KNOWN
            continue
        cell = part(m, g).get
        cells = [cell((m, g, t, y), NOTHING) for t in housing]
        result[key] = _total([c.need for c in cells], [c.capacity_total for c in cells])
    return result


_NOTHING_KNOWN = GapTotal(None, None, None, None, 1, 0)


def _total(needs: list[int | None], capacities: list[int | None]) -> GapTotal:
    """The total of one municipality x group x year from its cells' need and capacity (None
    for a cell without a row): a cell's gap is unknown when either is. Shortage and surplus
    add up each cell's own gap (never netted: see calculations.gaps)."""
    count = len(needs)
    need = None if None in needs else sum(needs)  # type: ignore[arg-type]
    capacity = None if None in capacities else sum(capacities)  # type: ignore[arg-type]
    if need is None or capacity is None:
        unknown = sum(n is None or c is None for n, c in zip(needs, capacities, strict=True))
        return GapTotal(need, capacity, None, None, unknown, count)
    shortage = sum(gap for gap in map(sub, needs, capacities) if gap > 0)
    # need - capacity = shortage - surplus, cell by cell and so in total
    return GapTotal(need, capacity, shortage, shortage - need + capacity, 0, count)


@dataclass(frozen=True)
class MunicipalityFairShare:
    """A municipality's fair share and contribution over all groups; None when unknown."""

    municipality_id: int
    fair_share: float | None
    contribution: int | None
    missing: tuple[str, ...]
    key_share: float | None = None  # its share under the distribution key used

    @property
    def difference(self) -> float | None:
        """Contribution minus fair share (negative: it carries less than its share)."""
        if self.fair_share is None or self.contribution is None:
            return None
        return self.contribution - self.fair_share

    @property
    def rounded_fair_share(self) -> int | None:
        """The fair share in whole dwellings, as documents show it."""
        return None if self.fair_share is None else round(self.fair_share)

    @property
    def rounded_difference(self) -> int | None:
        """Contribution minus the rounded fair share: what documents show beside it."""
        return rounded_difference(self.contribution, self.fair_share)


@dataclass(frozen=True)
class Analysis:
    """The calculated picture of a vision."""

    figures: VisionFigures

    @cached_property
    def names(self) -> dict[int, str]:
        return {m.id: m.name for m in self.figures.municipalities}

    def keys(self) -> list[Key]:
        """Every municipality x active group x year of the plan period."""
        f = self.figures
        return [(m.id, g.id, y) for m in f.municipalities for g in f.groups for y in f.years]

    @cached_property
    def _municipality_places(self) -> dict[int, int]:
        return {m.id: i for i, m in enumerate(self.figures.municipalities)}

    @cached_property
    def _group_places(self) -> dict[int, int]:
        return {g.id: i for i, g in enumerate(self.figures.groups)}

    @cached_property
    def gaps(self) -> GapTotals:
        """Need, capacity, shortage and surplus per municipality x active group x year (those
        worked out right after the cells were read, when the figures have them)."""
        known = self.figures.gap_totals
        if known is not None:
            return known
        with collector_paused():
            return GapTotals(_cell_totals(self.figures, self.keys()))

    @cached_property
    def gap_index(self) -> dict[tuple[int, int], dict[int, GapTotal]]:
        """(municipality, group) -> year -> total: lets a filtered total read only its cells."""
        index: dict[tuple[int, int], dict[int, GapTotal]] = {}
        for (m, g, y), gap in self.gaps.items():
            index.setdefault((m, g), {})[y] = gap
        return index

    def gap_total(
        self,
        *,
        group_id: int | None = None,
        municipality_id: int | None = None,
        years: Iterable[int] | None = None,
    ) -> GapTotal:
        """Sum over the cells that match (all, when a filter is None)."""
        wanted = None if years is None else set(years)
        index = self.gap_index
        return combine(
            gap
            for m in self._municipality_ids(municipality_id)
            for g in self._group_ids(group_id)
            for y, gap in index.get((m, g), {}).items()
            if wanted is None or y in wanted
        )

    def _municipality_ids(self, municipality_id: int | None) -> list[int]:
        if municipality_id is not None:
            return [municipality_id]
        return [m.id for m in self.figures.municipalities]

    def _group_ids(self, group_id: int | None) -> list[int]:
        return [group_id] if group_id is not None else [g.id for g in self.figures.groups]

    def gap_totals_by(
        self,
        key: Callable[[int, int, int], K],
        *,
        group_id: int | None = None,
        municipality_id: int | None = None,
        years: Iterable[int] | None = None,
    ) -> dict[K, GapTotal]:
        """Sums grouped by `key(municipality, group, year)`, in one pass over the cells.

        The same sums as `gap_total` per key; charts use it so that a redraw with
        hundreds of municipalities does not scan every cell once per bar.
        """
        wanted = None if years is None else set(years)
        buckets: dict[K, list[GapTotal]] = {}
        for (m, g, y), gap in self.gaps.items():
            if (
                (group_id is None or g == group_id)
                and (municipality_id is None or m == municipality_id)
                and (wanted is None or y in wanted)
            ):
                buckets.setdefault(key(m, g, y), []).append(gap)
        return {k: combine(cells) for k, cells in buckets.items()}

    def cumulative_gap(
        self, *, group_id: int | None = None, municipality_id: int | None = None
    ) -> dict[int, int | None]:
        """Year -> gap summed from the start of the period up to that year."""
        per_year = [
            self.gap_total(group_id=group_id, municipality_id=municipality_id, years=[y]).gap
            for y in self.figures.years
        ]
        return dict(zip(self.figures.years, cumulative(per_year), strict=True))

    def missing(
        self,
        *,
        municipality_ids: Iterable[int] | None = None,
        group_ids: Iterable[int] | None = None,
        years: Iterable[int] | None = None,
    ) -> list[MissingInput]:
        """Every expected input that is not entered in the cells that match (all, when a
        filter is None), in the order of the vision's municipalities, groups and years."""
        f = self.figures
        wanted = f.years if years is None else _chosen_years(f.years, years)
        groups = _chosen(f.groups, self._group_places, group_ids)
        found: list[MissingInput] = []
        for m in _chosen(f.municipalities, self._municipality_places, municipality_ids):
            for g in groups:
                for y in wanted:
                    found += self.cell_missing(m.id, g, y)
        return found

    def cell_missing(
        self, municipality_id: int, group: TargetGroupInfo, year: int
    ) -> list[MissingInput]:
        """Every expected input of one municipality x group x year that is not entered."""
        if self.gap_index.get((municipality_id, group.id), {}).get(year, EMPTY_TOTAL).complete:
            return []
        found: list[MissingInput] = []
        for t in group.housing_types:
            cell = self.figures.cell(municipality_id, group.id, t, year)
            found += missing_inputs(cell, municipality_id, group.id, t, year)
        return found

    def missing_cells(
        self,
        *,
        municipality_ids: Iterable[int] | None = None,
        group_ids: Iterable[int] | None = None,
        years: Iterable[int] | None = None,
        housing_type: HousingType | None = None,
    ) -> list[MissingCell]:
        """What is missing, briefly, per municipality x group x year that is not complete
        (for the notes under tables and charts; `missing` lists every input)."""
        f = self.figures
        m_ids = None if municipality_ids is None else set(municipality_ids)
        g_ids = None if group_ids is None else set(group_ids)
        wanted = f.years if years is None else [y for y in f.years if y in set(years)]
        found: list[MissingCell] = []
        for m in f.municipalities:
            if m_ids is not None and m.id not in m_ids:
                continue
            for g in f.groups:
                if g_ids is None or g.id in g_ids:
                    found += self._missing_cells_of(m, g, wanted, housing_type)
        return found

    def _missing_cells_of(
        self,
        m: MunicipalityInfo,
        g: TargetGroupInfo,
        years: Iterable[int],
        housing_type: HousingType | None,
    ) -> list[MissingCell]:
        index = self.gap_index.get((m.id, g.id), {})
        found = []
        for y in years:
            if index.get(y, EMPTY_TOTAL).complete:
                continue
            if housing_type is None:
                cells = [self.figures.cell(m.id, g.id, t, y) for t in g.housing_types]
                labels = group_cell_labels(g.housing_types, cells)
            else:
                labels = cell_labels(self.figures.cell(m.id, g.id, housing_type, y))
            found += [MissingCell(label, m.name, g.label, y) for label in labels]
        return found

    def need_source(self, municipality_id: int, group_id: int, year: int) -> str | None:
        """Where the need of a municipality x group x year comes from: 'entered',
        'estimated', 'mixed' (some housing types each), None while it is unknown."""
        return self.need_source_of(group_id=group_id, municipality_id=municipality_id, years=[year])

    def need_source_of(
        self,
        *,
        group_id: int | None = None,
        municipality_id: int | None = None,
        years: Iterable[int] | None = None,
    ) -> str | None:
        """Where the need of `gap_total` with the same filters comes from: 'entered',
        'estimated', 'mixed', or None while a need in it is unknown."""
        types = {g.id: g.housing_types for g in self.figures.groups}
        period = self.figures.years if years is None else list(years)
        keys = [
            (m, g, t, y)
            for m in self._municipality_ids(municipality_id)
            for g in self._group_ids(group_id)
            for t in types[g]
            for y in period
        ]
        return self.figures.need_source(keys)

    @cached_property
    def key_shares(self) -> KeyShares:
        """Each municipality's share under the vision's distribution key."""
        return self.shares_for(self.figures.vision.distribution_key)

    def shares_for(self, key: DistributionKey) -> KeyShares:
        """Shares under any key (the vision's weights for the mix)."""
        baseline = {
            m.id: {ind: m.value(ind) for ind in BaselineIndicator}
            for m in self.figures.municipalities
        }
        return key_shares(baseline, self.names, key, self.figures.vision.key_weights)

    @cached_property
    def fair_shares(self) -> list[FairShare]:
        """Fair share vs contribution per active group x municipality, with the vision's key."""
        return self.fair_shares_for(self.figures.vision.distribution_key)

    def fair_shares_for(
        self, key: DistributionKey, years: Iterable[int] | None = None
    ) -> list[FairShare]:
        """Fair shares under any distribution key, over `years` (default: the whole period)."""
        shares = self.shares_for(key)
        period = self.figures.years if years is None else list(years)
        result = []
        for group in self.figures.groups:
            result.extend(self._group_fair_shares(group.id, shares, period))
        return result

    def fair_share_by_municipality(
        self,
        key: DistributionKey | None = None,
        *,
        years: Iterable[int] | None = None,
        group_id: int | None = None,
    ) -> dict[int, MunicipalityFairShare]:
        """Per municipality: fair share and contribution summed over the groups of the
        vision's scope (or only `group_id`) over `years` (default: the whole period), with
        `key` (default: the vision's); unknown when any group's is. Without correction or
        carry-over: `distribution` has those."""
        if key is None and years is None:
            shares = self.fair_shares
        else:
            key = self.figures.vision.distribution_key if key is None else key
            shares = self.fair_shares_for(key, years)
        wanted = {g.id for g in self.scope_groups} if group_id is None else {group_id}
        own: dict[int, list[FairShare]] = {m.id: [] for m in self.figures.municipalities}
        for share in shares:
            if share.group_id in wanted:
                own[share.municipality_id].append(share)
        key_shares_ = self.key_shares if key is None else self.shares_for(key)
        return {
            m_id: MunicipalityFairShare(
                municipality_id=m_id,
                fair_share=sum_or_unknown(s.fair_share for s in parts),
                contribution=sum_or_unknown(s.contribution for s in parts),
                missing=tuple(dict.fromkeys(note for s in parts for note in s.missing)),
                key_share=key_shares_.shares.get(m_id),
            )
            for m_id, parts in own.items()
        }

    @cached_property
    def scope_groups(self) -> list[TargetGroupInfo]:
        """The active groups the evenwichtige verdeling shares out (the vision's scope)."""
        return [g for g in self.figures.groups if self.figures.distribution.in_scope(g)]

    def distribution(
        self, key: DistributionKey | None = None, years: Iterable[int] | None = None
    ) -> dict[int, MunicipalityDistribution]:
        """Per municipality: fair share over the scope's groups, contribution, correction,
        difference and carried-over backlog over `years` (default: the whole period) under
        `key` (default: the vision's); see `app.services.distribution`."""
        return distribute(self, key, years)

    @cached_property
    def period_totals(self) -> dict[int, dict[int, GapTotal]]:
        """Group -> municipality -> its total over the whole plan period (what the fair
        shares share out), for the active groups and the vision's municipalities."""
        years = self.figures.years
        return {g.id: self._group_period_totals(g.id, years) for g in self.figures.groups}

    def _group_period_totals(self, group_id: int, period: list[int]) -> dict[int, GapTotal]:
        """Municipality -> one group's total over `period`."""
        return {
            m.id: self.period_total(m.id, group_id, period) for m in self.figures.municipalities
        }

    def period_total(self, municipality_id: int, group_id: int, period: list[int]) -> GapTotal:
        """One municipality x group's total over `period` (each year's, added up in order),
        read from its own part of the totals only."""
        part = self.gaps.part(municipality_id, group_id)
        return combine([part.get((municipality_id, group_id, y), EMPTY_TOTAL) for y in period])

    def _group_fair_shares(
        self, group_id: int, shares: KeyShares, period: list[int]
    ) -> list[FairShare]:
        """Fair shares of one group over `period`."""
        if period == self.figures.years and group_id in self.period_totals:
            totals = self.period_totals[group_id]
        else:
            totals = self._group_period_totals(group_id, period)
        need = {m_id: total.need for m_id, total in totals.items()}
        capacity = {m_id: total.capacity for m_id, total in totals.items()}
        return fair_shares(group_id, need, capacity, shares, self.names)

    @cached_property
    def social_rent(self) -> dict[int, SocialRentResult]:
        """Social rent test per municipality."""
        norm = self.figures.norm
        return {
            m.id: social_rent_test(
                social_rent_input(m),
                goal=norm(catalogue.SOCIAL_RENT_GOAL),
                national_average=norm(catalogue.NATIONAL_SOCIAL_SHARE),
                affordable_norm=norm(catalogue.AFFORDABLE_NEW_BUILD),
                rule=self.figures.must_build_rule,
            )
            for m in self.figures.municipalities
        }

    @cached_property
    def region_social_rent(self) -> RegionalSocialRent:
        """The social rent test of the region as a whole, with each municipality's part."""
        norm = self.figures.norm
        return regional_social_rent_test(
            {m.id: social_rent_input(m) for m in self.figures.municipalities},
            self.names,
            goal=norm(catalogue.SOCIAL_RENT_GOAL),
            affordable_norm=norm(catalogue.AFFORDABLE_NEW_BUILD),
            social_new_build_norm=norm(catalogue.MIN_SOCIAL_NEW_BUILD)
            if self.figures.must_build_rule is MustBuildRule.REGION
            else None,
        )


def _chosen(items: list[T], places: Mapping[int, int], ids: Iterable[int] | None) -> list[T]:
    """The items (municipalities or groups) with these ids, in their order (all for None);
    `places` gives each id's place, so that one cell's items need no pass over the region."""
    if ids is None:
        return items
    return [items[i] for i in sorted({places[id_] for id_ in ids if id_ in places})]


def _chosen_years(years: list[int], chosen: Iterable[int]) -> list[int]:
    wanted = set(chosen)
    return [y for y in years if y in wanted]


def social_rent_input(municipality: MunicipalityInfo) -> SocialRentInput:
    """The baseline figures of a municipality the social rent tests use."""
    return SocialRentInput(
        dwellings=municipality.value(BaselineIndicator.DWELLINGS),
        social_rent_dwellings=municipality.value(BaselineIndicator.SOCIAL_RENT_DWELLINGS),
        planned_new_total=municipality.value(BaselineIndicator.PLANNED_NEW_TOTAL),
        planned_new_social=municipality.value(BaselineIndicator.PLANNED_NEW_SOCIAL),
        planned_new_middle=municipality.value(BaselineIndicator.PLANNED_NEW_MIDDLE),
    )


def analyse(project: ProjectReader, scenario: str | None = None) -> Analysis:
    """Load and analyse a vision (under `scenario`'s estimates; None: the base scenario)."""
    return Analysis(load_figures(project, scenario))


# Above this many changed cells a full reload is as quick as patching.
MAX_PATCHED_CELLS = 2000


def refreshed(analysis: Analysis, project: ProjectFile, keys: Iterable[Key]) -> Analysis:
    """The analysis after need or capacity changed in the cells `keys` only.

    Reads just those cells' figures and recomputes only what depends on them: their
    totals and the fair shares of their groups. Everything else is carried over, so one
    typed figure does not recompute a national vision.
    """
    keys = set(keys)
    old = analysis.figures
    if len(keys) > MAX_PATCHED_CELLS:
        return analyse(project, old.scenario or None)  # the same scenario's estimates
    new = Analysis(_patched_figures(old, _inputs_of(project, old.groups, keys), keys))
    for name in ("names", "key_shares", "social_rent", "region_social_rent"):
        if name in analysis.__dict__:
            new.__dict__[name] = analysis.__dict__[name]
    if "gaps" in analysis.__dict__:
        _patch_totals(analysis, new, keys)
    if "period_totals" in analysis.__dict__:
        _patch_period_totals(analysis, new, keys)
    if "fair_shares" in analysis.__dict__:
        new.__dict__["fair_shares"] = _patched_fair_shares(analysis, new, {g for _, g, _ in keys})
    return new


def _patch_totals(old: Analysis, new: Analysis, keys: set[Key]) -> None:
    """Give `new` the totals `old` has worked out, those of `keys` worked out again (by
    `_patched_figures` already, when the figures carry their totals)."""
    known = {key for key in keys if key in old.gaps}
    if new.figures.gap_totals is None:
        new.__dict__["gaps"] = old.gaps.patched(_cell_totals(new.figures, known))
    gaps = new.gaps
    if "gap_index" not in old.__dict__:
        return
    index = dict(old.gap_index)
    for m, g, y in known:
        index[(m, g)] = {**index.get((m, g), {}), y: gaps[(m, g, y)]}
    new.__dict__["gap_index"] = index


def _patch_period_totals(old: Analysis, new: Analysis, keys: set[Key]) -> None:
    """Give `new` the period totals `old` has worked out, those of the municipality x groups
    of `keys` worked out again."""
    totals = dict(old.period_totals)
    places = {(m, g) for m, g, _y in keys if m in totals.get(g, ())}
    for g in {g for _m, g in places}:
        totals[g] = dict(totals[g])
    for m, g in places:
        totals[g][m] = new.period_total(m, g, new.figures.years)
    new.__dict__["period_totals"] = totals


def _patched_figures(
    old: VisionFigures, read: dict[CellKey, CellInput], keys: set[Key]
) -> VisionFigures:
    """`old` with the cells of `keys` as `read` from the file now, and the estimated need
    in those of them nobody entered a need for, their totals worked out again. Only those
    cells are visited, and only their municipality x group parts copied: the rest is shared
    (a national vision has 400,000)."""
    types = {g.id: g.housing_types for g in old.groups}
    cells = [(m, g, t, y) for m, g, y in keys for t in types.get(g, ())]
    changes: dict[CellKey, CellInput | None] = {cell: read.get(cell) for cell in cells}
    filled = _filled(changes, old.estimates, cells)
    changes.update(filled)
    stale = {cell for cell in cells if cell in old.estimated}
    estimated = (old.estimated - stale).union(filled) if stale or filled else old.estimated
    changed = replace(old, inputs=old.inputs.patched(changes), estimated=estimated)
    return _retotalled(changed, old, keys)


def _patched_fair_shares(old: Analysis, new: Analysis, group_ids: set[int]) -> list[FairShare]:
    """The fair shares of `group_ids` worked out again, the other groups' carried over."""
    kept: dict[int, list[FairShare]] = {}
    for group_id, run in groupby(old.fair_shares, attrgetter("group_id")):
        kept.setdefault(group_id, []).extend(run)
    shares = new.key_shares
    period = new.figures.years
    result = []
    for group in new.figures.groups:
        if group.id in group_ids:
            result.extend(new._group_fair_shares(group.id, shares, period))
        else:
            result.extend(kept.get(group.id, ()))
    return result


def _inputs_of(
    project: ProjectReader, groups: list[TargetGroupInfo], keys: set[Key]
) -> dict[CellKey, CellInput]:
    """The entered cells of `keys` (municipality x group x year, every housing type)."""
    used = {g.id: {t.value for t in g.housing_types} for g in groups}
    inputs: dict[CellKey, CellInput] = {}
    ordered = sorted(keys)
    for start in range(0, len(ordered), 300):
        chunk = ordered[start : start + 300]
        values = ", ".join("(?, ?, ?)" for _ in chunk)
        rows = project.fetch(
            f"WITH k(m, g, y) AS (VALUES {values}) SELECT {_CELL_COLUMNS} FROM cell_value c "
            "JOIN k ON c.municipality_id = k.m AND c.target_group_id = k.g AND c.year = k.y",
            tuple(v for key in chunk for v in key),
        )
        for m, g, t, y, need, *capacity in rows:
            if t in used.get(g, ()):
                inputs[(m, g, _HOUSING[t], y)] = CellInput(need, tuple(capacity))
    return inputs
