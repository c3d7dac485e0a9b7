"""What the command line prints goes through `terminal_text` first.

Names, titles and messages come from files other people made. Printed as they are, an
escape sequence in a municipality's name (ESC]0;...BEL) retitles the terminal window,
recolours or clears it, and a bidi override reorders the line. While a command runs,
stdout and stderr are wrapped so that every write, ours, argparse's and Python's
warnings alike, is cleaned; JSON keeps every character by escaping the invisible ones.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from app.services.text_safety import BIDI_CONTROLS, terminal_text

# json.dumps(value, ensure_ascii=False) without making an encoder for each of the items.
_ENCODER = json.JSONEncoder(ensure_ascii=False)
# Characters JSON may leave raw (ensure_ascii=False) that a terminal acts on.
_JSON_INVISIBLE = re.compile(f"[\x7f-\x9f{BIDI_CONTROLS}\u2028\u2029\ud800-\udfff\ufffe\uffff]")


class TerminalStream:
    """A text stream that cleans everything written to it with `terminal_text`."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(terminal_text(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # the rest of the stream, as it is
        return getattr(self.stream, name)


@contextlib.contextmanager
def terminal_output() -> Iterator[None]:
    """Clean stdout and stderr for the duration of the block."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalStream(sys.stdout), TerminalStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def json_text(data: object) -> str:
    """`data` as JSON with every character kept: those a terminal would act on are written
    as \\u escapes (control characters JSON escapes itself), and lone surrogates too.

    An object's members and a list's items each take a line of their own, each item
    written by the json module's C encoder on one line: a national summary (hundreds of
    MB) takes seconds, where indenting every level takes minutes."""
    if not isinstance(data, dict) or not data:
        return _member(data)
    members = [f" {_dumps(key)}: {_member(value)}" for key, value in data.items()]
    return "{\n" + ",\n".join(members) + "\n}"


def print_json(data: object) -> None:
    """Print `data` as `json_text`: already safe for a terminal (it escapes everything
    `terminal_text` would drop), so it is written without a second pass over it."""
    stream = sys.stdout.stream if isinstance(sys.stdout, TerminalStream) else sys.stdout
    stream.write(json_text(data) + "\n")


def _member(value: object) -> str:
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join(f"  {_dumps(item)}" for item in value) + "\n ]"
    return _dumps(value)


def _dumps(value: object) -> str:
    """One value on one line, the invisible characters escaped (a line of plain ASCII, the
    common case, is known to have none but DEL without a look at each character)."""
    text = _ENCODER.encode(value)
    if text.isascii() and "\x7f" not in text:
        return text
    return _JSON_INVISIBLE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
