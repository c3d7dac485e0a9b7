"""The English interface: every message translated, its markup kept, the .qm up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS = TRANSLATIONS / "thuisplan_en.ts"
QM = TRANSLATIONS / "thuisplan_en.qm"

PLACEHOLDER = re.compile(r"\{\d*\}|%n|%L?\d+")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
MNEMONIC = re.compile(r"&(?!&)(\S)")


def _messages() -> list[tuple[str, str, str | None, ET.Element]]:
    """(context, source, translation text, <translation> element) for every message."""
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source"), translation.text, translation)
        for context in root.findall("context")
        for message in context.findall("message")
        for translation in [message.find("translation")]
    ]


MESSAGES = _messages()


def _mnemonics(text: str) -> list[str]:
    return MNEMONIC.findall(text.replace("&&", ""))


def test_the_catalogue_is_not_empty():
    """The .ts holds the views' messages and the Vocabulary and Help contexts."""
    contexts = {context for context, *_ in MESSAGES}
    assert len(MESSAGES) > 300
    assert {"MainWindow", "Vocabulary", "Help"} <= contexts


def test_every_message_is_finished():
    """Each message has a non-empty translation not marked unfinished, vanished or obsolete."""
    unfinished = []
    for context, source, text, element in MESSAGES:
        forms = element.findall("numerusform")
        texts = [form.text for form in forms] if forms else [text]
        if element.get("type") is not None or not all((t or "").strip() for t in texts):
            unfinished.append((context, source))
    assert not unfinished


def test_placeholders_are_kept():
    """A translation has exactly the placeholders of its source ({0}, %n, %1)."""
    wrong = [
        (context, source, text)
        for context, source, text, _ in MESSAGES
        if sorted(PLACEHOLDER.findall(text or "")) != sorted(PLACEHOLDER.findall(source))
    ]
    assert not wrong


def test_mnemonics_are_kept():
    """A source with a keyboard mnemonic gets exactly as many, each before a letter or digit."""
    wrong = []
    for context, source, text, _ in MESSAGES:
        wanted, found = _mnemonics(source), _mnemonics(text or "")
        if len(found) != len(wanted) or not all(
            key.isalnum() or key == source_key
            for source_key, key in zip(wanted, found, strict=False)
        ):
            wrong.append((context, source, text))
    assert not wrong


def _edges(text: str) -> tuple[str, str]:
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


def test_markup_and_spacing_are_kept():
    """HTML tags, line breaks, ellipses and leading or trailing spaces of the source survive."""
    wrong = [
        (context, source, text)
        for context, source, text, _ in MESSAGES
        if TAG.findall(text or "") != TAG.findall(source)
        or (text or "").count("\n") != source.count("\n")
        or _edges(text or "") != _edges(source)
        or ("…" in (text or "")) != ("…" in source)
    ]
    assert not wrong


def _release(ts: Path, qm: Path) -> None:
    folder = str(Path(sys.executable).parent)
    lrelease = shutil.which("pyside6-lrelease", path=folder) or shutil.which("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease not found next to the Python interpreter or on PATH"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)


def test_committed_qm_is_up_to_date(tmp_path):
    """The committed .qm equals a fresh lrelease of the .ts (run `translations.py compile`)."""
    fresh = tmp_path / "thuisplan_en.qm"
    _release(TS, fresh)
    assert QM.read_bytes() == fresh.read_bytes(), (
        "thuisplan_en.qm is stale: run .venv/bin/python scripts/translations.py compile"
    )


@pytest.fixture
def english(qapp):
    """The application with Thuisplan's English translators installed; removed afterwards."""
    from PySide6.QtCore import QLocale

    from app.views.i18n import install_translators

    locale = QLocale()
    translators = install_translators(qapp, "en")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_install_translators_translates_known_strings(english):
    """install_translators(app, "en") loads thuisplan_en.qm: a menu, a label and a help text."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    assert translate("MainWindow", "&Bestand") == "&File"
    assert translate("Vocabulary", "Woningcorporatie") == "Housing association"
    assert translate("Vocabulary", "Verdeelsleutel") == "Distribution key"
    assert translate("Help", "De aandachtsgroepen") == "The target groups"
    assert translate("Help", "(geen omschrijving)") == "(no description)"


def test_the_qm_serves_every_translation_of_the_ts(english):
    """Through the installed translators each message of the .ts comes out as its translation."""
    from PySide6.QtCore import QCoreApplication

    wrong = [
        (context, source)
        for context, source, text, _ in MESSAGES
        if QCoreApplication.translate(context, source) != text
    ]
    assert not wrong


def test_menu_bar_mnemonics_do_not_clash(english):
    """File, Edit, Steps, View and Help each get their own Alt key."""
    from PySide6.QtCore import QCoreApplication

    titles = ["&Bestand", "Be&werken", "&Stappen", "Bee&ld", "&Help"]
    keys = [_mnemonics(QCoreApplication.translate("MainWindow", t))[0].lower() for t in titles]
    assert len(set(keys)) == len(keys), keys
