"""The rules of app.models.rules: every column has one, the services and the file agree on
them, the quick screen of a table finds what the row-by-row rules find, and the bounds on
sizes and values hold without reading what is too large."""

from __future__ import annotations

import sqlite3

import pytest

from app.models.rules import COLUMNS, MAX_MUNICIPALITIES, TITLE_LENGTH
from app.services.errors import ValidationError
from app.services.reference_data import reference_municipalities
from app.services.vision import get_vision, update_vision
from app.storage import UntrustedFileError, open_project_file
from app.storage.connection import connect
from app.storage.format import CURRENT_SCHEMA_VERSION
from app.storage.row_rules import keeps_rules, violations
from app.storage.schema import RELEASED_SCHEMAS


def test_every_column_but_the_row_ids_has_a_rule():
    """A column added to a table without a rule (its type, range or length) fails here."""
    for table, columns in RELEASED_SCHEMAS[CURRENT_SCHEMA_VERSION].items():
        assert set(COLUMNS[table]) == set(columns) - {"id"}, table


def test_the_shipped_municipalities_fit_the_bound():
    """Every municipality of the reference list fits in one vision."""
    assert len(reference_municipalities()) <= MAX_MUNICIPALITIES


def test_what_the_services_accept_the_file_keeps_and_opens(project):
    """A title of exactly the longest length is stored and the file opens again; one
    character more is refused by the service before it reaches the file."""
    update_vision(project, title="T" * TITLE_LENGTH)
    with pytest.raises(ValidationError):
        update_vision(project, title="T" * (TITLE_LENGTH + 1))
    path = project.path
    project.close()
    with open_project_file(path) as reopened:
        assert len(get_vision(reopened).title) == TITLE_LENGTH


def test_the_file_itself_refuses_what_the_services_would(project):
    """Written past the services (a plain SQLite client), a bad value is refused by the
    file's CHECK constraints."""
    path = project.path
    project.close()
    conn = sqlite3.connect(path)
    for statement in (
        "UPDATE vision SET title = printf('%.*c', 201, 'T')",
        "UPDATE vision SET start_year = 1999",
        "UPDATE vision SET end_year = start_year + 30",
        "UPDATE municipality SET code = 'XX0001'",
        "UPDATE target_group SET housing_types = 'kasteel'",
        "UPDATE baseline_figure SET value = '=1+1'",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            conn.execute(statement)
    conn.close()


@pytest.mark.parametrize(
    "value",
    ["'=cmd|'' /C calc''!A0'", "2.5", "-1", "1000001", "x'00'", "NULL", "'12'"],
    ids=["formula", "real", "negative", "too-large", "blob", "null", "text-digits"],
)
def test_the_quick_screen_finds_what_the_rules_find(value, tmp_path):
    """A bad quantity of any kind fails the one-pass screen, and the row-by-row search names
    its row; a sound table passes both."""
    path = tmp_path / "waarden.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE need_value (series_id, year, quantity)")
    conn.executemany("INSERT INTO need_value VALUES (?, 2025, ?)", [(1, 5), (2, 0), (3, 9)])
    conn.commit()
    assert keeps_rules(conn, "need_value") and violations(conn, "need_value") == []
    conn.execute(f"UPDATE need_value SET quantity = {value} WHERE series_id = 2")
    conn.commit()
    assert not keeps_rules(conn, "need_value")
    (found,) = violations(conn, "need_value")
    assert found.row == "rowid=2" and found.column == "quantity"
    conn.close()


def test_a_file_larger_than_its_rows_explain_is_refused_before_reading(project, tmp_path):
    """A 3 MB description in a file whose rows can fill 2 MB at the most: refused from
    the sizes alone (the rows are counted, no value is read)."""
    path = project.path
    project.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(
        "INSERT INTO measure (action_line, description, owner, sort_order) "
        "VALUES (1, printf('%.*c', 3000000, 'x'), '', 1)"
    )
    conn.commit()
    conn.close()
    with pytest.raises(UntrustedFileError, match="is groter dan een woonzorgvisie kan zijn"):
        open_project_file(path, readonly=True)


def test_a_value_over_the_length_limit_is_refused_without_loading_it(tmp_path):
    """Where the sizes allow it, a 5 MB text is still refused: SQLite stops at the value
    length limit instead of reading it."""
    from tests.unit.test_hostile_projects import SOUND

    path = tmp_path / "lang.thuisplan"
    path.write_bytes(SOUND.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(
        "UPDATE need_series SET source_note = printf('%.*c', 5000000, 'x') WHERE rowid = 1"
    )
    conn.commit()
    conn.close()
    with pytest.raises(UntrustedFileError, match="een waarde is veel te groot"):
        open_project_file(path, readonly=True)


def test_every_connection_distrusts_the_schema(project):
    """trusted_schema is off on the sessions' engine and on the anchor connection."""
    with project.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
    assert project.fetch("PRAGMA trusted_schema") == [(0,)]
    conn = connect(project.path, "ro")
    assert conn.getlimit(sqlite3.SQLITE_LIMIT_LENGTH) == 4 * 1024 * 1024
    conn.close()
