"""The social rent test of the region as a whole, and each municipality's part in it.

The region is tested as if it were one municipality: its figures are the sums of its
municipalities' figures, and the shares are the municipal test's (see `social_rent`):

current share    = sum of social rent dwellings / sum of dwellings
projected share  = (sum of social + sum of planned social new) / (sum of dwellings + sum of
                   planned new), at the end of the period
required share   = (goal x (sum of dwellings + sum of planned new) - sum of social)
                   / sum of planned new, within 0-100 % (`needed`: not capped)
affordable share = (sum of planned social + sum of planned middle) / sum of planned new
social new-build = sum of planned social / sum of planned new (tested where the norm set
                   asks at least 30 % social rent per region, the 2025/2026 law)

A municipality's contribution: its own figures, its part of the region's social rent
stock (its social / sum of social) and of the region's affordable new construction (its
social + middle / the region's), and the points it adds to each regional share (its
social / sum of dwellings for the current share, and so on): the points of all
municipalities add up to the regional share.

Unknown stays unknown: a regional share is None as soon as one municipality lacks a figure
it needs, and `missing` names what (never the share of the municipalities that are known).
A figure the municipal test refuses (0 dwellings, more social rent than dwellings, more
planned social or affordable than planned in all) is refused here as well.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.services.calculations.social_rent import EPSILON, SocialRentInput

# The inputs of each regional share.
CURRENT = ("dwellings", "social")
PROJECTED = ("dwellings", "social", "planned", "planned_social")
AFFORDABLE = ("planned", "planned_social", "planned_middle")
SOCIAL_NEW_BUILD = ("planned", "planned_social")


@dataclass(frozen=True, slots=True)
class MissingFigure:
    """A figure a regional share needs that is unknown, or refused for `reason`;
    `municipality_id` is None (and `place` empty) for a problem of the region's total."""

    municipality_id: int | None
    input: str
    place: str = ""
    reason: str = ""

    @property
    def what(self) -> str:
        """'sociale huurwoningen', or with the reason it is refused."""
        return f"{self.input} ({self.reason})" if self.reason else self.input

    @property
    def description(self) -> str:
        """'sociale huurwoningen van Delft (meer dan de hele woningvoorraad)'."""
        where = f"{self.input} van {self.place}" if self.place else self.input
        return f"{where} ({self.reason})" if self.reason else where


@dataclass(frozen=True, slots=True)
class RegionalShare:
    """One regional share against its norm; None where unknown (see `missing`)."""

    share: float | None
    norm: float | None  # None: the vision's norm set has no such norm for the region
    meets_norm: bool | None
    missing: tuple[MissingFigure, ...]


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one municipality brings to the regional test; None where unknown."""

    municipality_id: int
    dwellings: int | None
    social_rent_dwellings: int | None
    planned_new_total: int | None
    planned_new_social: int | None
    planned_new_affordable: int | None  # social + middle
    share_of_social_rent: float | None  # its part of the region's social rent stock
    share_of_affordable_new_build: float | None  # its part of the region's affordable new
    current_points: float | None  # what it adds to the regional current share
    projected_points: float | None
    affordable_points: float | None


@dataclass(frozen=True, slots=True)
class RegionalSocialRent:
    """The region's test: three shares against their norms, the totals, the contributions."""

    current: RegionalShare
    projected: RegionalShare
    affordable: RegionalShare
    social_new_build: RegionalShare  # planned social rent / planned new construction
    dwellings: int | None
    social_rent_dwellings: int | None
    planned_new_total: int | None
    planned_new_social: int | None
    planned_new_affordable: int | None
    required_social_new_build_share: float | None  # within 0-100 %
    goal_reachable: bool | None
    needed_social_new_build_share: float | None  # not capped
    contributions: tuple[Contribution, ...]

    @property
    def missing(self) -> tuple[MissingFigure, ...]:
        """Everything missing for any of the three shares, once each."""
        found = (
            self.current.missing
            + self.projected.missing
            + self.affordable.missing
            + self.social_new_build.missing
        )
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True, slots=True)
class _Checked:
    """A municipality's figures with the refused ones set to None, and what is missing per
    input ('dwellings', 'social', 'planned', 'planned_social', 'planned_middle')."""

    municipality_id: int
    figures: dict[str, int | None]
    problems: dict[str, MissingFigure]


