"""The shipped norm sets hold exactly the figures of their cited sources.

The 2022 and 2023 sources are the two letters in seeds/ (quoted word for word in the
docstrings); the 2025/2026 set follows public summaries of the law, paraphrased with their
addresses. A figure no source gives is in the set without a value, and says why.
"""

from __future__ import annotations

import pytest

from app.models import MustBuildRule, NormScope
from app.services import catalogue
from app.services.norm_sets import (
    DEFAULT_SET,
    HOUSING_ACT_2026,
    PROGRAMME_2022,
    PROGRESS_2023,
    find_set,
    newer_sets,
    norm_sets,
)
from app.services.reference_data import national_corporation_share
from app.storage.migrations import OLDER_FILES_CATEGORIES, OLDER_FILES_NORMS, OLDER_FILES_SET

GOAL = catalogue.SOCIAL_RENT_GOAL
MINIMUM = catalogue.MIN_SOCIAL_NEW_BUILD
AFFORDABLE = catalogue.AFFORDABLE_NEW_BUILD
MIDDLE = catalogue.MIDDLE_INCOME_SHARE
AVERAGE = catalogue.NATIONAL_SOCIAL_SHARE


def _set(code: str):
    found = find_set(code)
    assert found is not None
    return found


def _figures(code: str) -> dict[str, tuple[float | None, NormScope | None, object]]:
    return {n.code: (n.value, n.scope, n.applies_to) for n in _set(code).norms}


def test_programme_2022_against_the_letter():
    """Kamerbrief 11 mei 2022 (32 847, nr. 883), seed 000:
    "We werken daarom toe naar een meer evenwichtige verdeling met het streven naar 30 procent
    sociale huurwoningen in de woningvoorraad." -> goal 30 %, per municipality:
    "Dit betekent dat gemeenten met minder dan 30 procent sociale huur in de bestaande
    woningvoorraad moeten bijdragen aan dit streven." -> who must: below the goal; no minimum
    share of new construction is named.
    "... is het streven om 900.000 woningen realiseren tot en met 2030 waarvan twee derde
    betaalbaar." -> 2/3 affordable, national.
    "... 350.000 woningen voor mensen met een middeninkomen ..." is a number, no share: none.
    "... met voorrang woningen toewijzen aan dak- en thuisloze mensen, uitstromers uit
    intramurale (zorg)instellingen of detentie en sociaal en medisch urgenten." -> four
    categories."""
    figures = _figures(PROGRAMME_2022)
    assert figures[GOAL] == (0.30, NormScope.MUNICIPALITY, None)
    assert figures[MINIMUM] == (None, NormScope.MUNICIPALITY, MustBuildRule.BELOW_GOAL)
    assert figures[AFFORDABLE] == (pytest.approx(2 / 3), NormScope.NATIONAL, None)
    assert figures[MIDDLE] == (None, None, None)
    quotes = {n.code: n.quote for n in _set(PROGRAMME_2022).norms}
    assert "streven naar 30 procent sociale huurwoningen in de woningvoorraad" in quotes[GOAL]
    assert "minder dan 30 procent sociale huur" in quotes[MINIMUM]
    assert "twee derde betaalbaar" in quotes[AFFORDABLE]
    assert "Niet in deze normenset" in quotes[MIDDLE]
    assert [c.label for c in _set(PROGRAMME_2022).categories] == [
        "Dak- en thuisloze mensen",
        "Uitstromers uit intramurale (zorg)instellingen",
        "Uitstromers uit detentie",
        "Sociaal en medisch urgenten",
    ]
    assert all(n.reference_date == "2022-05-11" for n in _set(PROGRAMME_2022).norms[:4])


def test_progress_2023_against_the_annex():
    """Voortgangsbrief, bijlage (juni 2023), seed 003:
    "In de recent gesloten woondeals zijn, naast afspraken over tweederde betaalbaar bouwen,
    ook afspraken gemaakt over het toewerken naar 30 procent sociale huur in de
    woningvoorraad." -> goal 30 %; 2/3 affordable, in the (regional) woondeals.
    "... gemeenten in het volkshuisvestingsprogramma maatregelen moeten treffen gericht op
    nieuwbouw van ten minste 30 procent sociale huurwoningen. Dit geldt voor gemeenten waar
    het aandeel sociale huurwoningen ... lager is dan het landelijke gemiddelde sociale
    huurwoningen." -> at least 30 %, who must: below the national average.
    "In de totale woningbouwopgave wordt erop ingezet dat 40 procent bestaat uit betaalbare
    woningen voor middeninkomens." -> 40 %, national.
    "Voorzien wordt dat het gaat om mantelzorgverleners en -ontvangers, ernstig chronisch
    zieke mensen, dakloze mensen met een beschikking voor een opvangvoorziening, uitstromers
    uit diverse instellingen, uitstromers uit detentie langer dan drie maanden en
    uitstappende sekswerkers ..." -> six categories."""
    figures = _figures(PROGRESS_2023)
    assert figures[GOAL] == (0.30, NormScope.MUNICIPALITY, None)
    assert figures[MINIMUM] == (
        0.30,
        NormScope.MUNICIPALITY,
        MustBuildRule.BELOW_NATIONAL_AVERAGE,
    )
    assert figures[AFFORDABLE] == (pytest.approx(2 / 3), NormScope.REGION, None)
    assert figures[MIDDLE] == (0.40, NormScope.NATIONAL, None)
    quotes = {n.code: n.quote for n in _set(PROGRESS_2023).norms}
    assert "toewerken naar 30 procent sociale huur in de woningvoorraad" in quotes[GOAL]
    assert "ten minste 30 procent sociale huurwoningen" in quotes[MINIMUM]
    assert "lager is dan het landelijke gemiddelde" in quotes[MINIMUM]
    assert "tweederde betaalbaar" in quotes[AFFORDABLE]
    assert "40 procent bestaat uit betaalbare woningen voor middeninkomens" in quotes[MIDDLE]
    labels = [c.label for c in _set(PROGRESS_2023).categories]
    assert labels == list(catalogue.MANDATORY_URGENCY_CATEGORIES) and len(labels) == 6


