"""The wizard driven as a user drives it: clicks, typing, the clipboard, undo, reopening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from app.models import CapacityKind, HousingType
from app.services import figures
from app.services.progress import Status, Step
from app.services.target_groups import list_target_groups
from app.views.new_vision_dialog import NewVisionDialog
from tests.gui.helpers import click_cell, ctrl, select_block, type_into_cell


def go_to(qtbot, window, step: str):
    """Click the step in the sidebar; returns its page."""
    row = window.steps.index(step)
    item_rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
    assert window.current_page().step == step
    return window.current_page()


def need_values(window, group_id):
    return {
        (s.municipality_code, s.housing_type, y): v
        for s in figures.need_series(window.session.project, group_id)
        for y, v in s.values.items()
    }


def test_create_a_vision_from_three_municipalities(qtbot, launcher, tmp_path):
    """The new-vision dialog: name, search three municipalities by name and code, create."""
    dialog = NewVisionDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Woonzorgvisie Delft e.o.")
    qtbot.keyClicks(dialog.region_edit, "Delfland")
    for query in ("Delft", "0518", "Rijswijk"):
        dialog.picker.search.clear()
        qtbot.keyClicks(dialog.picker.search, query)
        qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.codes() == ["GM0503", "GM0518", "GM0603"]
    dialog.file_edit.setText(str(tmp_path / "delft.thuisplan"))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.project is not None
    dialog.project.close()
    window = launcher.open_file(tmp_path / "delft.thuisplan")
    assert window.windowTitle().startswith("delft.thuisplan")
    page = go_to(qtbot, window, Step.REGION)
    assert [m.code for m in page.model.rows] == ["GM0503", "GM0518", "GM0603"]


def test_new_vision_without_municipalities_is_refused_in_the_dialog(qtbot, tmp_path):
    """Creating without a municipality shows the reason in the dialog; no file appears."""
    dialog = NewVisionDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Leeg")
    dialog.file_edit.setText(str(tmp_path / "leeg.thuisplan"))
    dialog.create()
    assert dialog.project is None
    assert "ten minste één gemeente" in dialog.message.text()
    assert not (tmp_path / "leeg.thuisplan").exists()


def test_fill_need_by_typing_and_see_totals(qtbot, window):
    """Typing 12 in Delft's first row for 2025 stores it; while other cells of a total are
    empty (unknown) the total reads 'onbekend', never 12, and says how many are empty."""
    page = go_to(qtbot, window, Step.NEED)
    group = page.current_group()
    model = page.model
    column = model.year_column(2025)
    type_into_cell(qtbot, page.view, 0, column, "12")
    assert need_values(window, group.id)[("GM0503", model.rows[0].housing_type, 2025)] == 12
    row_total = model.index(0, model.total_column)
    assert model.data(row_total) == "onbekend"
    assert "2 van de 3 cellen zijn leeg" in model.data(row_total, Qt.ItemDataRole.ToolTipRole)
    total_row = model.rowCount() - 1
    assert model.data(model.index(total_row, column)) == "onbekend"
    type_into_cell(qtbot, page.view, 0, model.year_column(2026), "1500")
    type_into_cell(qtbot, page.view, 0, model.year_column(2027), "0")
    assert model.data(row_total) == "1.512"
    assert model.data(row_total, Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(model.index(1, model.total_column)) == ""  # nothing entered yet


def test_paste_a_block_from_excel(qtbot, window):
    """A 2x3 block of tab-separated text lands in the grid as one undoable step."""
    page = go_to(qtbot, window, Step.NEED)
    group = page.current_group()
    QGuiApplication.clipboard().setText("1\t2\t3\r\n4\t5\t6\r\n")
    click_cell(qtbot, page.view, 0, page.model.year_column(2025))
    ctrl(qtbot, page.view, Qt.Key.Key_V)
    rows = page.model.rows
    stored = need_values(window, group.id)
    assert [
        stored[(rows[0].municipality_code, rows[0].housing_type, y)] for y in (2025, 2026, 2027)
    ] == [1, 2, 3]
    assert [
        stored[(rows[1].municipality_code, rows[1].housing_type, y)] for y in (2025, 2026, 2027)
    ] == [4, 5, 6]
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert need_values(window, group.id) == {}


def test_bad_values_are_refused_with_a_message_and_the_old_value_stays(qtbot, window):
    """Text, decimals and negatives are refused; the message says why; nothing changes."""
    page = go_to(qtbot, window, Step.NEED)
    group = page.current_group()
    column = page.model.year_column(2026)
    type_into_cell(qtbot, page.view, 0, column, "7")
    for bad, reason in (("veel", "geen getal"), ("2,5", "geen geheel getal"), ("-3", "negatief")):
        type_into_cell(qtbot, page.view, 0, column, bad)
        assert page.message.isVisible() and reason in page.message.text()
        assert need_values(window, group.id)[("GM0503", page.model.rows[0].housing_type, 2026)] == 7


def test_a_pasted_block_with_one_bad_cell_changes_nothing(qtbot, window):
    """One decimal in a pasted block refuses the whole block, naming the place."""
    page = go_to(qtbot, window, Step.NEED)
    QGuiApplication.clipboard().setText("1\t2\n3\t4,5\n")
    click_cell(qtbot, page.view, 0, page.model.year_column(2025))
    ctrl(qtbot, page.view, Qt.Key.Key_V)
    assert "2026" in page.message.text() and "geen geheel getal" in page.message.text()
    assert need_values(window, page.current_group().id) == {}


def test_a_block_too_wide_for_the_years_is_refused(qtbot, window):
    """Pasting five years into a three-year period is refused, not cut off silently."""
    page = go_to(qtbot, window, Step.NEED)
    QGuiApplication.clipboard().setText("1\t2\t3\t4\t5\n")
    click_cell(qtbot, page.view, 0, page.model.year_column(2025))
    ctrl(qtbot, page.view, Qt.Key.Key_V)
    assert "past niet" in page.message.text()
    assert need_values(window, page.current_group().id) == {}


def test_delete_fill_right_and_fill_down(qtbot, window):
    """Ctrl+R copies the first column across the selection, Ctrl+D the first row down,
    Delete empties the selection."""
    page = go_to(qtbot, window, Step.NEED)
    group = page.current_group()
    first = page.model.year_column(2025)
    type_into_cell(qtbot, page.view, 0, first, "5")
    select_block(qtbot, page.view, 0, first, 0, first + 2)
    ctrl(qtbot, page.view, Qt.Key.Key_R)
    select_block(qtbot, page.view, 0, first, 1, first + 2)
    ctrl(qtbot, page.view, Qt.Key.Key_D)
    assert len(need_values(window, group.id)) == 6
    assert set(need_values(window, group.id).values()) == {5}
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert need_values(window, group.id) == {}


def test_copy_puts_plain_numbers_on_the_clipboard(qtbot, window):
    """Copied cells are tab-separated plain digits, ready for any Excel."""
    page = go_to(qtbot, window, Step.NEED)
    first = page.model.year_column(2025)
    type_into_cell(qtbot, page.view, 0, first, "1234")
    type_into_cell(qtbot, page.view, 0, first + 1, "5")
    select_block(qtbot, page.view, 0, first, 0, first + 1)
    ctrl(qtbot, page.view, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().text() == "1234\t5\n"


def test_undo_and_redo_across_steps(qtbot, window):
    """An edit in step 1 and one in step 4; Ctrl+Z undoes both in turn and shows the step
    where the change was; Ctrl+Y redoes."""
    region = go_to(qtbot, window, Step.REGION)
    region.region_edit.clear()
    qtbot.keyClicks(region.region_edit, "Delfland")
    qtbot.keyClick(region.region_edit, Qt.Key.Key_Return)
    page = go_to(qtbot, window, Step.NEED)
    group = page.current_group()
    type_into_cell(qtbot, page.view, 0, page.model.year_column(2025), "9")
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert need_values(window, group.id) == {}
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert window.current_page().step == Step.REGION
    assert region.region_edit.text() == "Testregio"
    ctrl(qtbot, window, Qt.Key.Key_Y)
    assert region.region_edit.text() == "Delfland"
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert need_values(window, group.id) != {}
    assert window.current_page().step == Step.NEED


def test_close_and_reopen_shows_everything_again(qtbot, launcher, window):
    """Edits are stored at once: after closing and reopening they are all there."""
    path = window.session.project.path
    page = go_to(qtbot, window, Step.NEED)
    group_id = page.current_group().id
    type_into_cell(qtbot, page.view, 1, page.model.year_column(2027), "33")
    partners = go_to(qtbot, window, Step.PARTNERS)
    qtbot.keyClicks(partners.name_edit, "Woonstichting Duinrand")
    qtbot.keyClick(partners.name_edit, Qt.Key.Key_Return)
    window.close()
    reopened = launcher.open_file(path)
    assert reopened.current_page().step == Step.PARTNERS  # last step remembered
    assert [p.name for p in reopened.page(Step.PARTNERS).model.rows] == ["Woonstichting Duinrand"]
    need = go_to(qtbot, reopened, Step.NEED)
    row = need.model.rows[1]
    assert need_values(reopened, group_id)[(row.municipality_code, row.housing_type, 2027)] == 33


def test_sidebar_shows_the_status_of_each_step(qtbot, window):
    """A new vision's need step is 'not started'; after one figure it asks for attention."""

    def status(step):
        return window._statuses[step].status  # the statuses the sidebar shows

    qtbot.waitUntil(lambda: bool(window._statuses))  # worked out in the background
    assert status(Step.NEED) is Status.NOT_STARTED
    page = go_to(qtbot, window, Step.NEED)
    type_into_cell(qtbot, page.view, 0, page.model.year_column(2025), "3")
    assert status(Step.NEED) is Status.ATTENTION
    row = window.steps.index(Step.NEED)
    assert "vraagt aandacht" in window.sidebar.item(row).toolTip()


