"""The uitvraag-werkboek: an Excel workbook for partners and municipalities to fill in.

Layout (other tools and the import depend on it): sheets `Woonbehoefte` and
`Aanbod` with a header row `Gemeentecode, Gemeente, Aandachtsgroep, Woonvorm`
(`Aanbod` also `Soort aanbod`), then one column per plan year headed by the year;
one row per combination the vision asks for, pre-filled with current values;
an `Instructie` sheet. Year cells accept whole numbers >= 0 (data validation);
the key columns are locked (sheet protection without password, year cells unlocked).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.rules import MAX_NUMBER
from app.reports.export_io import (
    CancelFn,
    ExportError,
    ProgressFn,
    Steps,
    atomic_target,
    collector_paused,
    unique_file_name,
)
from app.reports.safe_text import clean_text, write_text_cell
from app.reports.xlsx_layout import fit_row, print_setup, text_width
from app.reports.xlsx_style import cell_at, style_like
from app.services.collection import CollectionLayout, CollectionRow, RowKey, collection_layout
from app.services.validation import MAX_QUANTITY
from app.storage import ProjectFile

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.worksheet import Worksheet

NEED_SHEET = "Woonbehoefte"
CAPACITY_SHEET = "Aanbod"
INSTRUCTION_SHEET = "Instructie"
KEY_COLUMNS = ["Gemeentecode", "Gemeente", "Aandachtsgroep", "Woonvorm"]
KIND_COLUMN = "Soort aanbod"
PLANNED = "Gepland {0}"
_WIDTHS = {"Gemeentecode": 14, "Gemeente": 24, "Aandachtsgroep": 44, "Woonvorm": 24}
_INPUT_FILL = "FFF8DC"
_COMPUTED_FILL = "E7E6E6"
_HEADER_FILL = "1F4E79"
_INSTRUCTION_WIDTH = 120  # characters: one column that fits an A4 landscape page


def layout_of(source: ProjectFile | CollectionLayout) -> CollectionLayout:
    """The workbook's rows: `source` itself, or read from the project in one transaction."""
    if isinstance(source, CollectionLayout):
        return source
    with source.snapshot() as view:
        return collection_layout(view)


