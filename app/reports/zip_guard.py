"""Checks shared by every Office file Thuisplan reads from outside (workbooks, Word
templates), made on the zip directory and in bounded memory before a part is unpacked.

A zip directory states each part's packed and unpacked size; Python's zipfile also
holds a part to its stated size while reading, so a part whose stated sizes are sane
cannot unpack to more. A part that would unpack to hundreds of times its packed size
is a zip bomb. No Office part needs a DOCTYPE: one is the start of an XML bomb.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from xml.parsers.expat import XMLParserType

CHUNK = 1024 * 1024
MAX_RATIO = 250  # compression ratio above this, for a part over 1 MB, is a zip bomb
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # older Office files and encrypted ones
DTD_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
XML_SUFFIXES = (".xml", ".rels", ".vml")
# What zipfile raises for a damaged package; zlib.error for a damaged compressed part.
UNREADABLE_ZIP = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,  # a compression method zipfile does not know
)


def is_zip_bomb(entry: zipfile.ZipInfo) -> bool:
    """Whether the part would unpack to absurdly more than it takes packed."""
    return entry.file_size > CHUNK and entry.file_size > MAX_RATIO * max(entry.compress_size, 1)


def is_encrypted(entry: zipfile.ZipInfo) -> bool:
    """Whether the part is encrypted (zip's own encryption; Thuisplan reads none)."""
    return bool(entry.flag_bits & 0x1)


def has_dtd(data: bytes) -> bool:
    """Whether XML `data` holds a DOCTYPE or ENTITY declaration (in any of its encodings)."""
    return any(marker in data for marker in DTD_MARKERS)


def part_has_dtd(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    """`has_dtd` for a part, read in chunks (a declaration split over two is found too)."""
    tail = b""
    with archive.open(entry) as part:
        while chunk := part.read(CHUNK):
            window = tail + chunk
            if has_dtd(window):
                return True
            tail = window[-32:]
    return False


def read_part(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, limit: int) -> bytes | None:
    """The part's bytes, or None when it unpacks to more than `limit` (never more is read)."""
    if entry.file_size > limit:
        return None
    with archive.open(entry) as part:
        data = part.read(limit + 1)
    return None if len(data) > limit else data


def sniff(path: Path, max_bytes: int) -> tuple[str, int]:
    """What the file at `path` is at first sight, and its size: 'missing' (or no file),
    'empty', 'too-big' (over `max_bytes`), 'ole' (an older Office file or an encrypted
    one), 'zip', or 'other'."""
    if not path.is_file():
        return "missing", 0
    size = path.stat().st_size
    if size == 0:
        return "empty", 0
    if size > max_bytes:
        return "too-big", size
    with open(path, "rb") as f:
        head = f.read(8)
    if head == OLE_MAGIC:
        return "ole", size
    return ("zip" if head.startswith(ZIP_MAGIC) else "other"), size


def feed_part(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, parser: XMLParserType) -> None:
    """Stream one part of the package through an expat `parser`, a megabyte at a time."""
    with archive.open(entry) as part:
        while chunk := part.read(CHUNK):
            parser.Parse(chunk, False)
    parser.Parse(b"", True)
