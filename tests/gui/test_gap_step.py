"""The Opgave step: filters change the table and the charts; charts save and present."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from app.models import DistributionKey
from app.services import figures
from app.services.edits import figures as cell_edits
from app.services.figures import CellChange
from app.services.progress import Step
from tests.gui.test_wizard import go_to

CHART_TAB = 2


@pytest.fixture
def gap_page(qtbot, launcher, demo_path):
    window = launcher.open_file(demo_path)
    qtbot.waitExposed(window)
    return go_to(qtbot, window, Step.GAP)


def total_row(page):
    return page.table_model.rows[-1]


def test_table_follows_municipality_group_and_years(qtbot, gap_page):
    """Choosing Delft, one group and one year gives that group's figures for Delft in 2026,
    equal to the services' analysis."""
    analysis = gap_page.session.analysis()
    region_need = total_row(gap_page).need
    assert region_need == analysis.gap_total().need
    delft = next(m for m in analysis.figures.municipalities if m.code == "GM0503")
    group = analysis.figures.groups[0]
    gap_page.municipality_combo.setCurrentIndex(gap_page.municipality_combo.findData(delft.id))
    gap_page.group_combo.setCurrentIndex(gap_page.group_combo.findData(group.id))
    gap_page.first_year.setValue(2026)
    gap_page.last_year.setValue(2026)
    expected = analysis.gap_total(group_id=group.id, municipality_id=delft.id, years=[2026])
    assert (total_row(gap_page).need, total_row(gap_page).capacity) == (
        expected.need,
        expected.capacity,
    )
    assert "Delft" in gap_page.notes.text() and "2026" in gap_page.notes.text()


def test_sorting_by_gap_puts_the_largest_shortage_first(qtbot, gap_page):
    """Clicking the Opgave header twice sorts descending; the total stays at the bottom."""
    column = next(
        i
        for i in range(gap_page.table_model.columnCount())
        if gap_page.table_model.headerData(i, Qt.Orientation.Horizontal) == "Opgave"
    )
    gap_page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    gaps = [r.gap for r in gap_page.table_model.rows[:-1] if r.gap is not None]
    assert gaps == sorted(gaps, reverse=True)
    assert total_row(gap_page).group_id is None


def test_header_clicks_keep_the_sort_indicator_and_the_selected_line(qtbot, gap_page):
    """The first click on a header sorts (the model resets: group totals go) and the
    header still shows the indicator; the second click reverses the order and the
    selected line stays selected, wherever it moved."""
    from PySide6.QtCore import QPoint

    table, model = gap_page.table, gap_page.table_model
    header = table.horizontalHeader()
    column = next(
        i
        for i in range(model.columnCount())
        if model.headerData(i, Qt.Orientation.Horizontal) == "Woonbehoefte"
    )
    centre = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert header.sortIndicatorSection() == column and model.sorted_by is not None
    table.selectRow(0)
    chosen = model.rows[0]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert header.sortIndicatorSection() == column and model.rows[0] is not chosen
    assert [model.rows[i.row()] for i in table.selectionModel().selectedRows()] == [chosen]


def test_copy_the_table_for_excel(qtbot, gap_page):
    """The copied text is tab-separated with plain digits and the scope as title."""
    qtbot.mouseClick(_button(gap_page, "Tabel"), Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Opgave per aandachtsgroep en woonvorm")
    assert "\tWoonbehoefte\t" in text and "Dak- en thuisloze mensen" in text


def _button(page, prefix):
    from PySide6.QtWidgets import QPushButton

    return next(
        b for b in page.findChildren(QPushButton) if b.text().replace("&", "").startswith(prefix)
    )


def test_charts_change_with_the_filters(qtbot, gap_page):
    """The gap-per-municipality chart draws the services' figures; picking a group changes it."""
    gap_page.tabs.setCurrentIndex(CHART_TAB)
    gap_page.charts.chart_combo.setCurrentIndex(1)
    all_groups = gap_page.charts.canvas.data
    assert all_groups is not None
    gap_page.group_combo.setCurrentIndex(1)
    one_group = gap_page.charts.canvas.data
    assert one_group != all_groups
    assert gap_page.charts.canvas.figure.axes  # something is drawn


def test_distribution_key_changes_the_fair_share_chart(qtbot, gap_page):
    """Switching the key from inhabitants to dwellings redraws the fair shares."""
    gap_page.tabs.setCurrentIndex(CHART_TAB)
    gap_page.charts.chart_combo.setCurrentIndex(3)
    assert gap_page.charts.key_combo.isVisible()
    by_inhabitants = gap_page.charts.canvas.data
    gap_page.charts.key_combo.setCurrentIndex(
        gap_page.charts.key_combo.findData(DistributionKey.DWELLINGS)
    )
    by_dwellings = gap_page.charts.canvas.data
    assert by_dwellings != by_inhabitants


def test_charts_redraw_after_an_edit_elsewhere(qtbot, gap_page):
    """Changing a figure in another step changes the chart without restarting."""
    from app.services.figures import Cell

    gap_page.tabs.setCurrentIndex(CHART_TAB)
    gap_page.charts.chart_combo.setCurrentIndex(1)
    before = gap_page.charts.canvas.data
    analysis = gap_page.session.analysis()
    group = analysis.figures.groups[0]
    session = gap_page.session
    from app.models import HousingType

    cell = Cell("GM0503", group.id, HousingType.INDEPENDENT_REGULAR, 2025)
    session.perform(cell_edits.set_cells(session.project, [CellChange(cell, 5000)], "x"))
    assert gap_page.charts.canvas.data != before


def test_save_chart_as_png_and_svg_and_copy(qtbot, gap_page, tmp_path, monkeypatch):
    """The chart is saved as a real PNG and SVG, and copied to the clipboard as an image."""
    gap_page.tabs.setCurrentIndex(CHART_TAB)
    for fmt, magic in (("png", b"\x89PNG"), ("svg", b"<?xml")):
        target = tmp_path / f"grafiek.{fmt}"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, t=target, **k: (str(t), ""))
        )
        gap_page.charts.save(fmt)
        assert target.read_bytes().startswith(magic)
    gap_page.charts.copy()
    assert not QGuiApplication.clipboard().image().isNull()


