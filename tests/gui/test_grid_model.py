"""FigureGridModel, the need and capacity grid: one test per role, no window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.models import CapacityKind, HousingType
from app.views.models.grid_model import FigureGridModel, GridRow, grid_rows
from tests.gui.helpers import cell

Role = Qt.ItemDataRole
Flag = Qt.ItemFlag
YEARS = [2025, 2026, 2027]
REGULAR, ROOM = HousingType.INDEPENDENT_REGULAR, HousingType.ROOM
# need: Gemeente, Woonvorm, 2025, 2026, 2027, Totaal, Bron
Y2025, Y2026, Y2027, TOTAL, NOTE = 2, 3, 4, 5, 6
TOTAL_ROW = 3


class Writes:
    """Records what the grid hands over and answers with `accept`."""

    def __init__(self):
        self.cells: list[tuple[str, int, str]] = []
        self.notes: list[tuple[str, str]] = []
        self.accept = True

    def write(self, row: GridRow, year: int, text: str) -> bool:
        self.cells.append((row.municipality_code, year, text))
        return self.accept

    def write_note(self, row: GridRow, text: str) -> bool:
        self.notes.append((row.municipality_code, text))
        return self.accept


@pytest.fixture
def writes() -> Writes:
    return Writes()


@pytest.fixture
def model(qapp, writes) -> FigureGridModel:
    """Need of three rows: Delft complete with a note, Rijswijk with an empty 2026 and a
    large 2027, and a row the allocation rule computes (1.5 % of the vacancies)."""
    model = FigureGridModel(writes.write, writes.write_note)
    model.set_content(
        [
            GridRow("GM0503", "Delft", REGULAR, None, "Uitvraag 2024", {2025: 4, 2026: 5, 2027: 6}),
            GridRow("GM0603", "Rijswijk", REGULAR, None, "", {2025: 2, 2027: 1200}),
            GridRow(
                "GM0518",
                "'s-Gravenhage",
                ROOM,
                None,
                values={2025: 30, 2026: 31, 2027: 32},
                allocation_share=1.5,
                vacancies={2025: 2000, 2027: 2100},
            ),
        ],
        YEARS,
        capacity=False,
    )
    return model


def test_the_model_follows_the_qt_contract(qtmodeltester, model):
    """qtmodeltester finds nothing wrong with the grid and its total row."""
    qtmodeltester.check(model)


def test_the_example_vision_grids_follow_the_qt_contract(qtmodeltester, demo, writes):
    """The example vision's need and capacity grids (notes, computed rows, every kind)."""
    from app.services import figures, municipalities
    from app.services.target_groups import list_target_groups
    from app.services.vision_read import get_vision

    group = list_target_groups(demo, active_only=True)[0]
    places = municipalities.list_municipalities(demo)
    years = get_vision(demo).years
    need = FigureGridModel(writes.write, writes.write_note)
    need.set_content(
        grid_rows(figures.need_series(demo, group.id), places, group.housing_types, [None]),
        years,
        capacity=False,
    )
    capacity = FigureGridModel(writes.write, writes.write_note)
    rows = grid_rows(
        figures.capacity_series(demo, group.id),
        places,
        group.housing_types,
        list(CapacityKind),
        municipalities.all_vacancies(demo),
    )
    capacity.set_content(rows, years, capacity=True)
    assert any(row.computed for row in capacity.rows) and any(row.note for row in need.rows)
    assert need.rowCount() == len(places) * len(group.housing_types) + 1
    qtmodeltester.check(need)
    qtmodeltester.check(capacity)


