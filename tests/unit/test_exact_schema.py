"""The frozen sqlite_master of every schema version is what Thuisplan really makes, and the
exact comparison finds every extra, missing or altered table, index, trigger and view."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from app.storage import master
from app.storage.cell_values import CREATE_CELL_VALUE, TRIGGERS
from app.storage.format import CURRENT_SCHEMA_VERSION
from app.storage.migrations import STEPS, migrate
from app.storage.schema import create_current_schema
from app.storage.schema_frozen import ALSO_ACCEPTED, SQLITE_MASTER

FIXTURES = Path(__file__).parents[1] / "fixtures"


def entries(path: Path) -> set[tuple]:
    conn = sqlite3.connect(path)
    try:
        return set(master.read_master(conn))
    finally:
        conn.close()


def test_the_frozen_current_schema_is_what_a_new_file_gets(tmp_path):
    """A schema change in app.models without running scripts/freeze_schema.py fails here:
    every table, index and trigger of a new file, SQL byte for byte."""
    path = tmp_path / "nieuw.thuisplan"
    engine = create_engine(f"sqlite:///{path}")
    create_current_schema(engine)
    engine.dispose()
    assert entries(path) == set(SQLITE_MASTER[CURRENT_SCHEMA_VERSION])


def test_creating_from_the_frozen_sql_gives_the_same_file(tmp_path):
    """Salvage makes its new file from the frozen SQL, without SQLAlchemy: the same schema."""
    path = tmp_path / "bevroren.thuisplan"
    conn = sqlite3.connect(path)
    master.create_schema(conn, CURRENT_SCHEMA_VERSION)
    conn.commit()
    conn.close()
    assert entries(path) == set(SQLITE_MASTER[CURRENT_SCHEMA_VERSION])


@pytest.mark.parametrize("version", range(1, CURRENT_SCHEMA_VERSION))
def test_released_versions_are_frozen_as_their_fixtures(version):
    """The frozen schema of a released version is exactly its stored fixture's."""
    assert entries(FIXTURES / f"schema_v{version}.thuisplan") == set(SQLITE_MASTER[version])


@pytest.mark.parametrize("version", range(2, CURRENT_SCHEMA_VERSION))
def test_a_file_upgraded_to_a_released_version_is_accepted_as_that_version(tmp_path, version):
    """A version-1 file upgraded to 2 carries cell_total as the step made it, not as a new
    version-2 file has it: both forms are accepted (ALSO_ACCEPTED), nothing else differs."""
    path = tmp_path / "oud.thuisplan"
    shutil.copyfile(FIXTURES / f"schema_v{version - 1}.thuisplan", path)
    migrate(path, version - 1, steps=STEPS, target=version, backup=False)
    assert master.differences(sorted(entries(path), key=str), version) == []
    assert ALSO_ACCEPTED.get(version)


@pytest.mark.parametrize("version", range(1, CURRENT_SCHEMA_VERSION))
def test_an_upgraded_file_has_exactly_the_schema_of_a_new_one(tmp_path, version):
    """The upgrade rebuilds every table to the frozen SQL: byte for byte a new file's."""
    path = tmp_path / "oud.thuisplan"
    shutil.copyfile(FIXTURES / f"schema_v{version}.thuisplan", path)
    migrate(path, version, backup=False)
    found = {entry for entry in entries(path) if entry[0] != "index" or entry[3] is not None}
    wanted = {e for e in SQLITE_MASTER[CURRENT_SCHEMA_VERSION] if e[0] != "index" or e[3]}
    assert found == wanted
    autoindexes = {e[1] for e in entries(path) if e[0] == "index" and e[3] is None}
    assert autoindexes == {
        e[1] for e in SQLITE_MASTER[CURRENT_SCHEMA_VERSION] if e[0] == "index" and not e[3]
    }


def test_the_steps_own_sql_is_the_frozen_sql():
    """add_cell_values creates cell_value and its triggers exactly as a new file has them."""
    frozen = {(kind, name): sql for kind, name, _, sql in SQLITE_MASTER[CURRENT_SCHEMA_VERSION]}
    assert frozen[("table", "cell_value")] == CREATE_CELL_VALUE
    for name, sql in TRIGGERS.items():
        assert master.normalise(frozen[("trigger", name)]) == master.normalise(sql)


def test_normalising_ignores_layout_and_keyword_case_but_not_literals():
    """Whitespace and the case of words do not count; quoted text and identifiers do."""
    normalise = master.normalise
    assert normalise("CREATE TABLE x (\n\ta INTEGER, \n\tb TEXT\n)") == normalise(
        "create   table X(a integer,b text)"
    )
    assert normalise("CHECK (k IN ('flex'))") != normalise("CHECK (k IN ('Flex'))")
    assert normalise('CREATE TABLE "x" (a)') != normalise('CREATE TABLE "X" (a)')
    assert normalise("CREATE TABLE x (a) -- note") != normalise("CREATE TABLE x (a)")


def _current() -> list[master.Entry]:
    return list(SQLITE_MASTER[CURRENT_SCHEMA_VERSION])


def test_differences_name_what_is_extra_altered_or_missing():
    """Each kind of difference has its Dutch sentence naming the object."""
    found = _current()
    assert master.differences(found, CURRENT_SCHEMA_VERSION) == []
    extra = ("trigger", "wipe", "vision", "CREATE TRIGGER wipe AFTER UPDATE ON vision BEGIN END")
    assert master.differences([*found, extra], CURRENT_SCHEMA_VERSION) == [
        "onbekende trigger 'wipe' op tabel 'vision'"
    ]
    altered = [
        (kind, name, table, sql + " " if kind != "table" else sql.replace("<= 200", "<= 201"))
        if name == "vision"
        else (kind, name, table, sql)
        for kind, name, table, sql in found
    ]
    assert master.differences(altered, CURRENT_SCHEMA_VERSION) == [
        "tabel 'vision' is anders dan Thuisplan die maakt"
    ]
    missing = [entry for entry in found if entry[1] != "need_cell_insert"]
    assert master.differences(missing, CURRENT_SCHEMA_VERSION) == [
        "trigger 'need_cell_insert' ontbreekt"
    ]


def test_names_from_the_file_are_shown_safely():
    """A name with terminal escapes or a bidi override is shown without them, and short."""
    hostile = ("view", "\x1b]0;title\x07" + "\u202e" + "x" * 200, "t", "CREATE VIEW v AS SELECT 1")
    (problem,) = master.differences([*_current(), hostile], CURRENT_SCHEMA_VERSION)
    assert "\x1b" not in problem and "\u202e" not in problem and "\x07" not in problem
    assert len(problem) < 120
