"""The Excel data annex (cijferbijlage) of a woonzorgvisie.

Sheets: Overzicht, Woonbehoefte, Aanbod, Opgave (live formulas on the two before
it, with a native chart), Verdeling, Verdeling per gemeente, Sociale huur,
Prestatieafspraken, Monitor (statuses of the agreements), Monitor per groep (planned,
delivered and need), Bronnen.
The workbook asks Excel to recalculate on opening (`fullCalcOnLoad`) and also
carries the formulas' results as cached values for readers that do not calculate.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.reports import xlsx_distribution, xlsx_grids, xlsx_monitor, xlsx_tables
from app.reports.doc_data import DocumentData, document_data
from app.reports.export_io import (
    CancelFn,
    ProgressFn,
    Steps,
    atomic_target,
    collector_paused,
)
from app.reports.safe_text import NO_PROTECTION, SmallNumbers, clean_text
from app.reports.xlsx_cached import inject_cached_values
from app.reports.xlsx_layout import print_setup
from app.reports.xlsx_tables import AnnexData
from app.storage import ProjectFile

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

SHEETS = [
    "Overzicht",
    "Woonbehoefte",
    "Aanbod",
    "Opgave",
    "Verdeling",
    "Verdeling per gemeente",
    "Sociale huur",
    "Prestatieafspraken",
    "Monitor",
    "Monitor per groep",
    "Bronnen",
]
GAP_SHEET_NUMBER = SHEETS.index("Opgave") + 1  # openpyxl names it xl/worksheets/sheet4.xml


@collector_paused()
def write_data_annex(
    source: ProjectFile | DocumentData,
    target: Path,
    *,
    small_numbers: SmallNumbers = NO_PROTECTION,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> Path:
    """Write the annex to `target` (atomically); returns `target`. `source` is the project
    (read now, in one transaction) or data taken beforehand (`load_document_data`)."""
    from openpyxl import Workbook

    steps = Steps(len(SHEETS) + 2, progress, is_cancelled)
    steps.step("Gegevens ophalen")
    snapshot = document_data(source, small_numbers)
    data = AnnexData(
        analysis=snapshot.analysis,
        agreements=snapshot.agreements,
        partners=snapshot.partners,
        norms=snapshot.norms,
        small=snapshot.small,
        monitor=snapshot.monitor,
    )
    workbook = Workbook()
    assert workbook.active is not None  # a new workbook has its one sheet
    workbook.remove(workbook.active)
    cached: dict[str, object] = {}
    for title, write in zip(SHEETS, _writers(data, cached), strict=True):
        steps.step(f"Werkblad {title} maken")
        sheet = workbook.create_sheet(title)
        write(sheet)
        print_setup(sheet)
    workbook.calculation.fullCalcOnLoad = True
    # Document properties are XML too: a control character in the title broke the save.
    workbook.properties.title = clean_text(data.analysis.figures.vision.title)[:200]
    workbook.properties.creator = "Thuisplan"
    steps.step("Bestand opslaan")
    with atomic_target(target) as temporary:
        workbook.save(temporary)
        if cached:
            inject_cached_values(temporary, GAP_SHEET_NUMBER, cached)
        steps.check()
    steps.finish()
    return Path(target)


def _writers(data: AnnexData, cached: dict[str, object]) -> list[Callable[[Worksheet], object]]:
    analysis, small = data.analysis, data.small
    return [
        lambda sheet: xlsx_tables.write_overview(sheet, data),
        lambda sheet: xlsx_grids.write_value_grid(sheet, analysis, "need", small),
        lambda sheet: xlsx_grids.write_value_grid(sheet, analysis, "capacity", small),
        lambda sheet: cached.update(xlsx_grids.write_gap_grid(sheet, analysis, small)),
        lambda sheet: xlsx_tables.write_fair_shares(sheet, data),
        lambda sheet: xlsx_distribution.write_distribution(sheet, data),
        lambda sheet: xlsx_tables.write_social_rent(sheet, data),
        lambda sheet: xlsx_tables.write_agreements(sheet, data),
        lambda sheet: _monitor(sheet, data, xlsx_monitor.write_monitor),
        lambda sheet: _monitor(sheet, data, xlsx_monitor.write_delivery),
        lambda sheet: xlsx_tables.write_sources(sheet, data),
    ]


def _monitor(sheet: Worksheet, data: AnnexData, write: Callable[..., None]) -> None:
    if data.monitor is not None:  # data taken without the monitor leaves the sheet empty
        write(sheet, data.monitor, data.small)
