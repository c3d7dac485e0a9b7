"""Step 9: the documents that leave the building."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services.progress import Step
from app.views.pages.base import StepPage


class DocumentsPage(StepPage):
    """What will be exported, and (with the exporters) the export itself."""

    step = Step.DOCUMENTS
    topics = frozenset({"vision"})

    def title(self) -> str:
        return self.tr("Documenten")

    def intro(self) -> str:
        return self.tr("De documenten die naar de partners en de gemeenteraad gaan.")

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.add_heading()
        self.listing = QLabel()
        self.listing.setWordWrap(True)
        self.layout_.addWidget(self.listing)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        items = [
            (
                self.tr("Woonzorgvisie (concept), Word"),
                self.tr(
                    "Inleiding en kader, de regio in cijfers, analyse per aandachtsgroep, "
                    "opgave en evenwichtige verdeling, ambities en maatregelen, "
                    "prestatieafspraken, monitoring en bijlagen."
                ),
            ),
            (
                self.tr("Cijferbijlage, Excel"),
                self.tr(
                    "Woonbehoefte, aanbod, opgave (met formules), verdeling, sociale huur, "
                    "prestatieafspraken en bronnen."
                ),
            ),
            (
                self.tr("Prestatieafspraken per partner, Word"),
                self.tr(
                    "Per partner de afspraken, de cijfers waarop ze rusten en ruimte voor "
                    "handtekeningen."
                ),
            ),
            (
                self.tr("Uitvraagwerkboek, Excel"),
                self.tr(
                    "Om woonbehoefte en aanbod op te halen bij gemeenten en partners, en "
                    "daarna in te lezen."
                ),
            ),
        ]
        self.listing.setText(
            "<ul>"
            + "".join(f"<li><b>{title}</b><br>{text}</li>" for title, text in items)
            + "</ul>"
        )
