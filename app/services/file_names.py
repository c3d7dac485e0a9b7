"""File names built from text a user typed: safe on Windows, Linux and network shares."""

from __future__ import annotations

import re

from app.services.text_safety import strip_bidi

# Names Windows reserves for devices, with or without an extension.
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f\ud800-\udfff]+')
MAX_LENGTH = 120


def safe_file_name(text: str, fallback: str = "woonzorgvisie") -> str:
    """`text` as a file name (without extension): no path separators, control characters
    or characters Windows refuses, no bidi controls (an RTL override, U+202E, would make
    'visie<U+202E>xcod.exe' look like 'visieexe.docx'), no reserved device names, no
    trailing dots or spaces, not too long."""
    name = _FORBIDDEN.sub("-", strip_bidi(text))
    name = re.sub(r"\s+", " ", name).strip(" .-")[:MAX_LENGTH].strip(" .")
    if not name:
        name = fallback
    if name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    return name
