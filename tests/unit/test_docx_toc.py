"""The table of contents of the Word vision: a TOC field Word is never asked to update (so
no question on opening), its entries written by Thuisplan with links to the headings, page
numbers from LibreOffice when it can lay the document out, none when it cannot."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app.reports import docx_render, docx_vision
from app.reports.docx_base import heading, open_template
from app.reports.docx_render import RenderError, find_soffice, match_pages, render_pdf
from app.reports.docx_toc import contents_place, mark_headings, write_contents
from app.reports.export_io import ExportCancelled

needs_posix = pytest.mark.skipif(os.name == "nt", reason="a stand-in soffice is a shell script")


@pytest.fixture
def no_charts(monkeypatch):
    """Skip drawing charts: these tests are about the contents."""
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})


def entries(document) -> list[tuple[str, str, str | None]]:
    """(style id, text, page shown) of every paragraph with a link to a _Toc bookmark."""
    found = []
    for p in document.element.body.iter(qn("w:p")):
        link = p.find(qn("w:hyperlink"))
        if link is None or not (link.get(qn("w:anchor")) or "").startswith("_Toc"):
            continue
        texts = [t.text for t in link.iter(qn("w:t"))]
        has_page = any("PAGEREF" in (i.text or "") for i in link.iter(qn("w:instrText")))
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        found.append((style.get(qn("w:val")), texts[0], texts[-1] if has_page else None))
    return found


def script(folder: Path, body: str) -> Path:
    """A stand-in for LibreOffice: a shell script doing `body`."""
    path = folder / "soffice"
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


def test_without_libreoffice_the_contents_list_every_heading_without_numbers(
    demo, tmp_path, no_charts
):
    """Every Heading 1 and 2, in order, linked to a bookmark on that heading; no page
    numbers; the field is whole; Word is not asked to update anything on opening."""
    document = docx.Document(str(docx_vision.write_vision_document(demo, tmp_path / "v.docx")))
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name in ("Heading 1", "Heading 2")
    ]
    listed = entries(document)
    assert [(f"TOC{h[0][-1]}", h[1]) for h in headings] == [e[:2] for e in listed]
    assert all(page is None for _, _, page in listed)
    bookmarks = {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}
    links = [link.get(qn("w:anchor")) for link in document.element.body.iter(qn("w:hyperlink"))]
    assert links and set(links) <= bookmarks
    body = document.element.body.xml
    assert body.count('w:fldCharType="begin"') == body.count('w:fldCharType="end"')
    assert 'TOC \\o "1-2" \\h \\z \\u' in body and "w:dirty" not in body
    assert "updateFields" not in document.settings.element.xml


@needs_posix
def test_an_export_on_a_machine_without_libreoffice_succeeds(
    demo, tmp_path, monkeypatch, no_charts
):
    """Nothing configured and no soffice on the PATH (as on most council members' and
    officers' Windows computers): the vision is written, its contents without numbers."""
    monkeypatch.delenv("THUISPLAN_SOFFICE")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(docx_render, "KNOWN_PLACES", ())  # a Mac may have it in /Applications
    assert find_soffice() is None
    notes: list[str] = []
    path = docx_vision.write_vision_document(demo, tmp_path / "v.docx", notes=notes)
    listed = entries(docx.Document(str(path)))
    assert len(listed) > 10 and all(page is None for _, _, page in listed)
    assert notes and "LibreOffice is niet gevonden." in notes[0]


def test_pages_become_pageref_fields_and_a_second_write_replaces_the_first():
    """With pages, each entry ends in a PAGEREF field showing its page; writing again
    (the measured pages after the placeholders) leaves one list."""
    document = open_template()
    place = contents_place(document)
    heading(document, "1 Eerste", 1)
    heading(document, "1.1 Deel", 2)
    heading(document, "1.1.1 Niet in de inhoud", 3)
    found = mark_headings(document)
    write_contents(document, place, found, [0, 0])
    write_contents(document, place, found, [3, 4])
    assert entries(document) == [("TOC1", "1 Eerste", "3"), ("TOC2", "1.1 Deel", "4")]


def test_headings_are_found_in_the_layout_in_order():
    """Each heading takes the next bookmark with its text: two headings 'Sociale huur'
    get their own pages; bookmarks of other paragraphs are passed over."""
    marks = [("Inhoud", 2), ("1 Inleiding", 3), ("Sociale huur", 4), ("x", 5), ("Sociale huur", 9)]
    assert match_pages(["1 Inleiding", "Sociale huur", "Sociale huur"], marks) == [3, 4, 9]
    assert match_pages(["1  Inleiding"], [("1 Inleiding", 3)]) == [3]  # spaces aside
    with pytest.raises(RenderError, match="staat niet in de opmaak"):
        match_pages(["1 Inleiding", "2 Ontbreekt"], marks)


def test_where_libreoffice_is_found(monkeypatch, tmp_path):
    """THUISPLAN_SOFFICE names the program; empty turns the layout off; a name that is no
    file finds nothing (and no other LibreOffice is guessed then)."""
    monkeypatch.setenv("THUISPLAN_SOFFICE", "")
    assert find_soffice() is None
    monkeypatch.setenv("THUISPLAN_SOFFICE", str(tmp_path / "nergens"))
    assert find_soffice() is None
    program = tmp_path / "soffice"
    program.write_text("")
    monkeypatch.setenv("THUISPLAN_SOFFICE", str(program))
    assert find_soffice() == program


@needs_posix
def test_a_failing_libreoffice_gives_the_contents_without_numbers(
    demo, tmp_path, monkeypatch, no_charts
):
    """LibreOffice that stops with an error (or writes no PDF): the document is written all
    the same, its contents without page numbers."""
    for body, code in (("exit 3", "code 3"), ("exit 0", "code 0")):
        monkeypatch.setenv("THUISPLAN_SOFFICE", str(script(tmp_path, body)))
        notes: list[str] = []
        path = docx_vision.write_vision_document(demo, tmp_path / "v.docx", notes=notes)
        listed = entries(docx.Document(str(path)))
        assert listed and all(page is None for _, _, page in listed)
        assert notes == [
            f"{docx_vision.NO_PAGE_NUMBERS} LibreOffice kon het document niet opmaken ({code}). "
            f"{docx_vision.ADD_PAGE_NUMBERS}"
        ]


@needs_posix
def test_cancelling_while_libreoffice_works_stops_it(tmp_path):
    """A cancellation during the layout stops LibreOffice and raises ExportCancelled."""
    program = script(tmp_path, 'echo $$ > "$(dirname "$0")/pid"; exec sleep 60')
    document = tmp_path / "document.docx"
    document.write_bytes(b"")
    calls = []

    def check() -> None:
        calls.append(1)
        if len(calls) >= 3:
            raise ExportCancelled("Geannuleerd")

    with pytest.raises(ExportCancelled):
        render_pdf(document, program, check)
    assert len(calls) == 3
    pid = int((tmp_path / "pid").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # stopped and reaped


def test_no_libreoffice_is_a_render_error(monkeypatch):
    """heading_pages says plainly that LibreOffice is not there."""
    monkeypatch.setenv("THUISPLAN_SOFFICE", "")
    with pytest.raises(RenderError, match="niet gevonden"):
        docx_render.heading_pages(lambda path: None, ["1 Inleiding"], lambda: None)