def regional_social_rent_test(
    inputs: Mapping[int, SocialRentInput],
    names: Mapping[int, str],
    *,
    goal: float | None,
    affordable_norm: float | None,
    social_new_build_norm: float | None = None,
) -> RegionalSocialRent:
    """Test the region made up of `inputs` (municipality id -> its figures, in order).

    A norm of None (the norm set has none for the region) leaves its verdict unknown and the
    share still computed; `social_new_build_norm` is the minimum social share of new
    construction where a norm set tests it per region (the 2025/2026 law)."""
    checked = [
        _check(m_id, figures, names.get(m_id, str(m_id))) for m_id, figures in inputs.items()
    ]
    total = _totals(checked)
    dwellings, social, planned = total["dwellings"], total["social"], total["planned"]
    planned_social, affordable = total["planned_social"], total["planned_affordable"]
    missing = _missing_per_share(checked, planned)
    projected = _share(_add(social, planned_social), _add(dwellings, planned))
    tested = (
        _tested(_share(social, dwellings), goal, missing[0]),
        _tested(projected, goal, missing[1]),
        _tested(_share(affordable, planned), affordable_norm, missing[2]),
    )
    required, reachable, needed = _required(goal, dwellings, social, planned)
    return RegionalSocialRent(
        current=tested[0],
        projected=tested[1],
        affordable=tested[2],
        social_new_build=_tested(
            _share(planned_social, planned), social_new_build_norm, missing[3]
        ),
        dwellings=dwellings,
        social_rent_dwellings=social,
        planned_new_total=planned,
        planned_new_social=planned_social,
        planned_new_affordable=affordable,
        required_social_new_build_share=required,
        goal_reachable=reachable,
        needed_social_new_build_share=needed,
        contributions=tuple(_contribution(c, total, tested) for c in checked),
    )


def _totals(checked: Sequence[_Checked]) -> dict[str, int | None]:
    """The region's sums; planned affordable = planned social + planned middle."""
    total = {key: _sum(checked, key) for key in ("dwellings", "social", "planned")}
    total["planned_social"] = _sum(checked, "planned_social")
    total["planned_affordable"] = _sum(checked, "planned_middle", plus="planned_social")
    return total


def _missing_per_share(
    checked: Sequence[_Checked], planned: int | None
) -> list[tuple[MissingFigure, ...]]:
    """What is missing for the current, projected, affordable and social new-build share,
    in that order."""
    if not checked:
        return [(MissingFigure(None, "gemeenten", reason="de regio heeft er geen"),)] * 4
    found = [_missing(checked, keys) for keys in (CURRENT, PROJECTED, AFFORDABLE, SOCIAL_NEW_BUILD)]
    if planned == 0:
        nothing = (MissingFigure(None, "geplande nieuwbouw in de regio", reason="is 0"),)
        found[2] += nothing
        found[3] += nothing
    return found


_LABELS = {
    "dwellings": "woningvoorraad",
    "social": "sociale huurwoningen",
    "planned": "geplande nieuwbouw",
    "planned_social": "geplande nieuwbouw sociale huur",
    "planned_middle": "geplande nieuwbouw middensegment",
}


