"""Project files: created, reopened, refused when not ours, never touched when refused."""

from __future__ import annotations

import hashlib
import sqlite3
import struct
from pathlib import Path

import pytest

from app.services.vision import create_vision, get_vision
from app.storage import (
    DamagedFileError,
    FileMissingError,
    NewerVersionError,
    NotAProjectFileError,
    ProjectFileError,
    ReadOnlyError,
    TargetExistsError,
    copy_project_file,
    open_project_file,
)
from app.storage.format import APPLICATION_ID, CURRENT_SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_vision(path: Path):
    return create_vision(
        path, title="Visie", municipality_codes=["GM0503"], start_year=2025, end_year=2030
    )


def test_new_file_has_our_identity_and_settings(tmp_path):
    """application_id, user_version, rollback journal (not WAL), foreign keys on."""
    path = tmp_path / "a.thuisplan"
    project = make_vision(path)
    with project.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    project.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_SCHEMA_VERSION
    conn.close()


def test_saved_vision_is_back_after_reopening(tmp_path):
    """What was created is there after closing and opening the file again."""
    path = tmp_path / "a.thuisplan"
    make_vision(path).close()
    reopened = open_project_file(path)
    vision = get_vision(reopened)
    reopened.close()
    assert (vision.title, vision.start_year, vision.end_year) == ("Visie", 2025, 2030)


def test_create_refuses_to_overwrite_and_leaves_the_existing_file(tmp_path):
    """Creating over an existing file is refused; its bytes stay the same."""
    path = tmp_path / "a.thuisplan"
    make_vision(path).close()
    before = digest(path)
    with pytest.raises(TargetExistsError, match="bestaat al"):
        make_vision(path)
    assert digest(path) == before


def test_failed_creation_leaves_no_file(tmp_path):
    """An unknown municipality code is refused before anything is written."""
    from app.services.errors import ValidationError

    path = tmp_path / "a.thuisplan"
    with pytest.raises(ValidationError):
        create_vision(
            path, title="X", municipality_codes=["GM9999"], start_year=2025, end_year=2030
        )
    assert list(tmp_path.iterdir()) == []


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('boodschappen')")
    conn.commit()
    conn.close()


def _set_header_int(path: Path, offset: int, value: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + 4] = struct.pack(">I", value)
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    make_vision(path).close()
    _set_header_int(path, 60, CURRENT_SCHEMA_VERSION + 1)


def _truncated(path: Path) -> None:
    make_vision(path).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _broken_table(path: Path) -> None:
    make_vision(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TABLE need_value")
    conn.commit()
    conn.close()


def _corrupt_pages(path: Path) -> None:
    make_vision(path).close()
    data = bytearray(path.read_bytes())
    page = struct.unpack(">H", data[16:18])[0]
    for offset in range(page * 2, len(data), page):  # scribble over every page but the first two
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda p: p.write_bytes(b""), NotAProjectFileError, "is leeg"),
        (
            lambda p: p.write_bytes(bytes(range(256)) * 40),
            NotAProjectFileError,
            "geen Thuisplan-bestand",
        ),
        (
            lambda p: p.write_text("Gemeente;Behoefte\nDelft;12\n"),
            NotAProjectFileError,
            "geen Thuisplan-bestand",
        ),
        (_foreign_sqlite, NotAProjectFileError, "ander programma"),
        (_newer, NewerVersionError, "nieuwere versie van Thuisplan"),
        (_truncated, DamagedFileError, "is onvolledig"),
        (_broken_table, DamagedFileError, "tabel 'need_value' ontbreekt"),
        (_corrupt_pages, DamagedFileError, "beschadigd"),
    ],
    ids=[
        "empty",
        "random-binary",
        "text",
        "foreign-sqlite",
        "newer-version",
        "truncated",
        "broken-table",
        "corrupt-pages",
    ],
)
def test_refused_file_gets_a_clear_message_and_is_not_changed(tmp_path, make, error, message):
    """Each kind of file we cannot open is refused with its own Dutch message; bytes unchanged."""
    path = tmp_path / "vreemd.thuisplan"
    make(path)
    before = digest(path)
    with pytest.raises(error, match=message):
        open_project_file(path)
    assert digest(path) == before
    assert not path.with_name(path.name + "-journal").exists()


