"""File names built from text a user typed: safe on Windows, Linux and network shares."""

from __future__ import annotations

import re

# Names Windows reserves for devices, with or without an extension.
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
MAX_LENGTH = 120


def safe_file_name(text: str, fallback: str = "woonzorgvisie") -> str:
    """`text` as a file name (without extension): no path separators or characters Windows
    refuses, no reserved device names, no trailing dots or spaces, not too long."""
    name = _FORBIDDEN.sub("-", text)
    name = re.sub(r"\s+", " ", name).strip(" .-")[:MAX_LENGTH].strip(" .")
    if not name:
        name = fallback
    if name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    return name
