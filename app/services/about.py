"""The 'Over Thuisplan' text: what the program is and where its reference figures come from."""

from __future__ import annotations

from app import __version__
from app.services.reference_data import CBS_ATTRIBUTION


def about_text() -> str:
    """Plain Dutch text for the about box and `thuisplan --version`."""
    return (
        f"Thuisplan {__version__}\n"
        "Een regionale woonzorgvisie voor aandachtsgroepen: woonbehoefte, aanbod, opgave, "
        "evenwichtige verdeling en prestatieafspraken.\n\n"
        "Gemeentelijke basiscijfers (inwoners, huishoudens, woningvoorraad, peildatum "
        f"1 januari 2024): {CBS_ATTRIBUTION}. Gemeentelijke indeling 2024 (ongewijzigd in "
        "2025), COROP-indeling CBS Gebieden in Nederland 2024, veiligheidsregio's Ministerie "
        "van VWS.\n"
        "Normen en aandachtsgroepen: programma 'Een thuis voor iedereen' (2022) en de "
        "voortgangsbrief (2023)."
    )
