"""The standard content every new vision starts with: target groups, norms, urgency categories.

Texts follow the programme 'Een thuis voor iedereen' (letter to parliament, 2022)
and its progress annex (2023).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import HousingType as H
from app.models import SupportLevel as S

PROGRAMME_2022 = "Programma 'Een thuis voor iedereen' (Kamerbrief, 2022)"
PROGRESS_2023 = "Voortgangsbrief 'Een thuis voor iedereen', bijlage (2023)"
# The source of the demo's figures, and the mark on every chart and table of an example vision.
EXAMPLE_NOTE = "Voorbeeldcijfers, fictief"


@dataclass(frozen=True)
class StandardGroup:
    """A target group of the standard catalogue."""

    code: str
    label: str
    definition: str
    mandatory_urgency: bool
    housing_types: tuple[H, ...]
    support_levels: tuple[S, ...]


STANDARD_GROUPS: tuple[StandardGroup, ...] = (
    StandardGroup(
        "homeless",
        "Dak- en thuisloze mensen",
        "Mensen zonder eigen woonruimte: wie op straat of in de nachtopvang slaapt, wie in de "
        "maatschappelijke opvang verblijft en wie tijdelijk bij anderen onderdak heeft "
        "(bankslapers). Dakloze mensen met een beschikking voor een opvangvoorziening horen "
        "bij de verplicht urgenten.",
        True,
        (H.INDEPENDENT_REGULAR, H.INDEPENDENT_CLUSTERED, H.ROOM, H.FLEX, H.SHELTERED_24H),
        (S.AMBULANT, S.INTENSIVE, S.ROUND_THE_CLOCK),
    ),
    StandardGroup(
        "institution_leavers",
        "Uitstromers uit intramurale (zorg)instellingen",
        "Mensen die uitstromen uit beschermd wonen, de maatschappelijke opvang, een klinische "
        "GGZ-instelling of de jeugdhulp met verblijf (jongeren die 18 worden) en een eigen "
        "woning nodig hebben, vaak met begeleiding.",
        True,
        (H.INDEPENDENT_REGULAR, H.INDEPENDENT_CLUSTERED, H.ROOM, H.SHELTERED_24H),
        (S.AMBULANT, S.INTENSIVE, S.ROUND_THE_CLOCK),
    ),
    StandardGroup(
        "detention_leavers",
        "Uitstromers uit detentie",
        "Mensen die na detentie terugkeren in de samenleving en woonruimte nodig hebben. Wie "
        "langer dan drie maanden gedetineerd was, hoort bij de verplicht urgenten.",
        True,
        (H.INDEPENDENT_REGULAR, H.ROOM, H.FLEX),
        (S.NONE, S.AMBULANT, S.INTENSIVE),
    ),
    StandardGroup(
        "status_holders",
        "Statushouders",
        "Vergunninghouders: mensen met een verblijfsvergunning die de gemeente volgens de "
        "halfjaarlijkse taakstelling huisvest, waaronder grote gezinnen.",
        False,
        (H.INDEPENDENT_REGULAR, H.ROOM, H.FLEX),
        (S.NONE, S.AMBULANT),
    ),
    StandardGroup(
        "urgent",
        "Mensen met sociale of medische urgentie",
        "Woningzoekenden met een urgentieverklaring op sociale of medische gronden, onder wie "
        "mantelzorgverleners en -ontvangers en ernstig chronisch zieke mensen.",
        True,
        (H.INDEPENDENT_REGULAR, H.INDEPENDENT_CLUSTERED),
        (S.NONE, S.AMBULANT),
    ),
    StandardGroup(
        "labour_migrants",
        "Arbeidsmigranten",
        "Werknemers uit het buitenland die hier tijdelijk of voor langere tijd werken en "
        "fatsoenlijke, betaalbare huisvesting nodig hebben.",
        False,
        (H.SHORT_STAY, H.FLEX, H.ROOM, H.INDEPENDENT_REGULAR),
        (S.NONE,),
    ),
    StandardGroup(
        "students",
        "(Uitwonende) studenten",
        "Studenten in het middelbaar beroeps- en hoger onderwijs die uit huis gaan en een "
        "betaalbare studentenwoning of kamer zoeken.",
        False,
        (H.STUDENT, H.ROOM),
        (S.NONE,),
    ),
    StandardGroup(
        "caravan_dwellers",
        "Woonwagenbewoners",
        "Huishoudens die in een woonwagen wonen of willen wonen en daarvoor een standplaats "
        "nodig hebben.",
        False,
        (H.PITCH,),
        (S.NONE,),
    ),
    StandardGroup(
        "older_people",
        "Ouderen",
        "Ouderen die (langer) zelfstandig willen wonen in een geschikte woning, met of zonder "
        "zorg, en ouderen die een geclusterde of beschermde woonvorm nodig hebben.",
        False,
        (H.ZERO_STEP, H.INDEPENDENT_CLUSTERED, H.CLUSTERED_NURSING),
        (S.NONE, S.AMBULANT, S.INTENSIVE, S.ROUND_THE_CLOCK),
    ),
    StandardGroup(
        "ukrainian_displaced",
        "Ontheemden uit Oekraïne",
        "Mensen die de oorlog in Oekraïne zijn ontvlucht en door de gemeente worden opgevangen "
        "en gehuisvest.",
        False,
        (H.INDEPENDENT_REGULAR, H.FLEX, H.ROOM),
        (S.NONE, S.AMBULANT),
    ),
)


@dataclass(frozen=True)
class StandardNorm:
    """A norm with its value (a fraction) and where it comes from."""

    code: str
    label: str
    value: float
    reference_date: str
    source: str


SOCIAL_RENT_GOAL = "social_rent_goal"
NATIONAL_SOCIAL_SHARE = "national_social_share"
AFFORDABLE_NEW_BUILD = "affordable_new_build_share"
MIDDLE_INCOME_SHARE = "middle_income_share"
MIN_SOCIAL_NEW_BUILD = "min_social_new_build_share"

# What each norm is called, the same in every norm set (see app.services.norm_sets).
NORM_LABELS: dict[str, str] = {
    SOCIAL_RENT_GOAL: "Streven aandeel sociale huurwoningen in de woningvoorraad",
    MIN_SOCIAL_NEW_BUILD: "Minimaal aandeel sociale huur in de nieuwbouw",
    AFFORDABLE_NEW_BUILD: "Aandeel betaalbare woningen in de nieuwbouw",
    MIDDLE_INCOME_SHARE: "Aandeel betaalbaar voor middeninkomens in de bouwopgave",
    NATIONAL_SOCIAL_SHARE: "Landelijk aandeel woningen in bezit van woningcorporaties",
}

# The dashboard's national figure, which files made before the shipped corporation shares
# use; a dated alternative to the computed average that a vision may choose (an override).
NATIONAL_SOCIAL_SHARE_DASHBOARD = StandardNorm(
    NATIONAL_SOCIAL_SHARE,
    "Landelijk aandeel corporatiewoningen tot de liberalisatiegrens",
    0.26,
    "2021",
    "Datawonen, dashboard 'Een thuis voor iedereen' (corporatiesector); " + PROGRESS_2023,
)


def standard_norms() -> tuple[StandardNorm, ...]:
    """The norms a new vision starts with: those of the default norm set (every one of
    them has a value). The national average share of social rent is computed from the
    shipped corporation shares, the same source as each municipality's own share."""
    from app.services.norm_sets import DEFAULT_SET, find_set

    default = find_set(DEFAULT_SET)
    assert default is not None  # a shipped set
    return tuple(
        StandardNorm(n.code, n.label, n.value, n.reference_date, n.source)
        for n in default.norms
        if n.value is not None
    )