def test_missing_file(tmp_path):
    """A file that is not there is named in the message."""
    with pytest.raises(FileMissingError, match="'weg.thuisplan' bestaat niet"):
        open_project_file(tmp_path / "weg.thuisplan")


def test_directory_is_not_a_project(tmp_path):
    """A folder is refused, not crashed on."""
    with pytest.raises(NotAProjectFileError, match="is een map"):
        open_project_file(tmp_path)


def test_read_only_project_refuses_writes(tmp_path):
    """A project opened read-only says so when a change is attempted."""
    from app.services.vision import update_vision

    path = tmp_path / "a.thuisplan"
    make_vision(path).close()
    before = digest(path)
    project = open_project_file(path, readonly=True)
    with pytest.raises(ReadOnlyError, match="alleen-lezen"):
        update_vision(project, title="Nieuw")
    assert get_vision(project).title == "Visie"
    project.close()
    assert digest(path) == before


def test_save_as_copies_everything_to_a_new_file(tmp_path):
    """'Opslaan als' writes a complete copy that opens on its own."""
    from app.services.vision import update_vision

    project = make_vision(tmp_path / "a.thuisplan")
    update_vision(project, title="Gewijzigd")
    copy_project_file(project, tmp_path / "b.thuisplan")
    project.close()
    copy = open_project_file(tmp_path / "b.thuisplan")
    assert get_vision(copy).title == "Gewijzigd"
    copy.close()
    assert not list(tmp_path.glob(".~*"))


