"""Every export reads one snapshot: all it shows comes from one read transaction, and an edit
made after the snapshot was taken (while the document is written) does not reach it."""

from __future__ import annotations

import hashlib
import zipfile

import docx
import pytest
from sqlalchemy import event

from app.models import HousingType
from app.reports import docx_vision
from app.reports.collection_template import write_collection_template
from app.reports.doc_data import load_document_data
from app.reports.docx_agreements import write_agreement_documents
from app.reports.xlsx_annex import write_data_annex
from app.services import figures
from app.services.figures import Cell, CellChange
from app.services.target_groups import list_target_groups
from app.storage.snapshot import Snapshot


def count_reads(project, monkeypatch) -> dict[str, int]:
    """Snapshots taken, and transactions begun on the project's engine and reads through
    its own connection outside them."""
    counts = {"snapshots": 0, "transactions": 0, "fetches": 0}
    event.listen(
        project.engine,
        "begin",
        lambda _conn: counts.__setitem__("transactions", counts["transactions"] + 1),
    )
    for name in ("fetch", "snapshot"):
        original = getattr(project, name)

        def counted(*args, _original=original, _name=name, **kwargs):
            key = "fetches" if _name == "fetch" else "snapshots"
            counts[key] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(project, name, counted)
    return counts


@pytest.mark.parametrize(
    "export",
    [
        lambda p, t: docx_vision.write_vision_document(p, t / "visie.docx"),
        lambda p, t: write_data_annex(p, t / "bijlage.xlsx"),
        lambda p, t: write_agreement_documents(p, t),
        lambda p, t: write_collection_template(p, t / "uitvraag.xlsx"),
    ],
    ids=["visie", "bijlage", "afspraken", "uitvraag"],
)
def test_an_export_reads_in_one_transaction(demo, tmp_path, monkeypatch, export):
    """The vision, the annex, the agreements and the uitvraag each take exactly one
    snapshot (one read transaction) and read nothing outside it."""
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    counts = count_reads(demo, monkeypatch)
    export(demo, tmp_path)
    assert counts == {"snapshots": 1, "transactions": 0, "fetches": 0}


def test_a_snapshot_answers_every_read_of_a_document(demo):
    """All services a document needs read through the snapshot (it counts them)."""
    seen = []
    originals = {name: getattr(Snapshot, name) for name in ("read", "fetch")}

    def counting(name):
        def read(self, *args):
            seen.append(self)
            return originals[name](self, *args)

        return read

    for name in originals:
        setattr(Snapshot, name, counting(name))
    try:
        load_document_data(demo)
    finally:
        for name, original in originals.items():
            setattr(Snapshot, name, original)
    assert len(seen) >= 6 and len({id(s) for s in seen}) == 1


def _document_digest(path) -> str:
    """What a reader sees: the text of paragraphs and tables and every embedded image,
    not the file's timestamps."""
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    with zipfile.ZipFile(path) as package:
        images = sorted(
            hashlib.sha256(package.read(n)).hexdigest()
            for n in package.namelist()
            if n.startswith("word/media/")
        )
    return hashlib.sha256(repr((texts, cells, images)).encode()).hexdigest()


def test_an_edit_after_the_snapshot_does_not_reach_the_document(demo, tmp_path):
    """Take the snapshot, then change a need by 5000 (as a user would while the worker
    writes): the document written from the snapshot, tables and charts alike, is the one
    the file gave before the edit, not the one it gives after."""
    homeless = next(g for g in list_target_groups(demo) if g.code == "homeless")
    before = docx_vision.write_vision_document(demo, tmp_path / "voor.docx")
    data = load_document_data(demo)
    cell = Cell("GM0503", homeless.id, HousingType.INDEPENDENT_REGULAR, 2025)
    figures.set_cells(demo, [CellChange(cell, 5000)])
    from_snapshot = docx_vision.write_vision_document(data, tmp_path / "momentopname.docx")
    after = docx_vision.write_vision_document(demo, tmp_path / "na.docx")
    assert _document_digest(from_snapshot) == _document_digest(before)
    assert _document_digest(after) != _document_digest(before)
