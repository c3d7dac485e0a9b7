"""Load a vision's figures in one go and run every calculation on them.

`load_figures` reads the database (aggregated in SQL, per municipality x group x
year); `analyse` is pure and turns those figures into gaps, fair shares and social
rent tests. Screens, charts, exports and the CLI all read their numbers from an
`Analysis`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TypeVar

from app.models import (
    BaselineIndicator,
    DistributionKey,
)
from app.services import catalogue
from app.services.calculations.fair_share import (
    FairShare,
    KeyShares,
    fair_shares,
    key_shares,
    rounded_difference,
)
from app.services.calculations.gaps import Gap, GapTotal, compute_gaps, cumulative, total
from app.services.calculations.social_rent import (
    SocialRentInput,
    SocialRentResult,
    social_rent_test,
)
from app.services.calculations.sums import sum_or_unknown
from app.services.dto import MunicipalityInfo, TargetGroupInfo, VisionInfo
from app.services.municipalities import list_municipalities
from app.services.norms import norm_values
from app.services.target_groups import list_target_groups
from app.services.vision import get_vision
from app.storage import ProjectFile

Key = tuple[int, int, int]  # municipality id, group id, year
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class VisionFigures:
    """Everything the calculations need, as plain data."""

    vision: VisionInfo
    municipalities: list[MunicipalityInfo]
    groups: list[TargetGroupInfo]  # the active groups
    need: dict[Key, int]  # summed over housing types
    capacity: dict[Key, int]  # summed over housing types and kinds
    norms: dict[str, float]

    @property
    def years(self) -> list[int]:
        return self.vision.years

    def norm(self, code: str) -> float:
        """A norm's value (a fraction): the vision's, else the catalogue's standard value."""
        return self.norms.get(code, catalogue.STANDARD_NORM_VALUES[code])


def load_figures(project: ProjectFile) -> VisionFigures:
    """Read the vision's figures from the file."""
    vision = get_vision(project)
    need, capacity = _totals(project, vision)
    return VisionFigures(
        vision=vision,
        municipalities=list_municipalities(project),
        groups=list_target_groups(project, active_only=True),
        need=need,
        capacity=capacity,
        norms=norm_values(project),
    )


def _totals(project: ProjectFile, vision: VisionInfo) -> tuple[dict[Key, int], dict[Key, int]]:
    """Need and capacity per municipality x group x year of the plan period; a cell without
    stored values is absent (unknown). Read from cell_total, which the database keeps."""
    query = (
        "SELECT municipality_id, target_group_id, year, need_sum, need_cells, capacity_sum, "
        "capacity_cells FROM cell_total WHERE year BETWEEN ? AND ?"
    )
    need: dict[Key, int] = {}
    capacity: dict[Key, int] = {}
    with project.read() as session:
        # The DB-API cursor itself: 41,000 rows nationally, and SQLAlchemy's result
        # processing would take longer than SQLite's query.
        cursor = session.connection().connection.driver_connection.cursor()
        rows = cursor.execute(query, (vision.start_year, vision.end_year)).fetchall()
    for m, g, y, need_sum, need_cells, capacity_sum, capacity_cells in rows:
        if need_cells:
            need[(m, g, y)] = need_sum
        if capacity_cells:
            capacity[(m, g, y)] = capacity_sum
    return need, capacity


