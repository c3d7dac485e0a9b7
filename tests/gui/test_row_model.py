"""RowTableModel, the table model behind every list of plain rows: one test per role, no
window (Vorta's model tests)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.views.models.row_model import CHOICES_ROLE, RAW_ROLE, Column, RowTableModel
from tests.gui.helpers import cell

Role = Qt.ItemDataRole
Flag = Qt.ItemFlag


@dataclass
class Item:
    name: str
    count: int | None
    active: bool
    colour: str | None = None


class Edits:
    """Records the edits a column hands over and answers with `accept`."""

    def __init__(self):
        self.calls: list[tuple[str, str, object]] = []
        self.accept = True

    def column(self, field: str):
        def edit(row, value) -> bool:
            self.calls.append((row.name, field, value))
            return self.accept

        return edit


NAME, COUNT, ACTIVE, COLOUR, NOTE = range(5)


@pytest.fixture
def edits() -> Edits:
    return Edits()


@pytest.fixture
def model(qapp, edits) -> RowTableModel:
    """Three items through five columns: edited text, a right-aligned number with its own
    text, a check box, a choice, and a read-only note."""
    columns = [
        Column(
            "Naam",
            lambda r: r.name,
            edit=edits.column("name"),
            tooltip=lambda r: f"over {r.name}",
            italic=lambda r: r.name.startswith("eigen"),
        ),
        Column(
            "Aantal",
            lambda r: r.count,
            text=lambda r: "—" if r.count is None else f"{r.count} st.",
            edit=edits.column("count"),
            align_right=True,
        ),
        Column("Aan", lambda r: r.active, edit=edits.column("active"), checkable=True),
        Column(
            "Kleur",
            lambda r: r.colour,
            edit=edits.column("colour"),
            choices=lambda: [("", None), ("rood", "red"), ("blauw", "blue")],
        ),
        Column("Notitie", lambda r: r.count),
    ]
    model = RowTableModel(columns)
    model.set_rows(
        [Item("Delft", 3, True, "red"), Item("eigen groep", None, False), Item("Rijswijk", 0, True)]
    )
    return model


def test_the_model_follows_the_qt_contract(qtmodeltester, model):
    """qtmodeltester finds nothing wrong with rows, columns, roles and flags."""
    qtmodeltester.check(model)


def test_display_role_is_the_column_text_or_the_value(model):
    """A column's text function wins; without one the value is shown, None as empty."""
    assert cell(model, 0, NAME) == "Delft"
    assert cell(model, 0, COUNT) == "3 st."
    assert cell(model, 1, COUNT) == "—"
    assert cell(model, 0, NOTE) == "3"
    assert cell(model, 1, NOTE) == ""


def test_display_role_of_a_check_box_column_is_empty(model):
    """A check box column shows its check, not the word True."""
    assert cell(model, 0, ACTIVE) is None


def test_edit_role_gives_numbers_as_text(model):
    """Numbers are edited as text (the service's parser judges them), None as empty text."""
    assert cell(model, 0, COUNT, Role.EditRole) == "3"
    assert cell(model, 2, COUNT, Role.EditRole) == "0"
    assert cell(model, 1, COUNT, Role.EditRole) == ""
    assert cell(model, 0, NAME, Role.EditRole) == "Delft"
    assert cell(model, 0, COLOUR, Role.EditRole) == "red"


def test_check_state_role(model):
    """A check box column is checked for a true value; other columns have no check box."""
    assert cell(model, 0, ACTIVE, Role.CheckStateRole) == Qt.CheckState.Checked
    assert cell(model, 1, ACTIVE, Role.CheckStateRole) == Qt.CheckState.Unchecked
    assert cell(model, 0, NAME, Role.CheckStateRole) is None


def test_raw_role_is_the_value_itself(model):
    """RAW_ROLE gives the row's value unformatted (for sorting and delegates)."""
    assert cell(model, 0, COUNT, RAW_ROLE) == 3
    assert cell(model, 1, COUNT, RAW_ROLE) is None
    assert cell(model, 1, ACTIVE, RAW_ROLE) is False


def test_choices_role_lists_a_combo_box_column_choices(model):
    """The delegate reads the (label, value) choices; a plain column has none."""
    assert cell(model, 0, COLOUR, CHOICES_ROLE) == [("", None), ("rood", "red"), ("blauw", "blue")]
    assert cell(model, 0, NAME, CHOICES_ROLE) is None


def test_tooltip_role(model):
    """A column's tooltip function is asked per row; other columns have none."""
    assert cell(model, 2, NAME, Role.ToolTipRole) == "over Rijswijk"
    assert cell(model, 2, COUNT, Role.ToolTipRole) is None