def test_grid_rows_fill_every_combination_and_leave_the_missing_ones_empty(qapp):
    """A row per municipality x housing type x kind, in that order; a combination without a
    stored series is an empty row (unknown), not a missing one."""
    from types import SimpleNamespace as Thing

    delft, rijswijk = Thing(code="GM0503", name="Delft"), Thing(code="GM0603", name="Rijswijk")
    stored = Thing(
        municipality_code="GM0603",
        housing_type=ROOM,
        kind=None,
        source_note="Telling",
        values={2025: 3},
        allocation_share=None,
    )
    rows = grid_rows([stored], [delft, rijswijk], [REGULAR, ROOM], [None], {"GM0603": {2025: 9}})
    assert [(r.municipality_name, r.housing_type) for r in rows] == [
        ("Delft", REGULAR),
        ("Delft", ROOM),
        ("Rijswijk", REGULAR),
        ("Rijswijk", ROOM),
    ]
    assert (rows[3].values, rows[3].note, rows[3].vacancies) == ({2025: 3}, "Telling", {2025: 9})
    assert (rows[0].values, rows[0].note, rows[0].vacancies) == ({}, "", {})


def test_display_role(model):
    """Names, housing types, numbers with thousands separators, empty for unknown."""
    assert cell(model, 0, 0) == "Delft"
    assert cell(model, 0, 1) == "Zelfstandig regulier"
    assert cell(model, 0, Y2025) == "4"
    assert cell(model, 1, Y2026) == ""
    assert cell(model, 1, Y2027) == "1.200"


def test_display_role_of_the_totals(model):
    """A row's or year's total is the sum, or 'onbekend' when a cell it adds is empty."""
    assert cell(model, 0, TOTAL) == "15"
    assert cell(model, 1, TOTAL) == "onbekend"
    assert cell(model, TOTAL_ROW, 0) == "Totaal"
    assert cell(model, TOTAL_ROW, Y2025) == "36"
    assert cell(model, TOTAL_ROW, Y2026) == "onbekend"
    assert cell(model, TOTAL_ROW, TOTAL) == "onbekend"
    assert cell(model, TOTAL_ROW, NOTE) is None


def test_display_role_of_the_note_column(model):
    """The source note; a computed row without a note says how it is computed."""
    assert cell(model, 0, NOTE) == "Uitvraag 2024"
    assert cell(model, 1, NOTE) == ""
    assert cell(model, 2, NOTE) == "Berekend: vrijkomende woningen × 1,5 %"


def test_edit_role(model):
    """A year cell is edited as plain digits (empty when unknown), the note as its text;
    names and totals have nothing to edit."""
    assert cell(model, 1, Y2027, Role.EditRole) == "1200"
    assert cell(model, 1, Y2026, Role.EditRole) == ""
    assert cell(model, 0, NOTE, Role.EditRole) == "Uitvraag 2024"
    assert cell(model, 0, 0, Role.EditRole) is None
    assert cell(model, 0, TOTAL, Role.EditRole) is None


def test_tooltip_role_of_cells(model):
    """An empty cell explains that empty is unknown; a computed cell shows its sum, or
    which vacancies are missing; a filled cell needs no tooltip."""
    assert cell(model, 1, Y2026, Role.ToolTipRole) == "Leeg = onbekend. Vul 0 in als er niets is."
    assert cell(model, 2, Y2025, Role.ToolTipRole) == (
        "Berekend: 2.000 vrijkomende woningen × 1,5 %"
    )
    assert cell(model, 2, Y2026, Role.ToolTipRole) == (
        "Berekend: vul de vrijkomende woningen van 2026 in"
    )
    assert cell(model, 0, Y2025, Role.ToolTipRole) is None


def test_tooltip_role_of_totals_and_notes(model):
    """An unknown total counts its empty cells; a note is repeated (the column is narrow)."""
    assert cell(model, 1, TOTAL, Role.ToolTipRole) == (
        "Onbekend: 1 van de 3 cellen zijn leeg. Vul ze in, of zet ze op 0 als er niets is."
    )
    assert cell(model, TOTAL_ROW, Y2026, Role.ToolTipRole) == (
        "Onbekend: 1 van de 3 cellen zijn leeg. Vul ze in, of zet ze op 0 als er niets is."
    )
    assert cell(model, 0, TOTAL, Role.ToolTipRole) is None
    assert cell(model, 0, NOTE, Role.ToolTipRole) == "Uitvraag 2024"
    assert cell(model, 1, NOTE, Role.ToolTipRole) is None


