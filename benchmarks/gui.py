"""The need grid's first paint and scroll, and peak memory with every chart drawn.

Each measurement runs in a fresh offscreen process; this module is its entry point:
    python -m benchmarks.gui grid FILE     -> "grid <first paint s> <scroll s> <bare s>"
    python -m benchmarks.gui grid-unprepared FILE -> the same, the grid not made ahead
    python -m benchmarks.gui memory FILE   -> "memory <peak MB>"
    python -m benchmarks.gui memory-exports FILE -> "memory <peak MB>" (charts, Word, Excel)
    python -m benchmarks.gui bare-memory   -> "memory <peak MB>"
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("THUISPLAN_SETTINGS_DIR", tempfile.mkdtemp())
    from PySide6.QtWidgets import QApplication

    return QApplication(sys.argv[:1])


def grid(path: str, prepared: bool = True) -> None:
    app = _app()
    from PySide6.QtCore import QThreadPool

    from app.views.application import Launcher
    from app.views.main_window import MainWindow

    if not prepared:  # as before the window made the grids ahead in its idle time
        MainWindow._prepare_next_page = lambda self: None
    window = Launcher().open_file(path)
    window.resize(1366, 768)
    app.processEvents()
    # As a user would: the step is opened once the window has settled (its statuses, the
    # other steps' modules, the calculations and the grids made ahead are done in the
    # background and in idle time right after the window's first paint). The step's
    # plausibility checks start when it opens, once its grid is on screen.
    pool = QThreadPool.globalInstance()
    for _ in range(1200):  # at most a minute: a window that never settles is measured as is
        pool.waitForDone()
        app.processEvents()
        if not pool.activeThreadCount() and (not prepared or window.pages_prepared()):
            break
        time.sleep(0.05)
    start = time.perf_counter()
    window.show_step("need")
    app.processEvents()
    first_paint = time.perf_counter() - start
    view = window.current_page().view
    start = time.perf_counter()
    for fraction in (0.25, 0.5, 0.75, 1.0):
        view.verticalScrollBar().setValue(int(view.verticalScrollBar().maximum() * fraction))
        app.processEvents()
    scroll = time.perf_counter() - start
    rows, columns = view.model().rowCount(), view.model().columnCount()
    # The step's plausibility checks start once the grid is on screen, and the scrolling
    # above competes with them as a user's would. The bare table is measured without them.
    pool.waitForDone()
    app.processEvents()
    print(f"grid {first_paint:.6f} {scroll:.6f} {_bare_table(app, rows, columns):.6f}")


def _bare_table(app, rows: int, columns: int) -> float:
    """First paint of a plain QTableView over a trivial model of the same size."""
    from PySide6.QtCore import QAbstractTableModel, Qt
    from PySide6.QtWidgets import QTableView

    class Plain(QAbstractTableModel):
        def rowCount(self, parent=None):  # noqa: N802
            return rows

        def columnCount(self, parent=None):  # noqa: N802
            return columns

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return (
                str(index.row() * index.column()) if role == Qt.ItemDataRole.DisplayRole else None
            )

    view = QTableView()
    view.resize(1000, 600)
    start = time.perf_counter()
    view.setModel(Plain())
    view.show()
    app.processEvents()
    return time.perf_counter() - start


def memory(path: str) -> None:
    app = _app()
    from app.views.application import Launcher

    window = Launcher().open_file(path)
    _draw_all_charts(app, window)
    print(f"memory {_peak_mb():.1f}")


def memory_with_exports(path: str) -> None:
    """All charts drawn, then the vision (Word) and the annex (Excel) made with the
    Documenten step's own buttons, the save dialog answered as the GUI tests answer it.
    Without the LibreOffice pass for the contents' page numbers (it runs in a process of
    its own, and takes a minute)."""
    os.environ["THUISPLAN_SOFFICE"] = ""
    app = _app()
    from PySide6.QtWidgets import QFileDialog

    from app.services.steps import Step
    from app.views.application import Launcher

    window = Launcher().open_file(path)
    _draw_all_charts(app, window)
    folder = tempfile.mkdtemp()
    window.show_step(Step.DOCUMENTS.value)
    page = window.current_page()
    for index, name in ((0, "visie.docx"), (1, "bijlage.xlsx")):
        target = os.path.join(folder, name)
        QFileDialog.getSaveFileName = staticmethod(lambda *a, t=target, **k: (t, ""))
        page.buttons[index].click()
        while page.task is not None:  # the export runs in the background
            app.processEvents()
            time.sleep(0.01)
        if not os.path.exists(target):
            raise SystemExit(f"export failed: {page.message.text()}")
    print(f"memory {_peak_mb():.1f}")


def _draw_all_charts(app, window) -> None:
    window.show_step("gap")
    page = window.current_page()
    page.tabs.setCurrentIndex(2)
    for index in range(page.charts.chart_combo.count()):
        page.charts.chart_combo.setCurrentIndex(index)
        app.processEvents()
    page.tabs.setCurrentIndex(0)
    app.processEvents()


def bare_memory() -> None:
    app = _app()
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    window.show()
    app.processEvents()
    print(f"memory {_peak_mb():.1f}")


def _peak_mb() -> float:
    """This process's own peak resident memory. ru_maxrss is not used: on Linux it carries
    over the parent's peak across fork + exec."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "grid":
        grid(sys.argv[2])
    elif command == "grid-unprepared":
        grid(sys.argv[2], prepared=False)
    elif command == "memory":
        memory(sys.argv[2])
    elif command == "memory-exports":
        memory_with_exports(sys.argv[2])
    else:
        bare_memory()
