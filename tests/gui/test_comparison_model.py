"""ComparisonModel, two scenarios side by side: one test per role, no window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.calculations.gaps import GapTotal
from app.services.scenario_comparison import ComparedBy, Comparison, ComparisonRow
from app.views.models.comparison_model import ComparisonModel
from tests.gui.helpers import cell

Role = Qt.ItemDataRole
NAME, FIRST_NEED, FIRST_GAP, SECOND_NEED, SECOND_GAP, DIFFERENCE = range(6)
UNKNOWN = GapTotal(None, 4, None, None, 1, 2)


@pytest.fixture
def model(qapp) -> ComparisonModel:
    """Ouderen known under both (a shortage of 12, then 30), Statushouders unknown under the
    second, and the total."""
    model = ComparisonModel(ComparedBy.GROUP)
    model.set_comparison(
        Comparison(
            "basis",
            "ambitieus",
            [
                ComparisonRow("Ouderen", GapTotal(20, 8, 12, 0), GapTotal(38, 8, 30, 0)),
                ComparisonRow("Statushouders", GapTotal(5, 9, 0, 4), UNKNOWN),
                ComparisonRow("Totaal", GapTotal(25, 17, 12, 4), UNKNOWN, is_total=True),
            ],
        )
    )
    return model


def test_the_model_follows_the_qt_contract(qtmodeltester, model):
    """qtmodeltester finds nothing wrong, with rows and without."""
    qtmodeltester.check(model)
    model.set_comparison(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_display_role(model):
    """Need as a number, gaps and the difference signed; the total row says 'Totaal'."""
    assert [cell(model, 0, c) for c in range(6)] == ["Ouderen", "20", "+12", "38", "+30", "+18"]
    assert cell(model, 1, FIRST_GAP) == "\u22124"
    assert cell(model, 2, NAME) == "Totaal"


def test_unknown_reads_onbekend_never_0(model):
    """An unknown need, gap or difference reads 'onbekend'."""
    assert [cell(model, 1, c) for c in (SECOND_NEED, SECOND_GAP, DIFFERENCE)] == ["onbekend"] * 3


def test_user_role_gives_the_raw_value(model):
    """The raw figure (None when unknown), for sorting and tests."""
    assert cell(model, 0, DIFFERENCE, Role.UserRole) == 18
    assert cell(model, 1, DIFFERENCE, Role.UserRole) is None


def test_header_data_names_both_scenarios(model):
    """The columns carry the scenarios' names; the difference explains itself."""
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == [
        "Aandachtsgroep",
        "Woonbehoefte\nbasis",
        "Opgave\nbasis",
        "Woonbehoefte\nambitieus",
        "Opgave\nambitieus",
        "Verschil",
    ]
    assert "onbekend" in model.headerData(DIFFERENCE, Qt.Orientation.Horizontal, Role.ToolTipRole)
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert ComparisonModel(ComparedBy.MUNICIPALITY).headerData(0, Qt.Orientation.Horizontal) == (
        "Gemeente"
    )


def test_font_alignment_and_foreground(model):
    """The total row is bold; figures are right-aligned; a shortage red, a surplus blue."""
    assert cell(model, 2, NAME, Role.FontRole).bold()
    assert cell(model, 0, NAME, Role.FontRole) is None
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(model, 0, FIRST_NEED, Role.TextAlignmentRole) == right
    assert cell(model, 0, NAME, Role.TextAlignmentRole) is None
    assert cell(model, 0, FIRST_GAP, Role.ForegroundRole).color().name() == "#b2182b"
    assert cell(model, 1, FIRST_GAP, Role.ForegroundRole).color().name() == "#2166ac"
    assert cell(model, 0, FIRST_NEED, Role.ForegroundRole) is None


def test_tooltip_explains_unknown(model):
    """An unknown figure says input is missing; a known one needs no tooltip."""
    assert "ontbreekt" in cell(model, 1, SECOND_GAP, Role.ToolTipRole)
    assert cell(model, 0, SECOND_GAP, Role.ToolTipRole) is None


def test_flags_are_read_only(model):
    """Nothing is editable; setData (the default) refuses."""
    assert not model.flags(model.index(0, FIRST_GAP)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, FIRST_GAP), 3) is False
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