def test_add_and_remove_municipality_with_undo(qtbot, window):
    """Search 'Pijnacker', press Enter to add; remove it again; undo brings it back."""
    page = go_to(qtbot, window, Step.REGION)
    qtbot.keyClicks(page.picker.search, "Pijnacker")
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    assert [m.code for m in page.model.rows][-1] == "GM1926"
    click_cell(qtbot, page.table, 3, 1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "GM1926" not in [m.code for m in page.model.rows]
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert [m.code for m in page.model.rows][-1] == "GM1926"


def test_entering_social_rent_marks_the_figure_as_user_entered(qtbot, window):
    """A typed baseline figure is stored, shown in italics, and its source says so."""
    page = go_to(qtbot, window, Step.REGION)
    column = next(i for i, c in enumerate(page.model.columns) if c.header == "Sociale huur")
    type_into_cell(qtbot, page.table, 0, column, "19500")
    index = page.model.index(0, column)
    assert page.model.data(index) == "19.500"
    assert page.model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "Ingevuld door de gebruiker" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_switching_a_group_off_removes_it_from_the_need_step(qtbot, window):
    """Untick 'Statushouders' in step 3: it is no longer offered in step 4."""
    page = go_to(qtbot, window, Step.GROUPS)
    row = next(i for i, g in enumerate(page.model.rows) if g.label == "Statushouders")
    index = page.model.index(row, 0)
    page.table.scrollTo(index)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center()
    )
    assert not page.model.rows[row].active
    need = go_to(qtbot, window, Step.NEED)
    offered = [need.group_combo.itemText(i) for i in range(need.group_combo.count())]
    assert "Statushouders" not in offered and len(offered) == 9


