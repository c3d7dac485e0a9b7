"""The help panel: what each step asks and the terms on it, in plain Dutch.

Definitions come from the standard catalogue (`app.services.catalogue`) and
the vision's own groups, so the help, the screens and the documents agree.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models import HousingType, SupportLevel
from app.services import catalogue
from app.services.catalogue import GLOSSARY, HOUSING_TYPE_DEFINITIONS, SUPPORT_LEVEL_DEFINITIONS
from app.services.steps import Step
from app.views.labels import label, vocab

# What each step asks, in the source language; `_intro` translates (context "Help").
# The opgave's text is the catalogue's definition, shared with the documents.
INTROS = {
    Step.REGION: QT_TRANSLATE_NOOP(
        "Help",
        "Geef de woonzorgvisie een naam, kies de regio en de planperiode en stel de "
        "gemeenten samen. Inwoners, 65-plussers, huishoudens en woningen komen uit het CBS "
        "(peildatum 1 januari 2024). Het aantal sociale huurwoningen is een raming (schuin op "
        "lichtblauw): het aandeel woningen in bezit van woningcorporaties (CBS, vermoedelijk 1 "
        "januari 2023) × de woningvoorraad. Vervang het door het echte aantal uit CBS StatLine "
        "(Woningvoorraad naar eigendom), het dashboard 'Een thuis voor iedereen' van Datawonen "
        "of van de woningcorporaties. De geplande nieuwbouw vult u zelf in. Een cijfer dat u "
        "overschrijft, wordt gemarkeerd als 'ingevuld'.",
    ),
    Step.PARTNERS: QT_TRANSLATE_NOOP(
        "Help",
        "Noteer met wie u prestatieafspraken maakt: gemeenten, woningcorporaties, "
        "huurdersorganisaties, zorgaanbieders, het zorgkantoor, welzijnsorganisaties en "
        "particuliere verhuurders. Een partner zonder gemeente werkt regionaal.",
    ),
    Step.GROUPS: QT_TRANSLATE_NOOP(
        "Help",
        "Kies voor welke aandachtsgroepen de visie geldt. Zet een groep uit als ze in uw "
        "regio niet speelt (haar cijfers blijven bewaard), voeg eigen groepen toe en kies "
        "per groep de woonvormen en begeleidingsniveaus die passen.",
    ),
    Step.NEED: QT_TRANSLATE_NOOP(
        "Help",
        "Vul per aandachtsgroep in hoeveel woningen per jaar nodig zijn, per gemeente en "
        "woonvorm. U kunt typen, een blok uit Excel plakken (Ctrl+V), kopiëren (Ctrl+C), "
        "wissen (Delete) en naar rechts of omlaag doorvoeren (Ctrl+R, Ctrl+D). Een leeg "
        "vak betekent 'onbekend', niet 0: vul 0 in als er geen behoefte is.",
    ),
    Step.CAPACITY: QT_TRANSLATE_NOOP(
        "Help",
        "Vul het aanbod per jaar in, per woonvorm en soort aanbod. Met de "
        "toewijzingshulp rekent Thuisplan de toewijzing uit vrijkomende sociale "
        "huurwoningen uit: vrijkomende woningen × het percentage voor deze groep.",
    ),
    Step.MEASURES: QT_TRANSLATE_NOOP(
        "Help",
        "Beschrijf per actielijn van 'Een thuis voor iedereen' uw ambitie en de "
        "maatregelen, met trekker en jaar.",
    ),
    Step.AGREEMENTS: QT_TRANSLATE_NOOP(
        "Help",
        "Leg de prestatieafspraken vast: wie doet wat, gemeten met welke indicator, met "
        "een doel per jaar. Vul later per jaar de realisatie en de status in om de visie te "
        "volgen.",
    ),
    Step.MONITOR: QT_TRANSLATE_NOOP(
        "Help",
        "Leg per meting (bijvoorbeeld per 1 januari) vast wat er is gerealiseerd per gemeente, "
        "aandachtsgroep, woonvorm en soort aanbod, en wat elke afspraak realiseerde. De status "
        "van een afspraak wordt berekend; overschrijf hem alleen met een reden.",
    ),
    Step.DOCUMENTS: QT_TRANSLATE_NOOP(
        "Help",
        "Maak de documenten die naar de partners en de gemeenteraad gaan: de "
        "woonzorgvisie (Word), de cijferbijlage (Excel), de prestatieafspraken per partner "
        "en het uitvraagwerkboek om cijfers op te halen.",
    ),
}


def _intro(step: str) -> str:
    """What the step asks, in the interface language."""
    if Step(step) is Step.GAP:
        return vocab(catalogue.GAP_DEFINITION)
    text = INTROS.get(Step(step))
    return QCoreApplication.translate("Help", text) if text else ""


TERMS = {
    Step.REGION: ["Woonzorgvisie", "30 %-norm sociale huur", "Twee derde betaalbaar"],
    Step.PARTNERS: ["Prestatieafspraak"],
    Step.GROUPS: ["Verplicht urgenten"],
    Step.NEED: ["Woonbehoefte"],
    Step.CAPACITY: ["Aanbod", "Toewijzing uit vrijkomende voorraad"],
    Step.GAP: [
        "Opgave",
        "Evenwichtige verdeling",
        "Verdeelsleutel",
        "Evenredig aandeel",
        "Correctie",
        "Achterstand doorschuiven",
        "30 %-norm sociale huur",
    ],
    Step.MEASURES: ["Actielijnen"],
    Step.AGREEMENTS: ["Prestatieafspraak"],
    Step.MONITOR: ["Prestatieafspraak"],
    Step.DOCUMENTS: ["Woonzorgvisie"],
}


# The step's own controls for ramingen and scenarios: (name, explanation), context "Help".
CONTROLS = {
    Step.REGION: [
        (
            QT_TRANSLATE_NOOP("Help", "CBS-cijfers aanvullen"),
            QT_TRANSLATE_NOOP(
                "Help",
                "Een bestand van vóór deze versie mist soms het aantal 65-plussers en de raming "
                "van de sociale huurwoningen. Deze knop vult alleen de lege cijfers aan uit de "
                "meegeleverde gegevens; wat u invulde blijft staan, en Ongedaan maken haalt ze "
                "weer weg. De knop staat er alleen als er iets aan te vullen is.",
            ),
        ),
    ],
    Step.NEED: [
        (
            QT_TRANSLATE_NOOP("Help", "Raming maken"),
            QT_TRANSLATE_NOOP(
                "Help",
                "Zonder eigen cijfers maakt Thuisplan een eerste raming met een gedocumenteerde "
                "methode: de landelijke opgave ouderen 2022–2030 naar aandeel 65-plussers, de "
                "taakstelling statushouders naar aandeel inwoners (met de aantallen en de naam "
                "van de circulaire), een stroommodel voor uitstromers en dak- en thuisloze "
                "mensen (plekken, verblijfsduur, doorstroom, achterstand), of een aantal per "
                "1.000 inwoners, huishoudens, 65-plussers of woningen. Alleen lege cellen "
                "krijgen de raming. Zij staat schuin op lichtblauw; de tooltip geeft de "
                "formule, de parameters en de bron. Typ een getal om een raming te vervangen; "
                "maakt u de cel weer leeg, dan komt de raming terug. Raming verwijderen haalt "
                "de raming van de groep weg. Alles is met Ongedaan maken terug te draaien.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("Help", "Scenario"),
            QT_TRANSLATE_NOOP(
                "Help",
                "Een scenario is een set ramingen, bijvoorbeeld 'basis' en 'ambitieus'. "
                "Ingevulde cijfers zijn in elk scenario gelijk; alleen de ramingen verschillen. "
                "Het gekozen scenario geldt voor elk scherm en voor de documenten. Onder "
                "Scenario's voegt u een scenario toe (leeg of met de ramingen van een ander), "
                "wijzigt u de naam of verwijdert u het; het basisscenario blijft.",
            ),
        ),
    ],
    Step.GAP: [
        (
            QT_TRANSLATE_NOOP("Help", "Vergelijk met scenario"),
            QT_TRANSLATE_NOOP(
                "Help",
                "Zet de opgave onder een ander scenario naast die onder het gekozen scenario, "
                "per aandachtsgroep en per gemeente, over de hele planperiode, met het verschil "
                "(basis naast eigen scenario). Onbekend blijft onbekend: een verschil is er pas "
                "als beide opgaven bekend zijn.",
            ),
        ),
    ],
}


def help_page(page, session) -> str:
    """HTML for the help panel of `page`."""
    step = Step(page.step)
    parts = [f"<h3>{escape(page.title())}</h3>", f"<p>{escape(_intro(step))}</p>"]
    parts += [_term(_help(name), _help(text)) for name, text in CONTROLS.get(step, [])]
    parts += [_term(vocab(term), vocab(GLOSSARY[term])) for term in TERMS.get(step, [])]
    if step is Step.GROUPS:
        parts.append(_groups(session))
    if step in (Step.GROUPS, Step.NEED, Step.CAPACITY):
        heading = QCoreApplication.translate("Help", "Woonvormen")
        parts.append(f"<h4>{escape(heading)}</h4>")
        parts += [_term(label(t), vocab(HOUSING_TYPE_DEFINITIONS[t])) for t in HousingType]
    if step is Step.GROUPS:
        heading = QCoreApplication.translate("Help", "Begeleidingsniveaus")
        parts.append(f"<h4>{escape(heading)}</h4>")
        parts += [_term(label(s), vocab(SUPPORT_LEVEL_DEFINITIONS[s])) for s in SupportLevel]
        parts.append(_urgency_categories(session))
    return "".join(parts)


def _help(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _groups(session) -> str:
    """The vision's own groups with their definitions."""
    # Imported here: the services behind it load the tables, which the first step's help
    # (shown before they have loaded) does not need.
    from app.services.target_groups import list_target_groups

    heading = QCoreApplication.translate("Help", "De aandachtsgroepen")
    parts = [f"<h4>{escape(heading)}</h4>"]
    for group in list_target_groups(session.project):
        name = vocab(group.label) if group.is_standard else group.label
        text = vocab(group.definition) if group.is_standard else group.definition
        empty = QCoreApplication.translate("Help", "(geen omschrijving)")
        parts.append(_term(name, text or empty))
    return "".join(parts)


def _urgency_categories(session) -> str:
    """The categories every municipality must give urgency (stored with the vision)."""
    from app.services.norms import urgency_categories

    heading = QCoreApplication.translate("Help", "Verplicht urgenten in deze visie")
    items = "".join(
        f"<li>{escape(vocab(category))}</li>" for category in urgency_categories(session.project)
    )
    return f"<h4>{escape(heading)}</h4><ul>{items}</ul>"


def _term(name: str, definition: str) -> str:
    return f"<p><b>{escape(name)}</b><br>{escape(definition)}</p>"