def test_interrupted_write_is_rolled_back_on_open(tmp_path):
    """A transaction left in the journal by a crash is rolled back; committed data stays."""
    import os
    import subprocess
    import sys

    path = tmp_path / "a.thuisplan"
    make_vision(path).close()
    script = (
        "import sqlite3, os, sys\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"  # force pages to disk before commit
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"UPDATE vision SET title = 'HALF'\")\n"
        "for i in range(2000):\n"
        "    c.execute('INSERT INTO measure (action_line, description, owner, sort_order) "
        "VALUES (1, ?, \"\", 0)', ('x' * 500,))\n"
        "os._exit(0)\n"  # die without commit or rollback
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and os.path.getsize(journal) > 0
    project = open_project_file(path)
    assert get_vision(project).title == "Visie"
    project.close()


def _crash_mid_transaction(path: Path, statements: str) -> None:
    """Leave a hot journal: a process runs `statements` in a transaction and dies."""
    import subprocess
    import sys

    script = (
        "import sqlite3, os\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"  # force pages to disk before commit
        "c.execute('BEGIN IMMEDIATE')\n"
        f"{statements}\n"
        "for i in range(3000):\n"
        "    c.execute('CREATE TABLE IF NOT EXISTS filler (x)')\n"
        "    c.execute('INSERT INTO filler VALUES (?)', ('x' * 500,))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    assert path.with_name(path.name + "-journal").stat().st_size > 0


def test_foreign_file_with_a_hot_journal_is_refused_untouched(tmp_path):
    """Another program's database that crashed mid-write: refused by its header, and
    neither it nor its journal is rolled back or changed by us."""
    path = tmp_path / "vreemd.thuisplan"
    _foreign_sqlite(path)
    _crash_mid_transaction(path, "c.execute(\"UPDATE notes SET body = 'half'\")")
    journal = path.with_name(path.name + "-journal")
    before = (digest(path), digest(journal))
    with pytest.raises(NotAProjectFileError, match="ander programma"):
        open_project_file(path)
    with pytest.raises(NotAProjectFileError):
        open_project_file(path, readonly=True)
    assert (digest(path), digest(journal)) == before


def test_crash_during_an_upgrade_is_rolled_back_then_upgraded(tmp_path):
    """The header on disk already says the new version but the journal holds the old one
    (killed while the upgrade committed): opening rolls back first, then reads the
    version again and upgrades properly."""
    import shutil

    path = tmp_path / "oud.thuisplan"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema_v1.thuisplan", path)
    _crash_mid_transaction(path, f"c.execute('PRAGMA user_version = {CURRENT_SCHEMA_VERSION}')")
    _set_header_int(path, 60, CURRENT_SCHEMA_VERSION)  # page 1 was written, the rest not
    with open_project_file(path) as project:
        assert get_vision(project).title.startswith("Woonzorgvisie regio Haaglanden")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_read_only_open_after_a_crash(tmp_path):
    """A half-written change left by a crash (nobody has the file open) is rolled back
    before a read-only open, which could not do it itself."""
    path = tmp_path / "a.thuisplan"
    make_vision(path).close()
    _crash_mid_transaction(path, "c.execute(\"UPDATE vision SET title = 'HALF'\")")
    with open_project_file(path, readonly=True) as project:
        assert get_vision(project).title == "Visie"


def _missing_column(path: Path) -> None:
    make_vision(path).close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE measure RENAME COLUMN owner TO trekker")
    conn.commit()
    conn.close()


def _no_vision(path: Path) -> None:
    make_vision(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM vision")
    conn.commit()
    conn.close()


def _version_zero(path: Path) -> None:
    make_vision(path).close()
    _set_header_int(path, 60, 0)


REFUSALS = {
    "empty": (lambda p: p.write_bytes(b""), "is leeg"),
    "not-sqlite": (lambda p: p.write_bytes(bytes(range(256)) * 40), "is geen Thuisplan-bestand"),
    "foreign": (_foreign_sqlite, "database van een ander programma"),
    "newer": (_newer, "nieuwere versie van Thuisplan"),
    "truncated": (_truncated, "is onvolledig"),
    "corrupt": (_corrupt_pages, "de inhoud klopt niet meer"),
    "missing-table": (_broken_table, "tabel 'need_value' ontbreekt"),
    "missing-column": (_missing_column, "kolom 'owner' ontbreekt in tabel 'measure'"),
    "no-vision": (_no_vision, "er staat geen woonzorgvisie in"),
    "version-zero": (_version_zero, "de inhoud klopt niet meer"),
}


@pytest.mark.parametrize("kind", list(REFUSALS))
def test_every_kind_of_refusal_has_its_own_message(tmp_path, kind):
    """Each kind of file we cannot open gets a message that names what is wrong; neither a
    writable nor a read-only open changes the file or leaves a lock or journal beside it."""
    make, message = REFUSALS[kind]
    path = tmp_path / "vreemd.thuisplan"
    make(path)
    before = digest(path)
    for readonly in (False, True):
        with pytest.raises(ProjectFileError, match=message):
            open_project_file(path, readonly=readonly)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vreemd.thuisplan"]


def test_refusal_messages_differ_per_kind(tmp_path):
    """No two kinds of refusal share a message (corrupt and version 0 are both 'damaged')."""
    messages = {}
    for kind, (make, _) in REFUSALS.items():
        path = tmp_path / kind / "x.thuisplan"
        path.parent.mkdir()
        make(path)
        with pytest.raises(ProjectFileError) as caught:
            open_project_file(path)
        messages[kind] = str(caught.value)
    assert len(set(messages.values())) == len(messages) - 1


def test_an_older_file_opened_read_only_is_read_through_an_upgraded_copy(tmp_path):
    """Read-only never writes: the older file keeps its bytes and version, no backup is
    made, its figures can be read (and copied with 'Opslaan als', upgraded), and the
    private copy is gone after closing."""
    import shutil

    from app.services.analysis import analyse
    from app.storage import list_backups

    path = tmp_path / "oud.thuisplan"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema_v1.thuisplan", path)
    before = digest(path)
    project = open_project_file(path, readonly=True)
    try:
        assert project.path == path and project.readonly
        assert get_vision(project).title.startswith("Woonzorgvisie regio Haaglanden")
        inputs = analyse(project).figures.inputs
        assert sum(cell.need or 0 for cell in inputs.values()) > 0
        with pytest.raises(ReadOnlyError), project.write():
            pass
        copy = tmp_path / "kopie.thuisplan"
        copy_project_file(project, copy)
        copy_version = sqlite3.connect(copy).execute("PRAGMA user_version").fetchone()[0]
        assert copy_version == CURRENT_SCHEMA_VERSION
        working_folder = project.working_copy.parent
    finally:
        project.close()
    assert not working_folder.exists()
    assert digest(path) == before
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1
    assert list_backups() == []