def test_font_role(model):
    """Totals are bold: the total column and the total row; other cells use the view's font."""
    assert cell(model, 0, TOTAL, Role.FontRole).bold()
    assert cell(model, TOTAL_ROW, 0, Role.FontRole).bold()
    assert cell(model, TOTAL_ROW, Y2025, Role.FontRole).bold()
    assert cell(model, 0, Y2025, Role.FontRole) is None


def test_background_role(model):
    """Computed cells are tinted blue-grey, the total row grey; entered cells are plain."""
    assert cell(model, 2, Y2025, Role.BackgroundRole).color().name() == "#e1e8f2"
    assert cell(model, 2, NOTE, Role.BackgroundRole) is None
    assert cell(model, TOTAL_ROW, Y2025, Role.BackgroundRole).color().name() == "#f3f3f3"
    assert cell(model, 0, Y2025, Role.BackgroundRole) is None


def test_foreground_role_is_left_to_the_style(model):
    """The grid paints no text colours."""
    assert cell(model, 0, Y2025, Role.ForegroundRole) is None


def test_text_alignment_role(model):
    """Numbers and totals are right-aligned; names and notes keep the default."""
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(model, 0, Y2025, Role.TextAlignmentRole) == right
    assert cell(model, 0, TOTAL, Role.TextAlignmentRole) == right
    assert cell(model, TOTAL_ROW, Y2025, Role.TextAlignmentRole) == right
    assert cell(model, 0, 0, Role.TextAlignmentRole) is None
    assert cell(model, 0, NOTE, Role.TextAlignmentRole) is None


def test_flags(model):
    """Year cells and notes are editable, except computed cells, totals and names."""
    base = Flag.ItemIsEnabled | Flag.ItemIsSelectable
    editable = base | Flag.ItemIsEditable
    assert model.flags(model.index(0, Y2025)) == editable
    assert model.flags(model.index(2, NOTE)) == editable
    assert model.flags(model.index(2, Y2025)) == base
    assert model.flags(model.index(0, 0)) == base
    assert model.flags(model.index(0, TOTAL)) == base
    assert model.flags(model.index(TOTAL_ROW, Y2025)) == base
    assert model.flags(QModelIndex()) == Flag.NoItemFlags


def test_set_data_hands_a_year_cell_to_write(model, writes):
    """A typed figure goes to write(row, year, text) as text, and its answer comes back."""
    assert model.setData(model.index(1, Y2026), "7")
    assert writes.cells == [("GM0603", 2026, "7")]


def test_set_data_hands_a_note_to_write_note(model, writes):
    """A note goes to write_note(row, text)."""
    assert model.setData(model.index(1, NOTE), "Telling gemeente")
    assert writes.notes == [("GM0603", "Telling gemeente")]


def test_set_data_refused_returns_false_and_changes_nothing(model, writes):
    """When the page refuses the text, setData says so and the cell keeps its value."""
    writes.accept = False
    assert model.setData(model.index(0, Y2025), "veel") is False
    assert cell(model, 0, Y2025) == "4"


def test_set_data_is_refused_where_nothing_can_be_written(model, writes):
    """Names, totals, the total row and other roles refuse without writing anything."""
    assert model.setData(model.index(0, 0), "Delfgauw") is False
    assert model.setData(model.index(0, TOTAL), "3") is False
    assert model.setData(model.index(TOTAL_ROW, Y2025), "3") is False
    assert model.setData(model.index(0, Y2025), "3", Role.DisplayRole) is False
    assert (writes.cells, writes.notes) == ([], [])


def test_header_data(model):
    """Key columns, a column per year, the total and the source; no row headers."""
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Gemeente", "Woonvorm", "2025", "2026", "2027", "Totaal", "Bron"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(2, Qt.Orientation.Horizontal, Role.ToolTipRole) is None


