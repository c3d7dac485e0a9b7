"""A planted or half-made lock file does no harm: a link is never followed, a full disk
leaves no 0-byte lock and a Dutch message, and a lock nothing can verify (a share without
byte-range locks) can be taken over once the user saw who had it."""

from __future__ import annotations

import errno
import json
import os
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.services.lock_takeover import age_text, take_over, take_over_offer
from app.services.vision import create_vision, get_vision
from app.storage import (
    FileInUseError,
    FolderNotWritableError,
    LockFileError,
    LockOwner,
    current_owner,
    lock_io,
    open_project_file,
)
from app.storage import lock as project_lock
from app.storage.lock import lock_path

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX links, pipes and record locks")


@pytest.fixture
def vision(tmp_path) -> Path:
    path = tmp_path / "regio.thuisplan"
    create_vision(
        path,
        title="Gedeeld",
        municipality_codes=["GM0503"],
        start_year=2025,
        end_year=2026,
    ).close()
    return path


@pytest.fixture
def victim(tmp_path) -> Path:
    """A file of the user's that a planted link points to."""
    path = tmp_path / "elders" / "belangrijk.txt"
    path.parent.mkdir()
    path.write_bytes(b"niet aankomen\n" * 100)
    return path


def _refused_and_untouched(vision: Path, victim: Path | None = None) -> None:
    before = vision.read_bytes()
    victim_before = victim.read_bytes() if victim else None
    with pytest.raises(LockFileError) as caught:
        open_project_file(vision)
    message = str(caught.value)
    assert "geen gewoon bestand" in message and "alleen-lezen" in message
    assert vision.read_bytes() == before
    if victim is not None:
        assert victim.read_bytes() == victim_before
    with open_project_file(vision, readonly=True) as project:  # reading still works
        assert get_vision(project).title == "Gedeeld"


def test_symlinked_lock_is_refused_and_its_target_untouched(vision, victim):
    """A lock path planted as a link to another file: refused, the target keeps its bytes."""
    lock_path(vision).symlink_to(victim)
    _refused_and_untouched(vision, victim)
    assert lock_path(vision).is_symlink()
    assert current_owner(vision) == LockOwner("", "", 0, None)  # counted as held, unread


def test_dangling_symlinked_lock_creates_nothing(vision, tmp_path):
    """A link to a file that does not exist yet: nothing is created where it points."""
    target = tmp_path / "elders" / "nieuw.txt"
    target.parent.mkdir()
    lock_path(vision).symlink_to(target)
    _refused_and_untouched(vision)
    assert not target.exists()


def test_hard_linked_lock_is_refused(vision, victim):
    """A second name of another file (a hard link) is no lock of ours either."""
    os.link(victim, lock_path(vision))
    _refused_and_untouched(vision, victim)


def test_pipe_or_folder_as_lock_is_refused_without_hanging(vision):
    """A named pipe would block an open for reading; a folder cannot be a lock."""
    os.mkfifo(lock_path(vision))
    _refused_and_untouched(vision)
    assert project_lock.current_owner(vision) == LockOwner("", "", 0, None)
    os.unlink(lock_path(vision))
    lock_path(vision).mkdir()
    _refused_and_untouched(vision)


def test_lock_lies_beside_the_real_file_not_beside_a_link(vision, tmp_path):
    """A project opened through a link in another folder is locked in its own folder."""
    elsewhere = tmp_path / "snelkoppelingen"
    elsewhere.mkdir()
    link = elsewhere / "koppeling.thuisplan"
    link.symlink_to(vision)
    with open_project_file(link):
        assert lock_path(vision).is_file()
        assert list(elsewhere.iterdir()) == [link]
        with pytest.raises(FileInUseError):
            open_project_file(vision)