@collector_paused()
def write_collection_template(
    source: ProjectFile | CollectionLayout,
    target: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> Path:
    """Write the uitvraag-werkboek for `source` (a project, or its layout taken beforehand
    with `layout_of`) to `target` (atomically); returns `target`."""
    steps = Steps(4, progress, is_cancelled)
    steps.step("Gegevens ophalen")
    layout = layout_of(source)
    _write_workbook(layout, target, steps)
    steps.finish()
    return Path(target)


@collector_paused()
def write_collection_templates(
    source: ProjectFile | CollectionLayout,
    folder: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> list[Path]:
    """Write one uitvraag-werkboek per municipality, 'Uitvraag <gemeente>.xlsx', into
    `folder`; returns the files written.

    The regional way of working: each municipality fills in its own rows, and the filled
    workbooks are read in one after the other. For a large region this is also what keeps
    each workbook small enough to send, fill in and read back.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError(f"De map '{folder}' bestaat niet.")
    layout = layout_of(source)
    codes = list(layout.municipality_names)
    steps = Steps(len(codes) * 4, progress, is_cancelled)
    written: list[Path] = []
    names: set[str] = set()
    for code in codes:
        own = layout.for_municipality(code)
        name = own.municipality_names[code]
        steps.step(f"{name}: Gegevens klaarzetten")
        target = folder / unique_file_name(f"Uitvraag {name}", ".xlsx", names)
        _write_workbook(own, target, steps, f"{name}: ")
        written.append(target)
    steps.finish()
    return written


def _write_workbook(layout: CollectionLayout, target: Path, steps: Steps, about: str = "") -> None:
    """Build the three sheets and save them atomically; three steps of `steps`, their
    descriptions starting with `about` (e.g. "Delft: ")."""
    from openpyxl import Workbook

    workbook = Workbook()
    assert workbook.active is not None  # a new workbook has its one sheet
    _instruction_sheet(workbook.active, layout)
    steps.step(f"{about}Werkblad Woonbehoefte maken")
    data_sheet(workbook.create_sheet(NEED_SHEET), layout, layout.need_rows, capacity=False)
    steps.step(f"{about}Werkblad Aanbod maken")
    data_sheet(workbook.create_sheet(CAPACITY_SHEET), layout, layout.capacity_rows, capacity=True)
    steps.step(f"{about}Bestand opslaan")
    with atomic_target(target) as temporary:
        workbook.save(temporary)
        steps.check()


def header_row(layout: CollectionLayout, *, capacity: bool, planned: bool = False) -> list[object]:
    """The header of a data sheet: the key columns, then the years (as numbers); with
    `planned`, each year follows a read-only column 'Gepland <year>'."""
    keys = [*KEY_COLUMNS, KIND_COLUMN] if capacity else list(KEY_COLUMNS)
    if planned:
        return [*keys, *(title for y in layout.years for title in (PLANNED.format(y), y))]
    return [*keys, *layout.years]


def data_sheet(
    sheet: Worksheet,
    layout: CollectionLayout,
    rows: list[CollectionRow],
    *,
    capacity: bool,
    planned: Mapping[tuple[RowKey, int], int] | None = None,
) -> None:
    """Fill a data sheet: a row per `rows`, a yellow input cell per year (grey and locked
    for a computed row); with `planned`, each beside a grey cell with the planned value."""
    from openpyxl.utils import get_column_letter

    header = header_row(layout, capacity=capacity, planned=planned is not None)
    sheet.append(header)
    columns = {title: col for col, title in enumerate(header, start=1)}
    styles = CellStyles()
    for line, row in enumerate(rows, start=2):
        _key_cells(sheet, line, row, capacity)
        for year in layout.years:
            cell = sheet.cell(line, columns[year], row.values.get(year))
            styles.apply(cell, computed=row.computed)
            if planned is not None:
                shown = sheet.cell(
                    line, columns[PLANNED.format(year)], planned.get((row.key, year))
                )
                styles.apply(shown, computed=True)
        if row.computed:
            _computed_comment(cell_at(sheet, line, columns[layout.years[0]]))
    last_row = max(len(rows) + 1, 2)
    letters = [get_column_letter(columns[y]) for y in layout.years]
    keys = len(header) - len(layout.years) * (1 if planned is None else 2)
    if planned is None and letters:  # one block of year columns
        inputs = [f"{letters[0]}2:{letters[-1]}{last_row}"]
    else:
        inputs = [f"{c}2:{c}{last_row}" for c in letters]
    finish_sheet(sheet, header, keys, last_row, inputs)
    widths = _key_widths(layout)
    for col, title in enumerate(header, start=1):
        width = widths.get(str(title), 38 if title == KIND_COLUMN else 10)
        if isinstance(title, str) and title.startswith(PLANNED.format("")):
            width = 13  # 'Gepland 2026' in full
        sheet.column_dimensions[get_column_letter(col)].width = width


def finish_sheet(
    sheet: Worksheet,
    header: list[object],
    keys: int,
    last_row: int,
    inputs: list[str],
    *,
    whole: bool = True,
) -> None:
    """Style the header, check the `inputs` ranges for (`whole`) numbers, freeze the
    header and the `keys` first columns, filter, print setup and protection."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    _style_header(sheet, header, Font, PatternFill)
    last_col = get_column_letter(len(header))
    if inputs:
        _validation(sheet, inputs, whole=whole)
    sheet.freeze_panes = f"{get_column_letter(min(keys + 1, len(header)))}2"
    sheet.auto_filter.ref = f"A1:{last_col}{last_row}"
    print_setup(sheet, "1:1")
    _protect(sheet)


class CellStyles:
    """Styles the first input and the first computed cell; the others copy their style
    (one style object per kind keeps the file small)."""

    def __init__(self) -> None:
        self.templates: dict[bool, Cell] = {}

    def apply(self, cell: Cell, *, computed: bool) -> None:
        from openpyxl.styles import PatternFill, Protection

        template = self.templates.get(computed)
        if template is not None:
            style_like(cell, template)
            return
        cell.fill = PatternFill("solid", fgColor=_COMPUTED_FILL if computed else _INPUT_FILL)
        if not computed:
            cell.protection = Protection(locked=False)
        self.templates[computed] = cell


def _key_cells(sheet: Worksheet, line: int, row: CollectionRow, capacity: bool) -> None:
    keys = [row.municipality_code, row.municipality_name, row.group_label, row.housing_type.label]
    if capacity:
        keys.append(row.kind.label if row.kind else "")
    for col, text in enumerate(keys, start=1):
        write_text_cell(cell_at(sheet, line, col), text)


def _computed_comment(cell: Cell) -> None:
    from openpyxl.comments import Comment

    cell.comment = Comment(
        "Berekend uit de vrijkomende sociale huurwoningen × het toewijzingspercentage. "
        "Pas dit aan in Thuisplan, niet hier.",
        "Thuisplan",
    )


def _key_widths(layout: CollectionLayout) -> dict[str, float]:
    """The key columns' widths, widened (up to 60) for a long name or group label of the
    user's own, so that no key is cut off on screen or on paper."""
    texts = {
        "Gemeente": layout.municipality_names.values(),
        "Aandachtsgroep": [g.label for g in layout.groups],
    }
    widths: dict[str, float] = dict(_WIDTHS)
    for title, values in texts.items():
        longest = max((text_width(clean_text(v)) for v in values), default=0.0)
        widths[title] = min(max(widths[title], math.ceil(longest + 1)), 60)
    return widths


def _style_header(
    sheet: Worksheet, header: list[object], font_cls: type[Font], fill_cls: type[PatternFill]
) -> None:
    bold = font_cls(bold=True, color="FFFFFF")
    fill = fill_cls("solid", fgColor=_HEADER_FILL)
    for col in range(1, len(header) + 1):
        cell = cell_at(sheet, 1, col)
        cell.font = bold
        cell.fill = fill


_WHOLE = (
    "0",
    str(MAX_QUANTITY),
    "Alleen hele aantallen",
    "Vul een heel aantal in van 0 of meer, zonder decimalen.",
    "Aantal",
    "Een heel aantal, 0 of meer. Leeg laten = onbekend.",
)
_DECIMAL = (
    str(-MAX_NUMBER),
    str(MAX_NUMBER),
    "Alleen getallen",
    "Vul een getal in, zonder tekst of formule.",
    "Getal",
    "Een getal, zoals 12 of 12,5. Leeg laten = niet gemeten.",
)


def _validation(sheet: Worksheet, cell_ranges: list[str], *, whole: bool = True) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    low, high, error_title, error, prompt_title, prompt = _WHOLE if whole else _DECIMAL
    validation = DataValidation(
        type="whole" if whole else "decimal",
        operator="between",
        formula1=low,
        formula2=high,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=error_title,
        error=error,
        promptTitle=prompt_title,
        prompt=prompt,
        showInputMessage=True,
    )
    for cell_range in cell_ranges:
        validation.add(cell_range)
    sheet.add_data_validation(validation)


def _protect(sheet: Worksheet) -> None:
    """Lock the key columns; no password: it guards against slips, not against people."""
    protection = sheet.protection
    protection.sheet = True
    # In OOXML 'True' means the action is blocked; allow filtering and resizing.
    protection.autoFilter = False
    protection.sort = False
    protection.formatColumns = False
    protection.formatRows = False


def _instruction_sheet(sheet: Worksheet, layout: CollectionLayout) -> None:
    years = f"{layout.years[0]}–{layout.years[-1]}"
    lines = [
        (f"Uitvraag-werkboek: {clean_text(layout.title)}", True),
        (addressee(layout), False),
        ("Hoe vult u dit werkboek in?", True),
        (
            f"1. Vul op het blad '{NEED_SHEET}' per regel de woonbehoefte in: het aantal "
            f"huishoudens dat per jaar ({years}) een woning van deze woonvorm nodig heeft.",
            False,
        ),
        (
            f"2. Vul op het blad '{CAPACITY_SHEET}' het aanbod in: het aantal woningen of "
            "plekken dat per jaar beschikbaar komt, per soort aanbod.",
            False,
        ),
        ("3. Alleen de gele cellen onder de jaartallen kunt u invullen.", False),
        (
            "4. Zo leest Thuisplan getallen: alleen hele aantallen, 0 of meer, zonder "
            "decimalen. Een punt scheidt duizendtallen: '1.000' is duizend. Een getal met een "
            "komma of decimalen (zoals 12,5) wordt geweigerd, net als tekst of een datum.",
            False,
        ),
        (
            "5. Een lege cel betekent 'niet ingevuld': de huidige waarde in Thuisplan blijft "
            "dan staan. Vul 0 in als er geen behoefte of aanbod is.",
            False,
        ),
        (
            "6. Grijze cellen worden berekend (vrijkomende sociale huurwoningen × het "
            "toewijzingspercentage) en kunt u hier niet wijzigen.",
            False,
        ),
        (
            "7. Verander de kolommen, de kopjes en de namen van de werkbladen niet en voeg geen "
            "regels toe. Gebruik nergens formules, ook niet in kolommen of op bladen die "
            "Thuisplan niet leest: een cel met een formule wordt geweigerd.",
            False,
        ),
        (
            "8. Thuisplan controleert bij het inlezen elke cel en meldt elke geweigerde cel met "
            "blad, regel en kolom. Uit een werkboek met geweigerde cellen wordt niets "
            "ingelezen, tenzij de opsteller kiest om alleen de goede regels in te lezen.",
            False,
        ),
        ("9. Stuur het ingevulde werkboek terug naar de opsteller van de woonzorgvisie.", False),
    ]
    instruction_sheet(sheet, lines)


def instruction_sheet(sheet: Worksheet, lines: list[tuple[str, bool]]) -> None:
    """The Instructie sheet: one wrapped line per (text, bold); the first is the title."""
    from openpyxl.styles import Alignment, Font

    sheet.title = INSTRUCTION_SHEET
    for line, (text, bold) in enumerate(lines, start=1):
        cell = cell_at(sheet, line, 1)
        write_text_cell(cell, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            cell.font = Font(bold=True, size=14 if line == 1 else 11)
        fit_row(sheet, line, [(text, _INSTRUCTION_WIDTH)])
    sheet.row_dimensions[1].height = 24  # the 14 pt title
    sheet.column_dimensions["A"].width = _INSTRUCTION_WIDTH
    print_setup(sheet)


def addressee(layout: CollectionLayout) -> str:
    """For whom the workbook is: one municipality, or all of the region's."""
    names = list(layout.municipality_names.values())
    if len(names) == 1:
        return f"Voor de gemeente {clean_text(names[0])}."
    return f"Voor de {len(names)} gemeenten van de regio."
