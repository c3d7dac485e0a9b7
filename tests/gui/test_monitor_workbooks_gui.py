"""The Monitor step's monitoring workbooks, driven as a user drives them: write one per
municipality for the chosen measurement, fill one in, read it back through the preview,
and undo the import in one step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from app.services import measurements
from app.services.progress import Step
from app.views.import_dialog import ImportDialog
from tests.gui.test_wizard import go_to
from tests.unit.test_monitor_workbook import _fill_homeless_2025
from tests.unit.xlsx_helpers import edit_workbook


@pytest.fixture
def demo_window(qtbot, launcher, demo_path):
    window = launcher.open_file(demo_path)
    qtbot.waitExposed(window)
    return window


def _wait(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.workbooks.task is None, timeout=60_000)


def test_write_fill_read_and_undo(qtbot, demo_window, tmp_path, monkeypatch):
    """'Werkboeken voor de meting…' writes nine workbooks; 'Ingevulde werkboeken inlezen…'
    shows the preview (20 delivered figures, 1 realised value) and applies it as one step
    that Ctrl+Z takes back."""
    page = go_to(qtbot, demo_window, Step.MONITOR)
    folder = tmp_path / "werkboeken"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    qtbot.mouseClick(page.workbooks.write_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    written = sorted(folder.iterdir())
    assert len(written) == 9 and "9 werkboek(en)" in page.workbooks.status.text()
    filled = edit_workbook(
        folder / "Meting 1-7-2026 Delft.xlsx", _fill_homeless_2025, tmp_path / "Delft.xlsx"
    )
    seen = {}

    def accept(dialog):
        seen["counts"] = (len(dialog.plan.changes), len(dialog.monitor.realised))
        seen["enabled"] = dialog.apply_button.isEnabled()
        dialog.apply = True
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", accept)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(filled)], ""))
    )
    project = demo_window.session.project
    latest = measurements.list_measurements(project)[-1]
    before = (
        measurements.delivered_values(project, latest.id),
        measurements.realised_values(project),
    )
    qtbot.mouseClick(page.workbooks.read_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    assert seen == {"counts": (20, 1), "enabled": True}
    assert measurements.realised_values(project)[(latest.id, 2, 2025)] == 55
    assert "ingelezen bij de meting per 1-7-2026" in page.workbooks.status.text()
    demo_window.session.undo_stack.undo()
    after = (
        measurements.delivered_values(project, latest.id),
        measurements.realised_values(project),
    )
    assert after == before
