"""Three visions with different plan periods and groups, and a broken file, for the tests of
the overview over many visions (and the screenshots of its window).

west (Delft, 's-Gravenhage; 2025-2028): every standard group but Woonwagenbewoners, and
    an own group 'Jongeren met een beperking'; all figures of the first three groups and
    of the own group entered, the rest left empty; planned construction entered.
oost (Delft again, Rijswijk; 2027-2032): Ouderen switched off, the own group spelled
    'jongeren met een  beperking'; figures of two groups; two agreements with statuses.
noord (Zoetermeer; 2024-2026): only Statushouders and Ouderen, every figure entered.
kapot.thuisplan: not a Thuisplan file.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from app.models import AgreementStatus, BaselineIndicator, CapacityKind
from app.services import municipalities
from app.services.agreements import add_agreement, set_agreement_year
from app.services.figures import Cell, CellChange, set_cells
from app.services.target_groups import add_custom_group, list_target_groups, set_group_active
from app.services.vision import create_vision
from app.storage import ProjectFile

OWN_GROUP = "Jongeren met een beperking"


NAMES = ("west", "oost", "noord", "kapot")


@pytest.fixture(scope="module")
def visions_template(tmp_path_factory) -> Path:
    """The three visions and the broken file, made once per test module."""
    folder = tmp_path_factory.mktemp("visions")
    make_visions(folder)
    return folder


@pytest.fixture
def visions(visions_template, tmp_path) -> list[Path]:
    """A private copy: west, oost, noord and kapot (import both fixtures to use them)."""
    folder = tmp_path / "visies"
    shutil.copytree(visions_template, folder)
    return [folder / f"{name}.thuisplan" for name in NAMES]


def make_visions(folder: Path) -> list[Path]:
    """The three visions and the broken file in `folder`; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [_west(folder / "west.thuisplan"), _oost(folder / "oost.thuisplan")]
    paths.append(_noord(folder / "noord.thuisplan"))
    broken = folder / "kapot.thuisplan"
    broken.write_bytes(b"dit is geen woonzorgvisie\n" * 10)
    return [*paths, broken]


def _new(path: Path, codes: list[str], start: int, end: int, region: str) -> ProjectFile:
    return create_vision(
        path,
        title=f"Woonzorgvisie {region}",
        municipality_codes=codes,
        start_year=start,
        end_year=end,
        region_name=region,
    )


def _west(path: Path) -> Path:
    project = _new(path, ["GM0503", "GM0518"], 2025, 2028, "West")
    groups = {g.label: g.id for g in list_target_groups(project)}
    set_group_active(project, groups["Woonwagenbewoners"], False)
    own = add_custom_group(project, OWN_GROUP).id
    labels = ["Dak- en thuisloze mensen", "Uitstromers uit detentie", "Statushouders"]
    fill(project, [groups[label] for label in labels] + [own], seed=1)
    planned = {"GM0503": (1200, 400, 300), "GM0518": (6000, 1500, 2600)}
    entries = [
        municipalities.BaselineEntry(code, indicator, value)
        for code, values in planned.items()
        for indicator, value in zip(
            (
                BaselineIndicator.PLANNED_NEW_TOTAL,
                BaselineIndicator.PLANNED_NEW_SOCIAL,
                BaselineIndicator.PLANNED_NEW_MIDDLE,
            ),
            values,
            strict=True,
        )
    ]
    municipalities.set_baselines(project, entries)
    project.close()
    return path


def _oost(path: Path) -> Path:
    project = _new(path, ["GM0503", "GM0603"], 2027, 2032, "Oost")
    groups = {g.label: g.id for g in list_target_groups(project)}
    set_group_active(project, groups["Ouderen"], False)
    own = add_custom_group(project, "jongeren met een  beperking").id
    fill(project, [groups["Statushouders"], own], seed=2)
    first = add_agreement(
        project, "Flexwoningen in Rijswijk", municipality_code="GM0603", group_id=own
    )
    second = add_agreement(project, "Regionale urgentieregeling")
    set_agreement_year(project, first.id, 2027, target=20, status=AgreementStatus.REALISED)
    set_agreement_year(project, first.id, 2028, target=20, status=AgreementStatus.BEHIND)
    set_agreement_year(project, second.id, 2028, status=AgreementStatus.ON_TRACK)
    project.close()
    return path


def _noord(path: Path) -> Path:
    project = _new(path, ["GM0637"], 2024, 2026, "Noord")
    kept = {"Statushouders", "Ouderen"}
    groups = list_target_groups(project)
    for group in groups:
        if group.label not in kept:
            set_group_active(project, group.id, False)
    fill(project, [g.id for g in groups if g.label in kept], seed=3)
    project.close()
    return path


def fill(project: ProjectFile, group_ids: list[int], *, seed: int) -> None:
    """Every need and capacity of `group_ids` in every municipality and year (random)."""
    from app.services.municipalities import list_municipalities
    from app.services.vision import get_vision

    rng = random.Random(seed)
    vision = get_vision(project)
    codes = [m.code for m in list_municipalities(project)]
    types = {g.id: g.housing_types for g in list_target_groups(project)}
    changes = []
    for group_id in group_ids:
        for code in codes:
            for housing in types[group_id]:
                for year in vision.years:
                    cell = Cell(code, group_id, housing, year)
                    changes.append(CellChange(cell, rng.randint(0, 30)))
                    for kind in CapacityKind:
                        capacity = Cell(code, group_id, housing, year, kind)
                        changes.append(CellChange(capacity, rng.randint(0, 8)))
    set_cells(project, changes)