def standard_norm_value(code: str) -> float | None:
    """What a vision uses while its file has no row for the norm `code`."""
    return next((norm.value for norm in standard_norms() if norm.code == code), None)


MANDATORY_URGENCY_CATEGORIES: tuple[str, ...] = (
    "Mantelzorgverleners en -ontvangers",
    "Ernstig chronisch zieke mensen",
    "Dakloze mensen met een beschikking voor een opvangvoorziening",
    "Uitstromers uit instellingen",
    "Uitstromers uit detentie (langer dan drie maanden)",
    "Uitstappende sekswerkers",
)


HOUSING_TYPE_DEFINITIONS: dict[H, str] = {
    H.INDEPENDENT_REGULAR: "Een gewone zelfstandige woning (eigen voordeur, keuken en sanitair) "
    "in een gewone wijk.",
    H.ZERO_STEP: "Een zelfstandige woning zonder trappen tussen de voordeur en de woonkamer, "
    "keuken, badkamer en een slaapkamer: geschikt om oud in te worden.",
    H.INDEPENDENT_CLUSTERED: "Zelfstandige woningen bij elkaar in één complex, vaak met een "
    "gemeenschappelijke ruimte of begeleiding dichtbij.",
    H.CLUSTERED_NURSING: "Geclusterde woningen waar verpleegzorg (Wlz) thuis wordt geleverd, "
    "bijvoorbeeld voor mensen met dementie.",
    H.ROOM: "Een kamer met gedeelde keuken en/of sanitair.",
    H.SHELTERED_24H: "Een woonvorm met zorg of toezicht die dag en nacht beschikbaar is.",
    H.FLEX: "Een tijdelijke, verplaatsbare woning die snel te plaatsen is.",
    H.PITCH: "Een plek voor een woonwagen.",
    H.SHORT_STAY: "Tijdelijke huisvesting voor een kort verblijf, bijvoorbeeld voor "
    "arbeidsmigranten.",
    H.STUDENT: "Een kamer of studio voor studenten.",
}

SUPPORT_LEVEL_DEFINITIONS: dict[S, str] = {
    S.NONE: "Geen begeleiding nodig.",
    S.AMBULANT: "Begeleiding aan huis, enkele uren per week.",
    S.INTENSIVE: "Dagelijkse begeleiding, op afroep bereikbaar.",
    S.ROUND_THE_CLOCK: "Zorg of toezicht dag en nacht.",
}

