"""Read filled-in monitoring workbooks into a measurement: the uitvraag's guards (the file
check, formulas refused anywhere, every cell checked with a Dutch reason), and the
workbook's identification: a workbook of another vision, measurement or municipality is
refused as a whole. `prepare_monitor_import` returns the preview (`MonitorPlan`); apply it
with `monitor_collection.apply_monitor_import` or as one undoable edit.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.reports.collection_cells import MAX_COLUMNS, SheetCell, SheetReader, cell_number
from app.reports.collection_import import data_sheet, opened_workbook
from app.reports.collection_template import INSTRUCTION_SHEET
from app.reports.export_io import CancelFn, ProgressFn, Steps
from app.reports.monitor_workbook import AGREEMENT_COLUMNS, DELIVERED_SHEET, MARK_PREFIX
from app.reports.xlsx_formulas import formula_cells
from app.reports.xlsx_guard import UnreadableWorkbookError, check_workbook_file
from app.services.collection import WorkbookReading
from app.services.errors import ValidationError
from app.services.monitor_collection import (
    AGREEMENT_SHEET,
    MonitorLayout,
    MonitorPlan,
    MonitorReading,
    RealisedInput,
    monitor_layout,
    plan_monitor_import,
)
from app.storage import ProjectFile

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

_MAX_AGREEMENT_ROWS = 25_000


def prepare_monitor_import(
    project: ProjectFile,
    measurement_id: int,
    paths: Sequence[Path],
    *,
    valid_rows_only: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> MonitorPlan:
    """Read `paths` (one after the other) for a measurement; returns the preview, nothing
    is written."""
    steps = Steps(len(paths) + 1, progress, is_cancelled)
    steps.step("Woonzorgvisie lezen")
    layout = monitor_layout(project, measurement_id)
    readings = []
    for path in paths:
        steps.step(f"'{Path(path).name}' controleren")
        readings.append(read_monitor_workbook(Path(path), layout))
    steps.finish()
    return plan_monitor_import(layout.measurement, readings, valid_rows_only=valid_rows_only)


def read_monitor_workbook(path: Path, layout: MonitorLayout) -> MonitorReading:
    """Check and read one workbook; a file that cannot be read is `refused`, not raised."""
    try:
        check_workbook_file(path)
        formulas = formula_cells(path)
        with opened_workbook(path) as workbook:
            own = layout.for_municipality(_owner(workbook, layout, path.name))
            reader = SheetReader(path.name, own.delivered, planned=True)
            sheet = data_sheet(workbook, reader, DELIVERED_SHEET)
            if sheet is not None:
                reader.read_sheet(sheet, DELIVERED_SHEET, capacity=True)
            realised = _agreements(workbook, reader, own)
            reader.formulas(formulas, [DELIVERED_SHEET, AGREEMENT_SHEET, INSTRUCTION_SHEET])
            return MonitorReading(reader.result(), tuple(realised))
    except UnreadableWorkbookError as error:
        return MonitorReading(WorkbookReading(path.name, refused=error.message))


def _owner(workbook: Workbook, layout: MonitorLayout, name: str) -> str:
    """The municipality the workbook is for, from its identification; refused when it
    belongs to another vision or measurement, or has none."""
    mark = _mark(workbook)
    parts = mark.split("-", 2) if mark else []
    if len(parts) != 3 or parts[0] != "TPM" or len(parts[2]) < 12:
        raise UnreadableWorkbookError(
            f"'{name}' is geen monitoringswerkboek van Thuisplan: het kenmerk op het blad "
            f"'{INSTRUCTION_SHEET}' ontbreekt of is veranderd."
        )
    fingerprint, day, code = parts[1], parts[2][:10], parts[2][11:]
    if fingerprint != layout.fingerprint:
        raise UnreadableWorkbookError(f"'{name}' hoort bij een andere woonzorgvisie.")
    if day != layout.measurement.measured_on.isoformat():
        raise UnreadableWorkbookError(
            f"'{name}' hoort bij een andere meting dan de {layout.measurement.label}."
        )
    if code not in layout.delivered.municipality_names:
        raise UnreadableWorkbookError(
            f"'{name}' hoort bij een gemeente ({code}) die niet in deze woonzorgvisie zit."
        )
    return code


def _mark(workbook: Workbook) -> str | None:
    """The text after 'Kenmerk: ' in the first column of the Instructie sheet."""
    if INSTRUCTION_SHEET not in workbook.sheetnames:
        return None
    sheet = workbook[INSTRUCTION_SHEET]
    if not hasattr(sheet, "iter_rows"):  # a chart sheet
        return None
    cells: Iterator[tuple[SheetCell, ...]]
    cells = sheet.iter_rows(min_row=1, max_row=50, max_col=1)
    for (cell,) in cells:
        if isinstance(cell.value, str) and cell.value.startswith(MARK_PREFIX):
            return cell.value[len(MARK_PREFIX) :].strip()
    return None


def _agreements(workbook: Workbook, reader: SheetReader, own: MonitorLayout) -> list[RealisedInput]:
    """The realised values on the Afspraken sheet; every bad cell an issue of `reader`."""
    sheet = data_sheet(workbook, reader, AGREEMENT_SHEET)
    if sheet is None:
        return []
    sheet.reset_dimensions()
    rows: Iterator[tuple[SheetCell, ...]]
    rows = sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS)  # type: ignore[misc]
    if not _agreement_header(reader, next(rows, ())):
        return []
    values: list[RealisedInput] = []
    seen: dict[tuple[int, int], int] = {}
    for line, cells in enumerate(rows, start=2):
        if line > _MAX_AGREEMENT_ROWS:
            raise UnreadableWorkbookError(
                f"'{reader.workbook}' heeft te veel regels op het blad '{AGREEMENT_SHEET}'."
            )
        if any(c.value not in (None, "") for c in cells):
            found = _agreement_row(reader, own, line, cells, seen)
            if found is not None:
                values.append(found)
    return values


def _agreement_header(reader: SheetReader, header: tuple[SheetCell, ...]) -> bool:
    """Whether the header is the one written; every difference is an issue."""
    from openpyxl.utils import get_column_letter

    texts = [" ".join(str(c.value or "").split()) for c in header]
    texts += [""] * (len(AGREEMENT_COLUMNS) - len(texts))
    good = True
    for col, text in enumerate(texts, start=1):
        wanted = AGREEMENT_COLUMNS[col - 1] if col <= len(AGREEMENT_COLUMNS) else ""
        if text.casefold() != wanted.casefold():
            reason = (
                f"De kolom '{wanted}' ontbreekt of is verplaatst."
                if wanted
                else f"Onbekende kolom '{text}'."
            )
            reader.issue(AGREEMENT_SHEET, 1, get_column_letter(col), text, reason)
            good = False
    return good


def _agreement_row(
    reader: SheetReader,
    own: MonitorLayout,
    line: int,
    cells: tuple[SheetCell, ...],
    seen: dict[tuple[int, int], int],
) -> RealisedInput | None:
    def value_at(index: int) -> object:
        return cells[index].value if index < len(cells) else None

    number, year = _whole(value_at(0)), _whole(value_at(5))
    row = None if number is None or year is None else own.agreement_row(number, year)
    if row is None or number is None or year is None:
        shown = f"{value_at(0)} / {value_at(5)}"
        reason = "Deze afspraak en dit jaar horen niet bij dit werkboek."
        reader.issue(AGREEMENT_SHEET, line, "Nummer", shown, reason)
        return None
    if (number, year) in seen:
        reason = (
            f"Dubbele regel: deze afspraak en dit jaar staan ook op regel {seen[number, year]}."
        )
        reader.issue(AGREEMENT_SHEET, line, "Nummer", number, reason)
        return None
    seen[(number, year)] = line
    cell = cells[7] if len(cells) > 7 else None
    try:
        value = None if cell is None else cell_number(cell)
    except ValidationError as error:
        reader.issue(AGREEMENT_SHEET, line, "H (Gerealiseerd)", cell and cell.value, error.message)
        return None
    return None if value is None else RealisedInput(row, value, reader.workbook, line)


def _whole(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value if isinstance(value, int) else None
