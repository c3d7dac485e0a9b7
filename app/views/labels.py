"""Interface names of the domain's vocabularies, translated for the chosen language.

The Dutch labels live with the enums (`app.models.enums`) and the standard
catalogue; here they pass through Qt's translator in the "Vocabulary" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def vocab(text: str) -> str:
    """Translate a Dutch domain label (enum label, standard group name or definition)."""
    return QCoreApplication.translate("Vocabulary", text)


def label(member) -> str:
    """The translated label of an enum member (HousingType, CapacityKind, …)."""
    return vocab(member.label)
