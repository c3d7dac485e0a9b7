"""'Wat verandert er?': two norm sets side by side, and what each would make of this vision.

The norms of each set are listed with their value, scope and rule; the urgency categories
one set has and the other lacks; then the vision's figures are computed under each set
(as the vision would have them after choosing it: the user's overridden values stay) and
every conclusion that differs is named: per municipality (the social-rent test), for the
region (its shares against a norm that is tested per region) and the fair shares.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from app.models import MustBuildRule, NormScope
from app.services import catalogue
from app.services.analysis import Analysis, VisionFigures
from app.services.calculations.regional_social_rent import RegionalSocialRent
from app.services.calculations.social_rent import EPSILON, SocialRentResult
from app.services.dto import NormInfo
from app.services.dutch_dates import long_date
from app.services.formatting import number, percent, required_share_text, yes_no
from app.services.norm_sets import NormSet, SetNorm
from app.services.norm_words import share_text

NOT_APPLICABLE = "n.v.t."


@dataclass(frozen=True)
class NormRow:
    """One norm in both sets, as text; `changed` when they differ."""

    code: str
    label: str
    first: str
    second: str
    changed: bool


@dataclass(frozen=True)
class Effect:
    """A conclusion about the vision that differs between the sets."""

    subject: str  # a municipality, 'Regio' or 'Evenredig aandeel'
    what: str
    first: str
    second: str


@dataclass(frozen=True)
class NormComparison:
    """Two norm sets and what changes for this vision between them."""

    first: NormSet
    second: NormSet
    norms: tuple[NormRow, ...]
    categories_added: tuple[str, ...]  # in the second set, not in the first
    categories_dropped: tuple[str, ...]  # in the first set, not in the second
    effects: tuple[Effect, ...]
    kept_overrides: tuple[str, ...]  # the user's own values, the same under both


def compare_norm_sets(
    analysis: Analysis, norms: Sequence[NormInfo], first: NormSet, second: NormSet
) -> NormComparison:
    """`first` against `second` for the vision of `analysis` (whose stored `norms` say
    which values the user overrode)."""
    under = [Analysis(figures_under(analysis.figures, norms, s)) for s in (first, second)]
    first_labels = [c.label for c in first.categories]
    second_labels = [c.label for c in second.categories]
    return NormComparison(
        first,
        second,
        tuple(_norm_rows(first, second)),
        tuple(label for label in second_labels if label not in first_labels),
        tuple(label for label in first_labels if label not in second_labels),
        tuple(_effects(under[0], under[1], first, second)),
        tuple(
            f"{n.label}: {share_text(n.value)} (eigen waarde sinds {long_date(n.overridden)})"
            for n in norms
            if n.overridden
        ),
    )


def figures_under(
    figures: VisionFigures, norms: Sequence[NormInfo], chosen: NormSet
) -> VisionFigures:
    """The vision's figures as they would be after choosing `chosen` (overrides stay)."""
    own = {n.code for n in norms if n.overridden}
    values = dict(figures.norms)
    for norm in chosen.norms:
        if norm.code not in own:
            values[norm.code] = norm.value
    minimum = chosen.norm(catalogue.MIN_SOCIAL_NEW_BUILD)
    rule = MustBuildRule.BELOW_NATIONAL_AVERAGE
    if minimum is not None and minimum.applies_to is not None:
        rule = minimum.applies_to
    return replace(figures, norms=values, must_build_rule=rule, norm_set=chosen.code)


def norm_text(norm: SetNorm | None) -> str:
    """'30 % · per gemeente · gemeenten onder het landelijk gemiddelde'."""
    if norm is None:
        return "niet in deze normenset"
    parts = ["geen" if norm.value is None else share_text(norm.value)]
    if norm.scope is not None:
        parts.append(norm.scope.label.lower())
    if norm.applies_to is not None:
        parts.append(norm.applies_to.label.lower())
    return " · ".join(parts)


def _norm_rows(first: NormSet, second: NormSet) -> list[NormRow]:
    codes = list(dict.fromkeys([n.code for n in first.norms] + [n.code for n in second.norms]))
    rows = []
    for code in codes:
        a, b = norm_text(first.norm(code)), norm_text(second.norm(code))
        label = catalogue.NORM_LABELS.get(code, code)
        rows.append(NormRow(code, label, a, b, a != b))
    return rows


