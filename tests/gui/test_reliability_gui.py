"""What the GUI does when the file is in use elsewhere, out of reach, or must be restored."""

from __future__ import annotations

import subprocess
import sys
import time

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.models import HousingType
from app.services.figures import Cell
from app.services.progress import Step
from app.storage import FileUnreachableError
from app.views.backups_dialog import BackupsDialog
from tests.gui.test_wizard import go_to

HOLD_OPEN = """
import sys, time
from pathlib import Path
from app.storage import open_project_file
project = open_project_file(Path(sys.argv[1]))
print("open", flush=True)
time.sleep(60)
"""


def test_a_file_open_elsewhere_is_offered_read_only(qtbot, launcher, project, monkeypatch):
    """Another process has the file: the user is told who, chooses read-only, and sees the
    vision without being able to change it."""
    path = project.path
    project.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        shown = []

        def answer(box):
            shown.append(box.text())
            box.setProperty("answered", True)
            read_only = next(
                b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
            )
            box.clickedButton = lambda: read_only
            return 0

        monkeypatch.setattr(QMessageBox, "exec", answer)
        window = launcher.open_file(path)
        assert window is not None and window.session.readonly
        assert "geopend door" in shown[0]
        assert "alleen-lezen" in window.windowTitle()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_unreachable_file_offers_save_elsewhere(qtbot, window, monkeypatch, tmp_path):
    """A write that fails because the file is out of reach shows why and offers 'Opslaan
    als'; choosing it continues in a copy with everything that was stored."""
    from app.services import figures
    from app.services.edits import Edit
    from app.services.edits import figures as cell_edits
    from app.services.figures import CellChange
    from app.views.session import ALL

    page = go_to(qtbot, window, Step.NEED)
    group = page.current_group()
    session = window.session
    cell = Cell("GM0503", group.id, HousingType.ROOM, 2025)
    session.perform(cell_edits.set_cells(session.project, [CellChange(cell, 4)], "x"))

    def unreachable():
        raise FileUnreachableError(session.project.path, "Het bestand is niet meer bereikbaar.")

    offered = []

    def answer(box):
        offered.append(box.text())
        save = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
        box.clickedButton = lambda: save
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    target = tmp_path / "elders.thuisplan"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert not session.perform(Edit("y", unreachable, lambda: ALL))
    assert "niet meer bereikbaar" in offered[0]
    assert window.session.project.path == target
    assert figures.need_series(window.session.project, group.id)[0].values == {2025: 4}


def test_restore_a_backup_from_the_start_screen(qtbot, launcher, project, tmp_path, monkeypatch):
    """Opening a vision keeps a backup; the start screen lists it and restores it to a new
    file that then opens."""
    path = project.path
    project.close()
    window = launcher.open_file(path)  # opening makes a backup
    window.close()
    time.sleep(0.01)
    dialog = BackupsDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() >= 1
    target = tmp_path / "terug.thuisplan"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.restore()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.restored == target
    restored = launcher.open_file(target)
    assert restored is not None and restored.windowTitle().startswith("terug.thuisplan")
