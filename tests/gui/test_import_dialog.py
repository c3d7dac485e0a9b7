"""The import preview opens on a list that has something in it."""

from __future__ import annotations

from app.services.collection_plan import ImportPlan
from app.views.import_dialog import ImportDialog


def test_the_preview_opens_on_the_first_list_with_rows(qtbot):
    """Workbooks that could not be read, and nothing else: the empty lists' tabs are
    disabled and the dialog shows 'Niet gelezen', not an empty 'Wijzigingen'; there is
    nothing to apply."""
    plan = ImportPlan((), (), (), (("a.xlsx", "Dit is geen werkboek."),), ("a.xlsx",), 0, False)
    dialog = ImportDialog(plan)
    qtbot.addWidget(dialog)
    tabs = dialog.tabs
    assert [tabs.isTabEnabled(i) for i in range(tabs.count())] == [False, False, False, True]
    assert tabs.tabText(tabs.currentIndex()) == "Niet gelezen (1)"
    assert not dialog.apply_button.isEnabled()
