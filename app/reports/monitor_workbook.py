"""The monitoring workbook: per municipality, what was delivered and realised, to fill in
for a measurement (meting) and read back with `app.reports.monitor_import`.

Layout (the import depends on it): an `Instructie` sheet ending in the workbook's
identification (`Kenmerk: TPM-...`: vision, measurement, municipality); a sheet
`Gerealiseerd` like the uitvraag's `Aanbod` (the key columns, then per reported year a
locked column 'Gepland <year>' with the planned capacity and an input column headed by
the year); a sheet `Afspraken` with a row per agreement of the municipality or the region
and reported year: its target and an input cell for the realised value. The look, print
setup and protection are the uitvraag's (`collection_template`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.reports.collection_template import (
    CellStyles,
    addressee,
    data_sheet,
    finish_sheet,
    instruction_sheet,
)
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
from app.reports.xlsx_layout import fit_row
from app.reports.xlsx_style import cell_at
from app.services.monitor_collection import AGREEMENT_SHEET, MonitorLayout, monitor_layout
from app.storage import ProjectFile

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

DELIVERED_SHEET = "Gerealiseerd"
MARK_PREFIX = "Kenmerk: "
AGREEMENT_COLUMNS = (
    "Nummer",
    "Gemeente",
    "Afspraak",
    "Indicator",
    "Eenheid",
    "Jaar",
    "Doel",
    "Gerealiseerd",
)
_AGREEMENT_WIDTHS = (10, 20, 48, 30, 14, 8, 12, 14)


@collector_paused()
def write_monitor_workbooks(
    source: ProjectFile | MonitorLayout,
    folder: Path,
    measurement_id: int | None = None,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> list[Path]:
    """Write one monitoring workbook per municipality, 'Meting <datum> <gemeente>.xlsx',
    into `folder`; returns the files written. `source` is the layout (taken beforehand
    with `monitor_layout`) or the project with the measurement's id."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError(f"De map '{folder}' bestaat niet.")
    if isinstance(source, MonitorLayout):
        layout = source
    else:
        assert measurement_id is not None  # a project needs the measurement
        layout = monitor_layout(source, measurement_id)
    codes = list(layout.delivered.municipality_names)
    steps = Steps(len(codes), progress, is_cancelled)
    day = layout.measurement.measured_on
    written: list[Path] = []
    names: set[str] = set()
    for code in codes:
        name = layout.delivered.municipality_names[code]
        steps.step(f"{name}: werkboek maken")
        title = f"Meting {day.day}-{day.month}-{day.year} {name}"
        target = folder / unique_file_name(title, ".xlsx", names)
        _write_workbook(layout.for_municipality(code), code, target)
        written.append(target)
    steps.finish()
    return written


def _write_workbook(layout: MonitorLayout, code: str, target: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    assert workbook.active is not None  # a new workbook has its one sheet
    instruction_sheet(workbook.active, _instructions(layout, code))
    delivered = layout.delivered
    data_sheet(
        workbook.create_sheet(DELIVERED_SHEET),
        delivered,
        delivered.capacity_rows,
        capacity=True,
        planned=layout.planned,
    )
    _agreement_sheet(workbook.create_sheet(AGREEMENT_SHEET), layout)
    with atomic_target(target) as temporary:
        workbook.save(temporary)


def _agreement_sheet(sheet: Worksheet, layout: MonitorLayout) -> None:
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    wrapped = Alignment(wrap_text=True, vertical="top")
    header: list[object] = list(AGREEMENT_COLUMNS)
    sheet.append(header)
    styles = CellStyles()
    names = layout.delivered.municipality_names
    for line, row in enumerate(layout.agreements, start=2):
        where = names.get(row.municipality_code or "", "Regio")
        sheet.cell(line, 1, row.agreement_id)
        texts = (where, row.description, row.indicator, row.unit)
        for col, text in enumerate(texts, start=2):
            cell = cell_at(sheet, line, col)
            write_text_cell(cell, text)
            cell.alignment = wrapped
        fit_row(sheet, line, list(zip(texts, _AGREEMENT_WIDTHS[1:5], strict=True)))
        sheet.cell(line, 6, row.year)
        styles.apply(sheet.cell(line, 7, row.target), computed=True)
        styles.apply(sheet.cell(line, 8, row.realised), computed=False)
    last_row = max(len(layout.agreements) + 1, 2)
    finish_sheet(sheet, header, 6, last_row, [f"H2:H{last_row}"], whole=False)
    for col, width in enumerate(_AGREEMENT_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width


def _instructions(layout: MonitorLayout, code: str) -> list[tuple[str, bool]]:
    label = layout.measurement.label
    years = layout.delivered.years
    period = f"{years[0]}–{years[-1]}" if years else "geen jaren"
    return [
        (f"Monitoringswerkboek ({label}): {clean_text(layout.delivered.title)}", True),
        (addressee(layout.delivered), False),
        ("Hoe vult u dit werkboek in?", True),
        (
            f"1. Vul op het blad '{DELIVERED_SHEET}' per regel in hoeveel woningen of plekken "
            f"er per jaar ({period}) werkelijk zijn gerealiseerd, per soort aanbod. Naast elk "
            "jaar staat in grijs wat er gepland was.",
            False,
        ),
        (
            f"2. Vul op het blad '{AGREEMENT_SHEET}' per afspraak en jaar in wat er is "
            "gerealiseerd, in de eenheid van de afspraak. Het doel staat ernaast.",
            False,
        ),
        ("3. Alleen de gele cellen kunt u invullen.", False),
        (
            "4. Gerealiseerde aantallen zijn hele aantallen, 0 of meer, zonder decimalen. Een "
            "punt scheidt duizendtallen: '1.000' is duizend. Bij een afspraak mag een getal "
            "met decimalen (12,5). Tekst of een datum wordt geweigerd.",
            False,
        ),
        (
            "5. Een lege cel betekent 'niet gemeten': de huidige waarde in Thuisplan blijft "
            "dan staan. Vul 0 in als er niets is gerealiseerd.",
            False,
        ),
        (
            "6. Verander de kolommen, de kopjes, de namen van de werkbladen en het kenmerk "
            "hieronder niet en voeg geen regels toe. Gebruik nergens formules: een cel met "
            "een formule wordt geweigerd.",
            False,
        ),
        (
            "7. Thuisplan controleert bij het inlezen elke cel en meldt elke geweigerde cel "
            "met blad, regel en kolom. Stuur het ingevulde werkboek terug naar de opsteller "
            "van de woonzorgvisie.",
            False,
        ),
        (f"{MARK_PREFIX}{layout.mark(code)}", False),
    ]
