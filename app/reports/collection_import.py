"""Read filled-in uitvraag-werkboeken: check every cell, report each rejected one.

The file is checked first (`xlsx_guard`), then read by openpyxl in read-only mode
(streaming, bounded memory; worksheets and shared strings parsed by defusedxml)
with limits on rows and columns. The result is a `WorkbookReading`; combine
readings with `app.services.collection_plan.plan_import` and apply with
`apply_import`. `prepare_import` does both steps for the CLI and the GUI.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree.ElementTree import ParseError

from app.reports.collection_cells import SheetReader
from app.reports.export_io import CancelFn, ProgressFn, Steps
from app.reports.xlsx_formulas import FormulaCell, formula_cells
from app.reports.xlsx_guard import UnreadableWorkbookError, check_workbook_file, damaged_message
from app.services.collection import CollectionLayout, WorkbookReading, collection_layout
from app.services.collection_plan import ImportPlan, plan_import
from app.storage import ProjectFile

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

SHEETS = (("Woonbehoefte", False), ("Aanbod", True))


def prepare_import(
    project: ProjectFile,
    paths: Sequence[Path],
    *,
    valid_rows_only: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> ImportPlan:
    """Read `paths` (one after the other) and return the preview; nothing is written."""
    steps = Steps(len(paths) + 1, progress, is_cancelled)
    steps.step("Woonzorgvisie lezen")
    layout = collection_layout(project)
    readings = []
    for path in paths:
        steps.step(f"'{Path(path).name}' controleren")
        readings.append(read_workbook(Path(path), layout))
    steps.finish()
    return plan_import(readings, valid_rows_only=valid_rows_only)


def read_workbook(path: Path, layout: CollectionLayout) -> WorkbookReading:
    """Check and read one workbook; a file that cannot be read is `refused`, not raised."""
    name = path.name
    try:
        check_workbook_file(path)
        formulas = formula_cells(path)
        return _read(path, layout, formulas)
    except UnreadableWorkbookError as error:
        return WorkbookReading(name, refused=error.message)


def _read(path: Path, layout: CollectionLayout, formulas: list[FormulaCell]) -> WorkbookReading:
    name = path.name
    with opened_workbook(path) as workbook:
        reader = SheetReader(name, layout)
        for sheet_name, capacity in SHEETS:
            sheet = data_sheet(workbook, reader, sheet_name)
            if sheet is not None:
                reader.read_sheet(sheet, sheet_name, capacity=capacity)
        reader.formulas(formulas, [name for name, _ in SHEETS])
        return reader.result()


@contextmanager
def opened_workbook(path: Path) -> Iterator[Workbook]:
    """Open `path` read-only; every way a damaged package fails becomes an
    UnreadableWorkbookError with the Dutch reason, also while the body reads it."""
    import openpyxl

    name = path.name
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a broken package
        raise UnreadableWorkbookError(damaged_message(name)) from exc
    try:
        yield workbook
    except UnreadableWorkbookError:
        raise
    except (ParseError, zipfile.BadZipFile, KeyError, ValueError, TypeError, EOFError) as exc:
        raise UnreadableWorkbookError(damaged_message(name)) from exc
    except Exception as exc:
        # defusedxml's refusals (DTDForbidden, EntitiesForbidden) and lxml's errors
        if type(exc).__module__.startswith(("defusedxml", "lxml")):
            raise UnreadableWorkbookError(damaged_message(name)) from exc
        raise
    finally:
        workbook.close()


def data_sheet(
    workbook: Workbook, reader: SheetReader, sheet_name: str
) -> ReadOnlyWorksheet | None:
    """The sheet named `sheet_name` (case does not matter), or None after recording with
    `reader` that it is missing or a chart sheet."""
    from openpyxl.chartsheet import Chartsheet

    titles = {title.casefold(): title for title in workbook.sheetnames}
    title = titles.get(sheet_name.casefold())
    sheet = None if title is None else workbook[title]
    if sheet is None:
        reader.sheet_missing(sheet_name)
    elif isinstance(sheet, Chartsheet):  # a chart sheet has no cells
        reader.sheet_without_cells(sheet_name)
    else:  # types-openpyxl types workbook[...] as one class that is every kind of sheet
        return sheet  # type: ignore[unreachable]
    return None
