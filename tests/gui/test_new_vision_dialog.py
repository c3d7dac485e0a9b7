"""The new-vision dialog as a user meets it: Enter in the search field adds the municipality
(never creates the vision), the hint to choose one goes once one is chosen, '1 gemeente',
and a folder that does not exist is said as such (not as 'alleen-lezen')."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.views.new_vision_dialog import NewVisionDialog, usable_folder


def _dialog(qtbot, tmp_path) -> NewVisionDialog:
    dialog = NewVisionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title_edit, "Visie Delft")
    dialog.file_edit.setText(str(tmp_path / "delft.thuisplan"))
    return dialog


def test_enter_in_the_search_field_adds_and_does_not_create(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    dialog.picker.search.setFocus()
    qtbot.keyClicks(dialog.picker.search, "Delft")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.codes() == ["GM0503"]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.project is None and not (tmp_path / "delft.thuisplan").exists()


def test_enter_with_several_found_selects_the_first_to_choose_from(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    qtbot.keyClicks(dialog.picker.search, "Delf")  # Delft, Delfzijl
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.codes() == [] and dialog.isVisible()
    assert dialog.picker.table.selectionModel().selectedRows()


def test_the_count_says_one_municipality_in_the_singular(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    qtbot.keyClicks(dialog.picker.search, "Delft")
    assert dialog.picker.count.text() == "1 gemeente"
    dialog.picker.search.clear()
    qtbot.keyClicks(dialog.picker.search, "Delf")
    assert dialog.picker.count.text() == "2 gemeenten"


def test_the_hint_to_choose_goes_once_one_is_chosen(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    dialog.create()
    assert "ten minste één gemeente" in dialog.message.text()
    qtbot.keyClicks(dialog.picker.search, "Rijswijk")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.message.text() == ""


def test_a_folder_that_does_not_exist_is_named(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    qtbot.keyClicks(dialog.picker.search, "Delft")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    missing = tmp_path / "weg" / "delft.thuisplan"
    dialog.file_edit.setText(str(missing))
    dialog.create()
    assert dialog.project is None
    assert f"De map '{missing.parent}' bestaat niet" in dialog.message.text()
    assert "alleen-lezen" not in dialog.message.text()
    assert not missing.parent.exists()


def test_the_documents_folder_of_a_fresh_profile_is_made(tmp_path):
    documents = tmp_path / "profiel" / "Documenten"
    assert usable_folder(documents) == documents and documents.is_dir()


def test_without_a_documents_folder_to_make_the_home_folder_is_used(tmp_path):
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map")
    assert usable_folder(blocked / "Documenten") == Path.home()
    assert usable_folder(None) == Path.home()
