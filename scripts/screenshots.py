"""Save a screenshot of every wizard step (a developer's tool for looking at the screens).

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/screenshots.py OUT_DIR --size 1366x768 [--lang en] [FILE]

Without FILE the example vision is used (made in a temporary data folder). After the
steps come the startraming's screens: the need grid with the ouderen raming, the Raming
maken dialog for each method, the new-scenario dialog and the Opgave step's comparison of
two scenarios (the raming and a second scenario are added to the vision shown, so give
FILE only as a copy you may change).
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
    shoot_estimates(app, window, args.out, f"{args.size}-{args.lang}")


def _save(app, widget, path: Path) -> None:
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def shoot_estimates(app, window, out: Path, suffix: str) -> None:
    """The need grid with the ouderen raming, the dialogs, and two scenarios compared."""
    from app.services.steps import Step
    from app.services.target_groups import list_target_groups

    groups = list_target_groups(window.session.project, active_only=True)
    older = next(g for g in groups if g.code == "older_people")
    _add_raming(window.session, older.id)
    window.show_step(Step.NEED)
    need = window.current_page()
    need.group_combo.setCurrentIndex(need.group_combo.findData(older.id))
    _save(app, window, out / f"20-need-raming-{suffix}.png")
    _shoot_dialogs(app, need, {g.code: g.id for g in groups}, out, suffix)
    window.show_step(Step.GAP)
    gap = window.current_page()
    gap.tabs.setCurrentIndex(3)  # the comparison
    _save(app, window, out / f"25-gap-scenarios-{suffix}.png")


def _add_raming(session, older_id: int) -> None:
    """The ouderen target as raming in 'basis' (visible where Delft's and The Hague's
    zelfstandig geclusterd need is emptied), and 'ambitieus' with the target doubled."""
    from app.models import HousingType
    from app.services.edits import estimates as estimate_edits
    from app.services.edits import figures as cell_edits
    from app.services.estimates import store
    from app.services.estimates.older_people import OlderPeopleTarget
    from app.services.figures import Cell, CellChange
    from app.services.steps import Step
    from app.services.vision_read import get_vision

    project, base = session.project, session.scenario()
    years = get_vision(project).years
    cleared = [
        CellChange(Cell(code, older_id, HousingType.INDEPENDENT_CLUSTERED, year), None)
        for code in ("GM0503", "GM0518")
        for year in years
    ]
    target = store.default_estimate("older_people")
    doubled = OlderPeopleTarget(
        target.national_65_plus, {t: 2 * n for t, n in target.targets.items()}
    )
    for edit in (
        cell_edits.set_cells(project, cleared, "leeg"),
        estimate_edits.set_estimate(project, base.id, older_id, target, "raming"),
        estimate_edits.add_scenario(project, "ambitieus", None, "scenario"),
    ):
        session.perform(edit, Step.NEED)
    other = next(s for s in store.list_scenarios(project) if s.name == "ambitieus")
    session.perform(
        estimate_edits.set_estimate(project, other.id, older_id, doubled, "raming"), Step.NEED
    )


def _shoot_dialogs(app, need, group_ids: dict[str, int], out: Path, suffix: str) -> None:
    """The Raming maken dialog with each method, then the new-scenario dialog."""
    from app.models import EstimateMethod
    from app.views.estimate_dialog import EstimateDialog
    from app.views.widgets.scenario_bar import NewScenarioDialog

    session = need.session
    for number, code in enumerate(("older_people", "status_holders", "homeless"), start=21):
        dialog = EstimateDialog(session, group_ids.get(code), need)
        dialog.show()
        _save(app, dialog, out / f"{number}-estimate-{code}-{suffix}.png")
        if code == "homeless":
            rate = dialog.method_combo.findData(EstimateMethod.RATE_PER_BASE.value)
            dialog.method_combo.setCurrentIndex(rate)
            _save(app, dialog, out / f"24-estimate-rate-{suffix}.png")
        dialog.close()
    dialog = NewScenarioDialog(session, need.step, need)
    dialog.show()
    _save(app, dialog, out / f"26-new-scenario-{suffix}.png")
    dialog.close()


if __name__ == "__main__":
    main()
