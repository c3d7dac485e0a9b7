"""Safe exports, property-based: generated user text with formula prefixes (=, +, -, @) and
control characters goes into the Excel annex, the uitvraag template and the Word documents.
Every file opens again (openpyxl, python-docx), holds the text as text (control characters
dropped), never as a formula; file names made from user text are safe."""

from __future__ import annotations

import os
import re

import docx
import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.models import BaselineIndicator, PartnerKind
from app.reports import docx_vision
from app.reports.collection_template import write_collection_template
from app.reports.docx_agreements import write_agreement_documents
from app.reports.safe_text import clean_text
from app.reports.xlsx_annex import write_data_annex
from app.services import agreements, measures, municipalities, partners, target_groups
from app.services.errors import DomainError
from app.services.file_names import MAX_LENGTH, safe_file_name
from app.services.validation import strip_control_characters
from app.services.vision import update_vision

DOCUMENTS = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
PREFIXES = ["", "=", "+", "-", "@", " =", "=cmd|' /C calc'!A0", '=HYPERLINK("http://x")', "@SUM("]
CONTROL = "\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\ufffe\uffff\r\t\n"
TEXT = st.builds(
    lambda prefix, body: prefix + body,
    st.sampled_from(PREFIXES),
    st.text(
        st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(list(CONTROL))),
        max_size=30,
    ),
)


def _shown(text: str) -> str:
    """What a reader gets back: control characters dropped, line ends as XML reads them."""
    return clean_text(text).replace("\r\n", "\n").replace("\r", "\n")


def _kept(text: str) -> str:
    """The text as the services store it (control characters out, stripped): what must
    come back from every export."""
    return _shown(strip_control_characters(text).strip())


@pytest.fixture
def texts_project(project):
    """The test vision with one partner, agreement, measure, own group and baseline source
    whose texts each example overwrites."""
    partner = partners.add_partner(project, "Partner", PartnerKind.OTHER)
    agreement = agreements.add_agreement(project, "Afspraak", party_ids=[partner.id])
    measure = measures.add_measure(project, 1, "Maatregel")
    group = target_groups.add_custom_group(project, "Eigen groep")
    return project, {"partner": partner.id, "agreement": agreement.id,
                     "measure": measure.id, "group": group.id}  # fmt: skip


def _apply(project, ids, texts: dict[str, str]) -> None:
    """Put the generated texts in through the services (as a user would type them)."""
    update_vision(project, title=texts["title"])
    partners.update_partner(project, ids["partner"], name=texts["partner"])
    agreements.update_agreement(
        project, ids["agreement"], description=texts["description"],
        indicator=texts["indicator"], unit=texts["unit"],
    )  # fmt: skip
    measures.update_measure(project, ids["measure"], description=texts["measure"])
    target_groups.update_group(project, ids["group"], label=texts["group"])
    municipalities.set_baseline(
        project, "GM0503", BaselineIndicator.SOCIAL_RENT_DWELLINGS, 100, source=texts["source"]
    )


def _texts(draw_text) -> dict[str, str]:
    names = ["title", "partner", "description", "indicator", "unit", "measure", "group", "source"]
    texts = {name: draw_text() for name in names}
    for required in ("title", "partner", "description", "measure", "group"):
        assume(_kept(texts[required]))  # the services refuse empty names
    return texts


def _cells(path):
    workbook = openpyxl.load_workbook(path)  # opens again: the file is sound
    return [(sheet.title, cell) for sheet in workbook for row in sheet.iter_rows() for cell in row]


def _assert_text_cells(cells, wanted: dict[str, str], *, formulas_allowed_in=()) -> None:
    values = {}
    for sheet, cell in cells:
        if cell.data_type == "f":
            assert sheet in formulas_allowed_in, (sheet, cell.coordinate, cell.value)
            assert re.fullmatch(r'=[A-Za-z0-9_!$:(),+\-*/ .="<>]+', str(cell.value)), cell.value
            continue
        if isinstance(cell.value, str):
            values.setdefault(_shown(cell.value), []).append(cell)
            if cell.value.lstrip().startswith(("=", "+", "-", "@")):
                assert cell.data_type == "s" and cell.quotePrefix, (sheet, cell.value)
    for name, text in wanted.items():
        expected = _kept(text)
        found = [v for v in values if expected == v or (name == "title" and expected in v)]
        assert found, (name, expected)


def test_annex_keeps_user_text_as_text(texts_project, tmp_path):
    """The Excel annex: every user text is in a text cell, formula prefixes quoted, control
    characters gone; the only formulas are the gap formulas on 'Opgave'."""
    project, ids = texts_project
    runs: list[int] = []

    @DOCUMENTS
    @given(data=st.data())
    def check(data):
        texts = _texts(lambda: data.draw(TEXT))
        _apply(project, ids, texts)
        runs.append(1)
        path = write_data_annex(project, tmp_path / "bijlage.xlsx")
        wanted = {k: texts[k] for k in ("partner", "description", "group", "title")}
        wanted.update({k: texts[k] for k in ("indicator", "unit", "source") if _kept(texts[k])})
        _assert_text_cells(_cells(path), wanted, formulas_allowed_in=("Opgave",))

    check()
    assert len(runs) >= 15, f"only {len(runs)} documents written"


