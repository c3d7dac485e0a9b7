"""The Documenten step: exports run in the background with progress; imports are previewed,
applied as one undoable step."""

from __future__ import annotations

import multiprocessing
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from app.models import HousingType
from app.reports import child_run
from app.services import figures
from app.services.progress import Step
from app.views.import_dialog import ImportDialog
from tests.gui.test_wizard import go_to


@pytest.fixture
def demo_window(qtbot, launcher, demo_path):
    window = launcher.open_file(demo_path)
    qtbot.waitExposed(window)
    return window


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def wait_until_idle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.task is None, timeout=60_000)


def test_export_the_vision_document_in_the_background(qtbot, demo_window, tmp_path, monkeypatch):
    """Clicking 'Woonzorgvisie maken' writes the Word file and says where it is."""
    page = go_to(qtbot, demo_window, Step.DOCUMENTS)
    target = tmp_path / "visie.docx"
    save_to(monkeypatch, target)
    qtbot.mouseClick(page.buttons[0], Qt.MouseButton.LeftButton)
    assert page.cancel_button.isEnabled()  # running: the window stays usable
    wait_until_idle(qtbot, page)
    assert target.exists() and target.stat().st_size > 20_000
    assert "visie.docx" in page.status.text() and not page.message.isVisible()
    # without LibreOffice (turned off for the tests) the page says how Word adds the numbers
    assert "De inhoudsopgave heeft geen paginanummers" in page.status.text()
    assert "&#x27;Veld bijwerken&#x27;" in page.status.text()  # escaped for the rich text


def test_export_the_annex_and_the_collection_workbook(qtbot, demo_window, tmp_path, monkeypatch):
    """The Excel annex and the uitvraag workbook are written where the user chose."""
    page = go_to(qtbot, demo_window, Step.DOCUMENTS)
    for button, name in ((page.buttons[1], "bijlage.xlsx"), (page.buttons[4], "uitvraag.xlsx")):
        save_to(monkeypatch, tmp_path / name)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        wait_until_idle(qtbot, page)
        assert (tmp_path / name).exists()


def test_collection_workbooks_per_municipality(qtbot, demo_window, tmp_path, monkeypatch):
    """With 'één per gemeente' chosen, the uitvraag button asks for a folder and fills it
    with one workbook per municipality; the status counts them and links the folder."""
    page = go_to(qtbot, demo_window, Step.DOCUMENTS)
    folder = tmp_path / "uitvraag"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    page.collection_per.setCurrentIndex(page.collection_per.findData("municipality"))
    qtbot.mouseClick(page.buttons[4], Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, page)
    written = sorted(p.name for p in folder.iterdir())
    assert len(written) == 9 and "Uitvraag Delft.xlsx" in written
    assert "9 bestanden" in page.status.text() and folder.as_uri() in page.status.text()


