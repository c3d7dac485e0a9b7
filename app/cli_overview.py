"""`thuisplan overview`: many visions side by side, read-only (a province, or a region that
keeps one file per municipality).

Every file is opened read-only and untouched; a file that cannot be read is named on
stderr with the reason (and in the JSON and the workbook), the others are still shown, and
the exit code is then 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli_failures import EXIT_USER_ERROR
from app.cli_output import print_json


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    overview = commands.add_parser(
        "overview", help="zet meerdere visies naast elkaar (alleen-lezen)"
    )
    overview.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="BESTAND_OF_MAP",
        help="woonzorgvisies, of mappen met .thuisplan-bestanden",
    )
    overview.add_argument("--json", action="store_true", help="als JSON")
    overview.add_argument("--xlsx", type=Path, metavar="UIT.xlsx", help="ook als Excel-werkboek")


def run(args: argparse.Namespace) -> int:
    """Read the files, print the overview (text or JSON), write the workbook if asked."""
    from app.services.overview import build_overview

    overview = build_overview(args.files)
    for refused in overview.refused:  # errors a user can make go to stderr (README)
        print(f"thuisplan: {refused.reason}", file=sys.stderr)
    if args.xlsx:
        from app.reports.xlsx_overview import write_overview_workbook

        written = write_overview_workbook(overview, args.xlsx)
        # stdout stays pure JSON with --json
        print(f"Geschreven: {written}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        from app.services.overview_json import overview_data

        print_json(overview_data(overview))
    else:
        from app.reports.text_overview import overview_text

        print(overview_text(overview))
    return EXIT_USER_ERROR if overview.refused else 0
