"""The Bestand menu: the recent files (newest first, a file that is gone disabled, a choice
opens it) and 'Afsluiten', which closes every window without showing the start window."""

from __future__ import annotations

from shiboken6 import isValid

from app.views import settings


def _recent_actions(qtbot, window):
    window.recent_menu.aboutToShow.emit()  # as when the user opens the submenu
    return window.recent_menu.actions()


def test_recent_files_newest_first_with_a_missing_one_disabled(qtbot, window, demo_path, tmp_path):
    gone = tmp_path / "verhuisd.thuisplan"
    settings.add_recent_file(gone)
    settings.add_recent_file(demo_path)
    actions = _recent_actions(qtbot, window)
    texts = [a.text() for a in actions]
    assert texts[:2] == ["&1 demo.thuisplan", "&2 verhuisd.thuisplan"]
    assert actions[0].isEnabled() and not actions[1].isEnabled()
    assert actions[1].toolTip() == str(gone.resolve())


def test_choosing_a_recent_file_opens_it(qtbot, launcher, window, demo_path):
    settings.add_recent_file(demo_path)
    demo = next(a for a in _recent_actions(qtbot, window) if a.text().endswith("demo.thuisplan"))
    demo.trigger()
    qtbot.waitUntil(lambda: demo_path.resolve() in launcher.windows)
    assert len(launcher.windows) == 2


def test_an_empty_list_says_so(qtbot, window, monkeypatch):
    monkeypatch.setattr(settings, "recent_files", lambda: [])
    actions = _recent_actions(qtbot, window)
    assert [a.text() for a in actions] == ["(nog geen)"] and not actions[0].isEnabled()


def test_afsluiten_closes_every_window_and_shows_no_start_window(
    qtbot, launcher, window, demo_path
):
    second = launcher.open_file(demo_path)
    qtbot.waitExposed(second)
    quit_action = next(
        a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Afsluiten"
    )
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    quit_action.trigger()
    qtbot.waitUntil(lambda: not launcher.windows)
    assert not isValid(window) and not isValid(second)  # closed and deleted
    assert not launcher.start_window.isVisible()


def test_file_dialogs_speak_the_interface_language(qapp):
    """Native dialogs speak the system's language: an interface that differs from it gets
    Qt's own, translated dialogs; the same language keeps the native ones."""
    from PySide6.QtCore import Qt

    from app.views.i18n import use_own_dialogs

    attribute = Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    try:
        assert use_own_dialogs(qapp, "en", ["nl-NL", "en-US"]) and qapp.testAttribute(attribute)
        assert not use_own_dialogs(qapp, "nl", ["nl-NL"]) and not qapp.testAttribute(attribute)
        assert not use_own_dialogs(qapp, "en", []) and not qapp.testAttribute(attribute)
    finally:
        qapp.setAttribute(attribute, False)