@dataclass(frozen=True)
class MunicipalityFairShare:
    """A municipality's fair share and contribution over all groups; None when unknown."""

    municipality_id: int
    fair_share: float | None
    contribution: float | None
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

    @cached_property
    def gaps(self) -> dict[Key, Gap]:
        """Gap per municipality x active group x year of the plan period."""
        f = self.figures
        keys = [(m.id, g.id, y) for m in f.municipalities for g in f.groups for y in f.years]
        return compute_gaps(f.need, f.capacity, keys)

    @cached_property
    def gap_index(self) -> dict[tuple[int, int], dict[int, Gap]]:
        """(municipality, group) -> year -> gap: lets a filtered total read only its cells."""
        index: dict[tuple[int, int], dict[int, Gap]] = {}
        for (m, g, y), gap in self.gaps.items():
            index.setdefault((m, g), {})[y] = gap
        return index

    def gap_total(
        self,
        *,
        group_id: int | None = None,
        municipality_id: int | None = None,
        years: range | list[int] | None = None,
    ) -> GapTotal:
        """Sum of gaps over the cells that match (all, when a filter is None)."""
        municipalities = (
            [municipality_id]
            if municipality_id is not None
            else [m.id for m in self.figures.municipalities]
        )
        groups = [group_id] if group_id is not None else [g.id for g in self.figures.groups]
        wanted = None if years is None else set(years)
        index = self.gap_index
        return total(
            gap
            for m in municipalities
            for g in groups
            for y, gap in index.get((m, g), {}).items()
            if wanted is None or y in wanted
        )

    def gap_totals_by(
        self,
        key: Callable[[int, int, int], K],
        *,
        group_id: int | None = None,
        municipality_id: int | None = None,
        years: Iterable[int] | None = None,
    ) -> dict[K, GapTotal]:
        """Sums of gaps grouped by `key(municipality, group, year)`, in one pass over the cells.

        The same sums as `gap_total` per key; charts use it so that a redraw with
        hundreds of municipalities does not scan every cell once per bar.
        """
        wanted = None if years is None else set(years)
        buckets: dict[K, list[Gap]] = {}
        for (m, g, y), gap in self.gaps.items():
            if (
                (group_id is None or g == group_id)
                and (municipality_id is None or m == municipality_id)
                and (wanted is None or y in wanted)
            ):
                buckets.setdefault(key(m, g, y), []).append(gap)
        return {k: total(cells) for k, cells in buckets.items()}

    def cumulative_gap(
        self, *, group_id: int | None = None, municipality_id: int | None = None
    ) -> dict[int, int | None]:
        """Year -> gap summed from the start of the period up to that year."""
        per_year = []
        for year in self.figures.years:
            year_total = self.gap_total(
                group_id=group_id, municipality_id=municipality_id, years=[year]
            )
            per_year.append(year_total.gap if year_total.complete else None)
        return dict(zip(self.figures.years, cumulative(per_year), strict=True))

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
        """Per municipality: fair share and contribution summed over the active groups (or
        only `group_id`) over `years` (default: the whole period), with `key` (default: the
        vision's); unknown when any group's is."""
        if key is None and years is None:
            shares = self.fair_shares
        else:
            key = self.figures.vision.distribution_key if key is None else key
            shares = self.fair_shares_for(key, years)
        own: dict[int, list[FairShare]] = {m.id: [] for m in self.figures.municipalities}
        for share in shares:
            if group_id is None or share.group_id == group_id:
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

    def _group_fair_shares(
        self, group_id: int, shares: KeyShares, period: list[int]
    ) -> list[FairShare]:
        """Fair shares of one group over `period`."""
        municipalities = self.figures.municipalities
        need = {
            m.id: self._period_sum(self.figures.need, m.id, group_id, period)
            for m in municipalities
        }
        capacity = {
            m.id: self._period_sum(self.figures.capacity, m.id, group_id, period)
            for m in municipalities
        }
        return fair_shares(group_id, need, capacity, shares, self.names)

    def _period_sum(
        self, values: dict[Key, int], municipality_id: int, group_id: int, years: list[int]
    ) -> int | None:
        total_ = 0
        for year in years:
            value = values.get((municipality_id, group_id, year))
            if value is None:
                return None
            total_ += value
        return total_

    @cached_property
    def social_rent(self) -> dict[int, SocialRentResult]:
        """Social rent test per municipality."""
        norm = self.figures.norm
        return {
            m.id: social_rent_test(
                SocialRentInput(
                    dwellings=m.value(BaselineIndicator.DWELLINGS),
                    social_rent_dwellings=m.value(BaselineIndicator.SOCIAL_RENT_DWELLINGS),
                    planned_new_total=m.value(BaselineIndicator.PLANNED_NEW_TOTAL),
                    planned_new_social=m.value(BaselineIndicator.PLANNED_NEW_SOCIAL),
                    planned_new_middle=m.value(BaselineIndicator.PLANNED_NEW_MIDDLE),
                ),
                goal=norm(catalogue.SOCIAL_RENT_GOAL),
                national_average=norm(catalogue.NATIONAL_SOCIAL_SHARE),
                affordable_norm=norm(catalogue.AFFORDABLE_NEW_BUILD),
            )
            for m in self.figures.municipalities
        }