def test_uitvraag_template_keeps_user_text_as_text(texts_project, tmp_path):
    """The data-collection template: own group labels and the title stay text."""
    project, ids = texts_project
    runs: list[int] = []

    @DOCUMENTS
    @given(data=st.data())
    def check(data):
        texts = _texts(lambda: data.draw(TEXT))
        _apply(project, ids, texts)
        runs.append(1)
        path = write_collection_template(project, tmp_path / "uitvraag.xlsx")
        _assert_text_cells(_cells(path), {"group": texts["group"], "title": texts["title"]})

    check()
    assert len(runs) >= 15, f"only {len(runs)} documents written"


def _docx_text(path) -> str:
    document = docx.Document(str(path))  # opens again: the XML is sound
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_word_documents_survive_control_characters(texts_project, tmp_path, monkeypatch):
    """The woonzorgvisie and the agreement documents open again with python-docx and show
    the user's text without its control characters; their file names are safe."""
    project, ids = texts_project
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    runs: list[int] = []

    @DOCUMENTS
    @given(data=st.data())
    def check(data):
        texts = _texts(lambda: data.draw(TEXT))
        ambition = data.draw(TEXT)
        _apply(project, ids, texts)
        runs.append(1)
        measures.set_ambition(project, 1, ambition)
        vision = _docx_text(docx_vision.write_vision_document(project, tmp_path / "visie.docx"))
        for name in ("measure", "description"):
            assert _kept(texts[name]) in _normalised(vision), name
        if _kept(ambition):
            assert _kept(ambition) in _normalised(vision)
        folder = tmp_path / "afspraken"
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        [written] = write_agreement_documents(project, folder)
        assert written.parent == folder
        stored = strip_control_characters(texts["partner"]).strip()
        assert written.name == safe_file_name(f"Prestatieafspraken {stored}") + ".docx"
        assert _kept(texts["description"]) in _normalised(_docx_text(written))

    check()
    assert len(runs) >= 15, f"only {len(runs)} documents written"


def _normalised(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
            *(f"LPT{i}" for i in range(1, 10))}  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.one_of(st.characters(), st.sampled_from(list('/\\:*?"<>|.\x00 ')))))
def test_file_names_from_any_text_are_safe(text, tmp_path_factory):
    """Any text gives a name without separators, characters Windows refuses, control
    characters, reserved device names or trailing dots and spaces, at most 120 long; a
    file of that name lands in the folder it was meant for."""
    name = safe_file_name(text)
    assert name and len(name) <= MAX_LENGTH
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f\x7f]', name)
    assert name.split(".")[0].upper() not in RESERVED
    assert not name.endswith((" ", ".")) and name not in (".", "..")
    try:
        folder = tmp_path_factory.mktemp("namen", numbered=True)
        path = folder / f"{name}.docx"
        path.write_bytes(b"x")
    except UnicodeEncodeError:  # surrogates: not encodable on this file system at all
        return
    except OSError as error:  # e.g. longer than the file system allows in bytes
        assert error.errno == 36, error  # ENAMETOOLONG
        return
    assert path.parent == folder and os.listdir(folder) == [path.name]


def test_names_of_only_control_characters_are_empty(texts_project):
    """A name of only control characters is refused as empty (it would show as nothing);
    control characters inside text are dropped when it is entered."""
    project, ids = texts_project
    with pytest.raises(DomainError, match="mag niet leeg zijn"):
        partners.update_partner(project, ids["partner"], name=" \x00\x1b ")
    measure = measures.update_measure(project, ids["measure"], description="regel\x0b 1\x00")
    assert measure.description == "regel 1"


def test_a_windows_line_end_is_one_line_break_in_word(texts_project, tmp_path, monkeypatch):
    """Text pasted from Word or Outlook ends its lines with CR LF: one line break in the
    document, in a table cell and in a paragraph alike (it once gave an empty line)."""
    project, ids = texts_project
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    texts = dict.fromkeys(
        ["title", "partner", "description", "indicator", "unit", "measure", "group", "source"],
        "tekst",
    )
    texts["measure"] = "Eerste regel\r\nTweede regel\rDerde regel"
    _apply(project, ids, texts)
    measures.set_ambition(project, 1, "Ambitie een\r\nAmbitie twee")
    vision = _docx_text(docx_vision.write_vision_document(project, tmp_path / "visie.docx"))
    assert "Eerste regel\nTweede regel\nDerde regel" in vision  # the measures table
    assert "Ambitie een\nAmbitie twee" in vision  # a paragraph