GLOSSARY: dict[str, str] = {
    "Woonzorgvisie": "De visie van gemeenten op wonen met zorg en ondersteuning voor alle "
    "aandachtsgroepen en ouderen, regionaal afgestemd. De basis voor prestatieafspraken met "
    "woningcorporaties, zorgaanbieders en andere partners.",
    "Woonbehoefte": "Hoeveel woningen (of woonplekken) een aandachtsgroep per jaar nodig heeft, "
    "per gemeente en woonvorm.",
    "Aanbod": "Hoeveel woningen er per jaar voor de groep beschikbaar komen: toewijzing uit "
    "vrijkomende sociale huurwoningen, nieuwbouw, flexwoningen, transformatie of anders.",
    "Opgave": "Woonbehoefte min aanbod, per gemeente, woonvorm en jaar. Positief is een "
    "tekort, negatief een overschot. Tekorten en overschotten worden apart opgeteld: een "
    "overschot in de ene gemeente of woonvorm verbergt geen tekort in een andere.",
    "Toewijzing uit vrijkomende voorraad": "Van de sociale huurwoningen die per jaar "
    "vrijkomen, gaat een deel (bijvoorbeeld 25 %) naar een aandachtsgroep. Thuisplan rekent "
    "dat uit als vrijkomende woningen × percentage.",
    "Evenwichtige verdeling": "Gemeenten in een regio delen de huisvesting van urgente "
    "woningzoekenden naar draagkracht, zodat centrumgemeenten niet overbelast raken.",
    "Verdeelsleutel": "Waarnaar het evenredig aandeel van een gemeente wordt berekend: "
    "inwoners (standaard, zoals bij de taakstelling statushouders), huishoudens, "
    "woningvoorraad, sociale huurvoorraad of een gewogen mix daarvan.",
    "Evenredig aandeel": "De regionale woonbehoefte van een groep × het aandeel van de "
    "gemeente volgens de verdeelsleutel. Het verschil met wat de gemeente zelf aanbiedt laat "
    "zien wie meer of minder dan zijn deel draagt.",
    "Correctie": "Plaatsen die een gemeente al biedt, zoals beschermd wonen en "
    "maatschappelijke opvang, met bron en peildatum. Ze tellen één keer mee als bijdrage voor "
    "de hele planperiode en dekken een tekort zodra dat ontstaat. Vult u voor één gemeente een "
    "correctie in, dan hebben alle gemeenten er een nodig (0 mag).",
    "Achterstand doorschuiven": "Zoals bij de taakstelling statushouders: wat een gemeente in "
    "een jaar minder biedt dan haar evenredig aandeel, komt bij haar aandeel van het jaar "
    "erna, jaar na jaar. Een overschot schuift niet door.",
    "30 %-norm sociale huur": "Het streven naar 30 % sociale huurwoningen in de "
    "woningvoorraad. Gemeenten onder het landelijk gemiddelde moeten ten minste 30 % sociale "
    "huur bouwen; gemeenten ruim boven het streven kunnen zich richten op middeninkomens.",
    "Twee derde betaalbaar": "Van de nieuwbouw tot en met 2030 is twee derde betaalbaar: "
    "sociale huur of betaalbaar voor middeninkomens.",
    "Verplicht urgenten": "Groepen die in elke urgentieregeling voorrang krijgen, ongeacht de "
    "schaarste: mantelzorgverleners en -ontvangers, ernstig chronisch zieken, dakloze mensen "
    "met een beschikking voor een opvangvoorziening, uitstromers uit instellingen en uit "
    "detentie (langer dan drie maanden) en uitstappende sekswerkers.",
    "Prestatieafspraak": "Een afspraak tussen gemeente, woningcorporatie, huurders en andere "
    "partners over wat ieder per jaar doet, met een indicator, een doel per jaar en de "
    "realisatie om te volgen.",
    "Actielijnen": "De vier lijnen van het programma 'Een thuis voor iedereen': 1 voldoende "
    "betaalbare en passende woningen; 2 evenwichtige verdeling over alle gemeenten; "
    "3 combineren van wonen, zorg, welzijn en werk; 4 preventie.",
}


# The one definition of the opgave, said the same way on screen (help) and in documents.
GAP_DEFINITION = (
    "Opgave = woonbehoefte − aanbod, berekend per gemeente, aandachtsgroep, woonvorm en jaar: "
    "een positief getal is een tekort, een negatief getal een overschot. Woonvormen vervangen "
    "elkaar niet (een overschot aan gewone woningen huisvest niemand die 24-uursbegeleiding "
    "nodig heeft), dus tekorten en overschotten worden apart opgeteld en nooit eerst tegen "
    "elkaar weggestreept; opgave = tekort − overschot. Een getal waarvoor invoer ontbreekt, "
    "is onbekend: Thuisplan rekent nooit met een 0 die niemand invulde."
)
