"""The 'Overzicht van meerdere visies' window: its tables (one test per role, qtmodeltester),
reading files and a folder in the background, cancelling, the refused file's row, saving
the workbook, and reaching it from the start window and the Bestand menu."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.services import overview as service
from app.services.overview import build_overview
from app.views.models.overview_models import (
    FIELDS,
    OverviewColumns,
    agreement_rows,
    file_rows,
    group_rows,
)
from app.views.models.row_model import RowTableModel
from app.views.overview_window import OverviewWindow
from tests.gui.conftest import delete_closed_widgets
from tests.unit.overview_visions import OWN_GROUP

Role = Qt.ItemDataRole


@pytest.fixture
def overview(visions):
    return build_overview(visions)


@pytest.fixture
def columns(qapp):
    made = OverviewColumns()
    yield made
    made.deleteLater()


@pytest.fixture
def window(qtbot):
    made = OverviewWindow()
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.close()


def model(columns, rows) -> RowTableModel:
    made = RowTableModel(columns)
    made.set_rows(rows)
    return made


def text(table: RowTableModel, row: int, column: int, role=Role.DisplayRole):
    return table.data(table.index(row, column), role)


def read_all(qtbot, window: OverviewWindow, paths: list[Path]) -> None:
    window.add_paths(paths)
    qtbot.waitUntil(lambda: window.task is None, timeout=30000)


def test_the_models_follow_the_qt_contract(qtmodeltester, columns, overview):
    """qtmodeltester finds nothing wrong with any of the four tables (each figure)."""
    qtmodeltester.check(model(columns.files(), file_rows(overview)))
    for field in FIELDS:
        qtmodeltester.check(model(columns.groups(overview, field), group_rows(overview)))
    qtmodeltester.check(model(columns.tests(), list(overview.visions)))
    qtmodeltester.check(model(columns.agreements(overview), agreement_rows(overview)))


def test_files_table_lists_the_refused_file_with_its_reason(columns, overview):
    """Each file in order; the broken one says why, in italics; Delft is named as shared."""
    table = model(columns.files(), file_rows(overview))
    names = [text(table, row, 0) for row in range(table.rowCount())]
    assert names == ["west.thuisplan", "oost.thuisplan", "noord.thuisplan", "kapot.thuisplan"]
    assert text(table, 3, 6) == "Niet geopend: 'kapot.thuisplan' is geen Thuisplan-bestand."
    assert text(table, 3, 6, Role.FontRole).italic()
    assert text(table, 3, 1) == ""
    assert text(table, 0, 6) == "ja" and text(table, 0, 6, Role.FontRole) is None
    assert text(table, 0, 5) == "Delft" and text(table, 2, 5) == ""
    assert text(table, 0, 4) == "2"


def test_group_table_words_for_unknown_outside_and_missing_groups(columns, overview):
    """A figure is a number; a year outside the period 'buiten', a group a vision lacks '—'
    (and 'niet in deze visie' as its total), a missing input 'onbekend': all in italics,
    with the reason in the tooltip; never 0."""
    table = model(columns.groups(overview, "gap"), group_rows(overview))
    rows = group_rows(overview)
    headers = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]
    assert headers[2] == "2024" and headers[-2] == "2032" and headers[-1] == "Eigen planperiode"
    year = {int(h): c for c, h in enumerate(headers) if h.isdigit()}

    def row_of(label: str, file: str) -> int:
        return next(
            n for n, r in enumerate(rows) if r.group.label == label and r.vision.path.name == file
        )

    west = row_of("Statushouders", "west.thuisplan")
    gap = rows[west].figures.years[2025].gap
    assert text(table, west, year[2025]) == (f"+{gap}" if gap > 0 else str(gap).replace("-", "−"))
    assert text(table, west, year[2025], Role.FontRole) is None
    assert text(table, west, year[2024]) == "buiten"
    assert text(table, west, year[2024], Role.FontRole).italic()
    assert text(table, west, year[2024], Role.ToolTipRole) == (
        "2024 valt buiten de planperiode van deze visie (2025–2028): onbekend."
    )
    noord = row_of("Dak- en thuisloze mensen", "noord.thuisplan")
    assert {text(table, noord, c) for c in range(2, table.columnCount() - 1)} == {"—"}
    assert text(table, noord, table.columnCount() - 1) == "niet in deze visie"
    assert text(table, noord, 2, Role.ToolTipRole).startswith("Deze visie heeft deze")
    oost = row_of("Dak- en thuisloze mensen", "oost.thuisplan")
    assert text(table, oost, year[2030]) == "onbekend"
    assert text(table, oost, year[2030], Role.FontRole).italic()
    own = [r for r in rows if r.group.label == OWN_GROUP]
    assert [r.figures is not None for r in own] == [True, True, False]


def test_tests_and_agreements_tables(columns, overview):
    """The region's shares and the counts per test; each agreement's status per year."""
    tests = model(columns.tests(), list(overview.visions))
    assert text(tests, 0, 0) == "west.thuisplan"
    assert text(tests, 0, 5) == "66,7\u00a0%"  # West's planned construction: 4,800 of 7,200
    assert text(tests, 2, 5) == "onbekend"
    assert text(tests, 2, 9) == "0 van 1 (1 onbekend)"
    table = model(columns.agreements(overview), agreement_rows(overview))
    headers = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]
    year = {int(h): c for c, h in enumerate(headers) if h.isdigit()}
    assert text(table, 0, 2) == "Rijswijk (ZH.)" and text(table, 1, 2) == "Regio"
    assert [text(table, 0, year[y]) for y in (2026, 2027, 2028, 2029)] == [
        "buiten",
        "Gerealiseerd",
        "Achter",
        "geen status",
    ]
    assert text(table, 0, year[2027], Role.ToolTipRole) == "Doel 20, gerealiseerd onbekend"
    assert text(table, 1, year[2028]) == "Op schema"


def test_reading_files_shows_them_side_by_side(qtbot, window, visions):
    """Files read in the background: four rows, the notice names the refused file and
    Delft, the figures table has a row per group and vision, and saving is possible."""
    assert not window.save_button.isEnabled()
    read_all(qtbot, window, visions)
    assert window.files_model.rowCount() == 4
    assert "1 bestand(en) niet geopend" in window.notice.text()
    assert "Delft" in window.notice.text()
    assert window.groups_model.rowCount() == len(window.overview.groups) * 3
    assert window.save_button.isEnabled()
    assert window.status.text() == "3 visie(s) gelezen."
    window.figure_choice.setCurrentIndex(FIELDS.index("need"))
    headers = window.groups_model.columns
    assert headers[-1].header == "Eigen planperiode"


def test_adding_a_folder_reads_only_the_new_files(qtbot, window, visions, monkeypatch):
    """'Map toevoegen' reads the folder's visions; the file already shown is not read again."""
    read_all(qtbot, window, visions[:1])
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda *args, **kwargs: str(visions[0].parent)),
    )
    window.add_folder_button.click()
    qtbot.waitUntil(lambda: window.task is None, timeout=30000)
    names = [window.files_model.rows[n].entry.path.name for n in range(4)]
    assert names == ["west.thuisplan", "kapot.thuisplan", "noord.thuisplan", "oost.thuisplan"]


