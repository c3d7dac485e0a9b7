"""Buttons, menu entries, fields and selections reach what they should do. Each of these
signals used to go to a lambda; now they go to bound methods (which Qt disconnects when
their widget is gone), and these tests keep the connections honest."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from app.services.progress import Step
from app.services.vision_read import get_vision
from app.views import settings
from app.views.labels import vocab
from tests.gui.helpers import click_cell, select_block
from tests.gui.test_wizard import go_to

Left = Qt.MouseButton.LeftButton


@pytest.fixture
def demo_window(qtbot, launcher, demo_path):
    window = launcher.open_file(demo_path)
    qtbot.waitExposed(window)
    return window


def menu(window, title: str) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def test_next_and_back_buttons_walk_the_steps(qtbot, window):
    """Next shows the following step, Back the one before."""
    go_to(qtbot, window, Step.PARTNERS)
    qtbot.mouseClick(window.next_button, Left)
    assert window.current_page().step == Step.GROUPS
    qtbot.mouseClick(window.back_button, Left)
    qtbot.mouseClick(window.back_button, Left)
    assert window.current_page().step == Step.REGION


def test_the_steps_menu_opens_every_step(qtbot, window):
    """Each numbered entry (Ctrl+1 … Ctrl+9, Ctrl+0 for the tenth) shows its own step; Next
    and Back step."""
    steps_menu = menu(window, "&Stappen")
    entries = [a for a in steps_menu.actions() if a.data()]
    assert [a.shortcut().toString() for a in entries] == [f"Ctrl+{n % 10}" for n in range(1, 11)]
    for entry, step in zip(reversed(entries), reversed(window.steps), strict=True):
        entry.trigger()
        assert window.current_page().step == step
    back, forward = (a for a in steps_menu.actions() if a.shortcut().toString().startswith("Alt"))
    forward.trigger()
    assert window.current_page().step == Step.PARTNERS
    back.trigger()
    assert window.current_page().step == Step.REGION


def test_the_language_menu_remembers_the_choice(qtbot, window, messages):
    """Choosing English is remembered for the next start, and the user is told so."""
    languages = menu(window, "Bee&ld").findChildren(QMenu)[0]
    english = next(a for a in languages.actions() if a.text() == "English")
    english.trigger()
    assert settings.language() == "en"
    assert messages == ["De nieuwe taal gaat in als u Thuisplan opnieuw start."]


def test_name_and_author_are_saved_when_editing_finishes(qtbot, window):
    """Enter in the name or author field stores it as an edit of the vision."""
    region = go_to(qtbot, window, Step.REGION)
    for field, text in ((region.title_edit, "Woonzorgvisie Delfland"), (region.author_edit, "Ad")):
        field.clear()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    vision = get_vision(window.session.project)
    assert (vision.title, vision.author) == ("Woonzorgvisie Delfland", "Ad")


def test_the_selected_group_shows_its_definition(qtbot, window):
    """Clicking a group shows its description next to the table."""
    page = go_to(qtbot, window, Step.GROUPS)
    click_cell(qtbot, page.table, 2, 1)
    assert page.definition.toPlainText() == vocab(page.model.rows[2].definition)


def test_the_selected_agreement_shows_its_years(qtbot, demo_window):
    """Clicking an agreement shows its targets per year below the table."""
    page = go_to(qtbot, demo_window, Step.AGREEMENTS)
    click_cell(qtbot, page.table, 1, 0)
    assert page.model.rows[1].description in page.years_label.text()
    assert page.years_model.rowCount() == len(get_vision(demo_window.session.project).years)


# A popup menu asks the platform for the keyboard; the offscreen platform cannot grab it.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_grid_menu_fills_right_and_down(qtbot, window):
    """The grid's right-click entries fill the selection right and down."""
    page = go_to(qtbot, window, Step.NEED)
    first = page.model.year_column(2025)
    for text in ("Naar rechts doorvoeren", "Omlaag doorvoeren"):
        page.write_cells([(page.model.rows[0], 2025, "3")], "x")
        select_block(qtbot, page.view, 0, first, 1, first + 1)
        QTimer.singleShot(0, partial(_choose_in_menu, qtbot, text))
        corner = page.view.visualRect(page.model.index(0, first)).center()
        page.view.customContextMenuRequested.emit(corner)  # as a right click does
    row0, row1 = page.model.rows[0].values, page.model.rows[1].values
    assert (row0.get(2026), row1.get(2025)) == (3, 3)


def _choose_in_menu(qtbot, text: str) -> None:
    """In the open context menu, go to the entry that starts with `text` and press Enter."""
    popup = QApplication.activePopupWidget()
    popup.setActiveAction(next(a for a in popup.actions() if a.text().startswith(text)))
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_chart_buttons_save_png_and_svg(qtbot, demo_window, tmp_path, monkeypatch):
    """The PNG… and SVG… buttons ask where and write that format."""
    page = go_to(qtbot, demo_window, Step.GAP)
    page.tabs.setCurrentIndex(2)
    for button, name, magic in (
        (page.charts.png_button, "grafiek.png", b"\x89PNG"),
        (page.charts.svg_button, "grafiek.svg", b"<?xml"),
    ):
        target = tmp_path / name
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, t=target, **k: (str(t), ""))
        )
        qtbot.mouseClick(button, Left)
        assert target.read_bytes().startswith(magic)


def test_the_folder_link_of_the_documents_step_opens_the_folder(qtbot, window, monkeypatch):
    """The 'Map openen' link in the status line opens the folder it points to."""
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    page = go_to(qtbot, window, Step.DOCUMENTS)
    page.status.linkActivated.emit("file:///tmp/documenten")
    assert opened == [QUrl("file:///tmp/documenten")]
