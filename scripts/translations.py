"""Keep the interface translations up to date.

    .venv/bin/python scripts/translations.py update   # strings from app/views -> .ts
    .venv/bin/python scripts/translations.py compile  # .ts -> .qm (committed, used at run time)

The source language is Dutch. `update` runs pyside6-lupdate over app/views and
adds the domain's vocabulary (enum labels, the standard catalogue, the glossary)
under the context "Vocabulary", which the views translate with `labels.vocab()`.
Existing translations are kept.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"en": "en_GB"}
BIN = Path(sys.executable).parent


def vocabulary() -> list[str]:
    """Every domain text the views show through `vocab()`."""
    from app.models.enums import _LABELS
    from app.services import catalogue

    texts: list[str] = []
    for labels in _LABELS.values():
        texts += list(labels.values())
    for group in catalogue.STANDARD_GROUPS:
        texts += [group.label, group.definition]
    texts += list(catalogue.HOUSING_TYPE_DEFINITIONS.values())
    texts += list(catalogue.SUPPORT_LEVEL_DEFINITIONS.values())
    for term, definition in catalogue.GLOSSARY.items():
        texts += [term, definition]
    return list(dict.fromkeys(texts))


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "app" / "views").rglob("*.py"))
    for code, locale in LANGUAGES.items():
        ts = TRANSLATIONS / f"thuisplan_{code}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete",
                        "-source-language", "nl_NL", "-target-language", locale,
                        "-ts", str(ts)], check=True)
        _add_vocabulary(ts)


def _add_vocabulary(ts: Path) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.findall("context") if c.findtext("name") == "Vocabulary"),
                   None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "Vocabulary"
    present = {m.findtext("source") for m in context.findall("message")}
    for text in vocabulary():
        if text not in present:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", {"type": "unfinished"})
    wanted = set(vocabulary())
    for message in list(context.findall("message")):
        if message.findtext("source") not in wanted:
            context.remove(message)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def compile_() -> None:
    for code in LANGUAGES:
        ts = TRANSLATIONS / f"thuisplan_{code}.ts"
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm",
                        str(TRANSLATIONS / f"thuisplan_{code}.qm")], check=True)


if __name__ == "__main__":
    {"update": update, "compile": compile_}[sys.argv[1]]()