def _fail_writes(monkeypatch, result):
    """Make writing the owner's line fail: `result` is -errno to raise or a count written."""
    real_write = os.write

    def write(fd, data):
        if b'"pid"' not in bytes(data):
            return real_write(fd, data)
        if result < 0:
            raise OSError(-result, os.strerror(-result))
        return result

    monkeypatch.setattr(lock_io.os, "write", write)


@pytest.mark.parametrize(
    "result", [-errno.ENOSPC, -errno.EDQUOT, 0], ids=["enospc", "quota", "short-write"]
)
def test_full_disk_leaves_no_lock_and_says_so_in_dutch(vision, monkeypatch, result):
    """No room for the owner's line: the begun lock file is removed, the message is Dutch
    (not 'No space left on device'), the project is unchanged and read-only works."""
    before = vision.read_bytes()
    _fail_writes(monkeypatch, result)
    with pytest.raises(LockFileError) as caught:
        open_project_file(vision)
    message = str(caught.value)
    assert "schijf" in message and "vol" in message and "alleen-lezen" in message
    assert "No space" not in message and "quota" not in message.lower()
    assert not lock_path(vision).exists()
    assert vision.read_bytes() == before
    with open_project_file(vision, readonly=True):
        pass


def test_full_disk_while_taking_over_a_stale_lock_removes_it(vision, monkeypatch):
    """A stale lock taken over (emptied) but not rewritten is not left behind at 0 bytes."""
    lock_path(vision).write_bytes(LockOwner("oud", socket.gethostname(), 2**22 + 7, None).to_json())
    _fail_writes(monkeypatch, -errno.ENOSPC)
    with pytest.raises(LockFileError, match="is vol"):
        open_project_file(vision)
    assert not lock_path(vision).exists()


def test_full_disk_reported_only_at_fsync(vision, monkeypatch):
    """A network file system that reports the full disk at fsync: the same clean refusal."""

    def fsync(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_io.os, "fsync", fsync)
    with pytest.raises(LockFileError, match="is vol"):
        open_project_file(vision)
    assert not lock_path(vision).exists()


def _refuse_create(monkeypatch, error: OSError) -> None:
    """Creating the lock file fails with `error`."""
    real_open = os.open

    def refuse(file, flags, *args):
        if str(file).endswith(".lock") and flags & os.O_CREAT:
            raise error
        return real_open(file, flags, *args)

    monkeypatch.setattr(lock_io.os, "open", refuse)


def test_full_disk_when_creating_the_lock(vision, monkeypatch):
    """Even the empty lock file cannot be made: Dutch message, nothing made."""
    _refuse_create(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(LockFileError, match="is vol"):
        open_project_file(vision)
    assert not lock_path(vision).exists()


def test_read_only_folder_still_says_read_only(vision, monkeypatch):
    """A refused create for lack of permission keeps its own advice."""
    _refuse_create(monkeypatch, PermissionError(errno.EACCES, "Permission denied"))
    with pytest.raises(FolderNotWritableError, match="alleen-lezen"):
        open_project_file(vision)


# -- a share without byte-range locks ---------------------------------------------------


@pytest.fixture
def no_record_locks(monkeypatch):
    """This 'share' has no byte-range locks: every probe says 'unsupported'."""
    monkeypatch.setattr(project_lock, "_try_lock", lambda fd: None)


def _colleague(vision: Path, hours: float = 3) -> LockOwner:
    since = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=hours)
    owner = LockOwner("jan", "pc-collega", 4242, since)
    lock_path(vision).write_bytes(owner.to_json())
    return owner


def test_unverifiable_lock_is_offered_for_take_over(vision, no_record_locks):
    """A crashed colleague's lock: refused as unverifiable, the offer names user, computer
    and age, and after taking over the file opens and the lock is ours."""
    owner = _colleague(vision)
    with pytest.raises(FileInUseError) as caught:
        open_project_file(vision)
    assert caught.value.verifiable is False
    offer = take_over_offer(caught.value)
    assert offer is not None and offer.owner == owner
    assert "jan" in offer.question and "pc-collega" in offer.question
    assert "3 uur geleden" in offer.question
    assert "jan" in offer.confirmation and "overschrijft" in offer.confirmation
    take_over(offer)
    with open_project_file(vision):
        mine = json.loads(lock_path(vision).read_bytes())
        assert mine["pid"] == os.getpid()


