"""Presentation mode for a projector: the letters 1.5 times as large, the table headers
with them (a header keeps the platform's small font unless told), pages opened later too,
and a sidebar wide enough that no step name wraps; off again restores the sizes."""

from __future__ import annotations

from app.services.progress import Step
from app.views.main_window import PRESENTATION_SCALE
from tests.gui.test_wizard import go_to


def _header_size(page) -> float:
    return page.findChildren(type(page.view))[0].horizontalHeader().font().pointSizeF()


def test_headers_scale_with_the_text_and_back(qtbot, window):
    need = go_to(qtbot, window, Step.NEED)
    before = need.view.horizontalHeader().font().pointSizeF()
    window.presentation_action.trigger()
    assert need.view.horizontalHeader().font().pointSizeF() == before * PRESENTATION_SCALE
    gap = go_to(qtbot, window, Step.GAP)  # made while presentation mode is on
    assert gap.table.horizontalHeader().font().pointSizeF() > before
    window.presentation_action.trigger()
    assert need.view.horizontalHeader().font().pointSizeF() == before


def test_no_step_name_wraps_in_presentation_mode(qtbot, window):
    window.resize(1366, 768)
    window.presentation_action.trigger()
    sidebar = window.sidebar
    metrics = sidebar.fontMetrics()
    room = sidebar.viewport().width() - sidebar.iconSize().width() - 12
    for row in range(sidebar.count()):
        text = sidebar.item(row).text()
        assert "\u00a0" in text.split()[0] or text.split(".")[0].isdigit()
        assert metrics.horizontalAdvance(text) <= room, text


def test_the_number_stays_with_its_step_name():
    """A no-break space joins number and name, so '3.' never stands alone on a line."""
    from app.views.pages import STEPS, step_title

    texts = [f"{n}.\u00a0{step_title(s)}" for n, s in enumerate(STEPS, start=1)]
    assert all(" " not in t.split("\u00a0")[0] for t in texts)