def test_font_role_is_italic_where_the_column_says(model):
    """Italic only for the rows the column's italic function picks."""
    assert cell(model, 1, NAME, Role.FontRole).italic()
    assert cell(model, 0, NAME, Role.FontRole) is None
    assert cell(model, 1, COUNT, Role.FontRole) is None


def test_text_alignment_role(model):
    """Number columns are right-aligned; text columns keep Qt's default."""
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(model, 0, COUNT, Role.TextAlignmentRole) == right
    assert cell(model, 0, NAME, Role.TextAlignmentRole) is None


def test_background_and_foreground_roles_are_left_to_the_style(model):
    """The plain row model paints no colours of its own."""
    assert cell(model, 0, COUNT, Role.BackgroundRole) is None
    assert cell(model, 0, COUNT, Role.ForegroundRole) is None


def test_flags(model):
    """Editable columns are editable, a check box column checkable (not a text editor),
    a column without edit read-only; an invalid index has no flags."""
    base = Flag.ItemIsEnabled | Flag.ItemIsSelectable
    assert model.flags(model.index(0, NAME)) == base | Flag.ItemIsEditable
    assert model.flags(model.index(0, ACTIVE)) == base | Flag.ItemIsUserCheckable
    assert model.flags(model.index(0, NOTE)) == base
    assert model.flags(QModelIndex()) == Flag.NoItemFlags


def test_set_data_hands_the_value_to_the_column_and_returns_its_answer(model, edits):
    """An accepted edit returns True; the row is reloaded by the page, not patched here."""
    assert model.setData(model.index(2, NAME), "Rijswijk (ZH)")
    assert edits.calls == [("Rijswijk", "name", "Rijswijk (ZH)")]


def test_set_data_refused_returns_false_and_changes_nothing(model, edits):
    """When the service refuses, setData says so and the row shows what it showed."""
    edits.accept = False
    assert model.setData(model.index(0, COUNT), "-4") is False
    assert edits.calls == [("Delft", "count", "-4")]
    assert cell(model, 0, COUNT) == "3 st."


def test_set_data_on_a_read_only_column_is_refused(model, edits):
    """A column without edit refuses without calling anything."""
    assert model.setData(model.index(0, NOTE), "7") is False
    assert edits.calls == []


def test_an_invalid_index_has_no_data_and_refuses_set_data(qapp, model, edits):
    """The root index (also of a model without columns) shows nothing and writes nothing."""
    assert model.data(QModelIndex()) is None
    assert model.setData(QModelIndex(), "x") is False
    assert RowTableModel([]).setData(QModelIndex(), "x") is False
    assert edits.calls == []


def test_set_data_with_another_role_is_refused(model, edits):
    """Only EditRole (and CheckStateRole on a check box column) writes."""
    assert model.setData(model.index(0, NAME), "x", Role.DisplayRole) is False
    assert model.setData(model.index(0, NAME), Qt.CheckState.Checked, Role.CheckStateRole) is False
    assert edits.calls == []


def test_set_data_on_a_check_box_gives_a_bool(model, edits):
    """Ticking a box hands over True, unticking False (not Qt's check state)."""
    assert model.setData(model.index(1, ACTIVE), Qt.CheckState.Checked.value, Role.CheckStateRole)
    assert model.setData(model.index(0, ACTIVE), Qt.CheckState.Unchecked, Role.CheckStateRole)
    assert edits.calls == [("eigen groep", "active", True), ("Delft", "active", False)]


def test_header_data(model):
    """Column titles horizontally; no row numbers and no other roles."""
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Naam",
        "Aantal",
        "Aan",
        "Kleur",
        "Notitie",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Role.ToolTipRole) is None


def test_new_rows_of_the_same_number_repaint_without_a_reset(qtbot, model):
    """Reloading as many rows keeps the selection: dataChanged over the table, no reset."""
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as spy:
        model.set_rows([Item("A", 1, True), Item("B", 2, True), Item("C", 3, False)])
    top_left, bottom_right = spy.args[:2]
    assert (top_left.row(), top_left.column()) == (0, 0)
    assert (bottom_right.row(), bottom_right.column()) == (2, 4)
    assert cell(model, 2, NAME) == "C"


def test_a_different_number_of_rows_resets_the_model(qtbot, model):
    """More or fewer rows reset the model."""
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([Item("A", 1, True)])
    assert model.rowCount() == 1
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([])
    assert model.rowCount() == 0
