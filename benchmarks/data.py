"""The benchmark's own visions: regional (the nine Haaglanden municipalities, 6 years) and
national (all 342 municipalities, 12 years), all standard groups and 8 housing types, with
need and capacity filled in every cell and every baseline figure known."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from app.models import BaselineIndicator, CapacityKind, HousingType
from app.services import municipalities
from app.services.demo import HAAGLANDEN
from app.services.figures import Cell, CellChange, set_cells
from app.services.reference_data import reference_municipalities
from app.services.target_groups import list_target_groups, update_group
from app.services.vision import create_vision


@dataclass(frozen=True)
class Scale:
    """A size of vision to measure."""

    name: str
    codes: tuple[str, ...]
    years: range

    @property
    def cells(self) -> int:
        """Need cells: municipalities x 10 groups x 8 housing types x years."""
        return len(self.codes) * 10 * len(HousingType) * len(self.years)


REGIONAL = Scale("regionaal", tuple(HAAGLANDEN), range(2025, 2031))
NATIONAL = Scale("nationaal", tuple(reference_municipalities()), range(2025, 2037))
# Every kind of capacity a cell expects: with one left out every figure would be unknown.
KINDS = tuple(CapacityKind)


def make_vision(scale: Scale, path: Path) -> Path:
    """Create the vision file for `scale` at `path` (deterministic figures)."""
    rng = random.Random(scale.name)
    project = create_vision(
        path,
        title=f"Benchmark {scale.name}",
        municipality_codes=scale.codes,
        start_year=scale.years[0],
        end_year=scale.years[-1],
        region_name=scale.name,
    )
    for group in list_target_groups(project):
        # Every group uses every woonvorm here, so the vision has the size `cells` says.
        update_group(project, group.id, housing_types=tuple(HousingType))
        changes = []
        for code in scale.codes:
            for housing in HousingType:
                for year in scale.years:
                    changes.append(
                        CellChange(Cell(code, group.id, housing, year), rng.randint(0, 40))
                    )
                    for kind in KINDS:
                        changes.append(
                            CellChange(
                                Cell(code, group.id, housing, year, kind), rng.randint(0, 20)
                            )
                        )
        set_cells(project, changes)
    entries = []
    for info in municipalities.list_municipalities(project):
        dwellings = info.value(BaselineIndicator.DWELLINGS) or 1000
        planned = dwellings // 20
        for indicator, value in (
            (BaselineIndicator.SOCIAL_RENT_DWELLINGS, dwellings // 4),
            (BaselineIndicator.PLANNED_NEW_TOTAL, planned),
            (BaselineIndicator.PLANNED_NEW_SOCIAL, planned // 3),
            (BaselineIndicator.PLANNED_NEW_MIDDLE, planned // 3),
        ):
            entries.append(municipalities.BaselineEntry(info.code, indicator, value))
    municipalities.set_baselines(project, entries)
    project.close()
    return path
