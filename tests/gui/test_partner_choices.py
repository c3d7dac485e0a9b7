"""Partners step labels its two combo boxes; the trekker of a measure is chosen from the
partners in an editable list, and free text stays possible."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel

from app.models import PartnerKind
from app.services import partners
from app.services.progress import Step
from tests.gui.helpers import click_cell
from tests.gui.test_wizard import go_to

OWNER = 1  # the Trekker column of a measures table


def test_the_partner_combo_boxes_have_labels(qtbot, window):
    page = go_to(qtbot, window, Step.PARTNERS)
    buddies = {label.buddy(): label.text() for label in page.findChildren(QLabel)}
    assert buddies[page.kind_combo] == "&Soort:"
    assert buddies[page.municipality_combo] == "&Gemeente:"


def _measure_tab(qtbot, window):
    partners.add_partner(window.session.project, "Woonbron", PartnerKind.HOUSING_CORPORATION)
    partners.add_partner(window.session.project, "GGZ Delfland", PartnerKind.CARE_PROVIDER)
    page = go_to(qtbot, window, Step.MEASURES)
    tab = page.line_tabs[next(iter(page.line_tabs))]
    tab.add_button.click()
    return tab


def _editor(qtbot, tab) -> QComboBox:
    click_cell(qtbot, tab.table, 0, OWNER)
    tab.table.edit(tab.model.index(0, OWNER))
    editor = tab.table.findChild(QComboBox)
    assert editor is not None and editor.isEditable()
    return editor


def test_the_trekker_is_chosen_from_the_partners(qtbot, window):
    tab = _measure_tab(qtbot, window)
    editor = _editor(qtbot, tab)
    assert [editor.itemText(i) for i in range(editor.count())] == ["GGZ Delfland", "Woonbron"]
    editor.setCurrentIndex(1)
    tab.table.commitData(editor)
    assert tab.model.rows[0].owner == "Woonbron"


def test_a_trekker_that_is_no_partner_can_be_typed(qtbot, window):
    tab = _measure_tab(qtbot, window)
    editor = _editor(qtbot, tab)
    editor.setCurrentText("Projectgroep wonen")
    tab.table.commitData(editor)
    assert tab.model.rows[0].owner == "Projectgroep wonen"
    assert len(partners.list_partners(window.session.project)) == 2  # no partner added