def test_presentation_steps_through_charts_and_municipalities(qtbot, gap_page):
    """F5 opens the chart full screen; arrows step charts and municipalities; Esc closes."""
    gap_page.present()
    window = gap_page.presentation
    qtbot.waitExposed(window)
    first = window.canvas.data
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert gap_page.charts.kind_index() == 1 and window.canvas.data != first
    qtbot.keyClick(window, Qt.Key.Key_Down)
    assert gap_page.municipality_combo.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: gap_page.presentation is None)


def test_table_reads_as_a_report_with_group_totals(qtbot, gap_page):
    """In reading order each group's name appears once, followed by its total line."""
    model = gap_page.table_model
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    first_group = names[0]
    assert names.count(first_group) == 1
    assert any(row.housing_type is None and row.group_id is not None for row in model.rows)


def test_the_table_follows_an_edit(qtbot, gap_page):
    """After a need is raised by 1000 the table's region total shows it."""
    analysis = gap_page.session.analysis()
    group = analysis.figures.groups[0]
    series = next(s for s in figures.need_series(gap_page.session.project, group.id))
    year = analysis.figures.years[0]
    old = series.values.get(year) or 0
    cell = figures.Cell(series.municipality_code, group.id, series.housing_type, year)
    gap_page.session.perform(
        cell_edits.set_cells(gap_page.session.project, [CellChange(cell, old + 1000)], "test")
    )
    qtbot.waitUntil(lambda: total_row(gap_page).need == analysis.gap_total().need + 1000)
    assert total_row(gap_page).need == gap_page.session.analysis().gap_total().need


def test_shortage_surplus_and_gap_agree_and_explain_themselves(qtbot, gap_page):
    """Opgave = tekort − overschot on every line; the headers say how they are counted."""
    model = gap_page.table_model
    headers = {
        model.headerData(i, Qt.Orientation.Horizontal): i for i in range(model.columnCount())
    }
    for name in ("Tekort", "Overschot", "Opgave"):
        assert model.headerData(
            headers[name], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
    for row in model.rows:
        if row.gap is not None:
            assert row.gap == row.shortage - row.surplus


def test_every_municipality_and_group_choice_gives_the_services_totals(qtbot, gap_page):
    """For every municipality (and the region) x every group (and all): the table's total
    line equals Analysis.gap_total, shortage and surplus included, in every tab."""
    analysis = gap_page.session.analysis()
    for m_index in range(gap_page.municipality_combo.count()):
        gap_page.municipality_combo.setCurrentIndex(m_index)
        for g_index in range(gap_page.group_combo.count()):
            gap_page.group_combo.setCurrentIndex(g_index)
            m_id = gap_page.municipality_combo.currentData()
            g_id = gap_page.group_combo.currentData()
            expected = analysis.gap_total(municipality_id=m_id, group_id=g_id)
            row = total_row(gap_page)
            assert (row.need, row.capacity, row.shortage, row.surplus) == (
                expected.need,
                expected.capacity,
                expected.shortage,
                expected.surplus,
            )
            assert not gap_page.message.isVisible()
    for tab in range(gap_page.tabs.count()):
        gap_page.tabs.setCurrentIndex(tab)
        assert not gap_page.message.isVisible()


def test_the_table_footer_speaks_the_interface_language(qtbot, gap_page, qapp):
    """Dutch by default; with the English translation installed the line under the table
    reads "Region Haaglanden · all target groups · 2025–2030" (group names are data)."""
    from app.views.i18n import install_translators

    gap_page._show_table()
    assert gap_page.notes.text().startswith("Regio Haaglanden · alle aandachtsgroepen · 2025–2030")
    translators = install_translators(qapp, "en")
    try:
        gap_page._show_table()
        assert gap_page.notes.text().startswith("Region Haaglanden · all target groups · 2025–2030")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
