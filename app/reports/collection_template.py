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
from pathlib import Path
from typing import TYPE_CHECKING

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
from app.services.collection import CollectionLayout, CollectionRow, collection_layout
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
    _data_sheet(workbook.create_sheet(NEED_SHEET), layout, layout.need_rows, capacity=False)
    steps.step(f"{about}Werkblad Aanbod maken")
    _data_sheet(workbook.create_sheet(CAPACITY_SHEET), layout, layout.capacity_rows, capacity=True)
    steps.step(f"{about}Bestand opslaan")
    with atomic_target(target) as temporary:
        workbook.save(temporary)
        steps.check()


def header_row(layout: CollectionLayout, *, capacity: bool) -> list[object]:
    """The header of a data sheet: the key columns, then the years (as numbers)."""
    keys = [*KEY_COLUMNS, KIND_COLUMN] if capacity else list(KEY_COLUMNS)
    return [*keys, *layout.years]


def _data_sheet(
    sheet: Worksheet, layout: CollectionLayout, rows: list[CollectionRow], *, capacity: bool
) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter

    header = header_row(layout, capacity=capacity)
    sheet.append(header)
    first_year_col = len(header) - len(layout.years) + 1
    # The first cell of each kind is styled; the others copy its style.
    templates: dict[bool, Cell] = {}
    for line, row in enumerate(rows, start=2):
        keys = [
            row.municipality_code,
            row.municipality_name,
            row.group_label,
            row.housing_type.label,
        ]
        if capacity:
            keys.append(row.kind.label if row.kind else "")
        for col, text in enumerate(keys, start=1):
            write_text_cell(cell_at(sheet, line, col), text)
        for offset, year in enumerate(layout.years):
            cell = sheet.cell(line, first_year_col + offset, row.values.get(year))
            template = templates.get(row.computed)
            if template is not None:
                style_like(cell, template)
            elif row.computed:
                cell.fill = PatternFill("solid", fgColor=_COMPUTED_FILL)
                templates[True] = cell
            else:
                cell.fill = PatternFill("solid", fgColor=_INPUT_FILL)
                cell.protection = Protection(locked=False)
                templates[False] = cell
        if row.computed:
            cell_at(sheet, line, first_year_col).comment = Comment(
                "Berekend uit de vrijkomende sociale huurwoningen × het toewijzingspercentage. "
                "Pas dit aan in Thuisplan, niet hier.",
                "Thuisplan",
            )
    _style_header(sheet, header, Font, PatternFill)
    last_col = get_column_letter(len(header))
    last_row = max(len(rows) + 1, 2)
    first = get_column_letter(first_year_col)
    _validation(sheet, f"{first}2:{last_col}{last_row}")
    widths = _key_widths(layout)
    for col, title in enumerate(header, start=1):
        width = widths.get(str(title), 38 if title == KIND_COLUMN else 10)
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = f"{first}2"
    sheet.auto_filter.ref = f"A1:{last_col}{last_row}"
    print_setup(sheet, "1:1")
    _protect(sheet)


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


def _validation(sheet: Worksheet, cell_range: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(
        type="whole",
        operator="between",
        formula1="0",
        formula2=str(MAX_QUANTITY),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Alleen hele aantallen",
        error="Vul een heel aantal in van 0 of meer, zonder decimalen.",
        promptTitle="Aantal",
        prompt="Een heel aantal, 0 of meer. Leeg laten = onbekend.",
        showInputMessage=True,
    )
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
    from openpyxl.styles import Alignment, Font

    sheet.title = INSTRUCTION_SHEET
    years = f"{layout.years[0]}–{layout.years[-1]}"
    lines = [
        (f"Uitvraag-werkboek: {clean_text(layout.title)}", True),
        (_addressee(layout), False),
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


def _addressee(layout: CollectionLayout) -> str:
    """For whom the workbook is: one municipality, or all of the region's."""
    names = list(layout.municipality_names.values())
    if len(names) == 1:
        return f"Voor de gemeente {clean_text(names[0])}."
    return f"Voor de {len(names)} gemeenten van de regio."
