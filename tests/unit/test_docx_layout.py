"""The Word documents laid out by LibreOffice (headless, with the metric-compatible fonts),
as a council member would see them: the contents show the pages the headings are on, and no
page holds only a heading or a single table row, none ends with a heading, and the last page
is not (nearly) empty. Needs LibreOffice (`soffice`); CI installs it (.ci/run)."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from app.reports.docx_agreements import write_agreement_documents
from app.reports.docx_render import find_soffice, outline, render_pdf
from app.reports.docx_vision import write_vision_document
from app.storage import open_project_file
from tests.unit.estimated_region import estimated_region

pytestmark = pytest.mark.slow
FOOTER = re.compile(r"^Pagina \d+ van \d+$")


@pytest.fixture(scope="module")
def laid_out(demo_template, tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    """(docx, pdf) of the demo's vision, a vision with estimates, and one agreements
    document (five parties), each written with LibreOffice's page numbers and then laid out
    by LibreOffice again."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("THUISPLAN_SOFFICE", raising=False)
        soffice = find_soffice()
        if soffice is None:
            pytest.skip("LibreOffice (soffice) is niet geïnstalleerd; CI installeert het")
        folder = tmp_path_factory.mktemp("opmaak")
        shutil.copyfile(demo_template, folder / "demo.thuisplan")
        documents = {}
        with open_project_file(folder / "demo.thuisplan", readonly=True) as project:
            notes: list[str] = []
            documents["visie"] = write_vision_document(project, folder / "visie.docx", notes=notes)
            assert notes == []  # LibreOffice gave the page numbers
            written = write_agreement_documents(project, folder)
        documents["afspraken"] = next(p for p in written if "Hofpoort" in p.name)
        documents["raming"] = _estimated_vision(folder)
        result = {}
        for name, path in documents.items():
            own = folder / name
            own.mkdir()
            copy = own / "document.docx"
            shutil.copyfile(path, copy)
            result[name] = (copy, render_pdf(copy, soffice))
    return result


def _estimated_vision(folder: Path) -> Path:
    """Delft and Rijswijk 2026-2031 with the ouderen estimate (README's startraming)."""
    project = estimated_region(folder / "raming.thuisplan")
    try:
        return write_vision_document(project, folder / "raming.docx")
    finally:
        project.close()


def _pages(pdf: Path, header: str) -> list[list[str]]:
    """The lines of each page without the running header and the footer."""
    pages = []
    for page in PdfReader(str(pdf)).pages:
        lines = [line.strip() for line in page.extract_text(extraction_mode="layout").splitlines()]
        pages.append(
            [
                line
                for line in lines
                if line and not FOOTER.match(line) and not (header and header in line)
            ]
        )
    return pages


def _chars(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace())


def _blocks(path: Path) -> tuple[list[str], list[str]]:
    """The heading texts and the table rows (a header row with each body row too, as a page
    after a split shows them) of a document."""
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    rows = []
    for table in document.tables:
        texts = [" ".join(c.text for c in row.cells) for row in table.rows]
        rows += texts[1:] + [f"{texts[0]} {row}" for row in texts[1:]]
    return headings, rows


def problems(path: Path, pdf: Path) -> list[str]:
    """What is wrong with the pages of `pdf` (laid out from `path`): a page that is empty or
    holds only a heading or a single table row, a page that ends with a heading, a last
    page with fewer than three lines."""
    header = docx.Document(str(path)).sections[0].header.paragraphs[0].text.split("  ·  ")[0]
    headings, rows = _blocks(path)
    heading_chars = [_chars(h) for h in headings]
    alone = heading_chars + [_chars(r) for r in rows]
    found = []
    pages = _pages(pdf, header)
    for number, lines in enumerate(pages, start=1):
        if not lines or _chars(" ".join(lines)) in alone:
            found.append(f"pagina {number} bevat alleen {lines}")
        if any(_chars(" ".join(lines[-n:])) in heading_chars for n in (1, 2)):
            found.append(f"pagina {number} eindigt met een kop: {lines[-2:]}")
    if len(pages[-1]) < 3:
        found.append(f"de laatste pagina is bijna leeg: {pages[-1]}")
    return found


@pytest.mark.parametrize("name", ["visie", "raming", "afspraken"])
def test_no_page_holds_only_a_heading_or_a_single_row_nor_ends_with_a_heading(laid_out, name):
    """Headings stay with what follows, tables keep their rows together, and the last
    page carries more than a line or two."""
    assert problems(*laid_out[name]) == []


def test_the_signature_heading_stays_with_the_signatures(laid_out):
    """'Ondertekening' is on the page where the signature table begins."""
    path, pdf = laid_out["afspraken"]
    first_party = docx.Document(str(path)).tables[-1].rows[1].cells[0].text
    pages = _pages(pdf, "")
    page = next(lines for lines in pages if "Ondertekening" in lines)
    assert any(line.startswith(first_party) for line in page)


def test_the_check_finds_a_heading_alone_and_a_lonely_row(tmp_path, laid_out):
    """The check above is not blind: a heading forced onto a page of its own, and a table
    row pushed onto the last page alone, are found."""
    from docx.enum.text import WD_BREAK

    from app.reports.docx_base import heading, open_template, paragraph, table

    document = open_template()
    paragraph(document, "Eerste pagina")
    heading(document, "1 Een kop alleen", 1)
    document.paragraphs[-1].paragraph_format.keep_with_next = False
    paragraph(document).add_run().add_break(WD_BREAK.PAGE)
    grid = table(document, ["Jaar", "Aantal"], [["2025", "1"], ["2026", "2"]])
    grid.rows[1].cells[0].paragraphs[0].paragraph_format.keep_with_next = False
    document.add_paragraph().paragraph_format.page_break_before = True
    path = tmp_path / "slecht.docx"
    document.save(str(path))
    found = problems(path, render_pdf(path, find_soffice() or Path("soffice")))
    assert any("1 Een kop alleen" in f for f in found)
    assert any("laatste pagina" in f for f in found)


@pytest.mark.parametrize("name", ["visie", "raming"])
def test_the_contents_show_the_pages_the_headings_are_on(laid_out, name):
    """Every entry of the contents shows the page its heading is on in the laid-out
    document (the numbers were measured by LibreOffice before the file was written)."""
    path, pdf = laid_out[name]
    document = docx.Document(str(path))
    shown = []
    for link in document.element.body.iter(qn("w:hyperlink")):
        texts = [t.text for t in link.iter(qn("w:t"))]
        shown.append((" ".join(texts[0].split()), int(texts[-1])))
    assert len(shown) > 10
    marks = [(" ".join(title.split()), page) for title, page in outline(pdf)]
    position = 0
    for title, page in shown:
        while marks[position][0] != title:
            position += 1
        assert marks[position][1] == page, title
        position += 1
    toc_pages = [i for i, lines in enumerate(_pages(pdf, ""), start=1) if "Inhoud" in lines]
    assert toc_pages == [2]  # the contents fit on one page, after the cover
