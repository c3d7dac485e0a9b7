"""The norm sets Thuisplan ships: dated lists of norms, each with its source and date.

A vision follows one set (`vision.norm_set`) and keeps the set's norms in its own file, so
a file opens with the norms it was made with even when a later version ships other sets.
Thuisplan does not decide which set is in force: the user chooses.

Python data rather than a JSON resource: the national average is computed from the shipped
corporation shares at run time, and the type checker and the tests read the same values.

The 2022 and 2023 sets quote the two letters in `seeds/` word for word. The sources of the
2025/2026 set are public summaries of the law, paraphrased (`quote`) with their address;
where no source gives a figure, the norm is in the set without a value and `quote` says
why. Every set computes the national average from the shipped corporation shares; the
dashboard's 26 % (2021) is offered as a dated override (`catalogue.DASHBOARD_AVERAGE`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from app.models import MustBuildRule, NormScope
from app.services import catalogue, reference_data
from app.services.catalogue import (
    AFFORDABLE_NEW_BUILD,
    MIDDLE_INCOME_SHARE,
    MIN_SOCIAL_NEW_BUILD,
    NATIONAL_SOCIAL_SHARE,
    SOCIAL_RENT_GOAL,
)

PROGRAMME_2022 = "programma_2022"
PROGRESS_2023 = "voortgang_2023"
HOUSING_ACT_2026 = "wet_regie_2026"
DEFAULT_SET = PROGRESS_2023  # what a new vision follows until the user chooses another

_LETTER_2022 = (
    "Kamerbrief programma 'Een thuis voor iedereen', 11 mei 2022 (Kamerstuk 32 847, nr. 883)"
)
_ANNEX_2023 = "Voortgangsbrief 'Een thuis voor iedereen', bijlage (juni 2023)"
_STIBBE = (
    "Stibbe, 'Wet versterking regie volkshuisvesting: wat is het resultaat?' (2025), "
    "stibbe.com/nl/publications-and-insights/"
    "wet-versterking-regie-volkshuisvesting-wat-is-het-resultaat"
)
_DIRKZWAGER = (
    "Dirkzwager, 'Wet versterking regie volkshuisvesting: derde nota toegelicht' (2025), "
    "dirkzwager.nl/kennis/artikelen/wet-versterking-regie-volkshuisvesting-derde-nota-toegelicht"
)
_RIJKSOVERHEID = (
    "Rijksoverheid, 'Novelle en besluit Wet regie volkshuisvesting naar Kamer', "
    "19 december 2025 (Kamerstukken 36 512 en 36 881)"
)
_NUL20 = (
    "Nul20, 'Aanscherping urgentie: zorgafhankelijke ouderen kunnen makkelijker verhuizen' "
    "(ongedateerd; over de toelichting bij het wetsvoorstel), nul20.nl"
)


@dataclass(frozen=True)
class SetNorm:
    """One norm of a set. `value` None: the set names no figure (`quote` says why)."""

    code: str
    value: float | None
    scope: NormScope | None
    reference_date: str  # ISO: '2022-05-11', '2023-06'
    source: str  # the document (as the file stores it)
    quote: str  # the source's sentence (seeds) or a faithful paraphrase (summaries)
    applies_to: MustBuildRule | None = None  # for the minimum social share only

    @property
    def label(self) -> str:
        return catalogue.NORM_LABELS[self.code]


@dataclass(frozen=True)
class SetCategory:
    """A category of verplicht urgenten as a set names it."""

    label: str
    reference_date: str
    source: str
    quote: str


@dataclass(frozen=True)
class NormSet:
    """A dated set of norms and urgency categories."""

    code: str
    name: str
    short_name: str  # for a column header
    date: str  # ISO: the date of its newest source; orders the sets
    status: str  # where the rules stand (Dutch)
    norms: tuple[SetNorm, ...]
    categories: tuple[SetCategory, ...]

    def norm(self, code: str) -> SetNorm | None:
        """The set's norm `code` (None when the set does not list it at all)."""
        return next((n for n in self.norms if n.code == code), None)


def national_average() -> SetNorm:
    """The national average share of social rent, computed from the shipped corporation
    shares: the same in every set, and the same source as each municipality's own share."""
    return SetNorm(
        NATIONAL_SOCIAL_SHARE,
        reference_data.national_corporation_share(),
        NormScope.NATIONAL,
        reference_data.CORPORATION_REFERENCE_DATE,
        f"Berekend uit {reference_data.CORPORATION_SOURCE}: het aandeel van elke gemeente "
        "gewogen met haar woningvoorraad (CBS, 1-1-2024), alle 342 gemeenten",
        "Het gewogen gemiddelde van het aandeel corporatiewoningen van alle gemeenten.",
    )


