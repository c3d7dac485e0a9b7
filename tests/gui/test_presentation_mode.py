"""Presentation mode for a projector: the letters 1.5 times as large, the table headers
with them (a header keeps the platform's small font unless told), pages opened later too,
and a sidebar wide enough that no step name wraps; off again restores the sizes."""

from __future__ import annotations

from PySide6.QtCore import Qt

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


def test_the_first_start_fits_a_small_laptop(qtbot, launcher, project, monkeypatch):
    """No remembered size and a 1366 × 728 working area: the window fills it (maximised),
    never larger than the screen; on a large screen it opens at 1280 × 760."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from app.views.main_window import MainWindow

    path = project.path
    project.close()
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 728))
    window = launcher.open_file(path)
    assert isinstance(window, MainWindow)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.width() <= 1366 and window.height() <= 728


def test_the_first_start_on_a_large_screen(qtbot, launcher, project, monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    path = project.path
    project.close()
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1920, 1040))
    window = launcher.open_file(path)
    assert not window.windowState() & Qt.WindowState.WindowMaximized
    assert (window.width(), window.height()) == (1280, 760)
