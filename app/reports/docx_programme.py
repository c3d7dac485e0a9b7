"""The chapters on aandachtsgroepen for the municipalities' volkshuisvestingsprogramma's: one
Word document per municipality, on the house-style template, from one snapshot of the vision
(see `docx_programme_chapter` for what a chapter says).

Every problem with the folder or the files is found before the first file is written: a
folder that is a file or cannot be written, a chapter that already exists (replaced only when
the caller says so). Each file is written atomically; on cancellation the chapters already
finished remain, none half-written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from app.reports.doc_data import DocumentData, document_data
from app.reports.docx_base import HouseStyle, house_style, open_template, save
from app.reports.docx_programme_chapter import programme_chapter
from app.reports.export_io import (
    CancelFn,
    ExportError,
    ProgressFn,
    Steps,
    atomic_target,
    check_writable,
    collector_paused,
    unique_file_name,
)
from app.reports.safe_text import NO_PROTECTION, SmallNumbers
from app.services.dto import MunicipalityInfo
from app.storage import ProjectFile

FILE_PREFIX = "Volkshuisvestingsprogramma"
FILE_SUFFIX = "aandachtsgroepen"


@collector_paused()
def write_programme_chapters(
    source: ProjectFile | DocumentData,
    folder: Path,
    *,
    template: Path | HouseStyle | None = None,
    small_numbers: SmallNumbers = NO_PROTECTION,
    replace: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> list[Path]:
    """Write 'Volkshuisvestingsprogramma <gemeente> - aandachtsgroepen.docx' per municipality
    into `folder`; returns the files written. An existing chapter is an ExportError unless
    `replace`. Raises TemplateError, ExportError (TargetLockedError) or ExportCancelled."""
    folder = Path(folder)
    check_folder(folder)
    template = house_style(template)  # checked and reduced once for all documents
    open_template(template)  # a missing style is reported before any work
    data = document_data(source, small_numbers)
    targets = chapter_targets(data, folder)
    if not replace:
        refuse_existing([target for _, target in targets])
    for _, target in targets:
        check_writable(target)
    steps = Steps(len(targets), progress, is_cancelled)
    written = []
    for municipality, target in targets:
        steps.step(f"Hoofdstuk {municipality.name}")
        document = open_template(template)
        programme_chapter(document, data, municipality)
        with atomic_target(target) as temporary:
            save(document, temporary)
            steps.check()
        written.append(target)
    steps.finish()
    return written


def check_folder(folder: Path) -> None:
    """An ExportError in Dutch when `folder` is not an existing folder one can write in."""
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"'{folder}' is een bestand, geen map. Kies een map.")
    if not folder.is_dir():
        raise ExportError(f"De map '{folder}' bestaat niet.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(
            f"In de map '{folder}' kan niet worden geschreven: geen schrijfrechten. "
            "Kies een andere map."
        )


def chapter_targets(data: DocumentData, folder: Path) -> list[tuple[MunicipalityInfo, Path]]:
    """Each municipality with the file its chapter goes to (`chapter_files`)."""
    return chapter_files(data.analysis.figures.municipalities, folder)


def chapter_files(
    municipalities: Iterable[MunicipalityInfo], folder: Path
) -> list[tuple[MunicipalityInfo, Path]]:
    """Each municipality with the file its chapter goes to: its name made safe for Windows
    (no / \\ : * ? " < > |, no reserved names), numbered when two names come out the same."""
    names: set[str] = set()
    return [
        (m, folder / unique_file_name(f"{FILE_PREFIX} {m.name} - {FILE_SUFFIX}", ".docx", names))
        for m in municipalities
    ]


def refuse_existing(targets: list[Path]) -> None:
    """An ExportError naming the chapters that already exist (nothing is written)."""
    existing = [t.name for t in targets if t.exists()]
    if not existing:
        return
    listed = ", ".join(f"'{name}'" for name in existing[:3])
    more = f" en {len(existing) - 3} andere" if len(existing) > 3 else ""
    raise ExportError(
        f"In de map '{targets[0].parent}' staan al {listed}{more}. Er is niets geschreven. "
        "Kies een andere map of vervang de bestaande hoofdstukken."
    )