def test_housing_types_of_a_group_decide_the_grid_rows(qtbot, window):
    """Ticking 'Standplaats' for the first group adds standplaats rows to its need grid."""
    page = go_to(qtbot, window, Step.GROUPS)
    click_cell(qtbot, page.table, 0, 1)
    box = page.type_boxes[HousingType.PITCH]
    # On the indicator: the middle of a wide grid column can lie beyond the label's end.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    group = list_target_groups(window.session.project)[0]
    assert HousingType.PITCH in group.housing_types
    need = go_to(qtbot, window, Step.NEED)
    assert any(r.housing_type is HousingType.PITCH for r in need.model.rows)


def test_allocation_helper_fills_the_allocation_row(qtbot, window):
    """Vacancies 400 in 2025 and 25 % for the group: the allocation row shows 100."""
    page = go_to(qtbot, window, Step.CAPACITY)
    helper = page.helper
    year_column = 2  # name, share, then the years
    type_into_cell(qtbot, helper.table, 0, year_column, "400")
    type_into_cell(qtbot, helper.table, 0, 1, "25")
    row = next(
        r
        for r in page.model.rows
        if r.municipality_code == "GM0503"
        and r.kind is not None
        and r.kind.value == "allocation"
        and r.housing_type is HousingType.INDEPENDENT_REGULAR
    )
    assert row.values[2025] == 100 and row.computed
    index = page.model.index(page.model.rows.index(row), page.model.year_column(2025))
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_partners_measures_and_agreements_steps(qtbot, window):
    """Add a partner with Enter, a measure with a click, an agreement with a click."""
    partners = go_to(qtbot, window, Step.PARTNERS)
    qtbot.keyClicks(partners.name_edit, "Huurdersplatform")
    qtbot.keyClick(partners.name_edit, Qt.Key.Key_Return)
    assert [p.name for p in partners.model.rows] == ["Huurdersplatform"]
    measures = go_to(qtbot, window, Step.MEASURES)
    tab = measures.line_tabs[next(iter(measures.line_tabs))]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    type_into_cell(qtbot, tab.table, 0, 0, "Flexwoningen op tijdelijke locaties")
    assert tab.model.rows[0].description == "Flexwoningen op tijdelijke locaties"
    agreements = go_to(qtbot, window, Step.AGREEMENTS)
    qtbot.mouseClick(agreements.add_button, Qt.MouseButton.LeftButton)
    assert agreements.model.rowCount() == 1
    type_into_cell(qtbot, agreements.years_table, 0, 1, "12")
    assert agreements.model.rows[0].years[2025].target == 12


