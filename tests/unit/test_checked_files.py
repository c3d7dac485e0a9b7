"""Files whose exact contents passed every check before are not checked again on opening
(`app.storage.checked`): only the schema is. Anything else about them is checked in full:
a changed byte, a journal beside the file, another version of the checks, `thuisplan
check`, a record that is not ours."""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from app.services import project_check
from app.services.vision import update_vision
from app.storage import UntrustedFileError, checked, open_project_file, verify
from app.storage.files import journal_of
from tests.unit import hostile_projects as corpus
from tests.unit.test_hostile_projects import SOUND


@pytest.fixture
def content_checks(monkeypatch) -> list[Path]:
    """The files whose contents `verify` checked (the slow part), in order."""
    seen: list[Path] = []
    original = verify._contents

    def counted(conn, path, entries, full_check):
        seen.append(path)
        return original(conn, path, entries, full_check)

    monkeypatch.setattr(verify, "_contents", counted)
    return seen


@pytest.fixture
def sound(tmp_path) -> Path:
    path = tmp_path / "visie.thuisplan"
    shutil.copyfile(SOUND, path)
    return path


def _record(data_dir: Path) -> dict:
    return json.loads((data_dir / checked.RECORD_NAME).read_text(encoding="utf-8"))


def test_reopening_an_unchanged_file_checks_only_its_schema(sound, content_checks):
    open_project_file(sound, readonly=True).close()
    assert content_checks == [sound]
    for readonly in (True, False, True):
        open_project_file(sound, readonly=readonly).close()
    assert content_checks == [sound]  # neither opening nor closing unchanged checked again


def test_closing_an_unchanged_file_does_not_read_it_again(sound, monkeypatch):
    open_project_file(sound).close()
    hashed: list[Path] = []
    original = checked.fingerprint
    monkeypatch.setattr(checked, "fingerprint", lambda path: hashed.append(path) or original(path))
    open_project_file(sound).close()
    assert hashed == [sound]  # at opening only


def test_a_file_closed_after_an_edit_is_checked_then_and_opens_quickly(
    sound, content_checks, data_dir
):
    project = open_project_file(sound)
    update_vision(project, title="Andere titel")
    project.close()  # the edited contents are checked once, at closing
    assert content_checks == [sound, sound]
    assert len(_record(data_dir)["digests"]) == 2
    with open_project_file(sound, readonly=True) as reopened:
        assert reopened.fetch("SELECT title FROM vision") == [("Andere titel",)]
    assert content_checks == [sound, sound]


def test_a_file_changed_outside_thuisplan_is_checked_again_and_refused(sound, content_checks):
    open_project_file(sound).close()
    corpus.text_in_quantity(sound)  # a plain SQLite client writes a formula as a quantity
    before = sound.read_bytes()
    for readonly in (True, False):
        with pytest.raises(UntrustedFileError) as refused:
            open_project_file(sound, readonly=readonly)
        assert corpus.EXPECTED["text-in-quantity"] in str(refused.value)
    assert content_checks == [sound, sound, sound]
    assert sound.read_bytes() == before
    assert [p.name for p in sound.parent.iterdir()] == [sound.name]  # no journal, no lock


SCHEMA_ATTACKS = [n for n, m in corpus.EXPECTED.items() if "die maakt" in m or "onbekende" in m]


@pytest.mark.parametrize("name", SCHEMA_ATTACKS)
def test_a_forged_record_does_not_let_a_changed_schema_in(name, tmp_path, data_dir):
    """Even a record naming the hostile file's own digest (someone wrote in the user's data
    folder) leaves the schema check: no trigger, view or index of a file is ever used."""
    path = corpus.make(SOUND, tmp_path, name)
    print_ = checked.fingerprint(path)
    (data_dir / checked.RECORD_NAME).write_text(
        json.dumps({"checks": checked._checks_version(), "digests": [print_.digest]}),
        encoding="utf-8",
    )
    before = path.read_bytes()
    for readonly in (True, False):
        with pytest.raises(UntrustedFileError) as refused:
            open_project_file(path, readonly=readonly)
        assert corpus.EXPECTED[name] in str(refused.value)
    assert path.read_bytes() == before


def test_thuisplan_check_always_checks_everything(sound, content_checks):
    open_project_file(sound, readonly=True).close()
    project_check.check_project(sound)
    assert content_checks == [sound, sound]


def test_a_file_with_a_journal_beside_it_is_never_taken_as_known(sound):
    open_project_file(sound, readonly=True).close()
    assert checked.is_known(checked.fingerprint(sound))
    journal_of(sound).write_bytes(b"")
    assert checked.fingerprint(sound) is None


