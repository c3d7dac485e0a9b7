"""GapTableModel, the opgave per group and housing type: one test per role, no window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.models import CapacityKind, HousingType
from app.services.calculations.gap_table import ALL_GROUPS_LABEL, GapTableRow
from app.services.gap_table import GapTable
from app.views.models.gap_table_model import SHORTAGE, SURPLUS, GapTableModel
from tests.gui.helpers import cell

Role = Qt.ItemDataRole
Flag = Qt.ItemFlag
GROUP, TYPE, NEED, CAPACITY, GAP, SHORT, SURPLUS_, NEW_BUILD, MISSING = 0, 1, 2, 3, 4, 5, 6, 8, 12
HOMELESS, DETENTION = "Dak- en thuisloze mensen", "Uitstromers uit detentie"


def line(group_id, label, housing_type, need, capacity, shortage, surplus, missing=()):
    kinds = dict.fromkeys(CapacityKind, 0)
    kinds[CapacityKind.NEW_BUILD] = capacity
    return GapTableRow(
        group_id, label, housing_type, need, kinds, capacity, shortage, surplus, missing
    )


@pytest.fixture
def table() -> GapTable:
    """Homeless people: a shortage of 1.206 in regular homes and a surplus of 3 rooms;
    ex-detainees: the need is missing, so their gap and the grand total are unknown."""
    regular = line(1, HOMELESS, HousingType.INDEPENDENT_REGULAR, 1210, 4, 1206, 0)
    rooms = line(1, HOMELESS, HousingType.ROOM, 2, 5, 0, 3)
    unknown = line(
        2, DETENTION, HousingType.INDEPENDENT_REGULAR, None, 1, None, None, ("Delft 2025",)
    )
    return GapTable(
        scope="Regio, 2025–2027",
        years=(2025, 2026, 2027),
        rows=(regular, rooms, unknown),
        group_totals=(
            line(1, HOMELESS, None, 1212, 9, 1206, 3),
            line(2, DETENTION, None, None, 1, None, None, ("Delft 2025",)),
        ),
        total=line(None, ALL_GROUPS_LABEL, None, None, 10, None, None, ("Delft 2025",)),
        notes=(),
    )


@pytest.fixture
def model(qapp, table) -> GapTableModel:
    model = GapTableModel()
    model.set_table(table)
    return model


def test_the_model_follows_the_qt_contract(qtmodeltester, model):
    """qtmodeltester finds nothing wrong, in reading order, sorted, and sorted again
    (the tester stays attached and checks every reset and layout change)."""
    qtmodeltester.check(model)
    model.sort(GAP, Qt.SortOrder.DescendingOrder)
    model.sort(NEED, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.sort(GROUP)
    qtmodeltester.check(model)


def test_the_example_vision_table_follows_the_qt_contract(qtmodeltester, demo):
    """The example vision's whole-region table, and one municipality's."""
    from app.services.analysis import analyse
    from app.services.gap_table import gap_table
    from app.services.selection import Selection

    analysis = analyse(demo)
    model = GapTableModel()
    model.set_table(gap_table(analysis, Selection()))
    assert model.rowCount() > 10
    qtmodeltester.check(model)
    first = analysis.figures.municipalities[0].id
    model.set_table(gap_table(analysis, Selection(municipality_id=first)))
    model.sort(SHORT, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_reading_order_has_each_group_total_and_the_grand_total_last(model):
    """Each group's housing types, then its total; the total of all groups at the bottom."""
    assert [cell(model, r, TYPE) for r in range(model.rowCount())] == [
        "Zelfstandig regulier",
        "Onzelfstandig (kamer)",
        "totaal",
        "Zelfstandig regulier",
        "totaal",
        "",
    ]


def test_display_role_names_a_group_once_in_reading_order(model):
    """The group's name stands above its housing types, not on every line; the last line
    is 'Totaal'."""
    assert [cell(model, r, GROUP) for r in range(model.rowCount())] == [
        HOMELESS,
        "",
        "",
        DETENTION,
        "",
        "Totaal",
    ]


def test_display_role_of_figures(model):
    """Figures with thousands separators, the gap signed, unknown as 'onbekend'."""
    assert cell(model, 0, NEED) == "1.210"
    assert cell(model, 0, GAP) == "+1.206"
    assert cell(model, 1, GAP) == "\u22123"
    assert cell(model, 1, SURPLUS_) == "3"
    assert cell(model, 0, NEW_BUILD) == "4"
    assert cell(model, 3, NEED) == "onbekend"
    assert cell(model, 3, GAP) == "onbekend"
    assert cell(model, 3, MISSING) == "Delft 2025"
    assert cell(model, 0, MISSING) == ""


def test_user_role_is_the_raw_value(model):
    """Sorting and copying read the value itself: a number, or None when unknown."""
    assert cell(model, 0, GAP, Role.UserRole) == 1206
    assert cell(model, 1, GAP, Role.UserRole) == -3
    assert cell(model, 3, NEED, Role.UserRole) is None


def test_edit_role_has_nothing_to_edit(model):
    """The table is read-only: there is no edit value."""
    assert cell(model, 0, NEED, Role.EditRole) is None


def test_text_alignment_role(model):
    """Figure columns are right-aligned, unknown ones too; names are not."""
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(model, 0, NEED, Role.TextAlignmentRole) == right
    assert cell(model, 3, GAP, Role.TextAlignmentRole) == right
    assert cell(model, 0, GROUP, Role.TextAlignmentRole) is None
    assert cell(model, 0, TYPE, Role.TextAlignmentRole) is None
    assert cell(model, 3, MISSING, Role.TextAlignmentRole) is None


