"""The vision's norms in words, the same in every document and chart: what the goal is,
who must build social rent, and what a norm set leaves out.

Reports and chart data take their sentences and headers from here, so that a vision that
follows another norm set (another rule, or no figure for a norm) reads right everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.models import MustBuildRule
from app.services import catalogue
from app.services.dto import NormInfo
from app.services.dutch_dates import long_date
from app.services.formatting import norm_text, yes_no
from app.services.norm_sets import find_set

if TYPE_CHECKING:
    from app.services.analysis import VisionFigures


def share_text(share: float | None) -> str:
    """'30 %', '2/3', or 'geen' where the norm set names no figure."""
    return "geen" if share is None else norm_text(share)


def goal_heading(figures: VisionFigures) -> str:
    """'de toets aan 30 %', or 'de toets' without a goal."""
    goal = figures.norm(catalogue.SOCIAL_RENT_GOAL)
    return "de toets" if goal is None else f"de toets aan {norm_text(goal)}"


def goal_phrase(figures: VisionFigures) -> str:
    """'30 %' or 'het streven' (for 'nodig in nieuwbouw voor …')."""
    goal = figures.norm(catalogue.SOCIAL_RENT_GOAL)
    return "het streven" if goal is None else norm_text(goal)


def rules_paragraph(figures: VisionFigures) -> str:
    """The social-rent norms of the vision in a few sentences."""
    norm = figures.norm
    goal = norm(catalogue.SOCIAL_RENT_GOAL)
    affordable = norm(catalogue.AFFORDABLE_NEW_BUILD)
    parts = [
        "De normenset noemt geen streefaandeel sociale huur in de woningvoorraad."
        if goal is None
        else f"Het programma streeft naar {norm_text(goal)} sociale huur in de woningvoorraad.",
        must_build_sentence(figures),
    ]
    if affordable is not None:
        parts.append(f"{norm_text(affordable)} van de nieuwbouw is betaalbaar.")
    return " ".join(parts)


def must_build_sentence(figures: VisionFigures) -> str:
    """Who must build social rent under the vision's rule."""
    minimum = figures.norm(catalogue.MIN_SOCIAL_NEW_BUILD)
    at_least = "" if minimum is None else f" ten minste {norm_text(minimum)}"
    rule = figures.must_build_rule
    if rule is MustBuildRule.REGION:
        return f"De regio als geheel bouwt{at_least} sociale huur in de nieuwbouw."
    if rule is MustBuildRule.BELOW_GOAL:
        share = f" ({norm_text(minimum)} of meer)" if minimum is not None else ""
        return f"Gemeenten onder het streven dragen met sociale huur in de nieuwbouw{share} bij."
    average = share_text(figures.norm(catalogue.NATIONAL_SOCIAL_SHARE))
    return (
        f"Gemeenten onder het landelijk gemiddelde ({average}) bouwen{at_least} sociale huur "
        "in de nieuwbouw."
    )


def must_build_header(figures: VisionFigures) -> str:
    """The short header of the column that says who must build social rent."""
    return {
        MustBuildRule.BELOW_NATIONAL_AVERAGE: "Onder landelijk gemiddelde",
        MustBuildRule.BELOW_GOAL: "Onder het streven",
        MustBuildRule.REGION: "Moet sociaal bouwen (norm per regio)",
    }[figures.must_build_rule]


def must_build_long_header(figures: VisionFigures) -> str:
    """The same header with the figures: 'Onder landelijk gemiddelde 28,3 % (moet 30 %
    sociaal bouwen)'."""
    norm = figures.norm
    minimum = share_text(norm(catalogue.MIN_SOCIAL_NEW_BUILD))
    rule = figures.must_build_rule
    if rule is MustBuildRule.REGION:
        return f"Moet sociaal bouwen (de norm van {minimum} geldt voor de regio)"
    if rule is MustBuildRule.BELOW_GOAL:
        return f"Onder streven {share_text(norm(catalogue.SOCIAL_RENT_GOAL))} (moet bijdragen)"
    average = share_text(norm(catalogue.NATIONAL_SOCIAL_SHARE))
    return f"Onder landelijk gemiddelde {average} (moet {minimum} sociaal bouwen)"


def must_build_note(figures: VisionFigures) -> str:
    """What the '*' of the social-rent chart means ('' when nobody is marked: the rule is
    about the region as a whole)."""
    minimum = figures.norm(catalogue.MIN_SOCIAL_NEW_BUILD)
    at_least = "" if minimum is None else f" ten minste {norm_text(minimum)}"
    rule = figures.must_build_rule
    if rule is MustBuildRule.REGION:
        return ""
    if rule is MustBuildRule.BELOW_GOAL:
        return f"Aandeel onder het streven: de gemeente moet{at_least} sociale huur bouwen."
    return (
        f"Aandeel onder het landelijk gemiddelde: de gemeente moet{at_least} sociale huur bouwen."
    )


def value_text(norm: NormInfo) -> str:
    """A norm's value as a table shows it: '30 %', '2/3', or 'geen' (not in the set)."""
    return share_text(norm.value)


def norm_sources(norms: Sequence[NormInfo]) -> str:
    """The documents the vision's norms come from, each once."""
    sources = dict.fromkeys(n.source for n in norms if n.source)
    return "; ".join(sources) or "–"


def norm_set_sentence(figures: VisionFigures, norms: Sequence[NormInfo]) -> str:
    """Which norm set the vision follows (name and date) and which norms it overrides."""
    chosen = find_set(figures.norm_set)
    if chosen is not None:
        text = (
            f"Normen en aandachtsgroepen volgen de normenset '{chosen.name}' "
            f"(bronnen tot en met {long_date(chosen.date)})."
        )
    elif figures.norm_set:
        text = f"Normen en aandachtsgroepen volgen de normenset '{figures.norm_set}'."
    else:
        text = "De visie volgt geen normenset; de normen staan hieronder met hun bron."
    own = [
        f"{n.label} (eigen waarde sinds {long_date(n.overridden)})" for n in norms if n.overridden
    ]
    if own:
        text += " Afwijkend van de normenset: " + "; ".join(own) + "."
    return text


def must_build_text(figures: VisionFigures, must_build: bool | None) -> str:
    """'ja', 'nee', 'onbekend', or 'n.v.t.' where the rule is about the region as a whole."""
    if figures.must_build_rule is MustBuildRule.REGION:
        return "n.v.t."
    return yes_no(must_build)


def goal_title(figures: VisionFigures) -> str:
    """'streven 30 %', or 'geen streven in de normenset'."""
    goal = figures.norm(catalogue.SOCIAL_RENT_GOAL)
    return "geen streven in de normenset" if goal is None else f"streven {norm_text(goal)}"
