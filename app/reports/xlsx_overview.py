"""The overview over many visions as an Excel workbook (`thuisplan overview --xlsx`).

Sheets: Visies (every file, read or refused with the reason), Aandachtsgroepen (which
visions have which group), the year grids (Woonbehoefte, Aanbod, Opgave, Tekort,
Overschot; `xlsx_overview_grids`), Sociale huur (the tests per region), Prestatieafspraken
(each agreement's status per year) and Dubbele gemeenten. Every figure is the overview's;
nothing is recomputed here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from app.reports.export_io import CancelFn, ProgressFn, Steps, atomic_target, collector_paused
from app.reports.text_overview import count_text
from app.reports.xlsx_layout import print_setup
from app.reports.xlsx_overview_grids import GRIDS, OUTSIDE, mark_words, write_grid
from app.reports.xlsx_style import SHARE, Column, cell_at, title_rows, write_table
from app.services.formatting import UNKNOWN, norm_text
from app.services.overview import Overview
from app.services.overview_vision import AgreementStatuses, VisionSummary

if TYPE_CHECKING:  # imported when a document is made, not at start-up
    from openpyxl.worksheet.worksheet import Worksheet

NO_STATUS = "geen status"
AGREEMENT_LEGEND = (
    f"De status zoals die in elke visie is ingevuld. '{NO_STATUS}': voor dat jaar is geen "
    f"status ingevuld. '{OUTSIDE}': het jaar valt buiten de planperiode van die visie."
)


@collector_paused()
def write_overview_workbook(
    overview: Overview,
    target: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> Path:
    """Write the workbook to `target` (atomically); returns `target`."""
    from openpyxl import Workbook

    writers = _writers(overview)
    steps = Steps(len(writers) + 1, progress, is_cancelled)
    workbook = Workbook()
    assert workbook.active is not None  # a new workbook has its one sheet
    workbook.remove(workbook.active)
    for title, write in writers:
        steps.step(f"Werkblad {title} maken")
        sheet = workbook.create_sheet(title)
        write(sheet)
        print_setup(sheet)
    workbook.properties.title = "Overzicht van meerdere visies"
    workbook.properties.creator = "Thuisplan"
    steps.step("Bestand opslaan")
    with atomic_target(target) as temporary:
        workbook.save(temporary)
        steps.check()
    steps.finish()
    return Path(target)


def _writers(overview: Overview) -> list[tuple[str, Callable[[Worksheet], object]]]:
    grids = [
        (title, partial(write_grid, overview=overview, field=field, number_format=fmt))
        for title, field, fmt in GRIDS
    ]
    return [
        ("Visies", lambda sheet: write_files(sheet, overview)),
        ("Aandachtsgroepen", lambda sheet: write_groups(sheet, overview)),
        *grids,
        ("Sociale huur", lambda sheet: write_tests(sheet, overview)),
        ("Prestatieafspraken", lambda sheet: write_agreements(sheet, overview)),
        ("Dubbele gemeenten", lambda sheet: write_shared(sheet, overview)),
    ]


def write_files(sheet: Worksheet, overview: Overview) -> None:
    """Every file in the order given: its vision, or why it was not read."""
    columns = [
        Column("Bestand", 28),
        Column("Woonzorgvisie", 36),
        Column("Regio", 18),
        Column("Planperiode", 12),
        Column("Scenario", 12),
        Column("Gemeenten", 11),
        Column("Gemeenten ook in een andere visie", 36),
        Column("Niet gelezen omdat", 60),
    ]
    positions = {id(v): i for i, v in enumerate(overview.visions)}
    rows: list[list[object]] = []
    for entry in overview.entries:
        if not isinstance(entry, VisionSummary):
            rows.append([entry.path.name or str(entry.path), *[None] * 6, entry.reason])
            continue
        shared = overview.shared_in(positions[id(entry)])
        rows.append(
            [
                entry.path.name,
                entry.title,
                entry.region_name or None,
                f"{entry.start_year}–{entry.end_year}",
                entry.scenario,
                len(entry.municipalities),
                ", ".join(s.name for s in shared) or None,
                None,
            ]
        )
    write_table(sheet, columns, rows, freeze="B2")
    _indent(sheet, column=7, rows=len(rows))


def _indent(sheet: Worksheet, *, column: int, rows: int) -> None:
    """Text in `column` set off from the figures right-aligned just before it."""
    from openpyxl.styles import Alignment

    for line in range(2, rows + 2):
        cell = cell_at(sheet, line, column)
        cell.alignment = Alignment(indent=1, vertical="top", wrap_text=True)


def write_groups(sheet: Worksheet, overview: Overview) -> None:
    """Each group as matched by label: in which visions it is, and in which not."""
    names = [v.path.name for v in overview.visions]
    columns = [
        Column("Aandachtsgroep", 40),
        Column("In alle visies", 10),
        Column("In", 50),
        Column("Niet in", 50),
    ]
    rows = [
        [
            group.label,
            len(group.visions) == len(names),
            ", ".join(names[i] for i in group.visions),
            ", ".join(n for i, n in enumerate(names) if i not in group.visions) or None,
        ]
        for group in overview.groups
    ]
    write_table(sheet, columns, rows, freeze="B2")


def write_tests(sheet: Worksheet, overview: Overview) -> None:
    """Per vision: the social-rent and affordability tests on the region's summed figures,
    and how many of its municipalities fall short of each."""
    columns = [
        Column("Visie", 26),
        Column("Gemeenten", 11),
        Column("Sociale huur nu (regio)", 13, SHARE),
        Column("Sociale huur eind planperiode (regio)", 14, SHARE),
        Column("Streven", 9),
        Column("Regio onder streven", 10),
        Column("Nodig in nieuwbouw voor het streven (ook boven 100 %)", 16, SHARE),
        Column("Betaalbaar aandeel geplande nieuwbouw (regio)", 14, SHARE),
        Column("Norm betaalbaar", 12),
        Column("Regio voldoet aan norm betaalbaar", 12),
        Column("Gemeenten onder streven", 19),
        Column("Gemeenten onder landelijk gemiddelde", 19),
        Column("Gemeenten: streven niet haalbaar met nieuwbouw", 19),
        Column("Gemeenten onder norm betaalbaar", 19),
        Column("Ontbreekt (regio)", 40),
    ]
    rows = []
    for vision in overview.visions:
        tests, region = vision.tests, vision.tests.region
        rows.append(
            [
                vision.path.name,
                len(vision.municipalities),
                _known(region.current.share),
                _known(region.projected.share),
                norm_text(tests.goal),
                _known(
                    None if region.current.meets_norm is None else not region.current.meets_norm
                ),
                _known(region.needed_social_new_build_share),
                _known(region.affordable.share),
                norm_text(tests.affordable_norm),
                _known(region.affordable.meets_norm),
                count_text(tests.below_goal, True),
                count_text(tests.must_build_30_percent, True),
                count_text(tests.goal_reachable, False),
                count_text(tests.meets_affordable_norm, False),
                "; ".join(m.description for m in region.missing) or None,
            ]
        )
    write_table(sheet, columns, rows, freeze="B2")
    for line, values in enumerate(rows, start=2):
        words = [
            c for c, v in enumerate(values[:10], start=1) if c > 2 and isinstance(v, str | bool)
        ]
        mark_words(sheet, line, [c for c in words if values[c - 1] == UNKNOWN])
        mark_words(sheet, line, [c for c in words if values[c - 1] != UNKNOWN], grey=False)


def _known(value: object) -> object:
    """A figure, or the word 'onbekend' (an empty cell could be read as nothing)."""
    return UNKNOWN if value is None else value


def write_agreements(sheet: Worksheet, overview: Overview) -> None:
    """Each agreement of each vision with its status per year, as entered."""
    years = overview.years
    columns = [
        Column("Visie", 26),
        Column("Afspraak", 44),
        Column("Gemeente", 18),
        Column("Aandachtsgroep", 26),
        *(Column(y, 13) for y in years),
    ]
    rows = [
        [vision.path.name, a.description, a.municipality or "Regio", a.target_group]
        + [_status(vision, a, year) for year in years]
        for vision in overview.visions
        for a in vision.agreements
    ]
    last = write_table(sheet, columns, rows, freeze="C2")
    first = len(columns) - len(years) + 1
    for line, values in enumerate(rows, start=2):
        statuses = list(enumerate(values[first - 1 :], start=first))
        mark_words(
            sheet, line, [c for c, v in statuses if v not in (NO_STATUS, OUTSIDE)], grey=False
        )
        mark_words(sheet, line, [c for c, v in statuses if v in (NO_STATUS, OUTSIDE)])
    title_rows(sheet, [(AGREEMENT_LEGEND, False)], start=last + 2)


def _status(vision: VisionSummary, agreement: AgreementStatuses, year: int) -> str:
    if year not in vision.years:
        return OUTSIDE
    info = agreement.years.get(year)
    return info.status.label if info and info.status else NO_STATUS


def write_shared(sheet: Worksheet, overview: Overview) -> None:
    """The municipalities that are in more than one vision, and in which."""
    if not overview.shared:
        title_rows(sheet, [("Geen gemeente staat in meer dan één visie.", False)])
        return
    columns = [Column("Gemeentecode", 13), Column("Gemeente", 26), Column("In de visies", 70)]
    rows = [
        [s.code, s.name, ", ".join(overview.visions[i].path.name for i in s.visions)]
        for s in overview.shared
    ]
    write_table(sheet, columns, rows, freeze="A2")
