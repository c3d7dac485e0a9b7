"""Choosing a house-style template in the Documenten step: a hostile part is left out and
the page says what; a template that must not be used is refused with the reason."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.services.progress import Step
from tests.gui.test_documents import save_to, wait_until_idle
from tests.gui.test_wizard import go_to
from tests.unit import hostile_templates as hostile


@pytest.fixture
def page(qtbot, launcher, demo_path):
    window = launcher.open_file(demo_path)
    qtbot.waitExposed(window)
    return go_to(qtbot, window, Step.DOCUMENTS)


def _choose(monkeypatch, page, path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    page.choose_template()


def test_hostile_template_is_used_without_its_macros_and_says_so(
    qtbot, page, tmp_path, monkeypatch
):
    """A template with macros and a remote attached template: the page names what was left
    out, and the exported document has neither."""
    normal = hostile.house_style(tmp_path / "huisstijl.docx")
    path = hostile.with_macros(
        hostile.remote_attached_template(normal, tmp_path / "stap.docx"), tmp_path / "eigen.docm"
    )
    _choose(monkeypatch, page, path)
    assert page.template_note.isVisible()
    note = page.template_note.text()
    assert "macro's" in note and hostile.REMOTE_TEMPLATE in note
    assert "eigen.docm" in page.template_label.text() and not page.message.isVisible()
    target = tmp_path / "visie.docx"
    save_to(monkeypatch, target)
    qtbot.mouseClick(page.buttons[0], Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, page)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        rels = b"".join(archive.read(n) for n in names if n.endswith(".rels"))
    assert not any("vba" in name for name in names)
    assert b"External" not in rels and b"attachedTemplate" not in rels


def test_refused_template_keeps_the_previous_choice(page, tmp_path, monkeypatch):
    """An XML bomb is refused with the reason; the standard template stays chosen."""
    normal = hostile.house_style(tmp_path / "huisstijl.docx")
    _choose(monkeypatch, page, hostile.entity_bomb(normal, tmp_path / "bom.docx"))
    assert page.message.isVisible() and "DOCTYPE/ENTITY" in page.message.text()
    assert page.template is None and "standaardsjabloon" in page.template_label.text()
    _choose(monkeypatch, page, normal)  # a good one afterwards clears the message
    assert not page.message.isVisible() and not page.template_note.isVisible()
    assert page.template is not None and page.template.name == "huisstijl.docx"
