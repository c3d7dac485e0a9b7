"""The GUI entry point opens a project in a window."""

from app.views.main_window import MainWindow


def test_main_window_shows_the_vision(qtbot, demo):
    """The window is titled with the file name and lists the nine municipalities."""
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("demo.thuisplan")