def test_gap_step_shows_the_services_figures(qtbot, window):
    """The first group uses only regular homes (switched in the groups step). Need 10 and
    capacity 4 from new build, the other kinds set to 0 on purpose for Delft in 2025: the gap
    table shows +6 for Delft; a municipality with nothing entered shows 'onbekend'."""
    groups_page = go_to(qtbot, window, Step.GROUPS)
    groups_page.table.setCurrentIndex(groups_page.model.index(0, 1))
    for housing_type, box in groups_page.type_boxes.items():
        box.setChecked(housing_type is HousingType.INDEPENDENT_REGULAR)
    need = go_to(qtbot, window, Step.NEED)
    assert {row.housing_type for row in need.model.rows} == {HousingType.INDEPENDENT_REGULAR}
    type_into_cell(qtbot, need.view, 0, need.model.year_column(2025), "10")
    capacity = go_to(qtbot, window, Step.CAPACITY)
    column = capacity.model.year_column(2025)
    new_build = next(
        i for i, r in enumerate(capacity.model.rows) if r.kind is CapacityKind.NEW_BUILD
    )
    type_into_cell(qtbot, capacity.view, new_build, column, "4")
    select_block(qtbot, capacity.view, 0, column, len(CapacityKind) - 1, column)
    capacity._zero_selection()
    gap = go_to(qtbot, window, Step.GAP)
    gap.group_combo.setCurrentIndex(1)
    gap.tabs.setCurrentIndex(1)  # per municipality and year
    model = gap.year_table.gap_model
    delft = model.rows[0]
    assert delft.per_year[2025].gap == 6
    assert model.data(model.index(0, 1)) == "+6"
    assert model.data(model.index(1, 1)) == "onbekend"


def test_every_step_fits_a_1366_by_768_screen(window):
    """No page asks for more room than a 1366x768 laptop has."""
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768