def test_capacity_has_a_kind_column(model):
    """The capacity grid adds 'Soort aanbod' after the housing type, showing the kind."""
    row = GridRow("GM0503", "Delft", REGULAR, CapacityKind.NEW_BUILD, values={2025: 1})
    assert model.set_content([row], YEARS, capacity=True)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Soort aanbod"
    assert cell(model, 0, 2) == "Nieuwbouw"
    assert model.year_column(2025) == 3 and model.note_column == 7


def test_a_reload_of_the_same_shape_repaints_without_a_reset(qtbot, model):
    """New values for the same rows and years keep selection and scroll: no reset."""
    rows = [
        GridRow(r.municipality_code, r.municipality_name, r.housing_type, None) for r in model.rows
    ]
    rows[2].allocation_share = 1.5
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        assert model.set_content(rows, YEARS, capacity=False) is False
    with qtbot.waitSignal(model.modelReset):
        assert model.set_content(rows[:2], YEARS, capacity=False) is True


@pytest.fixture
def estimated(qapp, writes) -> FigureGridModel:
    """Need of two rows with a raming: Delft typed in 2025 over its raming, estimated in 2026
    and 2027; Rijswijk estimated in 2025, no raming in 2026 (with the reason), typed 2027."""
    model = FigureGridModel(writes.write, writes.write_note)
    model.set_content(
        [
            GridRow(
                "GM0503",
                "Delft",
                REGULAR,
                None,
                values={2025: 7},
                estimates={2025: 4, 2026: 1200, 2027: 6},
            ),
            GridRow(
                "GM0603",
                "Rijswijk",
                REGULAR,
                None,
                values={2027: 2},
                estimates={2025: 3},
                estimate_reasons={2026: "het aantal inwoners ontbreekt"},
            ),
        ],
        YEARS,
        capacity=False,
        estimate_note="Geraamd: Norm × basis\nWoonbehoefte per jaar = 2 per 1.000 inwoners",
    )
    return model


ESTIMATE_TOTAL_ROW = 2


def test_a_grid_with_ramingen_follows_the_qt_contract(qtmodeltester, estimated):
    """qtmodeltester finds nothing wrong with estimated cells and their totals."""
    qtmodeltester.check(estimated)


def test_display_role_shows_the_raming_where_nobody_typed(estimated):
    """A cell nobody typed shows its raming; a typed figure wins over it; no raming and
    nothing typed stays empty (unknown)."""
    assert cell(estimated, 0, Y2025) == "7"
    assert cell(estimated, 0, Y2026) == "1.200"
    assert cell(estimated, 1, Y2025) == "3"
    assert cell(estimated, 1, Y2026) == ""


def test_totals_add_up_typed_figures_and_ramingen(estimated):
    """A total counts what the cells show: typed figures and ramingen; an empty cell still
    makes it unknown."""
    assert cell(estimated, 0, TOTAL) == "1.213"
    assert cell(estimated, 1, TOTAL) == "onbekend"
    assert cell(estimated, ESTIMATE_TOTAL_ROW, Y2025) == "10"
    assert cell(estimated, ESTIMATE_TOTAL_ROW, Y2027) == "8"


def test_edit_role_of_a_raming_is_empty(estimated):
    """A raming is not typed text: the editor opens empty (typing replaces the raming, and
    leaving the editor does not turn the raming into a typed figure)."""
    assert cell(estimated, 0, Y2026, Role.EditRole) == ""
    assert cell(estimated, 0, Y2025, Role.EditRole) == "7"


def test_font_role_marks_ramingen_italic(estimated):
    """Estimated cells are italic; a total with a raming in it is bold and italic; typed and
    empty cells use the view's font."""
    assert cell(estimated, 0, Y2026, Role.FontRole).italic()
    assert cell(estimated, 0, Y2025, Role.FontRole) is None
    assert cell(estimated, 1, Y2026, Role.FontRole) is None
    total = cell(estimated, 0, TOTAL, Role.FontRole)
    assert total.bold() and total.italic()
    year_total = cell(estimated, ESTIMATE_TOTAL_ROW, Y2026, Role.FontRole)
    assert year_total.bold() and year_total.italic()
    assert not cell(estimated, ESTIMATE_TOTAL_ROW, 0, Role.FontRole).italic()