def _check(municipality_id: int, figures: SocialRentInput, name: str) -> _Checked:
    """One municipality's figures after the municipal test's checks, in its order."""
    values: dict[str, int | None] = {
        "dwellings": figures.dwellings,
        "social": figures.social_rent_dwellings,
        "planned": figures.planned_new_total,
        "planned_social": figures.planned_new_social,
        "planned_middle": figures.planned_new_middle,
    }
    problems = {
        key: MissingFigure(municipality_id, _LABELS[key], name)
        for key, value in values.items()
        if value is None
    }

    def refuse(key: str, what: str, reason: str) -> None:
        problems[key] = MissingFigure(municipality_id, what, name, reason)
        values[key] = None

    if values["dwellings"] == 0:
        refuse("dwellings", "woningvoorraad", "is 0")
    dwellings, social = values["dwellings"], values["social"]
    planned, planned_social = values["planned"], values["planned_social"]
    if dwellings is not None and social is not None and social > dwellings:
        refuse("social", "sociale huurwoningen", "meer dan de hele woningvoorraad")
    if planned is not None and planned_social is not None and planned_social > planned:
        refuse("planned_social", "geplande sociale huur", "meer dan de totale nieuwbouw")
    middle, planned_social = values["planned_middle"], values["planned_social"]
    if (
        planned is not None
        and planned_social is not None
        and middle is not None
        and planned_social + middle > planned
    ):
        refuse("planned_middle", "geplande betaalbare nieuwbouw", "meer dan de totale nieuwbouw")
    return _Checked(municipality_id, values, problems)


def _sum(checked: Sequence[_Checked], key: str, plus: str = "") -> int | None:
    """The region's total of `key` (+ `plus` per municipality); None when one is unknown."""
    total = 0
    for c in checked:
        value = _add(c.figures[key], c.figures[plus]) if plus else c.figures[key]
        if value is None:
            return None
        total += value
    return total


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _share(part: int | None, whole: int | None) -> float | None:
    return None if part is None or not whole else part / whole


def _missing(checked: Sequence[_Checked], keys: Sequence[str]) -> tuple[MissingFigure, ...]:
    """What the municipalities lack of `keys`, municipality by municipality."""
    return tuple(c.problems[key] for c in checked for key in keys if key in c.problems)


def _tested(
    share: float | None, norm: float | None, missing: tuple[MissingFigure, ...]
) -> RegionalShare:
    if missing:
        share = None
    meets = None if share is None or norm is None else share + EPSILON >= norm
    return RegionalShare(share, norm, meets, missing)


def _required(
    goal: float | None, dwellings: int | None, social: int | None, planned: int | None
) -> tuple[float | None, bool | None, float | None]:
    """The social share of the region's new construction that reaches the goal (the
    municipal formula on the region's totals): (capped, reachable, uncapped); unknown
    without a goal."""
    if goal is None or dwellings is None or social is None or not planned or not dwellings:
        return None, None, None
    raw = (goal * (dwellings + planned) - social) / planned
    needed = max(raw, 0.0)
    return min(needed, 1.0), raw <= 1.0 + EPSILON, needed


def _contribution(
    c: _Checked, total: Mapping[str, int | None], shares: Sequence[RegionalShare]
) -> Contribution:
    """A municipality's figures, its part of the region's totals and its points (None
    while the regional share they are part of is unknown)."""
    f = c.figures
    affordable = _add(f["planned_social"], f["planned_middle"])
    after = _add(total["dwellings"], total["planned"])
    known = [share.share is not None for share in shares]
    return Contribution(
        municipality_id=c.municipality_id,
        dwellings=f["dwellings"],
        social_rent_dwellings=f["social"],
        planned_new_total=f["planned"],
        planned_new_social=f["planned_social"],
        planned_new_affordable=affordable,
        share_of_social_rent=_share(f["social"], total["social"]),
        share_of_affordable_new_build=_share(affordable, total["planned_affordable"]),
        current_points=_share(f["social"], total["dwellings"]) if known[0] else None,
        projected_points=_share(_add(f["social"], f["planned_social"]), after)
        if known[1]
        else None,
        affordable_points=_share(affordable, total["planned"]) if known[2] else None,
    )