def test_drop_a_project_file_to_open_it(qtbot, window, tmp_path):
    """Dropping a .thuisplan file on the window asks to open it."""
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    target = tmp_path / "ander.thuisplan"
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.open_requested) as blocker:
        window.dropEvent(event)
    assert blocker.args[0] == target


def test_save_as_continues_in_the_new_file(qtbot, window, tmp_path, monkeypatch):
    """'Opslaan als' copies the vision; later edits go to the new file only."""
    from PySide6.QtWidgets import QFileDialog

    from app.storage import open_project_file

    old_path = window.session.project.path
    new_path = tmp_path / "kopie.thuisplan"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(new_path), ""))
    )
    window.save_as()
    assert window.windowTitle().startswith("kopie.thuisplan")
    page = go_to(qtbot, window, Step.NEED)
    type_into_cell(qtbot, page.view, 0, page.model.year_column(2025), "8")
    old = open_project_file(old_path, readonly=True)
    assert figures.need_series(old, page.current_group().id) == []
    old.close()


def test_refused_file_shows_a_message(qtbot, launcher, messages, tmp_path):
    """Opening a file that is not a vision shows the Dutch reason and opens no window."""
    path = tmp_path / "notities.thuisplan"
    path.write_text("boodschappen")
    assert launcher.open_file(path) is None
    assert "geen Thuisplan-bestand" in messages[-1]
    assert not launcher.windows


def test_start_screen_marks_missing_recent_files(qtbot, launcher, tmp_path):
    """A recent file that was moved away is shown as not found, with its full path."""
    from app.views import settings

    gone = tmp_path / "weg.thuisplan"
    settings.add_recent_file(gone)
    launcher.show_start()
    item = launcher.start_window.recent.item(0)
    assert "niet gevonden" in item.text() and item.toolTip() == str(gone.resolve())


def test_read_only_vision_cannot_be_edited(qtbot, launcher, project, messages):
    """A vision opened read-only refuses edits and says so in the title."""
    path = project.path
    project.close()
    window = launcher.open_file(path, readonly=True)
    assert "alleen-lezen" in window.windowTitle()
    page = go_to(qtbot, window, Step.NEED)
    assert not page.write_cells([(page.model.rows[0], 2025, "3")], "x")
    assert figures.need_series(window.session.project, page.current_group().id) == []


def test_every_item_model_of_every_step_follows_the_qt_contract(
    qtbot, qtmodeltester, launcher, demo_path
):
    """qtmodeltester checks every item model of Thuisplan's own that the example vision's
    steps show (grids, tables, the municipality filter, both gap tables, the scenario
    comparison, the agreement's years), filled with the example's figures, not a chosen
    few."""
    from PySide6.QtCore import QAbstractItemModel

    from app.services.estimates import store
    from app.storage import open_project_file

    with open_project_file(demo_path) as project:  # a second scenario to compare with
        store.add_scenario(project, "ambitieus", copy_from=store.find_scenario(project).id)
    window = launcher.open_file(demo_path)
    qtbot.waitExposed(window)
    for step in window.steps:
        page = go_to(qtbot, window, step)
        if step == Step.GAP:
            page.tabs.setCurrentIndex(1)  # the year table is filled when first shown
            page.tabs.setCurrentIndex(3)  # and the verdeling with its corrections
            page.tabs.setCurrentIndex(4)  # and the regional test
            page.tabs.setCurrentIndex(5)  # and the scenario comparison
    models = [
        model
        for model in window.findChildren(QAbstractItemModel)
        if type(model).__module__.startswith("app.")
    ]
    assert {type(model).__name__ for model in models} == {
        "ComparisonModel",
        "DeliveredGridModel",
        "FigureGridModel",
        "GapTableModel",
        "GapYearModel",
        "MunicipalityFilter",
        "RegionalTestModel",
        "RowTableModel",
        "StatusTableModel",
    }
    assert len(models) >= 15
    for model in models:
        assert model.rowCount() > 0, model
        qtmodeltester.check(model)


