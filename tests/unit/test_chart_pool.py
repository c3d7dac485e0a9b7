"""Charts drawn by worker processes (`app.reports.charts.pool`): the same images as drawn
in this process, a fallback when the workers fail, cancellation, and no process left."""

from __future__ import annotations

import gc
import logging
import multiprocessing
import sys
import tracemalloc
import zipfile
from concurrent.futures import Future, wait

import pytest

from app.reports import docx_vision
from app.reports.charts import pool
from app.reports.charts.pool import PendingPng
from app.reports.export_io import ExportCancelled, Steps


@pytest.fixture
def workers(monkeypatch):
    """Charts in two worker processes (the suite draws in-process by default); the pool is
    shut down afterwards, and a failure of one test does not disable it for the next."""
    monkeypatch.setenv(pool.WORKERS_ENV, "2")
    monkeypatch.setattr(pool, "_broken", False)
    pool.shutdown()
    yield
    pool.shutdown()


@pytest.fixture
def in_process(monkeypatch):
    """Charts drawn in this process."""
    monkeypatch.setenv(pool.WORKERS_ENV, "0")


def _images(path) -> dict[str, bytes]:
    """The pictures embedded in a Word file, by part name."""
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.startswith("word/media/")}


def _export(demo, path, **kwargs):
    return docx_vision.write_vision_document(demo, path, **kwargs)


def _recorded_submits(monkeypatch) -> list[PendingPng]:
    """Every image the export asks the pool for, in order."""
    submitted: list[PendingPng] = []
    original = pool.submit

    def recording(*args, **kwargs):
        submitted.append(original(*args, **kwargs))
        return submitted[-1]

    monkeypatch.setattr(pool, "submit", recording)
    return submitted


def test_worker_images_equal_in_process_images(demo, tmp_path, workers, monkeypatch):
    """The document embeds the very same PNG bytes whether workers or this process drew
    them, and after the export and `shutdown` no worker process is left."""
    _export(demo, tmp_path / "pool.docx")
    assert multiprocessing.active_children()  # the workers drew them
    pool.shutdown()
    assert multiprocessing.active_children() == []
    monkeypatch.setenv(pool.WORKERS_ENV, "0")
    _export(demo, tmp_path / "here.docx")
    from_pool, here = _images(tmp_path / "pool.docx"), _images(tmp_path / "here.docx")
    assert len(here) >= 5
    assert from_pool == here


def test_pool_is_reused_by_later_exports(demo, tmp_path, workers):
    """A second export uses the workers the first one started."""
    _export(demo, tmp_path / "a.docx")
    first = {p.pid for p in multiprocessing.active_children()}
    _export(demo, tmp_path / "b.docx")
    assert {p.pid for p in multiprocessing.active_children()} == first


def test_workers_do_not_load_qt(workers):
    """A worker has matplotlib's Agg backend and never imports Qt."""
    submitted = pool._running_pool()
    assert submitted is not None
    loaded = submitted.submit(_qt_and_backend).result()
    assert loaded == ([], "Agg")


def _qt_and_backend() -> tuple[list[str], str]:
    import matplotlib

    qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
    return qt, matplotlib.get_backend()


def test_pool_that_cannot_start_draws_here(demo, tmp_path, workers, monkeypatch, caplog):
    """When no worker process can be started, the charts are drawn here: the same document,
    and the reason is logged."""

    def refused(workers: int):
        raise PermissionError("no processes")

    monkeypatch.setattr(pool, "_start_pool", refused)
    with caplog.at_level(logging.WARNING, logger=pool.__name__):
        _export(demo, tmp_path / "fallback.docx")
    assert "no processes" in caplog.text
    assert multiprocessing.active_children() == []
    monkeypatch.setenv(pool.WORKERS_ENV, "0")
    _export(demo, tmp_path / "here.docx")
    assert _images(tmp_path / "fallback.docx") == _images(tmp_path / "here.docx")


def test_dead_workers_fall_back_to_drawing_here(demo, tmp_path, workers, monkeypatch, caplog):
    """Workers killed before an export (a broken pool) leave a complete document, drawn
    here, and no process behind."""
    _export(demo, tmp_path / "warm.docx")
    for process in multiprocessing.active_children():
        process.kill()
        process.join()
    with caplog.at_level(logging.WARNING, logger=pool.__name__):
        _export(demo, tmp_path / "after.docx")
    assert "BrokenProcessPool" in caplog.text
    pool.shutdown()
    assert multiprocessing.active_children() == []
    assert _images(tmp_path / "after.docx") == _images(tmp_path / "warm.docx")


def test_cancelled_while_submitting_leaves_nothing(demo, tmp_path, workers, monkeypatch):
    """Cancelling while the charts are handed out stops at once: no file, no further chart
    submitted, the submitted one cancelled or finished, and shutdown leaves no process."""
    submitted = _recorded_submits(monkeypatch)
    target = tmp_path / "cancelled.docx"
    with pytest.raises(ExportCancelled):
        _export(demo, target, is_cancelled=lambda: bool(submitted))
    assert len(submitted) == 1
    wait([p._future for p in submitted if p._future is not None])
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".docx"] == []
    pool.shutdown()
    assert multiprocessing.active_children() == []