def watch_temp(tmp_path: Path, monkeypatch) -> Path:
    """The system's temporary folder (here and in the child), empty, for the test to see."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


@pytest.mark.parametrize("process", ["0", "1"], ids=["here", "child"])
def test_cancelled_export_leaves_no_file(qtbot, demo_window, tmp_path, monkeypatch, process):
    """Cancel right after starting (the export in this process or a child): no document,
    no temporary file (nor the copy of the vision the child reads), a message that says
    so, no child left."""
    monkeypatch.setenv(child_run.PROCESS_ENV, process)
    temp = watch_temp(tmp_path, monkeypatch)
    page = go_to(qtbot, demo_window, Step.DOCUMENTS)
    out = tmp_path / "uit"
    out.mkdir()
    save_to(monkeypatch, out / "visie.docx")
    qtbot.mouseClick(page.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, page)
    assert list(out.iterdir()) == [] and list(temp.glob("thuisplan-*")) == []
    assert "Afgebroken" in page.status.text()
    assert multiprocessing.active_children() == []


def test_no_room_for_the_copy_of_the_vision(qtbot, demo_window, tmp_path, monkeypatch):
    """In a child process the export reads a copy of the vision in the temporary folder:
    when that cannot be written (disk full) the user is told so in Dutch, and nothing is
    written, there or in the chosen folder; the window stays editable."""
    import errno

    monkeypatch.setenv(child_run.PROCESS_ENV, "1")
    temp = watch_temp(tmp_path, monkeypatch)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", full)
    page = go_to(qtbot, demo_window, Step.DOCUMENTS)
    out = tmp_path / "uit"
    out.mkdir()
    save_to(monkeypatch, out / "visie.docx")
    qtbot.mouseClick(page.buttons[0], Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, page)
    assert page.message.isVisible()
    assert "tijdelijke kopie van de visie" in page.message.text()
    assert "Er is niets geschreven" in page.message.text()
    assert list(out.iterdir()) == [] and list(temp.iterdir()) == []
    assert multiprocessing.active_children() == []


def test_vision_made_in_a_child_process(qtbot, demo_window, tmp_path, monkeypatch):
    """With exports in a child process (as the application runs them), the button writes
    the document, the progress bar follows the child's steps, the child's note reaches the
    status line, and no child process is left."""
    monkeypatch.setenv(child_run.PROCESS_ENV, "1")
    temp = watch_temp(tmp_path, monkeypatch)
    page = go_to(qtbot, demo_window, Step.DOCUMENTS)
    target = tmp_path / "visie.docx"
    save_to(monkeypatch, target)
    steps: list[str] = []
    page.progress.valueChanged.connect(lambda _value: steps.append(page.progress.format()))
    qtbot.mouseClick(page.buttons[0], Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, page)
    assert target.exists() and target.stat().st_size > 20_000
    assert any(step.startswith("Hoofdstuk 3") for step in steps)
    assert "visie.docx" in page.status.text() and "geen paginanummers" in page.status.text()
    assert multiprocessing.active_children() == []
    assert list(temp.glob("thuisplan-*")) == []  # the copy of the vision it read


@pytest.mark.parametrize("process", ["0", "1"], ids=["here", "child"])
def test_export_to_a_missing_folder_shows_the_reason(
    qtbot, demo_window, tmp_path, monkeypatch, process
):
    """A folder that does not exist gives a Dutch message, not a crash: the same one when
    the export runs in a child process."""
    monkeypatch.setenv(child_run.PROCESS_ENV, process)
    temp = watch_temp(tmp_path, monkeypatch)
    page = go_to(qtbot, demo_window, Step.DOCUMENTS)
    save_to(monkeypatch, tmp_path / "weg" / "visie.docx")
    qtbot.mouseClick(page.buttons[0], Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, page)
    assert page.message.isVisible()
    assert page.message.text() == f"De map '{tmp_path / 'weg'}' bestaat niet."
    assert list(temp.glob("thuisplan-*")) == []


def test_import_a_filled_workbook_with_preview_and_undo(qtbot, demo_window, tmp_path, monkeypatch):
    """Generate the workbook, fill one cell, import: the preview shows old -> new, applying
    changes exactly that cell, and Ctrl+Z puts it back."""
    import openpyxl

    from app.reports.collection_template import write_collection_template

    project = demo_window.session.project
    workbook_path = tmp_path / "uitvraag.xlsx"
    write_collection_template(project, workbook_path)
    book = openpyxl.load_workbook(workbook_path)
    sheet = book["Woonbehoefte"]
    header = [cell.value for cell in sheet[1]]
    row = next(
        r
        for r in sheet.iter_rows(min_row=2)
        if r[0].value == "GM0503" and r[3].value == HousingType.INDEPENDENT_REGULAR.label
    )
    group_label = row[2].value
    row[header.index(2025)].value = 999
    book.save(workbook_path)

    seen = {}

    def accept(dialog):
        seen["changes"] = [(c.old, c.new) for c in dialog.plan.changes]
        dialog.apply = True
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", accept)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(workbook_path)], ""))
    )
    page = go_to(qtbot, demo_window, Step.DOCUMENTS)
    qtbot.mouseClick(page.buttons[5], Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, page)
    assert len(seen["changes"]) == 1 and seen["changes"][0][1] == 999

    group = next(g for g in demo_window.session.analysis().figures.groups if g.label == group_label)

    def delft_2025():
        series = next(
            s
            for s in figures.need_series(project, group.id)
            if s.municipality_code == "GM0503" and s.housing_type is HousingType.INDEPENDENT_REGULAR
        )
        return series.values[2025]

    assert delft_2025() == 999
    demo_window.session.undo_stack.undo()
    assert delft_2025() == seen["changes"][0][0]


@pytest.mark.parametrize("process", ["0", "1"], ids=["here", "child"])
def test_an_edit_while_the_annex_is_written_does_not_reach_it(
    qtbot, demo_window, tmp_path, monkeypatch, process
):
    """The window stays editable while the annex is written in the background (in this
    process or a child); a need typed right after the click is in the file but not in this
    annex (its figures are the snapshot taken at the click)."""
    import openpyxl

    from app.services.edits import figures as cell_edits
    from app.services.figures import Cell, CellChange

    monkeypatch.setenv(child_run.PROCESS_ENV, process)
    page = go_to(qtbot, demo_window, Step.DOCUMENTS)
    session = demo_window.session
    group = session.analysis().figures.groups[0]
    cell = Cell("GM0503", group.id, HousingType.INDEPENDENT_REGULAR, 2025)
    before = session.analysis().gaps[(1, group.id, 2025)].need
    save_to(monkeypatch, tmp_path / "bijlage.xlsx")
    qtbot.mouseClick(page.buttons[1], Qt.MouseButton.LeftButton)
    assert session.perform(cell_edits.set_cells(session.project, [CellChange(cell, 5000)], "x"))
    wait_until_idle(qtbot, page)
    sheet = openpyxl.load_workbook(tmp_path / "bijlage.xlsx")["Woonbehoefte"]
    delft = next(
        r
        for r in range(2, sheet.max_row + 1)
        if (sheet.cell(r, 1).value, sheet.cell(r, 3).value) == ("GM0503", group.label)
    )
    assert sheet.cell(delft, 4).value == before
    assert session.analysis().gaps[(1, group.id, 2025)].need != before