def test_grid_columns_fit_the_longest_municipality_name(qtbot, window):
    """The municipality column is wide enough for every name in the grid, also names far
    below the first screen."""
    page = go_to(qtbot, window, Step.NEED)
    metrics = page.view.fontMetrics()
    longest = max(metrics.horizontalAdvance(r.municipality_name) for r in page.model.rows)
    assert page.view.columnWidth(0) >= longest
    year_column = page.model.year_column(2025)
    assert page.view.columnWidth(year_column) >= 58


def test_a_refused_edit_never_shows_as_stored(qtbot, window):
    """A refused block, then undo of an earlier edit: the grid shows what is stored."""
    page = go_to(qtbot, window, Step.NEED)
    group = page.current_group()
    column = page.model.year_column(2025)
    type_into_cell(qtbot, page.view, 0, column, "12")
    assert not page.write_cells([(page.model.rows[0], 2025, "-1")], "x")  # refused
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert need_values(window, group.id) == {}
    assert page.model.rows[0].values == {}


def test_after_save_as_the_original_opens_in_its_own_window(
    qtbot, launcher, window, tmp_path, monkeypatch
):
    """'Opslaan als' files the window under the copy; opening the original gives a new window
    on the original, not the copy's window."""
    from PySide6.QtWidgets import QFileDialog

    original = window.session.project.path
    copy = tmp_path / "kopie.thuisplan"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), ""))
    )
    window.save_as()
    other = launcher.open_file(original)
    assert other is not window
    assert other.session.project.path.resolve() == original.resolve()
    assert launcher.open_file(copy) is window


def test_groups_help_lists_the_vision_terms_and_urgency_categories(qtbot, window):
    """The help panel beside the groups explains the groups, woonvormen and the
    categories that must get urgency, as stored with this vision."""
    go_to(qtbot, window, Step.GROUPS)
    text = window.help_panel.toPlainText()
    assert "Verplicht urgenten in deze visie" in text
    assert "Uitstappende sekswerkers" in text and "Mantelzorgverleners" in text
    assert "Woonvormen" in text


def test_copy_never_hands_excel_a_formula_or_a_locale_separator(qtbot, window):
    """A source note that starts like a formula is copied as text (leading apostrophe);
    a total is plain digits whatever the interface language groups thousands with."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    page = go_to(qtbot, window, Step.NEED)
    model = page.model
    first = model.year_column(2025)
    for offset, value in enumerate(("1234", "5", "0")):
        type_into_cell(qtbot, page.view, 0, first + offset, value)
    type_into_cell(qtbot, page.view, 0, model.note_column, '=HYPERLINK("http://x")')
    assert model.data(model.index(0, model.total_column)) == "1,239"
    select_block(qtbot, page.view, 0, model.total_column, 0, model.note_column)
    ctrl(qtbot, page.view, Qt.Key.Key_C)
    # Quoted as Excel quotes a cell with quotes in it; Excel takes the quotes off again.
    assert QGuiApplication.clipboard().text() == '1239\t"\'=HYPERLINK(""http://x"")"\n'


@pytest.mark.parametrize("step", [Step.NEED, Step.CAPACITY])
def test_every_figure_and_name_fits_its_column(qtbot, launcher, demo_path, step):
    """Columns are sized from the font without Qt measuring every cell; still, no text
    in any row (the totals in bold, a long source note up to its cap) is cut off."""
    from PySide6.QtGui import QFont, QFontMetrics

    from app.views.widgets.grid_view import CELL_PADDING, MAX_COLUMN_WIDTH

    window = launcher.open_file(demo_path)
    qtbot.waitExposed(window)
    page = go_to(qtbot, window, step)
    view, model = page.view, page.model
    bold_font = QFont(view.font())
    bold_font.setBold(True)
    for column in range(model.columnCount()):
        for row in range(model.rowCount()):
            text = model.data(model.index(row, column)) or ""
            metrics = (
                QFontMetrics(bold_font)
                if model.is_total_row(row) or column == model.total_column
                else view.fontMetrics()
            )
            needed = min(metrics.horizontalAdvance(text) + CELL_PADDING, MAX_COLUMN_WIDTH)
            assert view.columnWidth(column) >= needed, (column, row, text)