def test_cancelled_while_writing_cancels_pending_charts(demo, tmp_path, workers, monkeypatch):
    """Cancelling after the charts were handed out (while the chapters are written) leaves
    no file, and no chart still waits for a worker."""
    submitted = _recorded_submits(monkeypatch)
    started = []

    def progress(done: int, total: int, text: str) -> None:
        started.append(text)

    target = tmp_path / "cancelled.docx"
    with pytest.raises(ExportCancelled):
        _export(
            demo,
            target,
            progress=progress,
            is_cancelled=lambda: any("Samenvatting" in t for t in started),
        )
    futures = [p._future for p in submitted if p._future is not None]
    assert len(futures) == len(submitted) >= 5
    assert all(f.cancelled() or f.running() or f.done() for f in futures)
    wait(futures)  # only those a worker had started on still ran
    assert not target.exists()
    pool.shutdown()
    assert multiprocessing.active_children() == []


def test_waiting_for_an_image_checks_for_cancellation():
    """While waiting for a worker's image, the export's check runs and stops the wait."""
    never = Future()
    calls = []

    def check() -> None:
        calls.append(1)
        if len(calls) == 3:
            Steps(1, None, lambda: True).check()

    pending = PendingPng(lambda: b"drawn here", never)
    with pytest.raises(ExportCancelled):
        pending.result(check)
    assert len(calls) == 3
    pending.cancel()
    assert never.cancelled()


def test_a_pool_shut_down_meanwhile_draws_here(workers):
    """An image whose worker job was cancelled by closing the program is drawn here."""
    cancelled = Future()
    cancelled.cancel()
    assert PendingPng(lambda: b"drawn here", cancelled).result() == b"drawn here"


def test_in_process_figures_are_released(demo, in_process):
    """Charts drawn here with the collector paused (as an export does) do not keep their
    figures: memory after ten more charts stays within a fraction of one canvas."""
    from app.reports import charts
    from app.reports.docx_charts import wanted_charts
    from app.services.analysis import analyse

    with demo.snapshot() as view:
        analysis = analyse(view)
    _, make = wanted_charts(analysis)["gap_by_municipality"]
    data = make()
    charts.render_png(data, charts.DOCUMENT)  # imports and caches first
    was_enabled = gc.isenabled()
    gc.disable()
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        for _ in range(10):
            charts.render_png(data, charts.DOCUMENT)
        grown = tracemalloc.take_snapshot().compare_to(before, "filename")
    finally:
        tracemalloc.stop()
        if was_enabled:
            gc.enable()
    one_canvas = 16 / 2.54 * 150 * 10 / 2.54 * 150 * 4  # about 2.2 MB of pixels
    assert sum(stat.size_diff for stat in grown) < one_canvas / 2


def test_the_text_is_written_before_waiting_for_an_image(demo, tmp_path, in_process, monkeypatch):
    """The chapters are all written before the export waits for the first picture, so the
    workers draw while the whole text is written (not only the text up to a chart)."""
    steps: list[str] = []
    asked_after: list[str] = []
    result = PendingPng.result

    def recording(self, *args, **kwargs):
        asked_after.append(steps[-1])
        return result(self, *args, **kwargs)

    monkeypatch.setattr(PendingPng, "result", recording)
    _export(demo, tmp_path / "v.docx", progress=lambda done, total, text: steps.append(text))
    last_chapter = f"Hoofdstuk {docx_vision.CHAPTERS[-1][0]}"
    assert len(asked_after) >= 5
    assert set(asked_after) == {last_chapter}


def test_pictures_put_after_the_text_give_the_same_document(
    demo, tmp_path, in_process, monkeypatch
):
    """The document is the same, part for part (text, relations, media, picture numbers),
    as when each picture was put in while its chapter was written."""
    from app.reports import docx_figures
    from app.reports.docx_base import figure

    _export(demo, tmp_path / "later.docx")

    def at_once(document, data, key):
        rendered = data.charts.get(key)
        if rendered is None:
            return False
        figure(document, rendered.png, rendered.title, rendered.description)
        return True

    for module in (docx_figures, *_chart_users()):
        monkeypatch.setattr(module, "chart", at_once)
    _export(demo, tmp_path / "at_once.docx")
    with (
        zipfile.ZipFile(tmp_path / "later.docx") as a,
        zipfile.ZipFile(tmp_path / "at_once.docx") as b,
    ):
        names = sorted(a.namelist())
        assert names == sorted(b.namelist())
        assert any(n.startswith("word/media/") for n in names)
        differing = [n for n in names if a.read(n) != b.read(n)]
    assert differing in ([], ["docProps/core.xml"])  # its time of writing, to the second


def _chart_users() -> list:
    """The modules that imported `docx_figures.chart` under their own name."""
    from app.reports import (
        docx_regional,
        docx_vision_analysis,
        docx_vision_distribution,
        docx_vision_intro,
    )

    return [docx_regional, docx_vision_analysis, docx_vision_distribution, docx_vision_intro]


def test_the_workers_start_before_the_data_is_read(demo, tmp_path, workers, monkeypatch):
    """An export starts its chart workers before it reads its data, so that their start-up
    overlaps the reading (not when the first chart is handed out)."""
    workers_at_read: list[int] = []
    read = docx_vision.document_data

    def recording(*args, **kwargs):
        workers_at_read.append(len(multiprocessing.active_children()))
        return read(*args, **kwargs)

    monkeypatch.setattr(docx_vision, "document_data", recording)
    _export(demo, tmp_path / "v.docx")
    assert workers_at_read == [pool.worker_count()] == [2]
