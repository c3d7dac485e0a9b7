"""`thuisplan monitor-template` and `thuisplan monitor-import`: the monitoring workbooks of
a measurement (meting), one per municipality, and reading them back in.

The measurement is the latest on or before --as-of (the latest of all without it), as for
`thuisplan export --monitor`. Errors a user can make go to stderr, exit code 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.cli_failures import EXIT_USER_ERROR

_AS_OF_HELP = "de meting op of vóór deze dag (standaard: de laatste meting)"


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    template = commands.add_parser(
        "monitor-template", help="maak per gemeente een monitoringswerkboek voor een meting"
    )
    template.add_argument("file", type=Path, metavar="BESTAND")
    template.add_argument("out", type=Path, metavar="MAP")
    template.add_argument("--as-of", metavar="DATUM", help=_AS_OF_HELP)

    imp = commands.add_parser(
        "monitor-import", help="lees ingevulde monitoringswerkboeken in bij hun meting"
    )
    imp.add_argument("file", type=Path, metavar="BESTAND")
    imp.add_argument("workbooks", type=Path, nargs="+", metavar="IN.xlsx")
    imp.add_argument("--as-of", metavar="DATUM", help=_AS_OF_HELP)
    imp.add_argument("--dry-run", action="store_true", help="toon alleen wat er zou veranderen")
    imp.add_argument(
        "--valid-rows-only",
        action="store_true",
        help="lees uit werkboeken met fouten toch de regels zonder fouten in",
    )


def run_template(args: argparse.Namespace, as_of: dt.date | None) -> int:
    """Write the workbooks of the chosen measurement into the folder."""
    from app.reports.monitor_workbook import write_monitor_workbooks
    from app.services.measurements import measurement_as_of
    from app.storage import open_project_file

    with open_project_file(args.file, readonly=True) as project:
        measurement = measurement_as_of(project, as_of)
        Path(args.out).mkdir(parents=True, exist_ok=True)  # a new folder is fine
        written = write_monitor_workbooks(project, args.out, measurement.id)
    print(f"{len(written)} monitoringswerkboeken voor de {measurement.label} gemaakt in {args.out}")
    return 0


def run_import(args: argparse.Namespace, as_of: dt.date | None) -> int:
    """Read the workbooks into the chosen measurement (or only show what would change)."""
    from app.reports.collection_text import monitor_changes_text, monitor_problems_text
    from app.reports.monitor_import import prepare_monitor_import
    from app.services.measurements import measurement_as_of
    from app.services.monitor_collection import apply_monitor_import
    from app.storage import open_project_file

    with open_project_file(args.file, readonly=args.dry_run) as project:
        measurement = measurement_as_of(project, as_of)
        plan = prepare_monitor_import(
            project, measurement.id, args.workbooks, valid_rows_only=args.valid_rows_only
        )
        if not args.dry_run:
            apply_monitor_import(project, plan)
    problems = monitor_problems_text(plan)
    if problems:
        print(problems, file=sys.stderr)
    print(monitor_changes_text(plan, applied=not args.dry_run))
    failed = plan.delivered.has_problems or plan.realised_conflicts
    return EXIT_USER_ERROR if failed else 0