def test_background_role_marks_ramingen_light_blue(estimated):
    """Estimated cells, and totals with a raming in them, are light blue (#ddebf7, as in the
    Excel annex); a typed cell is plain; the total row keeps its grey where no raming is."""
    blue = "#ddebf7"
    assert cell(estimated, 0, Y2026, Role.BackgroundRole).color().name() == blue
    assert cell(estimated, 0, TOTAL, Role.BackgroundRole).color().name() == blue
    assert cell(estimated, ESTIMATE_TOTAL_ROW, Y2025, Role.BackgroundRole).color().name() == blue
    assert cell(estimated, 0, Y2025, Role.BackgroundRole) is None
    assert cell(estimated, 1, Y2026, Role.BackgroundRole) is None
    assert cell(estimated, ESTIMATE_TOTAL_ROW, 1, Role.BackgroundRole).color().name() == "#f3f3f3"


def test_tooltip_of_a_raming_gives_method_formula_and_how_to_replace_it(estimated):
    """The estimated cell's tooltip: 'Geraamd: <method>', the formula, and that typing
    replaces it (rich text, so a long formula wraps)."""
    tip = cell(estimated, 0, Y2026, Role.ToolTipRole)
    assert tip == (
        "<p>Geraamd: Norm × basis</p><p>Woonbehoefte per jaar = 2 per 1.000 inwoners</p>"
        "<p>Typ een getal om de raming te vervangen.</p>"
    )
    assert cell(estimated, 0, Y2025, Role.ToolTipRole) is None


def test_tooltip_of_a_cell_without_raming_gives_the_reason(estimated):
    """A cell the method could not estimate says why, and that empty is unknown."""
    assert cell(estimated, 1, Y2026, Role.ToolTipRole) == (
        "Geen raming: het aantal inwoners ontbreekt.\nLeeg = onbekend. Vul 0 in als er niets is."
    )


def test_tooltip_of_a_total_counts_its_ramingen(estimated):
    """A total says how many of its cells are a raming (and how many are empty)."""
    assert cell(estimated, 0, TOTAL, Role.ToolTipRole) == (
        "Deels geraamd: 2 van de 3 cellen zijn een raming."
    )
    assert cell(estimated, ESTIMATE_TOTAL_ROW, Y2026, Role.ToolTipRole) == (
        "Deels geraamd: 1 van de 2 cellen zijn een raming.\n"
        "Onbekend: 1 van de 2 cellen zijn leeg. Vul ze in, of zet ze op 0 als er niets is."
    )
    assert cell(estimated, ESTIMATE_TOTAL_ROW, Y2025, Role.ToolTipRole) == (
        "Deels geraamd: 1 van de 2 cellen zijn een raming."
    )


def test_a_total_of_only_ramingen_says_so(qapp, writes):
    """Every cell a raming: 'Geraamd: alle cellen zijn een raming.'"""
    model = FigureGridModel(writes.write, writes.write_note)
    model.set_content(
        [GridRow("GM0503", "Delft", REGULAR, None, estimates={y: 1 for y in YEARS})],
        YEARS,
        capacity=False,
    )
    assert cell(model, 0, TOTAL, Role.ToolTipRole) == "Geraamd: alle cellen zijn een raming."


def test_typing_over_a_raming_and_clearing_it_again(estimated):
    """A typed figure (patched into the row, as the page does after an edit) replaces the
    raming and its style; emptying the cell brings the raming back."""
    row = estimated.rows[0]
    row.values[2026] = 5
    estimated.refresh_values()
    assert cell(estimated, 0, Y2026) == "5"
    assert cell(estimated, 0, Y2026, Role.FontRole) is None
    assert cell(estimated, 0, TOTAL) == "18"
    del row.values[2026]
    estimated.refresh_values()
    assert cell(estimated, 0, Y2026) == "1.200"
    assert cell(estimated, 0, Y2026, Role.FontRole).italic()
    assert cell(estimated, 0, TOTAL) == "1.213"
