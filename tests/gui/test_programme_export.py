"""The Documenten step's 'Hoofdstukken volkshuisvestingsprogramma…': a folder asked for, one
chapter per municipality written in the background, chapters already there replaced only
when the user says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services.progress import Step
from tests.gui.test_documents import demo_window, wait_until_idle  # noqa: F401 (fixture)
from tests.gui.test_wizard import go_to

DELFT = "Volkshuisvestingsprogramma Delft - aandachtsgroepen.docx"


@pytest.fixture
def page(qtbot, demo_window):  # noqa: F811
    return go_to(qtbot, demo_window, Step.DOCUMENTS)


@pytest.fixture
def out(tmp_path):
    """An empty folder for the chapters (the example's file lives in tmp_path)."""
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def _click(qtbot, page, monkeypatch, folder) -> None:
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    button = next(b for b in page.buttons if "volkshuisvestingsprogramma" in b.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, page)


def _answer(monkeypatch, button, asked: list) -> None:
    def question(*args, **kwargs):
        asked.append(args[2])
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


def test_writes_one_chapter_per_municipality(qtbot, page, out, monkeypatch):
    """The button writes the nine chapters with progress in the background and links the
    folder in the status line."""
    asked: list = []
    _answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    _click(qtbot, page, monkeypatch, out)
    assert len(list(out.glob("*.docx"))) == 9 and (out / DELFT).exists()
    assert "9 bestanden" in page.status.text() and out.as_uri() in page.status.text()
    assert asked == [] and not page.message.isVisible()


def test_existing_chapters_kept_when_the_user_says_no(qtbot, page, out, monkeypatch):
    """A chapter already in the folder: the user is asked; 'No' writes nothing at all."""
    (out / DELFT).write_bytes(b"eigen versie")
    asked: list = []
    _answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    _click(qtbot, page, monkeypatch, out)
    assert len(asked) == 1 and DELFT in asked[0]
    assert [p.name for p in out.iterdir()] == [DELFT]
    assert (out / DELFT).read_bytes() == b"eigen versie"
    assert "Niets geschreven" in page.status.text()


def test_existing_chapters_replaced_when_the_user_says_yes(qtbot, page, out, monkeypatch):
    """'Yes' replaces the chapter that was there and writes the others."""
    (out / DELFT).write_bytes(b"eigen versie")
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, [])
    _click(qtbot, page, monkeypatch, out)
    assert len(list(out.glob("*.docx"))) == 9
    assert (out / DELFT).read_bytes() != b"eigen versie"


def test_a_file_instead_of_a_folder_shows_the_reason(qtbot, page, out, monkeypatch):
    """A path that is a file: a Dutch message in the message bar, the file unchanged."""
    file = out / "hoofdstukken"
    file.write_bytes(b"x")
    _click(qtbot, page, monkeypatch, file)
    assert page.message.isVisible() and "is een bestand, geen map" in page.message.text()
    assert file.read_bytes() == b"x"