_DATE_2022 = "2022-05-11"
_NORMS_2022 = (
    SetNorm(
        SOCIAL_RENT_GOAL,
        0.30,
        NormScope.MUNICIPALITY,
        _DATE_2022,
        _LETTER_2022,
        "We werken daarom toe naar een meer evenwichtige verdeling met het streven naar "
        "30 procent sociale huurwoningen in de woningvoorraad.",
    ),
    SetNorm(
        MIN_SOCIAL_NEW_BUILD,
        None,
        NormScope.MUNICIPALITY,
        _DATE_2022,
        _LETTER_2022,
        "Dit betekent dat gemeenten met minder dan 30 procent sociale huur in de bestaande "
        "woningvoorraad moeten bijdragen aan dit streven. (Het programma noemt geen "
        "minimumaandeel sociale huur in de nieuwbouw.)",
        MustBuildRule.BELOW_GOAL,
    ),
    SetNorm(
        AFFORDABLE_NEW_BUILD,
        2 / 3,
        NormScope.NATIONAL,
        _DATE_2022,
        _LETTER_2022,
        "Om de ambitie van voldoende huisvesting te verwezenlijken, is het streven om "
        "900.000 woningen realiseren tot en met 2030 waarvan twee derde betaalbaar.",
    ),
    SetNorm(
        MIDDLE_INCOME_SHARE,
        None,
        None,
        _DATE_2022,
        _LETTER_2022,
        "Niet in deze normenset: het programma noemt 350.000 huur- en koopwoningen voor "
        "middeninkomens tot en met 2030, geen aandeel van de bouwopgave.",
    ),
)
_URGENT_2022 = (
    "Het opstellen door alle gemeenten van een verordening waarmee zij met voorrang "
    "woningen toewijzen aan dak- en thuisloze mensen, uitstromers uit intramurale "
    "(zorg)instellingen of detentie en sociaal en medisch urgenten."
)
_CATEGORIES_2022 = tuple(
    SetCategory(label, _DATE_2022, _LETTER_2022, _URGENT_2022)
    for label in (
        "Dak- en thuisloze mensen",
        "Uitstromers uit intramurale (zorg)instellingen",
        "Uitstromers uit detentie",
        "Sociaal en medisch urgenten",
    )
)

_DATE_2023 = "2023-06"
_DEALS_2023 = (
    "In de recent gesloten woondeals zijn, naast afspraken over tweederde betaalbaar "
    "bouwen, ook afspraken gemaakt over het toewerken naar 30 procent sociale huur in de "
    "woningvoorraad."
)
_NORMS_2023 = (
    SetNorm(SOCIAL_RENT_GOAL, 0.30, NormScope.MUNICIPALITY, _DATE_2023, _ANNEX_2023, _DEALS_2023),
    SetNorm(
        MIN_SOCIAL_NEW_BUILD,
        0.30,
        NormScope.MUNICIPALITY,
        _DATE_2023,
        _ANNEX_2023,
        "Om te zorgen voor een meer evenwichtige verdeling van de sociale huurvoorraad wordt "
        "in de lagere regelgeving opgenomen dat gemeenten in het volkshuisvestingsprogramma "
        "maatregelen moeten treffen gericht op nieuwbouw van ten minste 30 procent sociale "
        "huurwoningen. Dit geldt voor gemeenten waar het aandeel sociale huurwoningen "
        "(conform de nieuwe definitie sociale huur) in de woningvoorraad lager is dan het "
        "landelijke gemiddelde sociale huurwoningen.",
        MustBuildRule.BELOW_NATIONAL_AVERAGE,
    ),
    SetNorm(AFFORDABLE_NEW_BUILD, 2 / 3, NormScope.REGION, _DATE_2023, _ANNEX_2023, _DEALS_2023),
    SetNorm(
        MIDDLE_INCOME_SHARE,
        0.40,
        NormScope.NATIONAL,
        _DATE_2023,
        _ANNEX_2023,
        "In de totale woningbouwopgave wordt erop ingezet dat 40 procent bestaat uit "
        "betaalbare woningen voor middeninkomens.",
    ),
)
_URGENT_2023 = (
    "Voorzien wordt dat het gaat om mantelzorgverleners en -ontvangers, ernstig chronisch "
    "zieke mensen, dakloze mensen met een beschikking voor een opvangvoorziening, uitstromers "
    "uit diverse instellingen, uitstromers uit detentie langer dan drie maanden en "
    "uitstappende sekswerkers die niet zelfredzaam zijn (op de woningmarkt) en zich zonder "
    "huisvesting in een maatschappelijk onhoudbare of onwenselijke situatie bevinden."
)
_CATEGORIES_2023 = tuple(
    SetCategory(label, _DATE_2023, _ANNEX_2023, _URGENT_2023)
    for label in catalogue.MANDATORY_URGENCY_CATEGORIES
)

