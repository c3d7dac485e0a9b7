"""Every released schema version upgrades to the current one, with a backup first."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.services.analysis import analyse
from app.services.vision import create_vision
from app.storage import DamagedFileError, open_project_file
from app.storage.format import CURRENT_SCHEMA_VERSION
from app.storage.migrations import migrate
from app.storage.schema import actual_schema

FIXTURES = sorted(Path(__file__).parents[1].joinpath("fixtures").glob("schema_v*.thuisplan"))


def version_of(path: Path) -> int:
    return int(re.search(r"schema_v(\d+)", path.name).group(1))


def test_the_frozen_current_schema_is_the_tables_of_app_models():
    """Opening checks files against a frozen column list; a table changed in app.models
    without a new schema version (and its migration) fails here."""
    from sqlmodel import SQLModel

    import app.models.tables  # noqa: F401
    from app.storage.schema import RELEASED_SCHEMAS

    tables = {name: [c.name for c in t.columns] for name, t in SQLModel.metadata.tables.items()}
    assert tables == RELEASED_SCHEMAS[CURRENT_SCHEMA_VERSION]


def test_there_is_a_fixture_for_every_version_up_to_the_current_one():
    """A schema change without a stored fixture of the previous version fails here."""
    assert [version_of(p) for p in FIXTURES] == list(range(1, CURRENT_SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_fixture_upgrades_to_current_schema_with_its_data(fixture, tmp_path, data_dir):
    """An old file opens, ends at the current version with the same tables as a new
    file, and keeps its figures."""
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    stored_need = _stored_need(path)
    project = open_project_file(path)
    analysis = analyse(project)
    project.close()
    assert analysis.figures.vision.title.startswith("Woonzorgvisie regio Haaglanden")
    assert len(analysis.figures.municipalities) == 9
    need = sum(cell.need or 0 for cell in analysis.figures.inputs.values())
    assert need == stored_need > 0

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_SCHEMA_VERSION
    upgraded = actual_schema(conn)
    conn.close()
    fresh_path = tmp_path / "fresh.thuisplan"
    create_vision(
        fresh_path, title="x", municipality_codes=["GM0503"], start_year=2025, end_year=2026
    ).close()
    conn = sqlite3.connect(fresh_path)
    fresh = actual_schema(conn)
    conn.close()
    assert {t: sorted(c) for t, c in upgraded.items()} == {t: sorted(c) for t, c in fresh.items()}
    if version_of(fixture) < CURRENT_SCHEMA_VERSION:
        assert list((data_dir / "reservekopieen").glob("*voor-upgrade*"))


def _stored_need(path: Path) -> int:
    """The sum of every need value in the file, read with sqlite3."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT SUM(quantity) FROM need_value").fetchone()[0]
    finally:
        conn.close()


def test_upgrade_to_3_keeps_every_figure_counting_and_makes_partial_sums_unknown(tmp_path):
    """Schema 2 -> 3: each group's housing types gain the ones it has figures for (so no
    figure stops counting), and cell_value mirrors every stored value. The old example
    filled only some kinds of capacity and not every default housing type (homeless people:
    no flex homes), so those totals become unknown: until now they were sums of what happened
    to be entered. Students had need in both their housing types: still known."""
    path = tmp_path / "v2.thuisplan"
    shutil.copyfile(next(p for p in FIXTURES if version_of(p) == 2), path)
    conn = sqlite3.connect(path)
    with_figures = set(
        conn.execute(
            "SELECT DISTINCT g.code, s.housing_type FROM need_series s "
            "JOIN target_group g ON g.id = s.target_group_id "
            "WHERE EXISTS (SELECT 1 FROM need_value v WHERE v.series_id = s.id)"
        )
    )
    conn.close()
    project = open_project_file(path)
    analysis = analyse(project)
    project.close()
    used = {(g.code, t.value) for g in analysis.figures.groups for t in g.housing_types}
    assert with_figures <= used
    total = analysis.gap_total()
    assert total.need is None and total.capacity is None and total.gap is None
    students = next(g for g in analysis.figures.groups if g.code == "students")
    assert analysis.gap_total(group_id=students.id).need > 0


def _v1_file(tmp_path: Path) -> Path:
    path = tmp_path / "oud.thuisplan"
    shutil.copyfile(FIXTURES[0], path)
    return path


def test_migration_makes_a_backup_and_bumps_the_version(tmp_path, data_dir):
    """A step runs inside one transaction with the version bump, after a backup copy."""
    path = _v1_file(tmp_path)

    def add_column(conn):
        conn.execute("ALTER TABLE partner ADD COLUMN email TEXT NOT NULL DEFAULT ''")

    backup = migrate(path, 1, steps={1: add_column}, target=2)
    assert backup is not None and backup.parent == data_dir / "reservekopieen"
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "email" not in actual_schema(conn)["partner"]
    assert conn.execute("SELECT count(*) FROM partner").fetchone()[0] == 9
    conn.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert "email" in actual_schema(conn)["partner"]
    conn.close()


def test_failed_migration_leaves_the_file_as_it_was(tmp_path):
    """A step that fails halfway rolls everything back; the message says where the copy is."""
    path = _v1_file(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    def first(conn):
        conn.execute("ALTER TABLE partner ADD COLUMN email TEXT")

    def broken(conn):
        conn.execute("ALTER TABLE does_not_exist ADD COLUMN x TEXT")

    with pytest.raises(DamagedFileError, match="niet gewijzigd"):
        migrate(path, 1, steps={1: first, 2: broken}, target=3)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
