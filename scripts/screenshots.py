"""Save a screenshot of every wizard step (a developer's tool for looking at the screens).

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/screenshots.py OUT_DIR --size 1366x768 [--lang en] [FILE]

Without FILE the example vision is used (made in a temporary data folder).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("file", type=Path, nargs="?")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--presentation", action="store_true")
    args = parser.parse_intermixed_args()
    os.environ.setdefault("THUISPLAN_DATA_DIR", tempfile.mkdtemp())

    from PySide6.QtWidgets import QApplication

    from app.views.application import Launcher
    from app.views.i18n import install_translators

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("ThuisplanScreenshots")
    translators = install_translators(app, args.lang)  # noqa: F841 (kept alive)
    width, height = (int(v) for v in args.size.split("x"))
    launcher = Launcher()
    window = launcher.open_file(args.file) if args.file else launcher.open_example()
    window.resize(width, height)
    window.move(0, 0)
    if args.presentation:
        window.presentation_action.trigger()
    args.out.mkdir(parents=True, exist_ok=True)
    launcher.start_window.resize(760, 460)
    launcher.start_window.show()
    app.processEvents()
    launcher.start_window.grab().save(str(args.out / f"00-start-{args.lang}.png"))
    launcher.start_window.hide()
    for number, step in enumerate(window.steps, start=1):
        window.show_step(step)
        for _ in range(5):
            app.processEvents()
        name = f"{number:02d}-{step}-{args.size}-{args.lang}.png"
        window.grab().save(str(args.out / name))
        print(args.out / name)


if __name__ == "__main__":
    main()