def test_housing_act_2026_against_its_summaries():
    """Stibbe on the bill as the Tweede Kamer passed it (3 juli 2025): two thirds of the
    homes to be built affordable per region, of which at least 30 % social rent per region;
    an amendment to enforce the 30 % per municipality found no majority -> 2/3 and 30 %
    (new construction), both per region; who must: the region as a whole. No source names a
    share of social rent in the stock: no goal. Dirkzwager on the tweede nota van wijziging
    (11 maart 2025): municipalities programme either 30 % social rent or 40 % middle segment
    -> 40 %, per municipality. Urgency: the six of the 2023 annex (the bill's categories),
    victims of domestic violence and of human trafficking (Nul20 on the bill's explanatory
    memorandum), and homeless families with children (Rijksoverheid, 19 december 2025)."""
    act = _set(HOUSING_ACT_2026)
    figures = _figures(HOUSING_ACT_2026)
    assert figures[GOAL] == (None, None, None)
    assert figures[MINIMUM] == (0.30, NormScope.REGION, MustBuildRule.REGION)
    assert figures[AFFORDABLE] == (pytest.approx(2 / 3), NormScope.REGION, None)
    assert figures[MIDDLE] == (0.40, NormScope.MUNICIPALITY, None)
    quotes = {n.code: n.quote for n in act.norms}
    assert "per regio twee derde" in quotes[AFFORDABLE]
    assert "per regio ten minste 30 % sociale huur" in quotes[MINIMUM]
    assert "Niet in deze normenset" in quotes[GOAL]
    assert "40 % middensegment" in quotes[MIDDLE]
    labels = [c.label for c in act.categories]
    assert labels[:6] == list(catalogue.MANDATORY_URGENCY_CATEGORIES)
    assert labels[6:] == [
        "Slachtoffers van huiselijk geweld",
        "Slachtoffers van mensenhandel",
        "Dakloze gezinnen met kinderen",
    ]
    assert "1 juli 2026" in act.status and act.date == "2025-12-19"


def test_every_set_computes_the_national_average_from_the_shipped_shares():
    """Not the dashboard's 26 %: the average of the shipped corporation shares (28,3 %)."""
    for norm_set in norm_sets():
        average = norm_set.norm(AVERAGE)
        assert average is not None
        assert average.value == pytest.approx(national_corporation_share())
    assert catalogue.NATIONAL_SOCIAL_SHARE_DASHBOARD.value == 0.26


def test_every_norm_has_a_source_a_date_or_says_it_has_none():
    """Each norm names its document, and a value-less norm says why; every label known."""
    for norm_set in norm_sets():
        assert len(norm_set.norms) == len(catalogue.NORM_LABELS)
        for norm in norm_set.norms:
            assert norm.source and norm.quote and norm.label
            assert norm.reference_date
        for category in norm_set.categories:
            assert category.source and category.quote


def test_sets_are_ordered_and_the_newer_ones_are_known():
    """Oldest first; an unknown set code has every shipped set as newer."""
    dates = [s.date for s in norm_sets()]
    assert dates == sorted(dates)
    assert [s.code for s in newer_sets(PROGRESS_2023)] == [HOUSING_ACT_2026]
    assert newer_sets(HOUSING_ACT_2026) == ()
    assert len(newer_sets("onbekend_2099")) == 3
    assert find_set("onbekend_2099") is None


def test_the_upgrade_s_frozen_norms_are_the_2023_set():
    """The migration keeps its own copy of the 2023 set (a step never changes); it must be
    the set it names."""
    assert OLDER_FILES_SET == PROGRESS_2023 == DEFAULT_SET
    progress = _set(PROGRESS_2023)
    for code, (value, scope, applies_to) in OLDER_FILES_NORMS.items():
        norm = progress.norm(code)
        assert norm is not None and norm.scope is not None
        assert (scope, applies_to) == (norm.scope.value, norm.applies_to and norm.applies_to.value)
        if code != AVERAGE:
            assert value == pytest.approx(norm.value)
    assert list(OLDER_FILES_CATEGORIES) == [c.label for c in progress.categories]


def test_standard_norms_are_the_default_set():
    """A new vision's norms are the default set's (all with a value)."""
    standard = {n.code: n.value for n in catalogue.standard_norms()}
    default = {n.code: n.value for n in _set(DEFAULT_SET).norms}
    assert standard == default