def analyse(project: ProjectFile) -> Analysis:
    """Load and analyse a vision."""
    return Analysis(load_figures(project))


# Above this many changed cells a full reload is as quick as patching.
MAX_PATCHED_CELLS = 2000


def refreshed(analysis: Analysis, project: ProjectFile, keys: Iterable[Key]) -> Analysis:
    """The analysis after need or capacity changed in the cells `keys` only.

    Reads just those cells' totals and recomputes only what depends on them: their
    gaps and the fair shares of their groups. Everything else is carried over, so one
    typed figure does not recompute a national vision.
    """
    keys = set(keys)
    if len(keys) > MAX_PATCHED_CELLS:
        return analyse(project)
    old = analysis.figures
    need, capacity = dict(old.need), dict(old.capacity)
    for key in keys:
        need.pop(key, None)
        capacity.pop(key, None)
    fresh_need, fresh_capacity = _totals_of(project, keys)
    need.update(fresh_need)
    capacity.update(fresh_capacity)
    new = Analysis(replace(old, need=need, capacity=capacity))
    for name in ("names", "key_shares", "social_rent"):
        if name in analysis.__dict__:
            new.__dict__[name] = analysis.__dict__[name]
    if "gaps" in analysis.__dict__:
        gaps = dict(analysis.gaps)
        for key in keys & gaps.keys():
            gaps[key] = Gap(need.get(key), capacity.get(key))
        new.__dict__["gaps"] = gaps
        if "gap_index" in analysis.__dict__:
            index = dict(analysis.gap_index)
            for m, g, y in keys & gaps.keys():
                index[(m, g)] = {**index.get((m, g), {}), y: gaps[(m, g, y)]}
            new.__dict__["gap_index"] = index
    if "fair_shares" in analysis.__dict__:
        new.__dict__["fair_shares"] = _patched_fair_shares(analysis, new, {g for _, g, _ in keys})
    return new


def _patched_fair_shares(old: Analysis, new: Analysis, group_ids: set[int]) -> list[FairShare]:
    shares = new.key_shares
    period = new.figures.years
    result = []
    for group in new.figures.groups:
        if group.id in group_ids:
            result.extend(new._group_fair_shares(group.id, shares, period))
        else:
            result.extend(s for s in old.fair_shares if s.group_id == group.id)
    return result


def _totals_of(project: ProjectFile, keys: set[Key]) -> tuple[dict[Key, int], dict[Key, int]]:
    """Need and capacity of the cells `keys` (absent when not entered)."""
    need: dict[Key, int] = {}
    capacity: dict[Key, int] = {}
    ordered = sorted(keys)
    with project.read() as session:
        connection = session.connection()
        for start in range(0, len(ordered), 300):
            chunk = ordered[start : start + 300]
            values = ", ".join("(?, ?, ?)" for _ in chunk)
            rows = connection.exec_driver_sql(
                f"WITH k(m, g, y) AS (VALUES {values}) "
                "SELECT c.municipality_id, c.target_group_id, c.year, c.need_sum, c.need_cells, "
                "c.capacity_sum, c.capacity_cells FROM cell_total c JOIN k ON "
                "c.municipality_id = k.m AND c.target_group_id = k.g AND c.year = k.y",
                tuple(v for key in chunk for v in key),
            ).fetchall()
            for m, g, y, need_sum, need_cells, capacity_sum, capacity_cells in rows:
                if need_cells:
                    need[(m, g, y)] = need_sum
                if capacity_cells:
                    capacity[(m, g, y)] = capacity_sum
    return need, capacity
