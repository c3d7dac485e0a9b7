"""Long tables get the column widths Qt would give them, measured on a few texts per column
instead of every cell (the Regio step of a national vision waited 0.14 s for Qt's)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyledItemDelegate, QTableView

from app.services.reference_data import reference_municipalities
from app.services.vision import create_vision
from app.views.models.municipality_models import reference_model
from app.views.widgets import column_fit
from app.views.widgets.column_fit import fit_columns
from app.views.widgets.municipality_picker import MunicipalityPicker


class CountingDelegate(QStyledItemDelegate):
    """Counts the cells whose size is asked."""

    asked = 0

    def sizeHint(self, option, index):  # noqa: N802 (Qt's name)
        self.asked += 1
        return super().sizeHint(option, index)


def widths(view: QTableView) -> list[int]:
    return [view.columnWidth(c) for c in range(view.model().columnCount())]


def qt_widths(view: QTableView) -> list[int]:
    """What QTableView.resizeColumnsToContents gives (from narrow columns)."""
    for column in range(view.model().columnCount()):
        view.setColumnWidth(column, 5)
    view.resizeColumnsToContents()
    return widths(view)


def test_the_shipped_municipalities_get_qts_widths_from_eight_texts_a_column(qtbot):
    """All 342 shipped municipalities (names, codes, provinces, COROP regions): the same
    widths as Qt's; the delegate measures at most eight distinct texts per column, where
    Qt's measures all 342 rows of every column."""
    model = reference_model()
    model.set_rows(list(reference_municipalities().values()))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    expected = qt_widths(view)
    delegate = CountingDelegate(view)
    view.setItemDelegate(delegate)
    for column in range(model.columnCount()):
        view.setColumnWidth(column, 5)
    fit_columns(view)
    assert widths(view) == expected
    assert delegate.asked <= column_fit.CANDIDATES * model.columnCount()
    delegate.asked = 0
    view.resizeColumnsToContents()
    assert delegate.asked >= len(model.rows) * model.columnCount()  # what it replaces


def test_a_text_repeated_in_many_rows_is_measured_once(qtbot):
    """Provinces repeat in dozens of rows: the widest (not the most frequent) decides, as
    with Qt's own sizing, also behind a filter (the municipality picker's proxy)."""
    picker = MunicipalityPicker()
    qtbot.addWidget(picker)
    ours = widths(picker.table)
    assert ours == qt_widths(picker.table)
    assert all(width > 5 for width in ours if width)


def test_a_hidden_column_stays_hidden_and_short_tables_use_qt(qtbot):
    model = reference_model()
    model.set_rows(list(reference_municipalities().values())[:10])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setColumnHidden(0, True)
    expected = qt_widths(view)
    fit_columns(view)
    assert widths(view) == expected and view.isColumnHidden(0)


@pytest.fixture
def national_region(tmp_path, qtbot, launcher):
    """The Regio step of a vision of all 342 shipped municipalities (no figures)."""
    path = tmp_path / "land.thuisplan"
    create_vision(
        path,
        title="Heel Nederland",
        municipality_codes=tuple(reference_municipalities()),
        start_year=2026,
        end_year=2030,
        region_name="Nederland",
    ).close()
    window = launcher.open_file(path)
    qtbot.waitExposed(window)
    return window.current_page()


def test_the_region_step_of_a_national_vision_gets_qts_widths(national_region):
    """The municipalities and their baseline figures (342 rows): what Qt would set."""
    table = national_region.table
    ours = widths(table)
    assert table.model().rowCount() == 342
    assert ours == qt_widths(table)


def test_refreshing_the_region_step_measures_a_few_cells_a_column(national_region):
    """Filling the Regio step (as when the window opens on it) sizes its 342-row table
    from at most eight texts a column (it measured every cell: 0.14 s nationally)."""
    table = national_region.table
    delegate = CountingDelegate(table)
    table.setItemDelegate(delegate)
    national_region.refresh()
    assert 0 < delegate.asked <= column_fit.CANDIDATES * table.model().columnCount()


@pytest.mark.parametrize("rows", [10, 342])  # Qt's own sizing, and the fit on a few texts
def test_only_the_columns_asked_for_are_fitted(qtbot, rows):
    """The Controle window fits every column but the reasons, which take the width left."""
    model = reference_model()
    model.set_rows(list(reference_municipalities().values())[:rows])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    expected = qt_widths(view)
    for column in range(model.columnCount()):
        view.setColumnWidth(column, 5)
    narrow = widths(view)  # as narrow as the header lets them be
    fit_columns(view, [0, 2])
    assert widths(view) == [expected[0], narrow[1], expected[2], *narrow[3:]]
    assert expected[1] != narrow[1] and expected[3] != narrow[3]
