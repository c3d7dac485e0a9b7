"""Prestatieafspraken documents: one per partner or municipality, with signature blocks."""

from __future__ import annotations

import docx
import pytest

from app.models import PartnerKind
from app.reports.docx_agreements import signing_sentence, write_agreement_documents
from app.reports.export_io import ExportCancelled, ExportError
from app.services import agreements, partners


def _text(path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _table_rows(path, header_start: str) -> list[list[str]]:
    """The rows of the table whose header has a cell starting with `header_start`."""
    for table in docx.Document(str(path)).tables:
        rows = [[c.text for c in r.cells] for r in table.rows]
        if any(cell.startswith(header_start) for cell in rows[0]):
            return rows
    return []


def test_one_document_per_partner_with_its_agreements(demo, tmp_path):
    """Each partner with agreements gets a document with exactly its agreements and a
    signature row per party."""
    written = write_agreement_documents(demo, tmp_path)
    names = {p.name for p in written}
    assert "Prestatieafspraken Woonstichting Duinrand.docx" in names
    assert "Prestatieafspraken Provincie Zuid-Holland.docx" not in names  # no agreements
    duinrand = _text(tmp_path / "Prestatieafspraken Woonstichting Duinrand.docx")
    by_partner = {p.name: p.id for p in partners.list_partners(demo)}
    for agreement in agreements.list_agreements(demo):
        inside = agreement.description in duinrand
        assert inside == (by_partner["Woonstichting Duinrand"] in agreement.party_ids)
    assert "Ondertekening" in duinrand and "Handtekening" in duinrand
    assert "Waar de afspraken op rusten" in duinrand


def test_per_municipality(demo, tmp_path):
    """per='municipality' writes a document per municipality that has agreements."""
    written = write_agreement_documents(demo, tmp_path, per="municipality")
    assert sorted(p.name for p in written) == [
        "Prestatieafspraken 's-Gravenhage.docx",
        "Prestatieafspraken Delft.docx",
        "Prestatieafspraken Zoetermeer.docx",
    ]


def test_the_social_rent_test_of_the_municipality_is_in_its_agreements(demo, tmp_path):
    """An agreement for Wassenaar carries Wassenaar's social-rent test: the goal is out of
    reach with new construction alone (nodig 222,3 %), said in words, never a bare 100 %."""
    agreements.add_agreement(demo, "Sociale huur in Wassenaar", municipality_code="GM0629")
    write_agreement_documents(demo, tmp_path, per="municipality")
    text = _text(tmp_path / "Prestatieafspraken Wassenaar.docx")
    assert "Sociale huur" in text
    assert "niet haalbaar met nieuwbouw alleen: nodig 222,3 %" in text
    municipal = _table_rows(tmp_path / "Prestatieafspraken Wassenaar.docx", "Nodig in nieuwbouw")
    assert municipal and not any("100,0 %" in cell for row in municipal for cell in row)
    delft = _text(tmp_path / "Prestatieafspraken Delft.docx")
    assert "niet haalbaar" not in delft  # Delft can reach 30 %


def test_partner_names_become_safe_file_names(demo, tmp_path):
    """A partner called 'CON' or with slashes still gives a safe file in the folder."""
    bad = partners.add_partner(demo, "../CON/Stichting: A|B", PartnerKind.OTHER)
    agreements.add_agreement(demo, "Afspraak met een rare naam", party_ids=[bad.id])
    written = write_agreement_documents(demo, tmp_path)
    assert all(p.parent == tmp_path for p in written)
    assert any(p.name == "Prestatieafspraken ..-CON-Stichting- A-B.docx" for p in written)


def test_missing_folder_and_cancel(demo, tmp_path):
    """A missing folder is a Dutch error; a cancelled run leaves no half-written file."""
    with pytest.raises(ExportError, match="bestaat niet"):
        write_agreement_documents(demo, tmp_path / "nergens")
    with pytest.raises(ExportCancelled):
        write_agreement_documents(demo, tmp_path, is_cancelled=lambda: True)
    assert [p for p in tmp_path.iterdir() if p.suffix == ".docx"] == []


def test_names_that_give_the_same_file_name_do_not_overwrite(demo, tmp_path):
    """'A/B' and 'A-B' both become 'Prestatieafspraken A-B': the second is '... (2)', and
    each document holds its own partner's agreements."""
    slash = partners.add_partner(demo, "Stichting A/B", PartnerKind.OTHER)
    dash = partners.add_partner(demo, "Stichting A-B", PartnerKind.OTHER)
    agreements.add_agreement(demo, "Afspraak van de schuine streep", party_ids=[slash.id])
    agreements.add_agreement(demo, "Afspraak van het streepje", party_ids=[dash.id])
    written = write_agreement_documents(demo, tmp_path)
    assert len({p.name.casefold() for p in written}) == len(written)
    ours = {p.name: _text(p) for p in written if "Stichting A" in p.name}
    assert sorted(ours) == [
        "Prestatieafspraken Stichting A-B (2).docx",
        "Prestatieafspraken Stichting A-B.docx",
    ]
    texts = list(ours.values())
    assert sum("schuine streep" in t for t in texts) == 1
    assert sum("streepje" in t for t in texts) == 1
    assert all(("schuine streep" in t) != ("streepje" in t) for t in texts)


@pytest.mark.parametrize(
    ("parties", "sentence"),
    [
        (0, "Aldus overeengekomen en ondertekend."),
        (1, "Aldus overeengekomen en ondertekend."),
        (2, "Aldus overeengekomen en in tweevoud ondertekend."),
        (5, "Aldus overeengekomen en in vijfvoud ondertekend."),
        (10, "Aldus overeengekomen en in tienvoud ondertekend."),
        (12, "Aldus overeengekomen en in 12 exemplaren ondertekend."),
    ],
)
def test_the_number_of_copies_is_the_number_of_parties(parties, sentence):
    """One signed copy for each party: 'in tweevoud' only for two."""
    assert signing_sentence(parties) == sentence


def test_every_agreements_document_says_as_many_copies_as_it_has_signatures(demo, tmp_path):
    """In each document the signing sentence matches its signature rows, and the heading
    'Ondertekening' and that sentence keep with the signature table."""
    one = partners.add_partner(demo, "Stichting Alleen", PartnerKind.OTHER)
    agreements.add_agreement(demo, "Afspraak van één partij", party_ids=[one.id])
    for path in write_agreement_documents(demo, tmp_path):
        document = docx.Document(str(path))
        signatures = next(t for t in document.tables if t.rows[0].cells[0].text == "Partij")
        sentence = next(p for p in document.paragraphs if p.text.startswith("Aldus"))
        assert sentence.text == signing_sentence(len(signatures.rows) - 1), path.name
        title = next(p for p in document.paragraphs if p.text == "Ondertekening")
        assert title.paragraph_format.keep_with_next and sentence.paragraph_format.keep_with_next
    alone = docx.Document(str(tmp_path / "Prestatieafspraken Stichting Alleen.docx"))
    assert "Aldus overeengekomen en ondertekend." in [p.text for p in alone.paragraphs]
    hofpoort = _text(tmp_path / "Prestatieafspraken Woningcorporatie Hofpoort.docx")
    assert "in tweevoud" not in hofpoort and "in vijfvoud" in hofpoort  # five parties