def test_cancel_stops_reading_and_keeps_what_was_shown(qtbot, window, visions, monkeypatch):
    """Cancel while a file is being read: the next one is not read, the window says so, and
    the overview shown before stays."""
    read_all(qtbot, window, visions[:1])
    started, release = threading.Event(), threading.Event()
    original = service.read_entry

    def slow(path: Path):
        started.set()
        release.wait(10)
        return original(path)

    monkeypatch.setattr(service, "read_entry", slow)
    window.add_paths(visions[1:3])
    assert window.cancel_button.isVisible()
    assert started.wait(10)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: window.task is None, timeout=30000)
    assert window.status.text() == "Afgebroken; wat al getoond werd, blijft staan."
    assert [r.entry.path.name for r in window.files_model.rows] == ["west.thuisplan"]
    assert not window.cancel_button.isVisible()


def test_saving_the_workbook(qtbot, window, visions, tmp_path, monkeypatch):
    """'Opslaan als Excel' writes the workbook in the background."""
    from openpyxl import load_workbook

    read_all(qtbot, window, visions)
    target = tmp_path / "overzicht"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    window.save_button.click()
    qtbot.waitUntil(lambda: window.task is None, timeout=30000)
    assert window.status.text() == "Opgeslagen: overzicht.xlsx"
    assert "Opgave" in load_workbook(tmp_path / "overzicht.xlsx").sheetnames


def test_reached_from_the_start_window_and_the_file_menu(qtbot, launcher, window_on_vision):
    """The start window's button and the Bestand menu open the one overview window."""
    launcher.start_window.overview_button.click()
    first = launcher.overview_window
    assert isinstance(first, OverviewWindow) and first.isVisible()
    menu = window_on_vision.menuBar().actions()[0].menu()
    action = next(a for a in menu.actions() if a.text() == "Overzicht van &meerdere visies…")
    action.trigger()
    assert launcher.overview_window is first
    first.close()
    delete_closed_widgets()
    assert launcher.overview_window is None


@pytest.fixture
def window_on_vision(qtbot, launcher, visions):
    """A main window on West."""
    opened = launcher.open_file(visions[0])
    qtbot.waitExposed(opened)
    return opened
