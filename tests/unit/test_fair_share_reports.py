"""The fair share over all groups per municipality in the Word vision, the CLI text and the
chart: one service (`Analysis.fair_share_by_municipality`), and a difference that always
equals the contribution minus the fair share as shown (both rounded to whole dwellings)."""

from __future__ import annotations

import docx
import pytest

from app.models import BaselineIndicator, HousingType
from app.reports import docx_vision
from app.reports.text_summary import summary_text
from app.services import figures, municipalities
from app.services.analysis import analyse
from app.services.chart_data import fair_share_chart
from app.services.figures import Cell, CellChange
from app.services.selection import Selection
from app.services.target_groups import list_target_groups, set_group_active, update_group
from app.services.vision import create_vision
from tests.unit.cell_helpers import capacity

DELFT, THE_HAGUE = "GM0503", "GM0518"


@pytest.fixture
def half(tmp_path):
    """Two municipalities with equal inhabitants (key share 50 % each), one group with a
    regional need of 3: each fair share is exactly 1,5 (shown as 2). Delft offers 1, so the
    row must read 2 / 1 / −1, not −0,5 rounded to 0."""
    project = create_vision(
        tmp_path / "half.thuisplan",
        title="Half",
        municipality_codes=[DELFT, THE_HAGUE],
        start_year=2025,
        end_year=2025,
    )
    first, *others = list_target_groups(project, active_only=True)
    for group in others:
        set_group_active(project, group.id, False)
    for code in (DELFT, THE_HAGUE):
        municipalities.set_baseline(project, code, BaselineIndicator.INHABITANTS, 1000)
    room = HousingType.ROOM
    update_group(project, first.id, housing_types=[room])
    figures.set_cells(
        project,
        [
            CellChange(Cell(DELFT, first.id, room, 2025), 3),
            CellChange(Cell(THE_HAGUE, first.id, room, 2025), 0),
            *capacity(DELFT, first.id, room, 2025, new_build=1),
            *capacity(THE_HAGUE, first.id, room, 2025),
        ],
    )
    yield project
    project.close()


def test_the_service_rounds_the_difference_with_the_fair_share(half):
    """Fair share 1.5 is shown as 2; the difference shown is 1 - 2 = -1."""
    analysis = analyse(half)
    delft = analysis.figures.municipalities[0]
    total = analysis.fair_share_by_municipality()[delft.id]
    assert (total.fair_share, total.contribution, total.key_share) == (1.5, 1, 0.5)
    assert (total.rounded_fair_share, total.rounded_difference) == (2, -1)


def test_word_fair_share_row_adds_up(half, tmp_path, monkeypatch):
    """The Word table: key share, fair share, capacity and a difference that adds up."""
    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    path = docx_vision.write_vision_document(half, tmp_path / "v.docx")
    document = docx.Document(str(path))
    table = next(t for t in document.tables if t.rows[0].cells[1].text == "Aandeel sleutel")
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert rows[0] == ["Delft", "50,0 %", "2", "1", "\u22121"]
    assert rows[1] == ["'s-Gravenhage", "50,0 %", "2", "0", "\u22122"]


def test_cli_fair_share_row_adds_up(half):
    """The terminal summary's fair-share table shows the same, rounded, figures."""
    lines = summary_text(analyse(half)).splitlines()
    start = lines.index("Evenwichtige verdeling (alle aandachtsgroepen, hele planperiode)")
    delft = next(line for line in lines[start:] if line.startswith("Delft"))
    assert delft.split()[1:] == ["50,0", "%", "2", "1", "\u22121"]


def test_chart_uses_the_service_and_labels_the_rounded_difference(half):
    """Chart 4's bars are the service's figures; the label beside them adds up too."""
    analysis = analyse(half)
    totals = analysis.fair_share_by_municipality()
    chart = fair_share_chart(analysis, Selection())
    for bar in chart.bars:
        total = totals[bar.municipality_id]
        assert (bar.key_share, bar.fair_share, bar.contribution) == (
            total.key_share,
            total.fair_share,
            total.contribution,
        )
        assert bar.rounded_difference == total.rounded_difference


def test_by_municipality_follows_years_and_group(demo):
    """With a group and years, the sums cover only that group's fair shares in those years."""
    analysis = analyse(demo)
    group = analysis.figures.groups[1]
    years = analysis.figures.years[:2]
    key = analysis.figures.vision.distribution_key
    totals = analysis.fair_share_by_municipality(key, years=years, group_id=group.id)
    for share in analysis.fair_shares_for(key, years):
        if share.group_id == group.id:
            total = totals[share.municipality_id]
            assert total.fair_share == pytest.approx(share.fair_share)
            assert total.contribution == share.contribution
            assert total.key_share == share.key_share
