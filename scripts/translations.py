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


def progress_reasons() -> list[str]:
    """The step-status reasons the sidebar shows (context "Progress")."""
    from app.services.progress import REASONS

    return list(REASONS)


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
    texts += list(catalogue.MANDATORY_URGENCY_CATEGORIES)
    texts += _norm_set_vocabulary()
    for term, definition in catalogue.GLOSSARY.items():
        texts += [term, definition]
    texts.append(catalogue.GAP_DEFINITION)
    return list(dict.fromkeys(texts))


def _norm_set_vocabulary() -> list[str]:
    """The names of the norm sets, their norms and urgency categories (not their quotes:
    those are the sources' own words)."""
    from app.services import catalogue
    from app.services.norm_sets import norm_sets

    texts = list(catalogue.NORM_LABELS.values())
    for norm_set in norm_sets():
        texts += [norm_set.name, norm_set.short_name]
        texts += [category.label for category in norm_set.categories]
    return texts


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "app" / "views").rglob("*.py"))
    for code, locale in LANGUAGES.items():
        ts = TRANSLATIONS / f"thuisplan_{code}.ts"
        known = _translations(ts) if ts.exists() else {}
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-source-language",
                "nl_NL",
                "-target-language",
                locale,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        _add_context(ts, "Vocabulary", vocabulary())
        _add_context(ts, "Progress", progress_reasons())
        _restore(ts, known)


def _translations(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation."""
    result = {}
    for context in ET.parse(ts).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                result[(context.findtext("name"), message.findtext("source"))] = translation.text
    return result


def _restore(ts: Path, known: dict[tuple[str, str], str]) -> None:
    """Put back translations that lupdate dropped (it does not see generated contexts)."""
    tree = ET.parse(ts)
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            key = (context.findtext("name"), message.findtext("source"))
            if translation is not None and translation.get("type") and key in known:
                translation.text = known[key]
                del translation.attrib["type"]
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _add_context(ts: Path, name: str, texts: list[str]) -> None:
    """Make context `name` hold exactly `texts`, keeping existing translations."""
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
    present = {m.findtext("source") for m in context.findall("message")}
    for text in texts:
        if text not in present:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", {"type": "unfinished"})
    for message in list(context.findall("message")):
        if message.findtext("source") not in texts:
            context.remove(message)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def compile_() -> None:
    for code in LANGUAGES:
        ts = TRANSLATIONS / f"thuisplan_{code}.ts"
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                str(ts),
                "-qm",
                str(TRANSLATIONS / f"thuisplan_{code}.qm"),
            ],
            check=True,
        )


if __name__ == "__main__":
    {"update": update, "compile": compile_}[sys.argv[1]]()
