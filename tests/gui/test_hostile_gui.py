"""Hostile project files opened in the GUI: refused with the reason before any window shows,
the file unchanged; "Gegevens overnemen in een nieuw bestand" makes a sound copy and
opens it. Dialogs are stubbed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.storage.format import CURRENT_SCHEMA_VERSION
from tests.unit import hostile_projects as corpus

SOUND = Path(__file__).parents[1] / "fixtures" / f"schema_v{CURRENT_SCHEMA_VERSION}.thuisplan"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, Path]:
    return corpus.make_corpus(SOUND, tmp_path_factory.mktemp("hostile"))


def _answer_with(monkeypatch, role: QMessageBox.ButtonRole | None) -> list[str]:
    """Stub QMessageBox.exec: record the text, click the button with `role` (None: Close)."""
    shown: list[str] = []

    def answer(box):
        shown.append(box.text())
        wanted = [b for b in box.buttons() if role is not None and box.buttonRole(b) == role]
        clicked = wanted[0] if wanted else box.button(QMessageBox.StandardButton.Close)
        box.clickedButton = lambda: clicked
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


@pytest.mark.parametrize("name", list(corpus.ATTACKS))
def test_hostile_file_is_refused_before_any_window(name, hostile, launcher, tmp_path, monkeypatch):
    """The reason is shown with the offer to take the data over; declined, nothing opens
    and the file keeps its bytes."""
    path = tmp_path / f"{name}.thuisplan"
    shutil.copyfile(hostile[name], path)
    before = digest(path)
    shown = _answer_with(monkeypatch, None)
    assert launcher.open_file(path) is None
    assert corpus.EXPECTED[name] in shown[0]
    assert launcher.windows == {}
    assert digest(path) == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_taking_the_data_over_opens_a_sound_new_file(
    qtbot, hostile, launcher, tmp_path, monkeypatch, messages
):
    """The user takes the data over: a save dialog names the new file, the report is shown,
    and the new file opens in a window; the hostile file stays as it was."""
    path = tmp_path / "aanval.thuisplan"
    shutil.copyfile(hostile["extra-trigger"], path)
    before = digest(path)
    target = tmp_path / "gered"
    asked = []

    def save_dialog(_parent, _title, proposed, _filter, *args, **kwargs):
        asked.append(proposed)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    shown = _answer_with(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    window = launcher.open_file(path)
    assert window is not None
    qtbot.waitExposed(window)
    assert "onbekende trigger 'wipe'" in shown[0]
    assert asked[0].endswith("aanval (overgenomen).thuisplan")
    assert window.session.project.path == tmp_path / "gered.thuisplan"
    assert "Alles is overgenomen." in messages[-1]
    assert digest(path) == before


def test_a_damaged_file_is_not_offered_for_salvage(launcher, tmp_path, messages, monkeypatch):
    """Broken pages are damage, not distrust: the backup advice, no salvage button."""
    path = tmp_path / "kapot.thuisplan"
    data = bytearray(SOUND.read_bytes())
    for offset in range(8192, len(data), 4096):
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    shown = _answer_with(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    assert launcher.open_file(path) is None
    assert shown == [] and "Open een reservekopie" in messages[0]
