"""Safe writing of exports: atomic replace, locked targets, cancellation, file names."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.reports import export_io
from app.reports.export_io import (
    ExportCancelled,
    ExportError,
    Steps,
    TargetLockedError,
    atomic_target,
)
from app.reports.safe_text import SmallNumbers, clean_text
from app.services.file_names import safe_file_name


def test_complete_write_replaces_the_target(tmp_path):
    """A finished write moves the temporary file over the old target; no leftovers."""
    target = tmp_path / "visie.docx"
    target.write_text("oud")
    with atomic_target(target) as temporary:
        assert temporary.parent == tmp_path and temporary != target
        temporary.write_text("nieuw")
    assert target.read_text() == "nieuw"
    assert [p.name for p in tmp_path.iterdir()] == ["visie.docx"]


def test_failed_write_leaves_the_old_file_and_nothing_else(tmp_path):
    """An error halfway leaves the old target untouched and removes the temporary file."""
    target = tmp_path / "visie.docx"
    target.write_text("oud")
    with pytest.raises(RuntimeError), atomic_target(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("stroomstoring")
    assert target.read_text() == "oud"
    assert [p.name for p in tmp_path.iterdir()] == ["visie.docx"]


def test_cancel_raises_and_writes_nothing(tmp_path):
    """A cancelled export raises ExportCancelled inside the block; no file appears."""
    steps = Steps(3, None, lambda: True)
    with pytest.raises(ExportCancelled), atomic_target(tmp_path / "a.xlsx") as temporary:
        temporary.write_text("begin")
        steps.step("Tabellen")
    assert list(tmp_path.iterdir()) == []


def test_locked_target_gives_a_dutch_message(tmp_path, monkeypatch):
    """A target that cannot be replaced (open in Word on Windows) raises TargetLockedError."""
    target = tmp_path / "visie.docx"
    target.write_text("open in Word")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export_io.os, "replace", refuse)
    with pytest.raises(TargetLockedError) as caught, atomic_target(target) as temporary:
        temporary.write_text("nieuw")
    assert "is geopend in een ander programma" in caught.value.message
    assert target.read_text() == "open in Word"
    assert [p.name for p in tmp_path.iterdir()] == ["visie.docx"]


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root")
def test_unwritable_target_detected_early(tmp_path):
    """A read-only existing target is reported before any work is done."""
    target = tmp_path / "visie.docx"
    target.write_text("x")
    target.chmod(0o444)
    with pytest.raises(TargetLockedError):
        export_io.check_writable(target)


def test_missing_folder(tmp_path):
    """Writing into a folder that does not exist is a Dutch error, not a traceback."""
    with pytest.raises(ExportError, match="bestaat niet"), atomic_target(tmp_path / "x" / "a.docx"):
        pass


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "de schijf is vol"),
        (errno.EACCES, "geen schrijfrechten"),
        (errno.EPERM, "geen schrijfrechten"),
        (errno.ENAMETOOLONG, "de bestandsnaam of het pad is te lang"),
        (errno.EROFS, "de map is alleen-lezen"),
        (errno.EIO, "foutcode EIO"),  # any other: Dutch, with the code
    ],
)
def test_os_error_while_writing_is_a_dutch_export_error(tmp_path, code, reason):
    """An OSError while the temporary file is written becomes an ExportError naming the
    file, the folder and the reason in Dutch; the old target stays, no temporary file."""
    target = tmp_path / "visie.docx"
    target.write_text("oud")
    with pytest.raises(ExportError) as caught, atomic_target(target) as temporary:
        temporary.write_text("half")
        raise OSError(code, "English text from the system")
    message = caught.value.message
    assert message.startswith(f"'visie.docx' kan niet worden geschreven in {tmp_path}: ")
    assert message.endswith(f"{reason}.") or f"({reason})" in message
    assert "English" not in caught.value.message
    assert target.read_text() == "oud"
    assert [p.name for p in tmp_path.iterdir()] == ["visie.docx"]


def test_full_disk_during_a_real_export(demo, tmp_path, monkeypatch):
    """The Word writer failing with 'disk full' gives the Dutch message and no file."""
    from app.reports import docx_vision

    def full(document, target):
        Path(target).write_bytes(b"PK half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    monkeypatch.setattr(docx_vision, "save", full)
    with pytest.raises(ExportError, match="kan niet worden geschreven in .*: de schijf is vol"):
        docx_vision.write_vision_document(demo, tmp_path / "visie.docx")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".docx"] == []
    assert not any(p.name.startswith(".~") for p in tmp_path.iterdir())


def test_name_too_long_for_the_temporary_file(tmp_path):
    """A real failure, also as root: a name the folder accepts, but whose temporary file
    name (longer) it does not. A Dutch ExportError, nothing left behind."""
    target = tmp_path / ("v" * 245 + ".docx")  # 250 characters: fits; the temporary does not
    too_long = pytest.raises(ExportError, match="de bestandsnaam of het pad is te lang")
    with too_long, atomic_target(target) as temporary:
        temporary.write_text("nieuw")
    assert list(tmp_path.iterdir()) == []


def test_name_too_long_for_the_folder(tmp_path):
    """A target name longer than any file system allows is refused before any work."""
    too_long = pytest.raises(ExportError, match="de bestandsnaam of het pad is te lang")
    with too_long, atomic_target(tmp_path / ("v" * 300 + ".docx")):
        pass
    assert list(tmp_path.iterdir()) == []


def test_folder_that_is_a_file(tmp_path):
    """Writing 'into' a file is a Dutch error that says so (also as root)."""
    not_a_folder = tmp_path / "bijlagen"
    not_a_folder.write_text("een bestand")
    with (
        pytest.raises(ExportError, match="is een bestand, geen map"),
        atomic_target(not_a_folder / "a.xlsx"),
    ):
        pass
    assert not_a_folder.read_text() == "een bestand"


def test_cli_reports_a_failed_export_in_dutch(demo_path, tmp_path, monkeypatch, capsys):
    """`thuisplan export` prints the Dutch reason, not the system's English text."""
    import openpyxl

    from app import cli

    def full(workbook, filename):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full)
    code = cli.main(["export", str(demo_path), "--xlsx", str(tmp_path / "b.xlsx")])
    error = capsys.readouterr().err
    assert code != 0
    assert "de schijf is vol" in error and "No space" not in error
    assert not (tmp_path / "b.xlsx").exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Woonstichting Duinrand", "Woonstichting Duinrand.docx"),
        ("../../etc/passwd", "etc-passwd.docx"),
        ("a\\b/c:d*e?f", "a-b-c-d-e-f.docx"),
        ("CON", "_CON.docx"),
        ("nul.txt", "_nul.txt.docx"),
        ("COM1", "_COM1.docx"),
        ("  ...  ", "document.docx"),
        ("Zorg\x00\x07kantoor", "Zorg-kantoor.docx"),
    ],
)
def test_safe_filename(text, expected):
    """File names from user text have no separators, control characters or reserved names."""
    assert safe_file_name(text, "document") + ".docx" == expected


def test_clean_text_keeps_dutch_and_drops_control_characters():
    """ë, ï and € survive; a vertical tab and a NUL are dropped; newlines stay."""
    assert clean_text("Reünie\x0b in België\x00: €5\nnieuw") == "Reünie in België: €5\nnieuw"


def test_small_numbers():
    """Counts 1-4 are hidden as '<5' when protection is on; 0 and 5 are not; off hides nothing."""
    protect = SmallNumbers(enabled=True)
    assert [protect.hides(v) for v in (0, 1, 4, 5, -3, None)] == [
        False,
        True,
        True,
        False,
        True,
        False,
    ]
    assert not SmallNumbers().hides(3)
    assert protect.mask == "<5"


def test_the_garbage_collector_is_paused_during_an_export_and_always_resumed(tmp_path, demo):
    """Exports pause the cyclic collector (nested and in threads alike) and switch it back
    on afterwards, also when the export fails."""
    import gc

    from app.reports.export_io import collector_paused
    from app.reports.xlsx_annex import write_data_annex

    assert gc.isenabled()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("kapot")
    assert gc.isenabled()
    with pytest.raises(ExportError):
        write_data_annex(demo, tmp_path / "bestaat-niet" / "bijlage.xlsx")
    assert gc.isenabled()
