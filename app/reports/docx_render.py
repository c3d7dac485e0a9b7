"""Lay a Word document out with LibreOffice, when it is installed, to learn on which page
each heading lands (for the page numbers of the table of contents, `docx_toc`).

LibreOffice runs headless (`soffice --convert-to pdf`) with a profile of its own in a
temporary folder, so a LibreOffice the user has open is neither used nor disturbed; the
headings' pages are read from the PDF's outline (LibreOffice writes one bookmark per
heading). `THUISPLAN_SOFFICE` names the program when it is not found by itself; set to an
empty value it turns this off. Without LibreOffice, or when it fails or takes too long,
`heading_pages` says so with a RenderError and the document is written without page numbers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from app.reports import export_io

SOFFICE_ENV = "THUISPLAN_SOFFICE"
TIMEOUT_SECONDS = 180.0  # a first start with a new profile takes a few seconds; a hang ends
POLL_SECONDS = 0.2
KNOWN_PLACES = (
    Path("C:/Program Files/LibreOffice/program/soffice.exe"),
    Path("C:/Program Files (x86)/LibreOffice/program/soffice.exe"),
    Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
)


class RenderError(Exception):
    """LibreOffice is not there or could not lay the document out; the message says why."""


def find_soffice() -> Path | None:
    """LibreOffice's program: `THUISPLAN_SOFFICE` when set (empty: none), else `soffice` or
    `libreoffice` on the PATH, else its usual place on Windows and macOS."""
    configured = os.environ.get(SOFFICE_ENV)
    if configured is not None:
        path = Path(configured.strip()) if configured.strip() else None
        return path if path is not None and path.is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((place for place in KNOWN_PLACES if place.is_file()), None)


def render_pdf(docx: Path, soffice: Path, check: Callable[[], None] = lambda: None) -> Path:
    """`docx` converted to PDF in its own folder (with LibreOffice's profile there too);
    `check` is called while waiting and may raise (cancellation): LibreOffice is stopped."""
    folder = docx.parent
    command = [
        str(soffice),
        f"-env:UserInstallation={(folder / 'profiel').resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder),
        str(docx),
    ]
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except OSError as exc:
        raise RenderError(f"LibreOffice start niet ({exc.strerror or exc}).") from exc
    _wait(process, check)
    pdf = docx.with_suffix(".pdf")
    if process.returncode != 0 or not pdf.is_file():
        raise RenderError(f"LibreOffice kon het document niet opmaken (code {process.returncode}).")
    return pdf


def _wait(process: subprocess.Popen[bytes], check: Callable[[], None]) -> None:
    deadline = time.monotonic() + TIMEOUT_SECONDS
    try:
        while True:
            try:
                process.wait(timeout=POLL_SECONDS)
                return
            except subprocess.TimeoutExpired:
                check()
                if time.monotonic() > deadline:
                    raise RenderError("LibreOffice reageerde niet.") from None
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def outline(pdf: Path) -> list[tuple[str, int]]:
    """The PDF's bookmarks in document order: (title, page number counted from 1)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(pdf))
        found: list[tuple[str, int]] = []
        _walk(reader, reader.outline, found)
    except (PyPdfError, OSError, ValueError, KeyError) as exc:
        raise RenderError("De opmaak van LibreOffice was niet te lezen.") from exc
    return found


def _walk(reader: object, items: Sequence[object], found: list[tuple[str, int]]) -> None:
    from pypdf import PdfReader
    from pypdf.generic import Destination

    assert isinstance(reader, PdfReader)
    for item in items:
        if isinstance(item, list):
            _walk(reader, item, found)
        elif isinstance(item, Destination):
            page = reader.get_destination_page_number(item)
            if page is not None and page >= 0:
                found.append((str(item.title or ""), page + 1))


def heading_pages(
    save: Callable[[Path], None], headings: Sequence[str], check: Callable[[], None]
) -> list[int]:
    """The page of each of `headings` (texts, in document order) in the document that
    `save(path)` writes, as LibreOffice lays it out. RenderError when LibreOffice is not
    there, fails, or its outline does not hold every heading in order."""
    soffice = find_soffice()
    if soffice is None:
        raise RenderError("LibreOffice is niet gevonden.")
    with tempfile.TemporaryDirectory(prefix="thuisplan-opmaak-") as folder:
        export_io.announce_temporary(Path(folder))  # removed by the parent if the child dies
        docx = Path(folder) / "document.docx"
        save(docx)
        check()
        marks = outline(render_pdf(docx, soffice, check))
    return match_pages(headings, marks)


def match_pages(headings: Sequence[str], marks: Sequence[tuple[str, int]]) -> list[int]:
    """Each heading's page: the next bookmark with the same text (spaces aside); bookmarks
    of other paragraphs are passed over. RenderError when a heading has none."""
    pages = []
    position = 0
    for heading in headings:
        wanted = " ".join(heading.split())
        while position < len(marks) and " ".join(marks[position][0].split()) != wanted:
            position += 1
        if position == len(marks):
            raise RenderError(f"De kop '{heading[:60]}' staat niet in de opmaak van LibreOffice.")
        pages.append(marks[position][1])
        position += 1
    return pages