def test_take_over_refused_when_someone_else_took_it_meanwhile(vision, no_record_locks):
    """Between the offer and the confirmation another colleague opened the file: their
    lock is not removed."""
    _colleague(vision)
    with pytest.raises(FileInUseError) as caught:
        open_project_file(vision)
    offer = take_over_offer(caught.value)
    newer = LockOwner("piet", "pc-piet", 77, datetime.now(UTC).replace(microsecond=0))
    lock_path(vision).write_bytes(newer.to_json())
    with pytest.raises(FileInUseError, match="piet"):
        take_over(offer)
    assert LockOwner.from_json(lock_path(vision).read_bytes()) == newer


def test_take_over_of_a_lock_that_went_away_is_fine(vision, no_record_locks):
    """The colleague closed the file meanwhile: taking over does nothing and opening works."""
    _colleague(vision)
    with pytest.raises(FileInUseError) as caught:
        open_project_file(vision)
    offer = take_over_offer(caught.value)
    lock_path(vision).unlink()
    take_over(offer)
    with open_project_file(vision):
        pass


def test_take_over_never_follows_a_planted_link(vision, victim, no_record_locks):
    """The lock was swapped for a link after the offer: refused, the target untouched."""
    owner = _colleague(vision)
    offer = take_over_offer(FileInUseError(vision, "x", owner, verifiable=False))
    lock_path(vision).unlink()
    lock_path(vision).symlink_to(victim)
    before = victim.read_bytes()
    with pytest.raises(LockFileError):
        take_over(offer)
    assert victim.read_bytes() == before and lock_path(vision).is_symlink()


def test_a_lock_that_is_really_held_is_never_offered(vision):
    """Where byte-range locks work, a held lock is verifiable: no offer, and taking it over
    anyway is refused."""
    with open_project_file(vision) as project:
        with pytest.raises(FileInUseError) as caught:
            open_project_file(vision)
        assert take_over_offer(caught.value) is None
        with pytest.raises(FileInUseError):
            project_lock.take_over(vision, project.lock.owner)
        assert project.lock.held and lock_path(vision).exists()


def test_no_offer_for_other_refusals(vision):
    """Read-only folders, planted links and this process's own lock are not taken over."""
    assert take_over_offer(FolderNotWritableError(vision, "x")) is None
    assert take_over_offer(LockFileError(vision, "x")) is None
    mine = LockOwner.current()
    assert take_over_offer(FileInUseError(vision, "x", mine, verifiable=False)) is None


def test_unknown_owner_is_dated_by_the_lock_file(vision, no_record_locks):
    """A lock without a readable owner (an older version's 0-byte lock) still shows its age."""
    lock_path(vision).write_bytes(b"")
    two_days_ago = (datetime.now() - timedelta(days=2, hours=1)).timestamp()
    os.utime(lock_path(vision), (two_days_ago, two_days_ago))
    with pytest.raises(FileInUseError) as caught:
        open_project_file(vision)
    offer = take_over_offer(caught.value)
    assert "een andere gebruiker" in offer.question and "2 dagen geleden" in offer.question


@pytest.mark.parametrize(
    "age, text",
    [
        (timedelta(seconds=20), "zojuist"),
        (timedelta(minutes=1), "1 minuut geleden"),
        (timedelta(minutes=59), "59 minuten geleden"),
        (timedelta(hours=47), "47 uur geleden"),
        (timedelta(days=3), "3 dagen geleden"),
        (timedelta(hours=-2), "zojuist"),  # another computer's clock runs ahead
    ],
)
def test_age_text(age, text):
    """How long ago, in words."""
    assert age_text(age) == text
