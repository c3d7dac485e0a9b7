"""No exported document shows a date as 2030-12-31: Word (vision and agreements) and
Excel (annex and uitvraag) are read back, every text and every date cell checked."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from app.reports.collection_template import write_collection_template
from app.reports.docx_agreements import write_agreement_documents
from app.reports.docx_vision import write_vision_document
from app.reports.xlsx_annex import write_data_annex
from app.services import agreements

ISO_DATE = re.compile(r"\b\d{4}-\d{1,2}(-\d{1,2})?\b")
WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_paragraphs(path: Path) -> list[str]:
    """The text of every paragraph in the body, headers, footers and notes of a .docx
    (a date split over several runs is joined again)."""
    texts = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = ElementTree.fromstring(archive.read(name))
                for paragraph in root.iter(f"{WORD}p"):
                    texts.append("".join(t.text or "" for t in paragraph.iter(f"{WORD}t")))
    return texts


def xlsx_texts(path: Path) -> list[str]:
    """Every text cell of a workbook, and every date cell's number format (a date shown
    as yyyy-mm-dd would be an ISO date on screen)."""
    texts = []
    for sheet in openpyxl.load_workbook(path):
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    texts.append(cell.value)
                elif isinstance(cell.value, dt.date | dt.datetime):
                    assert cell.number_format == "dd-mm-yyyy", (sheet.title, cell)
    return texts


def _iso(texts: list[str]) -> list[str]:
    return [t for t in texts if ISO_DATE.search(t)]


@pytest.fixture
def dated(demo):
    """The demo (deadlines 2030-12-31, 2027-12-31, 2030, 2026; peildata 2024-01-01 and
    2025-01-01) with one deadline typed the Dutch way and one a month."""
    first, second = agreements.list_agreements(demo)[:2]
    agreements.update_agreement(demo, first.id, deadline="15 maart 2029")
    agreements.update_agreement(demo, second.id, deadline="06-2028")
    return demo


def test_word_vision_shows_no_iso_date(dated, tmp_path):
    """The vision shows deadlines and peildata as '15 maart 2029', never 2029-03-15."""
    texts = docx_paragraphs(write_vision_document(dated, tmp_path / "visie.docx"))
    assert _iso(texts) == []
    joined = "\n".join(texts)
    assert "15 maart 2029" in joined and "juni 2028" in joined
    assert "1 januari 2024" in joined


def test_agreement_documents_show_no_iso_date(dated, tmp_path):
    """Every agreements document shows its deadlines the Dutch way."""
    written = write_agreement_documents(dated, tmp_path)
    assert written
    texts = [t for path in written for t in docx_paragraphs(path)]
    assert _iso(texts) == []
    assert any("15 maart 2029" in t for t in texts)


def test_excel_annex_and_uitvraag_show_no_iso_date(dated, tmp_path):
    """The annex holds dates as date cells shown 15-03-2029 (and a month as 'juni 2028');
    no text cell of the annex or the uitvraag workbook holds an ISO date."""
    annex = xlsx_texts(write_data_annex(dated, tmp_path / "bijlage.xlsx"))
    uitvraag = xlsx_texts(write_collection_template(dated, tmp_path / "uitvraag.xlsx"))
    assert _iso(annex) == [] and _iso(uitvraag) == []
    assert "juni 2028" in annex


def test_the_summary_and_the_raadsvoorstel_show_dates_the_dutch_way(dated, tmp_path):
    """The front of the vision (its table of the most important agreements, the
    raadsvoorstel) shows deadlines as '15 maart 2029' and 'juni 2028', no ISO date."""
    texts = docx_paragraphs(write_vision_document(dated, tmp_path / "visie.docx"))
    start = len(texts) - 1 - texts[::-1].index("Samenvatting")  # the heading, not the contents
    end = len(texts) - 1 - texts[::-1].index("1 Inleiding en kader")
    front = texts[start:end]
    assert "Bouwstenen voor het raadsvoorstel" in front
    assert _iso(front) == []
    assert "15 maart 2029" in front and "juni 2028" in front
