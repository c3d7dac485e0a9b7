"""A partly filled vision: a total over cells of which some are unknown is itself unknown
in every document (Word, Excel, the CLI text), with a note naming what is missing; it is
never printed as the sum of the known cells. Need (or capacity) whose own cells are all
known is still shown: only what depends on a missing input is unknown."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from app.models import CapacityKind, HousingType, PartnerKind
from app.reports import docx_vision
from app.reports.docx_agreements import write_agreement_documents
from app.reports.text_summary import summary_text
from app.reports.xlsx_annex import write_data_annex
from app.services import agreements, figures, partners
from app.services.analysis import analyse
from app.services.figures import Cell, CellChange
from app.services.target_groups import list_target_groups, update_group
from app.services.vision import create_vision

DELFT, THE_HAGUE = "GM0503", "GM0518"
GAP_HEADER = ["Gemeente", "Behoefte", "Aanbod", "Tekort", "Overschot", "Opgave"]
UNKNOWN_ROW = ["onbekend"] * 5
UNKNOWN_GAP = ["onbekend"] * 4  # capacity, shortage, surplus and gap


@pytest.fixture
def partial(tmp_path):
    """Both groups use rooms only. Delft need 100 without capacity, The Hague need 50 and
    capacity 80 (new build; every other kind 0: the known cells alone would show a surplus
    of 30) for the first group; for the second group only need is entered."""
    project = create_vision(
        tmp_path / "deels.thuisplan",
        title="Deels ingevuld",
        municipality_codes=[DELFT, THE_HAGUE],
        start_year=2025,
        end_year=2025,
        region_name="Testregio",
    )
    first, second = list_target_groups(project, active_only=True)[:2]
    room = HousingType.ROOM
    for group in (first, second):
        update_group(project, group.id, housing_types=[room])
    figures.set_cells(
        project,
        [
            CellChange(Cell(DELFT, first.id, room, 2025), 100),
            CellChange(Cell(THE_HAGUE, first.id, room, 2025), 50),
            *(
                CellChange(
                    Cell(THE_HAGUE, first.id, room, 2025, kind),
                    80 if kind is CapacityKind.NEW_BUILD else 0,
                )
                for kind in CapacityKind
            ),
            CellChange(Cell(DELFT, second.id, room, 2025), 40),
        ],
    )
    yield project
    project.close()


def _rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_partial_sum_is_what_the_known_cells_give(partial):
    """The premise: the known cells alone give a surplus of 30 (The Hague), but the total is
    incomplete, so it says nothing of the sort; all need is known, so need is shown."""
    analysis = analyse(partial)
    group = analysis.figures.groups[0]
    the_hague = next(m for m in analysis.figures.municipalities if m.code == THE_HAGUE)
    assert analysis.gap_total(group_id=group.id, municipality_id=the_hague.id).surplus == 30
    total = analysis.gap_total(group_id=group.id)
    assert (total.surplus, total.complete) == (None, False)
    assert total.values == (150, None, None, None, None)


def test_word_shows_unknown_totals_with_what_is_missing(partial, tmp_path, monkeypatch):
    """No surplus of 30, no 'nog geen cijfers' for a group with need; the region row is
    'onbekend' and a note names Delft's missing capacity."""
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    path = docx_vision.write_vision_document(partial, tmp_path / "v.docx")
    document = docx.Document(str(path))
    # the body's paragraphs: the table of contents repeats the headings
    texts = [p.text for p in document.paragraphs if not p.style.name.startswith("TOC")]
    first, second = (g.label for g in analyse(partial).figures.groups[:2])
    assert not any("overschot van 30" in t for t in texts)
    start, end = texts.index(f"3.1 {first}"), texts.index(f"3.2 {second}")
    section = texts[start:end]
    assert any("opgave in de regio nog onbekend" in t for t in section)
    assert f"Ontbreekt: aanbod voor {first}: Delft." in section
    second_section = texts[end : texts.index(next(t for t in texts if t.startswith("3.3 ")))]
    assert not any("nog geen cijfers ingevuld" in t for t in second_section)
    assert any("opgave in de regio nog onbekend" in t for t in second_section)

    group_table = next(t for t in document.tables if _rows(t)[0] == GAP_HEADER)
    rows = _rows(group_table)[1:]
    assert rows[0] == ["Delft", "100", *UNKNOWN_GAP]
    assert rows[1] == ["'s-Gravenhage", "50", "80", "0", "30", "\u221230"]
    assert rows[2] == ["Regio", "150", *UNKNOWN_GAP]
    # no partial sum passed off as a total (nothing here is estimated: no '*' either)
    gap_cells = [
        c for t in document.tables if "Behoefte" in _rows(t)[0] for r in _rows(t) for c in r
    ]
    assert not any(c.endswith("*") for c in gap_cells)


def test_excel_overview_leaves_unknown_totals_empty(partial, tmp_path):
    """Overzicht: the group's need, capacity, shortage, surplus and gap are empty, with
    the missing inputs beside them."""
    path = write_data_annex(partial, tmp_path / "bijlage.xlsx")
    sheet = openpyxl.load_workbook(path)["Overzicht"]
    group = analyse(partial).figures.groups[0]
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == group.label)
    assert row[1:6] == (150, None, None, None, None)
    assert row[6] == 1  # unknown cells
    assert row[7] == f"aanbod voor {group.label}: Delft"


def test_cli_text_shows_unknown_totals_with_what_is_missing(partial):
    """The terminal summary prints 'onbekend', not 50/80/30, and lists what is missing."""
    analysis = analyse(partial)
    lines = summary_text(analysis).splitlines()
    label = analysis.figures.groups[0].label
    row = next(line for line in lines if line.startswith(label))
    assert row.split()[-5:] == ["150", *UNKNOWN_GAP]
    assert f"  aanbod voor {label}: Delft" in lines
    delft = next(line for line in lines if line.startswith("Delft "))
    assert delft.split()[-5:] == UNKNOWN_ROW  # over all groups: most need is not entered


def test_agreement_document_shows_unknown_totals(partial, tmp_path):
    """The figures an agreement rests on are 'onbekend' with the note, not a surplus."""
    group = analyse(partial).figures.groups[0]
    partner = partners.add_partner(partial, "Woonstichting Test", PartnerKind.HOUSING_CORPORATION)
    agreements.add_agreement(
        partial, "Kamers voor de groep", party_ids=[partner.id], group_id=group.id
    )
    [path] = write_agreement_documents(partial, tmp_path)
    document = docx.Document(str(path))
    table = next(t for t in document.tables if _rows(t)[0][0] == "Aandachtsgroep (gebied)")
    assert _rows(table)[1] == [f"{group.label} (Regio)", "150", *UNKNOWN_GAP]
    assert f"Ontbreekt: aanbod voor {group.label}: Delft." in [p.text for p in document.paragraphs]