def test_font_role_is_bold_on_total_lines(model):
    """Group totals and the grand total are bold; housing types are not."""
    assert cell(model, 2, NEED, Role.FontRole).bold()
    assert cell(model, 5, GROUP, Role.FontRole).bold()
    assert cell(model, 0, NEED, Role.FontRole) is None


def test_foreground_role_colours_the_gap(model):
    """A shortage is red, a surplus blue; an unknown gap and the other columns are plain."""
    assert cell(model, 0, GAP, Role.ForegroundRole).color() == SHORTAGE
    assert cell(model, 1, GAP, Role.ForegroundRole).color() == SURPLUS
    assert cell(model, 3, GAP, Role.ForegroundRole) is None
    assert cell(model, 0, SHORT, Role.ForegroundRole) is None


def test_foreground_role_of_a_zero_gap_is_plain(qapp):
    """Need equal to capacity is neither shortage nor surplus: no colour."""
    even = line(1, HOMELESS, HousingType.ROOM, 3, 3, 0, 0)
    model = GapTableModel()
    model.set_table(GapTable("Regio", (2025,), (even,), (even,), even, ()))
    assert cell(model, 0, GAP) == "0"
    assert cell(model, 0, GAP, Role.ForegroundRole) is None


def test_background_role_is_left_to_the_style(model):
    """The table paints no backgrounds (alternating rows come from the view)."""
    assert cell(model, 0, GAP, Role.BackgroundRole) is None


def test_tooltip_role_names_what_is_missing(model):
    """A line with unknown figures says which input is missing; a complete line is quiet."""
    assert cell(model, 3, GAP, Role.ToolTipRole) == "Ontbreekt: Delft 2025"
    assert cell(model, 0, GAP, Role.ToolTipRole) is None


def test_flags_are_read_only(model):
    """Cells can be selected (to copy) but not edited."""
    flags = model.flags(model.index(0, NEED))
    assert flags & Flag.ItemIsEnabled and flags & Flag.ItemIsSelectable
    assert not flags & Flag.ItemIsEditable


def test_set_data_is_refused(model):
    """Nothing is written through this model."""
    assert model.setData(model.index(0, NEED), "3") is False
    assert cell(model, 0, NEED) == "1.210"


def test_header_data(model):
    """Short headers (capacity kinds as 'w.v. …'), no row headers."""
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Aandachtsgroep",
        "Woonvorm",
        "Woonbehoefte",
        "Aanbod totaal",
        "Opgave",
        "Tekort",
        "Overschot",
        "w.v. toewijzing",
        "w.v. nieuwbouw",
        "w.v. flex",
        "w.v. transformatie",
        "w.v. overig",
        "Ontbrekende invoer",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_header_tooltips_explain_gap_shortage_and_surplus(model):
    """Shortage and surplus are not the opgave split in two: their headers say so."""
    tip, across = Role.ToolTipRole, Qt.Orientation.Horizontal
    assert "Een overschot elders vult een tekort niet aan" in model.headerData(SHORT, across, tip)
    assert model.headerData(SURPLUS_, across, tip).startswith("Opgeteld")
    assert model.headerData(GAP, across, tip) == "Woonbehoefte min aanbod: tekort min overschot."
    assert model.headerData(NEED, across, tip) is None


def test_sorting_keeps_unknown_last_and_the_grand_total_at_the_bottom(qtbot, model):
    """Sorted by a figure: housing-type lines only, unknown after known in either
    direction, each line naming its group, the grand total still last."""
    model.sort(GAP, Qt.SortOrder.DescendingOrder)
    assert [cell(model, r, GAP, Role.UserRole) for r in range(model.rowCount())] == [
        1206,
        -3,
        None,
        None,
    ]
    assert [cell(model, r, GROUP) for r in range(3)] == [HOMELESS, HOMELESS, DETENTION]
    assert cell(model, 3, GROUP) == "Totaal"
    model.sort(GAP, Qt.SortOrder.AscendingOrder)
    assert [cell(model, r, GAP, Role.UserRole) for r in range(3)] == [-3, 1206, None]


def test_sorting_in_or_out_of_reading_order_resets_the_model(qtbot, model):
    """Group totals come or go, so the lines are not the same ones moved: a reset."""
    with qtbot.waitSignal(model.modelReset):
        model.sort(GAP)
    with qtbot.waitSignal(model.modelReset):
        model.sort(GROUP)


def test_sorting_again_moves_the_selection_with_its_line(qtbot, model):
    """Re-sorting the same lines is a layout change; a persistent index (the view's
    selection, its current cell) follows its line to the new place."""
    from PySide6.QtCore import QPersistentModelIndex

    model.sort(GAP, Qt.SortOrder.DescendingOrder)  # 1206, -3, unknown, total
    chosen = QPersistentModelIndex(model.index(1, NEED))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.layoutChanged):
        model.sort(GAP, Qt.SortOrder.AscendingOrder)  # -3, 1206, unknown, total
    assert (chosen.row(), chosen.column()) == (0, NEED)
    assert cell(model, chosen.row(), GAP, Role.UserRole) == -3


def test_sorting_on_the_group_column_restores_the_reading_order(model):
    """A click on 'Aandachtsgroep' brings back the groups with their totals."""
    model.sort(GAP)
    model.sort(GROUP, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 6 and cell(model, 2, TYPE) == "totaal"


def test_no_table_is_no_rows(model):
    """Before the analysis is ready there is nothing to show."""
    model.set_table(None)
    assert model.rowCount() == 0