def test_contents_changed_during_the_checks_are_not_remembered(sound, data_dir):
    print_ = checked.fingerprint(sound)
    os.utime(sound, ns=(print_.modified_ns + 10**9, print_.modified_ns + 10**9))
    checked.remember(print_, sound)
    assert not (data_dir / checked.RECORD_NAME).exists()
    assert not checked.is_known(checked.fingerprint(sound))


@pytest.mark.parametrize(
    "record",
    [
        "not json {",
        json.dumps(["a list"]),
        json.dumps({"checks": "0.0.0/0", "digests": []}),  # another version of the checks
        json.dumps({"checks": None, "digests": "x" * 64}),
        "x" * (100 * checked.KEEP + 1),
    ],
)
def test_a_record_that_is_not_ours_counts_as_empty(record, sound, data_dir, content_checks):
    (data_dir / checked.RECORD_NAME).write_text(record, encoding="utf-8")
    open_project_file(sound, readonly=True).close()
    open_project_file(sound, readonly=True).close()
    assert content_checks == [sound]  # checked in full once, then known from the new record


def test_another_version_of_the_checks_checks_again(sound, content_checks, monkeypatch):
    open_project_file(sound, readonly=True).close()
    monkeypatch.setattr(checked, "CHECKS_REVISION", checked.CHECKS_REVISION + 1)
    open_project_file(sound, readonly=True).close()
    assert content_checks == [sound, sound]


def test_a_record_that_cannot_be_written_only_means_checking_again(sound, data_dir, content_checks):
    (data_dir / checked.RECORD_NAME).mkdir()  # in the way of the record
    for _ in range(2):
        open_project_file(sound, readonly=True).close()
    assert content_checks == [sound, sound]
    assert not list(data_dir.glob(".~*"))


def test_the_record_keeps_the_newest_digests(sound, data_dir, monkeypatch):
    monkeypatch.setattr(checked, "KEEP", 3)
    digests = [f"{n:064x}" for n in range(5)]
    for digest in digests:
        checked.remember(checked.Fingerprint(digest, *_stat(sound)), sound)
    assert _record(data_dir)["digests"] == digests[-3:]


def _stat(path: Path) -> tuple[int, int]:
    now = path.stat()
    return now.st_size, now.st_mtime_ns


def _hashes_here(monkeypatch) -> list[str]:
    """The threads in which a file is hashed from now on, in order."""
    threads: list[str] = []
    original = checked._fingerprint_now

    def counted(path):
        threads.append(threading.current_thread().name)
        return original(path)

    monkeypatch.setattr(checked, "_fingerprint_now", counted)
    return threads


def test_a_file_hashed_ahead_is_not_hashed_again_when_it_opens(sound, monkeypatch):
    """`thuisplan FILE` hashes the file while the window's modules load; opening it then
    uses that hash (the window waits for it once, not twice)."""
    open_project_file(sound).close()  # checked and recorded: the next opening is quick
    threads = _hashes_here(monkeypatch)
    checked.fingerprint_ahead(sound)
    checked.fingerprint_ahead(sound)  # asked twice: hashed once
    project = open_project_file(sound)
    project.close()
    assert threads == ["fingerprint"]
    assert checked._ahead == {}  # taken: a later opening hashes again


def test_a_file_changed_after_it_was_hashed_ahead_is_hashed_and_checked_again(
    sound, content_checks, monkeypatch
):
    """A known file hashed ahead, then changed by a plain SQLite client before it opens:
    the hash made ahead is not used, the file is hashed again, checked and refused."""
    open_project_file(sound).close()
    threads = _hashes_here(monkeypatch)
    checked.fingerprint_ahead(sound)
    checked._ahead[str(sound.resolve())].result()  # finished before the file changes
    assert checked.fingerprint(sound.parent / "elders.thuisplan") is None  # not this one's
    corpus.text_in_quantity(sound)
    before = sound.read_bytes()
    with pytest.raises(UntrustedFileError) as refused:
        open_project_file(sound)
    assert corpus.EXPECTED["text-in-quantity"] in str(refused.value)
    assert threads == ["fingerprint", "MainThread", "MainThread"]
    assert content_checks == [sound, sound]
    assert sound.read_bytes() == before


def _digests_by_thread(monkeypatch) -> dict[tuple[int, int], str]:
    """The threads each range of a file is hashed in, from now on."""
    threads: dict[tuple[int, int], str] = {}
    original = checked._hash_range

    def recorded(path, start, stop):
        threads[(start, stop)] = threading.current_thread().name
        return original(path, start, stop)

    monkeypatch.setattr(checked, "_hash_range", recorded)
    return threads