# What the social-rent test concludes, in words: (what, the norm it needs, how to read it).
_TEST: tuple[tuple[str, str, Callable[[SocialRentResult], str]], ...] = (
    ("Onder het streven", catalogue.SOCIAL_RENT_GOAL, lambda t: yes_no(t.below_goal)),
    (
        "Nodig in nieuwbouw voor het streven",
        catalogue.SOCIAL_RENT_GOAL,
        lambda t: required_share_text(
            t.required_social_new_build_share,
            t.goal_reachable,
            t.needed_social_new_build_share,
        ),
    ),
    (
        "Voldoet aan het betaalbare aandeel",
        catalogue.AFFORDABLE_NEW_BUILD,
        lambda t: yes_no(t.meets_affordable_norm),
    ),
)


def _effects(a: Analysis, b: Analysis, first: NormSet, second: NormSet) -> list[Effect]:
    effects = []
    for m in a.figures.municipalities:
        pairs = [("Moet sociaal bouwen", _must_build(a, m.id), _must_build(b, m.id))]
        pairs += [
            (what, _read(a, m.id, code, read), _read(b, m.id, code, read))
            for what, code, read in _TEST
        ]
        effects += [Effect(m.name, what, x, y) for what, x, y in pairs if x != y]
    for what, x, y in _region_pairs(a.region_social_rent, a.figures, b.figures, first, second):
        if x != y:
            effects.append(Effect("Regio", what, x, y))
    return effects + _fair_share_effects(a, b)


def _read(
    analysis: Analysis, municipality_id: int, code: str, read: Callable[[SocialRentResult], str]
) -> str:
    if analysis.figures.norm(code) is None:
        return f"{NOT_APPLICABLE} (niet in de normenset)"
    return read(analysis.social_rent[municipality_id])


def _must_build(analysis: Analysis, municipality_id: int) -> str:
    if analysis.figures.must_build_rule is MustBuildRule.REGION:
        return f"{NOT_APPLICABLE} (norm voor de regio)"
    return yes_no(analysis.social_rent[municipality_id].must_build_30_percent)


def _region_pairs(
    region: RegionalSocialRent,
    a: VisionFigures,
    b: VisionFigures,
    first: NormSet,
    second: NormSet,
) -> list[tuple[str, str, str]]:
    """The region's shares (the regional test's, the same under either set) against each
    set's norms that are tested per region."""
    goal, minimum = catalogue.SOCIAL_RENT_GOAL, catalogue.MIN_SOCIAL_NEW_BUILD
    tests = (
        ("Sociale huur in de woningvoorraad", region.current.share, goal),
        ("Sociale huur in de geplande nieuwbouw", region.social_new_build.share, minimum),
        (
            "Betaalbaar in de geplande nieuwbouw",
            region.affordable.share,
            catalogue.AFFORDABLE_NEW_BUILD,
        ),
    )
    return [
        (what, _region_text(share, a, first, code), _region_text(share, b, second, code))
        for what, share, code in tests
    ]


def _region_text(share: float | None, figures: VisionFigures, chosen: NormSet, code: str) -> str:
    """'27,5 % tegen 30 % per regio: voldoet niet', or the share without a regional norm."""
    norm = chosen.norm(code)
    value = figures.norm(code)
    if norm is None or norm.scope is not NormScope.REGION or value is None:
        return f"{percent(share)} (geen norm per regio)"
    if share is None:
        return f"onbekend, tegen {share_text(value)} per regio"
    verdict = "voldoet" if share + EPSILON >= value else "voldoet niet"
    return f"{percent(share)} tegen {share_text(value)} per regio: {verdict}"


def _fair_share_effects(a: Analysis, b: Analysis) -> list[Effect]:
    """Fair shares that differ between the sets (per group and municipality)."""
    groups = {g.id: g.label for g in a.figures.groups}
    before = {(f.group_id, f.municipality_id): f for f in a.fair_shares}
    effects = []
    for after in b.fair_shares:
        old = before.get((after.group_id, after.municipality_id))
        x = "onbekend" if old is None else number(old.fair_share)
        y = number(after.fair_share)
        if x != y:
            subject = f"{a.names[after.municipality_id]}, {groups.get(after.group_id, '?')}"
            effects.append(Effect(subject, "Evenredig aandeel", x, y))
    return effects
