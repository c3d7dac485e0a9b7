"""Entry point: `python -m app` / `thuisplan`.

Without a sub-command (or with just a project file) the GUI starts; the
sub-commands of `app.cli` run without a display. Qt is imported only when the
GUI is asked for.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from app.launch_checks import EXIT_NO_DISPLAY, EXIT_USAGE, argument_problem, display_problem

# The CLI's sub-commands (app.cli.COMMANDS); kept here so that starting the GUI does not
# import the CLI and, through it, the database layer before the first window shows.
COMMAND_NAMES = {
    "new",
    "demo",
    "summary",
    "check",
    "salvage",
    "template",
    "import",
    "monitor-template",
    "monitor-import",
    "export",
    "estimate",
    "overview",
    "norms",
}


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the CLI or the GUI; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in COMMAND_NAMES or args[0].startswith("-")):
        from app.cli import main as cli_main

        return cli_main(args)
    if getattr(sys, "frozen", False) and "MPLCONFIGDIR" not in os.environ:
        # A bundle would give matplotlib a new temporary font cache every run (about half
        # a second at the first chart); keep one in the user's data folder instead.
        from app.storage.paths import user_data_dir

        os.environ["MPLCONFIGDIR"] = str(user_data_dir() / "matplotlib")
    problem = argument_problem(args, sorted(COMMAND_NAMES)) or display_problem(os.environ)
    if problem is not None:
        from app.services.text_safety import terminal_text

        print(terminal_text(problem), file=sys.stderr)
        return EXIT_USAGE if argument_problem(args, sorted(COMMAND_NAMES)) else EXIT_NO_DISPLAY
    if os.environ.get("THUISPLAN_GUI_CHECK"):
        from app.views.gui_check import arm  # packaging: report on the first window, quit

        arm()
    try:
        from app.views.startup import run  # Qt only: the first window shows before the rest
    except ImportError as exc:  # Qt or a system library it needs is missing
        print(gui_missing_text(exc), file=sys.stderr)
        return 1
    return run(args)


def gui_missing_text(exc: ImportError) -> str:
    """Why the window cannot start, in Dutch, with what still works."""
    from app.services.text_safety import terminal_text

    return terminal_text(
        "thuisplan: het venster kan niet starten: een onderdeel ontbreekt op deze computer "
        f"({exc}). De opdrachten werken wel (thuisplan --help); vraag de beheerder de "
        "ontbrekende onderdelen te installeren (zie README, 'Starten en testen')."
    )


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # First of all: in a bundle, the chart workers (app.reports.charts.pool) are this
        # same program started again; freeze_support runs the worker's task there and
        # exits. Elsewhere it does nothing, and importing multiprocessing would cost the
        # first paint some 10 ms.
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