def test_a_large_file_is_hashed_in_two_threads_to_the_same_digest(sound, monkeypatch):
    """A national vision's halves are hashed side by side; the digest does not depend on
    it, so a file is known however large the threshold makes it."""
    threads = _digests_by_thread(monkeypatch)
    one_thread = checked.fingerprint(sound)
    size = sound.stat().st_size
    assert set(threads.values()) == {"MainThread"}
    assert sorted(threads) == [(0, size // 2), (size // 2, size)]
    threads.clear()
    monkeypatch.setattr(checked, "_PARALLEL_FROM", 0)
    two_threads = checked.fingerprint(sound)
    assert threads[(0, size // 2)] == "MainThread"
    assert threads[(size // 2, size)].startswith("fingerprint")
    assert two_threads == one_thread


# the first byte, within the first half, its last byte, the second half's first and last
@pytest.mark.parametrize("where", ["first", "inside", "before half", "half", "last"])
def test_a_changed_byte_anywhere_changes_the_digest(where, sound, monkeypatch):
    monkeypatch.setattr(checked, "_PARALLEL_FROM", 0)
    data = bytearray(sound.read_bytes())
    size = len(data)
    before = checked._digest(sound, size)
    position = {"first": 0, "inside": 100, "before half": size // 2 - 1, "half": size // 2}
    data[position.get(where, size - 1)] ^= 0xFF
    sound.write_bytes(bytes(data))
    after = checked._digest(sound, size)
    assert before is not None and after is not None and after[0] != before[0]


def test_a_file_remembered_by_the_digest_of_before_is_checked_once_more(
    sound, data_dir, content_checks
):
    """Until this version a file was known by the SHA-256 of all its bytes: such a record
    lets nothing in unchecked; the file is checked once and known from then on."""
    import hashlib

    old = hashlib.sha256(sound.read_bytes()).hexdigest()
    (data_dir / checked.RECORD_NAME).write_text(
        json.dumps({"checks": checked._checks_version(), "digests": [old]}), encoding="utf-8"
    )
    for _ in range(2):
        open_project_file(sound, readonly=True).close()
    assert content_checks == [sound]


@pytest.mark.parametrize("parallel_from", [0, 1 << 40])  # halves in two threads, and in one
def test_a_file_that_shrinks_while_it_is_hashed_is_not_known(sound, monkeypatch, parallel_from):
    """Someone cuts the file off while its halves are read: what was hashed is not what is
    there, so nothing about it is trusted or remembered (the size tells)."""
    monkeypatch.setattr(checked, "_PARALLEL_FROM", parallel_from)
    real = checked._hash_range

    def shrinking(path, start, stop):
        if start == 0:
            with open(path, "r+b") as f:
                f.truncate(stop)  # the second half gone
        return real(path, start, stop)

    monkeypatch.setattr(checked, "_hash_range", shrinking)
    assert checked.fingerprint(sound) is None


def test_a_file_replaced_between_reading_its_halves_is_not_known(sound, tmp_path, monkeypatch):
    """The path is pointed at another file after the first half was read: the halves come
    from two files, so nothing is trusted, even if size and time of change agree."""
    other = tmp_path / "ander.thuisplan"
    other.write_bytes(sound.read_bytes())
    real = checked._hash_range

    def replacing(path, start, stop):
        read = real(path, start, stop)
        if start == 0:
            stat = path.stat()
            os.replace(other, path)  # the same bytes, another file
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        return read

    monkeypatch.setattr(checked, "_hash_range", replacing)
    assert checked.fingerprint(sound) is None


def test_a_thread_that_cannot_start_hashes_both_halves_here(sound, monkeypatch):
    """While the interpreter stops no thread can be started: the halves are read one after
    the other, to the same digest."""
    expected = checked._digest(sound, sound.stat().st_size)
    monkeypatch.setattr(checked, "_PARALLEL_FROM", 0)

    def refused(self):
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", refused)
    assert checked._digest(sound, sound.stat().st_size) == expected


def test_a_failure_while_hashing_ahead_leaves_the_opening_to_hash_itself(sound, monkeypatch):
    """The hash made ahead fails with something unexpected: the opening is not left waiting
    for it, and hashes the file itself."""
    real = checked._fingerprint_now
    calls: list[str] = []

    def failing_ahead(path):
        calls.append(threading.current_thread().name)
        if threading.current_thread().name == "fingerprint":
            raise RuntimeError("stuk")
        return real(path)

    monkeypatch.setattr(checked, "_fingerprint_now", failing_ahead)
    checked.fingerprint_ahead(sound)
    assert checked.fingerprint(sound) is not None
    assert calls == ["fingerprint", "MainThread"]
