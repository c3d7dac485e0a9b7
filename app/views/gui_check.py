"""Start-up check of the GUI, for packaging: `THUISPLAN_GUI_CHECK=1 thuisplan`.

Proves that a bundle's Qt finds its platform plugin, fonts and translations, and that
matplotlib draws in Qt. The GUI starts as usual (with empty data and settings folders
that is the example vision in the main window); once a main window has been on screen
for a moment, this prints one Dutch line per finding and quits. Exit code 0 when all is
well, 1 with the reason otherwise, 2 when no main window appeared within the time limit.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QMainWindow

TICK_MS = 200
SETTLE_TICKS = 5  # the window stays up this long before it is examined
EXIT_NO_WINDOW = 2


def arm(time_limit_s: float = 90) -> QObject:
    """Create the application and start watching for the first main window."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    checker = _Checker(app, int(time_limit_s * 1000 / TICK_MS))
    app._gui_check = checker  # keep it alive as long as the application
    return checker


class _Checker(QObject):
    """Polls for a visible main window, examines it, then ends the event loop."""

    def __init__(self, app: QApplication, max_ticks: int):
        super().__init__(app)
        self.app, self.max_ticks, self.ticks, self.seen = app, max_ticks, 0, 0
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1
        windows = [w for w in self.app.topLevelWidgets() if isinstance(w, QMainWindow)]
        window = next((w for w in windows if w.isVisible()), None)
        self.seen = self.seen + 1 if window is not None else 0
        if self.seen >= SETTLE_TICKS:
            self.timer.stop()
            self.app.exit(report(window))
        elif self.ticks >= self.max_ticks:
            self.timer.stop()
            _print(f"FOUT  Geen hoofdvenster binnen {self.max_ticks * TICK_MS / 1000:.0f} s.")
            self.app.exit(EXIT_NO_WINDOW)


def report(window: QMainWindow) -> int:
    """Print what the window and Qt show; returns 0, or 1 when something is missing."""
    problems = []
    size = window.size()
    _print(
        f"OK  Venster getoond: '{window.windowTitle()}' ({size.width()}×{size.height()}), "
        f"platform {QGuiApplication.platformName()}"
    )
    families = QFontDatabase.families()
    if families and _text_draws():
        _print(f"OK  Lettertypen gevonden: {len(families)} families, tekst wordt getekend")
    else:
        problems.append(
            "Qt vindt geen lettertypen: tekst blijft leeg (fontconfig, fonts-dejavu-core)"
        )
    if _colours(window.grab().toImage()) < 3:
        problems.append("het venster is leeg getekend")
    if _chart_draws():
        _print("OK  Grafiek op het scherm getekend (matplotlib QtAgg)")
    else:
        problems.append("matplotlib tekent geen grafiek in Qt")
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if QLocale().language() == QLocale.Language.Dutch and cancel == "Cancel":
        problems.append("Qt's Nederlandse vertaling (qtbase_nl.qm) is niet geladen")
    else:
        _print(f"OK  Vertaling van Qt geladen: 'Cancel' is '{cancel}'")
    for problem in problems:
        _print(f"FOUT  {problem}")
    return 1 if problems else 0


def _text_draws() -> bool:
    image = QImage(240, 60, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "Woonzorgvisie")
    painter.end()
    dark = sum(
        1
        for x in range(0, 240, 2)
        for y in range(0, 60, 2)
        if QColor(image.pixel(x, y)).value() < 128
    )
    return dark > 20


def _chart_draws() -> bool:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    canvas = FigureCanvasQTAgg(Figure(figsize=(3, 2)))
    axes = canvas.figure.add_subplot()
    axes.bar(["Delft", "Rijswijk"], [3, 5], color="#2E9C86")
    axes.set_title("Opgave")
    canvas.resize(300, 200)
    canvas.draw()
    return _colours(canvas.grab().toImage()) > 3


def _colours(image: QImage) -> int:
    step = max(1, min(image.width(), image.height()) // 40)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def _print(line: str) -> None:
    if sys.stdout is not None:  # a windowed Windows program has no console
        print(line, flush=True)
