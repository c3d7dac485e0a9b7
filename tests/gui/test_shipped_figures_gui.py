"""The region step and the shipped figures: the estimated social rent stock marked as a
raming, and 'CBS-cijfers aanvullen' for a file made before Thuisplan shipped them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from app.models import BaselineIndicator
from app.services.progress import Step
from app.services.reference_data import find_reference
from app.services.vision_read import list_municipalities
from app.views.models.municipality_models import BASELINE_COLUMNS
from tests.gui.helpers import cell, click_cell
from tests.gui.test_wizard import go_to

Left = Qt.MouseButton.LeftButton
SOCIAL = 2 + BASELINE_COLUMNS.index(BaselineIndicator.SOCIAL_RENT_DWELLINGS)
OLDER = 2 + BASELINE_COLUMNS.index(BaselineIndicator.INHABITANTS_65_PLUS)
EMPTIED = (BaselineIndicator.INHABITANTS_65_PLUS, BaselineIndicator.SOCIAL_RENT_DWELLINGS)


@pytest.fixture
def older_file(project):
    """The test vision as a file from before 65+ and corporation shares were shipped:
    Delft's stock entered by its user, every other 65+ count and stock empty."""
    from app.services import municipalities

    municipalities.set_baseline(project, "GM0503", BaselineIndicator.SOCIAL_RENT_DWELLINGS, 20_000)
    with project.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE baseline_figure SET value = NULL, source = '', reference_date = '', "
            "estimated = 0 WHERE indicator IN ('inhabitants_65_plus', 'social_rent_dwellings') "
            "AND user_entered = 0"
        )
    return project


def type_figure(qtbot, view, row: int, column: int, text: str) -> None:
    """Click a cell, F2, type into its editor and press Enter (the editor found as the
    view's child: offscreen, a window opened this way does not get the keyboard focus)."""
    click_cell(qtbot, view, row, column)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)


def open_region(qtbot, launcher, project):
    path = project.path
    project.close()
    window = launcher.open_file(path)
    qtbot.waitExposed(window)
    return window, go_to(qtbot, window, Step.REGION)


def test_a_new_vision_shows_its_stock_as_a_raming_and_offers_nothing_to_fill(
    qtbot, launcher, project
):
    """The shipped raming of the stock is italic on light blue with its source; nothing is
    missing, so 'CBS-cijfers aanvullen' is not offered. Typed over, it is plain entered."""
    window, page = open_region(qtbot, launcher, project)
    assert cell(page.model, 0, SOCIAL, Qt.ItemDataRole.BackgroundRole).color().name() == "#ddebf7"
    assert "peildatum 1 januari 2023" in cell(page.model, 0, SOCIAL, Qt.ItemDataRole.ToolTipRole)
    assert page.fill_row.isHidden()
    type_figure(qtbot, page.table, 0, SOCIAL, "21000")
    assert cell(page.model, 0, SOCIAL, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(page.model, 0, SOCIAL, Qt.ItemDataRole.FontRole).italic()  # entered
    assert page.fill_row.isHidden()


def test_an_older_file_is_offered_the_shipped_figures_as_one_undoable_step(
    qtbot, launcher, older_file
):
    """Five empty figures (three 65+ counts, two stocks): the button says so; a click fills
    exactly those from the shipped data, leaves the typed stock alone, and undo empties them
    again."""
    window, page = open_region(qtbot, launcher, older_file)
    assert not page.fill_row.isHidden()
    assert page.fill_button.text() == "CBS-cijfers aanv&ullen (5)"
    assert cell(page.model, 2, OLDER) == "—"
    qtbot.mouseClick(page.fill_button, Left)
    infos = {m.code: m for m in list_municipalities(window.session.project)}
    assert infos["GM0503"].value(BaselineIndicator.SOCIAL_RENT_DWELLINGS) == 20_000
    rijswijk = find_reference("GM0603")
    assert infos["GM0603"].value(BaselineIndicator.SOCIAL_RENT_DWELLINGS) == (
        rijswijk.estimated_social_rent_dwellings
    )
    assert infos["GM0603"].value(BaselineIndicator.INHABITANTS_65_PLUS) == (
        rijswijk.inhabitants_65_plus
    )
    assert page.fill_row.isHidden()
    assert cell(page.model, 2, OLDER) == f"{rijswijk.inhabitants_65_plus:,}".replace(",", ".")
    window.session.undo_stack.undo()
    infos = {m.code: m for m in list_municipalities(window.session.project)}
    assert all(infos[c].value(i) is None for c in ("GM0518", "GM0603") for i in EMPTIED)
    assert page.fill_button.text() == "CBS-cijfers aanv&ullen (5)"


def test_a_read_only_older_file_cannot_be_filled(qtbot, launcher, older_file):
    """Read-only: the offer is there (something is missing) but the button is disabled."""
    path = older_file.path
    older_file.close()
    window = launcher.open_file(path, readonly=True)
    qtbot.waitExposed(window)
    page = go_to(qtbot, window, Step.REGION)
    assert not page.fill_row.isHidden() and not page.fill_button.isEnabled()
