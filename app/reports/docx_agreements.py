"""Prestatieafspraken as Word documents: one per partner (or per municipality), each with
the agreements, the figures they rest on, and signature blocks for the parties."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.reports.doc_data import DocumentData, document_data
from app.reports.docx_base import (
    HouseStyle,
    caption,
    closing_paragraph,
    heading,
    house_style,
    open_template,
    paragraph,
    save,
    table,
)
from app.reports.docx_regional import regional_social_rent
from app.reports.docx_vision import cover
from app.reports.docx_vision_analysis import GAP_HEADER, gap_cells, missing_text
from app.reports.docx_vision_intro import social_rent_table
from app.reports.docx_vision_plan import AGREEMENT_HEADER, AGREEMENT_WEIGHTS, agreement_row
from app.reports.export_io import (
    CancelFn,
    ExportError,
    ProgressFn,
    Steps,
    atomic_target,
    collector_paused,
    unique_file_name,
)
from app.reports.safe_text import NO_PROTECTION, SmallNumbers
from app.services.dto import AgreementInfo
from app.storage import ProjectFile

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from docx.document import Document


@dataclass(frozen=True)
class Subject:
    """Whom one document is for: a partner or a municipality, and its agreements."""

    name: str
    agreements: list[AgreementInfo]


@collector_paused()
def write_agreement_documents(
    source: ProjectFile | DocumentData,
    folder: Path,
    *,
    per: str = "partner",
    template: Path | HouseStyle | None = None,
    small_numbers: SmallNumbers = NO_PROTECTION,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> list[Path]:
    """Write 'Prestatieafspraken <name>.docx' per partner (per='partner') or per municipality
    (per='municipality') into `folder`; returns the files written. Each file is written
    atomically; on cancellation the files already finished remain, none half-written."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError(f"De map '{folder}' bestaat niet.")
    template = house_style(template)  # checked and reduced once for all documents
    open_template(template)  # a missing style is reported before any work
    data = document_data(source, small_numbers)
    subjects = _subjects(data, per)
    steps = Steps(len(subjects), progress, is_cancelled)
    written = []
    names: set[str] = set()
    for subject in subjects:
        steps.step(f"Prestatieafspraken {subject.name}")
        target = folder / unique_file_name(f"Prestatieafspraken {subject.name}", ".docx", names)
        with atomic_target(target) as temporary:
            save(_document(data, subject, template), temporary)
            steps.check()
        written.append(target)
    steps.finish()
    return written


def _subjects(data: DocumentData, per: str) -> list[Subject]:
    if per == "partner":
        return [
            Subject(p.name, [a for a in data.agreements if p.id in a.party_ids])
            for p in data.partners
            if any(p.id in a.party_ids for a in data.agreements)
        ]
    if per == "municipality":
        return [
            Subject(m.name, [a for a in data.agreements if a.municipality_code == m.code])
            for m in data.analysis.figures.municipalities
            if any(a.municipality_code == m.code for a in data.agreements)
        ]
    raise ValueError(per)


def _document(data: DocumentData, subject: Subject, template: HouseStyle | None) -> Document:
    document = open_template(template)
    cover(document, data, "Prestatieafspraken", subject.name)
    heading(document, f"Prestatieafspraken {subject.name}", 1)
    vision = data.vision
    paragraph(
        document,
        f"Deze afspraken horen bij de woonzorgvisie '{vision.title}' "
        f"({vision.start_year}–{vision.end_year}). De partijen spreken het volgende af.",
    )
    caption(document, "Tabel", "Afspraken")
    rows = [agreement_row(data, a) for a in subject.agreements]
    table(document, AGREEMENT_HEADER, rows, weights=AGREEMENT_WEIGHTS)
    _figures(document, data, subject)
    _social_rent(document, data, subject)
    _signatures(document, data, subject)
    closing_paragraph(document)
    return document


def _figures(document: Document, data: DocumentData, subject: Subject) -> None:
    """The opgave the agreements rest on: per group (and municipality) they concern."""
    analysis = data.analysis
    heading(document, "Waar de afspraken op rusten", 2)
    ids = {m.code: m.id for m in analysis.figures.municipalities}
    names = data.municipality_names()
    labels = data.group_labels()
    rows = []
    notes = []
    for a in subject.agreements:
        if a.group_id is None or a.group_id not in labels:
            continue
        m_id = ids.get(a.municipality_code) if a.municipality_code else None
        where = names.get(a.municipality_code, "Regio") if a.municipality_code else "Regio"
        total = analysis.gap_total(group_id=a.group_id, municipality_id=m_id)
        rows.append([f"{labels[a.group_id]} ({where})", *gap_cells(data, total)])
        if not total.complete:
            notes.append(missing_text(data, group_id=a.group_id, municipality_id=m_id))
    if not rows:
        paragraph(document, "Deze afspraken gaan niet over één aandachtsgroep.")
        return
    period = f"{data.vision.start_year}–{data.vision.end_year}"
    paragraph(document, f"Woonbehoefte, aanbod en opgave over {period}, uit de woonzorgvisie.")
    caption(document, "Tabel", "Opgave waarop de afspraken rusten")
    table(document, ["Aandachtsgroep (gebied)", *GAP_HEADER], list(dict.fromkeys(map(tuple, rows))))
    for note in dict.fromkeys(n for n in notes if n):
        paragraph(document, note).runs[0].italic = True


def _social_rent(document: Document, data: DocumentData, subject: Subject) -> None:
    """The social-rent test of the municipalities these agreements concern, and the test of
    the region as a whole with each municipality's contribution (every agreement is part
    of the regional vision)."""
    codes = {a.municipality_code for a in subject.agreements if a.municipality_code}
    concerned = [m for m in data.analysis.figures.municipalities if m.code in codes]
    heading(document, "Sociale huur", 2)
    if concerned:
        paragraph(
            document, "De sociale-huurtoets uit de woonzorgvisie voor de gemeente(n) hierboven."
        )
        social_rent_table(document, data, concerned)
    regional_social_rent(document, data, level=3, concerned=concerned)


def _signatures(document: Document, data: DocumentData, subject: Subject) -> None:
    """A signature block for every party to these agreements, kept with its heading."""
    names = data.partner_names()
    parties = list(dict.fromkeys(p for a in subject.agreements for p in a.party_ids))
    heading(document, "Ondertekening", 2)
    sentence = paragraph(document, signing_sentence(len(parties)))
    sentence.paragraph_format.keep_with_next = True
    rows = [[names.get(p, "?"), "", "", ""] for p in parties]
    table(
        document,
        ["Partij", "Naam en functie", "Plaats en datum", "Handtekening"],
        rows,
        weights=[2.4, 2, 1.6, 2],
        row_mm=24,  # room to sign
    )


COPIES = {
    2: "tweevoud",
    3: "drievoud",
    4: "viervoud",
    5: "vijfvoud",
    6: "zesvoud",
    7: "zevenvoud",
    8: "achtvoud",
    9: "negenvoud",
    10: "tienvoud",
}


def signing_sentence(parties: int) -> str:
    """'Aldus overeengekomen en in drievoud ondertekend.': one copy for each party; with one
    party (or none named) no number of copies."""
    if parties < 2:
        return "Aldus overeengekomen en ondertekend."
    return f"Aldus overeengekomen en in {COPIES.get(parties, f'{parties} exemplaren')} ondertekend."
