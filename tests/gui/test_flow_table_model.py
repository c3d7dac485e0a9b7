"""FlowTableModel, the stroommodel's figures per municipality: one test per role, no window,
and how the typed text is read (a Dutch message naming the place and the figure)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.errors import ValidationError
from app.services.estimates.flow_model import Flow
from app.views.models.flow_table_model import FlowTableModel
from tests.gui.helpers import cell

Role = Qt.ItemDataRole
PLACES, STAY, SHARE, BACKLOG, YEARS = 1, 2, 3, 4, 5


@pytest.fixture
def model(qapp) -> FlowTableModel:
    """Delft filled in (backlog and years left empty), Rijswijk empty."""
    model = FlowTableModel([("GM0503", "Delft"), ("GM0603", "Rijswijk")])
    for column, text in ((PLACES, "40"), (STAY, "1,5"), (SHARE, "60")):
        model.setData(model.index(0, column), text)
    return model


def test_the_model_follows_the_qt_contract(qtmodeltester, model):
    """qtmodeltester finds nothing wrong."""
    qtmodeltester.check(model)


def test_display_and_edit_role(model):
    """The place's name, then the typed text as typed (display and edit alike)."""
    assert cell(model, 0, 0) == "Delft"
    assert cell(model, 0, STAY) == "1,5"
    assert cell(model, 0, STAY, Role.EditRole) == "1,5"
    assert cell(model, 1, PLACES) == ""


def test_header_data_and_its_tooltips(model):
    """A column per figure, two lines each; each figure's header explains it."""
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers[0] == "Plaats" and headers[STAY] == "Verblijf\n(jaren)"
    assert "leeg: 1" in model.headerData(YEARS, Qt.Orientation.Horizontal, Role.ToolTipRole)
    assert model.headerData(0, Qt.Orientation.Horizontal, Role.ToolTipRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_alignment_and_flags(model):
    """Figures are right-aligned and editable; the name is neither."""
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(model, 0, PLACES, Role.TextAlignmentRole) == right
    assert cell(model, 0, 0, Role.TextAlignmentRole) is None
    assert model.flags(model.index(0, PLACES)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_set_data_is_refused_on_the_name_and_other_roles(model):
    """The name cannot be edited; a role other than EditRole changes nothing."""
    assert model.setData(model.index(0, 0), "Delfgauw") is False
    assert model.setData(model.index(0, PLACES), "9", Role.DisplayRole) is False
    assert cell(model, 0, 0) == "Delft" and cell(model, 0, PLACES) == "40"


def test_flows_reads_the_filled_rows_with_defaults(model):
    """A filled row is a Flow (empty backlog 0, empty years 1); an empty row has none."""
    assert model.flows() == {"GM0503": Flow(40, 1.5, 0.6, 0, 1)}


def test_load_shows_a_flow_as_typed_text(model):
    """Stored flows come back as the text a user would type ('2,5', '25'); other rows are
    emptied."""
    model.load({"GM0603": Flow(12, 2.5, 0.25, 6, 3)})
    assert [cell(model, 1, c) for c in range(1, 6)] == ["12", "2,5", "25", "6", "3"]
    assert cell(model, 0, PLACES) == ""
    assert model.flows() == {"GM0603": Flow(12, 2.5, 0.25, 6, 3)}


@pytest.mark.parametrize(
    ("column", "text", "message"),
    [
        (PLACES, "veel", "Delft, bezette plekken: 'veel' is geen getal."),
        (STAY, "", "Delft, verblijf (jaren): vul dit in."),
        (STAY, "0", "Delft: de gemiddelde verblijfsduur moet groter dan 0 zijn."),
        (SHARE, "120", "Delft, doorstroom (%): 120 % ligt niet tussen 0 en 100 %."),
        (BACKLOG, "-3", "Delft: het aantal uitstroomklare mensen moet ten minste 0 zijn."),
        (YEARS, "0", "Delft, wegwerken in (jaren): de achterstand wegwerken duurt ten minste"),
        (YEARS, "1,5", "Delft, wegwerken in (jaren): '1,5' is geen geheel getal."),
    ],
)
def test_unreadable_figures_are_named(model, column, text, message):
    """Text that is no usable figure gives a Dutch message naming the place and figure."""
    model.setData(model.index(0, column), text)
    with pytest.raises(ValidationError) as refused:
        model.flows()
    assert str(refused.value).startswith(message)
