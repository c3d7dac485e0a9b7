"""The Woonzorgvisie (concept) as a Word document.

Cover page, table of contents (with page numbers when LibreOffice can lay the document out:
`docx_toc`), the summary and the building blocks of the raadsvoorstel, chapters 1 Inleiding
en kader ... 8 Verantwoording van de raming and the appendices, on the house-style template;
every number from the services, the charts from `app.reports.charts` as PNG with their
alternative text. Written atomically, with progress and cancellation (see `export_io`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.reports import docx_vision_analysis as analysis_chapters
from app.reports import docx_vision_estimates as estimates
from app.reports import docx_vision_intro as intro
from app.reports import docx_vision_plan as plan
from app.reports import docx_vision_summary as front
from app.reports.charts import pool as chart_pool
from app.reports.doc_data import DocumentData, document_data, dutch_date
from app.reports.docx_base import (
    HouseStyle,
    closing_paragraph,
    open_template,
    page_break,
    paragraph,
    save,
    set_language,
)
from app.reports.docx_charts import cancel_charts, render_charts
from app.reports.docx_fields import header_and_footer
from app.reports.docx_figures import place_pictures
from app.reports.docx_logo import cover_logo, take_logo
from app.reports.docx_render import RenderError, heading_pages
from app.reports.docx_toc import contents_place, mark_headings, write_contents
from app.reports.export_io import (
    CancelFn,
    ProgressFn,
    Steps,
    atomic_target,
    collector_paused,
)
from app.reports.safe_text import NO_PROTECTION, SmallNumbers, clean_text
from app.services.demo import EXAMPLE_NOTE
from app.storage import ProjectFile

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document
    from docx.text.paragraph import Paragraph

CancelCheck = Callable[[], None]
log = logging.getLogger(__name__)

CHAPTERS = [
    (front.SUMMARY, front.summary),
    (front.PROPOSAL, front.council_proposal),
    ("1 Inleiding en kader", intro.introduction),
    ("2 De regio in cijfers", intro.region_in_figures),
    ("3 Analyse per aandachtsgroep", analysis_chapters.per_group),
    ("4 Opgave en evenwichtige verdeling", analysis_chapters.gap_and_distribution),
    ("5 Ambities en maatregelen per actielijn", plan.ambitions_and_measures),
    ("6 Uitvoering: prestatieafspraken", plan.agreements_chapter),
    ("7 Monitoring", plan.monitoring),
    (estimates.TITLE, estimates.estimates_chapter),
    ("Bijlagen", plan.appendices),
]
NEW_PAGE = {front.SUMMARY, front.PROPOSAL, "1 Inleiding en kader"}  # start on a page of their own


@collector_paused()
def write_vision_document(
    source: ProjectFile | DocumentData,
    target: Path,
    *,
    template: Path | HouseStyle | None = None,
    small_numbers: SmallNumbers = NO_PROTECTION,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
    notes: list[str] | None = None,
) -> Path:
    """Write the concept woonzorgvisie to `target` (atomically); returns `target`. What the
    user should know about the result (a table of contents without page numbers) is
    appended to `notes`, in Dutch.

    `source` is the project (read now, in one transaction) or the data a caller took
    beforehand (`load_document_data`; the GUI takes it before handing the rest to a worker,
    so edits made meanwhile do not reach this document). With data, its small-number
    protection is used.

    Raises TemplateError (a missing style, an unusable template), TargetLockedError,
    ExportError, or ExportCancelled when `is_cancelled()` turns true.
    """
    steps = Steps(len(CHAPTERS) + 5, progress, is_cancelled)
    steps.step("Sjabloon openen")
    document = open_template(template)
    steps.step("Gegevens ophalen")
    chart_pool.start()  # the workers start while the data is read
    data = document_data(source, small_numbers)
    steps.step("Grafieken tekenen")
    data = replace(data, charts=render_charts(data.analysis, steps.check))
    try:  # the charts are drawn by workers while the chapters are written
        place = chapters(document, data, steps)
        place_pictures(data)
    finally:
        cancel_charts(data.charts)
    steps.step("Inhoudsopgave met paginanummers")
    note = contents(document, place, steps.check)
    if note and notes is not None:
        notes.append(note)
    steps.step("Bestand opslaan")
    with atomic_target(target) as temporary:
        save(document, temporary)
        steps.check()
    steps.finish()
    return Path(target)


def chapters(document: Document, data: DocumentData, steps: Steps) -> Paragraph:
    """The cover and every chapter, each a step of the progress; returns the place of the
    table of contents."""
    cover(document, data, "Woonzorgvisie (concept)")
    place = contents_place(document)
    for title, write in CHAPTERS:
        steps.step(f"Hoofdstuk {title}")
        first = len(document.paragraphs)
        write(document, data)
        if title in NEW_PAGE:
            document.paragraphs[first].paragraph_format.page_break_before = True
    closing_paragraph(document)
    return place


def cover(document: Document, data: DocumentData, kind: str, subject: str = "") -> None:
    """The cover page (with the template's logo when it has one), the document properties,
    and the running header and footer."""
    vision = data.vision
    from docx.shared import Mm

    logo = take_logo(document)
    cover_logo(document, logo)
    title = paragraph(document, vision.title, "Title")
    title.paragraph_format.space_before = Mm(55 if logo is None else 25)
    paragraph(document, f"{kind}{' — ' + subject if subject else ''}", "Subtitle")
    municipalities = ", ".join(m.name for m in data.analysis.figures.municipalities)
    for line in (
        f"Regio: {vision.region_name or '–'}",
        f"Gemeenten: {municipalities}",
        f"Planperiode: {vision.start_year}–{vision.end_year}",
        f"Status: {vision.status.label}",
        f"Datum: {dutch_date()}",
        *([f"Opgesteld door: {vision.author}"] if vision.author else []),
    ):
        paragraph(document, line)
    cover_notes(document, data, "Dit document")
    document_properties(document, data, kind)
    header = EXAMPLE_NOTE if vision.is_example else kind
    header_and_footer(document, vision.title, header, logo)
    page_break(document)


def cover_notes(document: Document, data: DocumentData, what: str) -> None:
    """Under the cover's lines: that `what` ('Dit document') is an example, and how small
    numbers are shown."""
    if data.vision.is_example:
        paragraph(document, f"{EXAMPLE_NOTE}. {what} is een voorbeeld.", "Kader")
    if data.small.enabled:
        paragraph(
            document,
            f"Aantallen onder {data.small.threshold} zijn weergegeven als '{data.small.mask}'.",
        )


def document_properties(document: Document, data: DocumentData, subject: str) -> None:
    """Title (the vision's), subject, author and language in the file's properties."""
    properties = document.core_properties
    properties.title = clean_text(data.vision.title)[:250]
    properties.subject = clean_text(subject)[:250]
    properties.author = clean_text(data.vision.author or "Thuisplan")[:250]
    set_language(document)


def contents(document: Document, place: Paragraph, check: CancelCheck) -> str:
    """The table of contents after `place`, with the pages LibreOffice lays the headings out
    on; without page numbers when LibreOffice is not there or fails (see `docx_toc`): then
    returns a note for the user that says why and how Word adds them, else ''."""
    entries = mark_headings(document)
    write_contents(document, place, entries, [0] * len(entries))  # as wide as the numbers
    try:
        pages = heading_pages(lambda path: save(document, path), [e.title for e in entries], check)
    except RenderError as exc:
        log.info("Inhoudsopgave zonder paginanummers: %s", exc)
        write_contents(document, place, entries, None)
        return f"{NO_PAGE_NUMBERS} {exc} {ADD_PAGE_NUMBERS}"
    write_contents(document, place, entries, pages)
    return ""


NO_PAGE_NUMBERS = "De inhoudsopgave heeft geen paginanummers:"
ADD_PAGE_NUMBERS = (
    "In Word zet u ze erbij: klik met de rechtermuisknop op de inhoudsopgave en kies "
    "'Veld bijwerken', 'Hele inhoudsopgave bijwerken'."
)