_ADOPTED = "2025-07-03"  # the version of the law the Tweede Kamer passed
_PER_REGION = (
    "Samenvatting: het gewijzigde wetsvoorstel, op 3 juli 2025 aangenomen door de Tweede "
    "Kamer, borgt het streven om per regio twee derde van de te bouwen woningen betaalbaar "
    "te maken, waarvan per regio ten minste 30 % sociale huur. Een amendement om de "
    "30 %-norm per gemeente af te dwingen kreeg geen meerderheid."
)
_NORMS_2026 = (
    SetNorm(
        SOCIAL_RENT_GOAL,
        None,
        None,
        _ADOPTED,
        _STIBBE,
        "Niet in deze normenset: de samenvattingen van de wet noemen geen streefaandeel "
        "sociale huur in de woningvoorraad; de 30 % geldt hier voor de nieuwbouw, per regio.",
    ),
    SetNorm(
        MIN_SOCIAL_NEW_BUILD,
        0.30,
        NormScope.REGION,
        _ADOPTED,
        _STIBBE,
        _PER_REGION,
        MustBuildRule.REGION,
    ),
    SetNorm(AFFORDABLE_NEW_BUILD, 2 / 3, NormScope.REGION, _ADOPTED, _STIBBE, _PER_REGION),
    SetNorm(
        MIDDLE_INCOME_SHARE,
        0.40,
        NormScope.MUNICIPALITY,
        "2025-03-11",
        _DIRKZWAGER,
        "Samenvatting van de tweede nota van wijziging (11 maart 2025): twee derde van de "
        "nieuwbouw is betaalbaar; gemeenten programmeren óf 30 % sociale huur óf 40 % "
        "middensegment (betaalbare koop en middenhuur), afgestemd op de lokale behoefte.",
    ),
)
_BILL = (
    "Samenvatting: volgens de toelichting bij het wetsvoorstel geldt in elke gemeente "
    "dezelfde urgentieregeling voor dezelfde categorieën, onder meer slachtoffers van "
    "huiselijk geweld en van mensenhandel."
)
# The categories every municipality names under the law: the 2023 annex's (the bill's),
# two more from the bill's explanatory memorandum, and one an amendment added.
_CATEGORIES_2026 = (
    *_CATEGORIES_2023,
    SetCategory("Slachtoffers van huiselijk geweld", "", _NUL20, _BILL),
    SetCategory("Slachtoffers van mensenhandel", "", _NUL20, _BILL),
    SetCategory(
        "Dakloze gezinnen met kinderen",
        "2025-12-19",
        _RIJKSOVERHEID,
        "Samenvatting: een aangenomen amendement geeft dakloze gezinnen met kinderen "
        "voorrang; de minister bakent in een ministeriële regeling af voor wie die "
        "voorrang precies gaat gelden.",
    ),
)


def _shipped() -> tuple[NormSet, ...]:
    """The three sets, each completed with the computed national average."""
    average = national_average()
    return (
        NormSet(
            PROGRAMME_2022,
            "Programma Een thuis voor iedereen (2022)",
            "Programma 2022",
            _DATE_2022,
            "Programma van het kabinet, aangeboden aan de Tweede Kamer op 11 mei 2022.",
            (*_NORMS_2022, average),
            _CATEGORIES_2022,
        ),
        NormSet(
            PROGRESS_2023,
            "Voortgangsbrief (2023)",
            "Voortgangsbrief 2023",
            _DATE_2023,
            "Voortgang van het programma, juni 2023; beschrijft het toen voorziene wetsvoorstel.",
            (*_NORMS_2023, average),
            _CATEGORIES_2023,
        ),
        NormSet(
            HOUSING_ACT_2026,
            "Wet versterking regie volkshuisvesting (2025/2026)",
            "Wet regie 2025/2026",
            "2025-12-19",
            "Aangenomen door de Tweede Kamer op 3 juli 2025 (Kamerstuk 36 512); de novelle "
            "(36 881) en het ontwerpbesluit gingen op 19 december 2025 naar de Kamer; het "
            "kabinet streeft naar inwerkingtreding op 1 juli 2026. Of de wet voor deze visie "
            "geldt, kiest u zelf.",
            (*_NORMS_2026, average),
            _CATEGORIES_2026,
        ),
    )


@cache
def norm_sets() -> tuple[NormSet, ...]:
    """Every shipped set, oldest first."""
    return _shipped()


def find_set(code: str) -> NormSet | None:
    """The shipped set `code`, or None (a file from elsewhere may name one we lack)."""
    return next((s for s in norm_sets() if s.code == code), None)


def newer_sets(code: str) -> tuple[NormSet, ...]:
    """The shipped sets dated after set `code` (every set when `code` is unknown)."""
    current = find_set(code)
    return tuple(s for s in norm_sets() if current is None or s.date > current.date)
