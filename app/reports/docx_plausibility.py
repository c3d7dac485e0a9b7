"""Bijlage C Controle van de cijfers: the plausibility warnings left unresolved when the
document was made (app.services.plausibility), so a reader knows which figures the region
has not yet checked. Without warnings there is no appendix C."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.reports.doc_data import DocumentData
from app.reports.docx_base import caption, heading, paragraph, table
from app.services.plausibility import PlausibilityWarning, plausibility_warnings

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document

TITLE = "Bijlage C Controle van de cijfers"


def warnings_of(data: DocumentData) -> list[PlausibilityWarning]:
    return plausibility_warnings(data.analysis)


def reading_guide_sentence(data: DocumentData) -> str:
    """For the reading guide: how many figures got a warning, or nothing."""
    count = len(warnings_of(data))
    if not count:
        return ""
    figures = "cijfer" if count == 1 else "cijfers"
    return (
        f"Bij {count} ingevoerde {figures} geeft Thuisplan een waarschuwing: mogelijk maar "
        f"onwaarschijnlijk, of groter dan de gemeente aankan. {TITLE} noemt ze met de reden; "
        "ze zijn bij het maken van dit document nog niet aangepast."
    )


def plausibility_appendix(document: Document, data: DocumentData) -> None:
    """The unresolved warnings, one row each: where, which figure, and why."""
    found = warnings_of(data)
    if not found:
        return
    heading(document, TITLE, 2)
    paragraph(
        document,
        "Thuisplan controleert de ingevoerde cijfers op wat voor de omvang van de gemeente "
        "waarschijnlijk is. Een waarschuwing is geen fout: controleer het cijfer bij de bron "
        "(een typefout, een regionaal cijfer bij één gemeente, een totaal in één jaar).",
    )
    names = data.municipality_names_by_id()
    groups = data.group_labels()
    rows = [
        [
            names[w.municipality_id],
            groups[w.group_id],
            str(w.year),
            "Aanbod" if w.capacity else "Woonbehoefte",
            f"{w.reason} Bron: {w.source}." if w.source else w.reason,
        ]
        for w in found
    ]
    caption(document, "Tabel", "Cijfers met een waarschuwing")
    header = ["Gemeente", "Aandachtsgroep", "Jaar", "Cijfer", "Waarschuwing"]
    table(document, header, rows, weights=[1.2, 1.5, 0.6, 1, 4])
