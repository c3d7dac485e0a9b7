"""Cached results for formulas that openpyxl writes without them.

openpyxl stores a formula with an empty value. Excel recalculates on opening
because the workbook says `fullCalcOnLoad`; LibreOffice calculates cells that
have no cached result. A reader that does not calculate at all (a script with
openpyxl's `data_only=True`, pandas, a viewer on a phone) would see empty cells,
so we also write each formula's result, taken from the services, into the file.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

_FORMULA_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>(.*?)</f><v></v></c>', re.S)


def inject_cached_values(path: Path, sheet_number: int, values: dict[str, object]) -> None:
    """Give the formula cells of worksheet `sheet_number` (1-based, as openpyxl numbers
    them) the results in `values` (cell reference -> number, text, or None for '')."""
    part = f"xl/worksheets/sheet{sheet_number}.xml"
    rewritten = Path(path).with_name(Path(path).name + ".cache")
    try:
        with zipfile.ZipFile(path) as old, zipfile.ZipFile(rewritten, "w") as new:
            for item in old.infolist():
                data = old.read(item.filename)
                if item.filename == part:
                    data = _with_values(data.decode("utf-8"), values).encode("utf-8")
                new.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
        shutil.move(rewritten, path)
    finally:
        rewritten.unlink(missing_ok=True)


def _with_values(xml: str, values: dict[str, object]) -> str:
    def replace(match: re.Match[str]) -> str:
        ref, attributes, formula = match.groups()
        if ref not in values:
            return match[0]
        value = values[ref]
        if value is None or isinstance(value, str):
            text = escape(value or "")
            return f'<c r="{ref}"{attributes} t="str"><f>{formula}</f><v>{text}</v></c>'
        return f'<c r="{ref}"{attributes}><f>{formula}</f><v>{value}</v></c>'

    return _FORMULA_CELL.sub(replace, xml)
