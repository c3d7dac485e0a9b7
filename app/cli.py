"""The command-line interface: the same services as the GUI, without a display.

Errors a user can cause are printed in Dutch on stderr with exit code 1, never
as a traceback; anything unexpected goes to the log file with a short Dutch line
and exit code 70 (`cli_failures`). Everything printed passes `terminal_text`
(`cli_output`): names from someone else's file cannot drive the terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from app import cli_estimate, cli_monitor, cli_norms, cli_overview
from app.cli_failures import EXIT_USER_ERROR, failure
from app.cli_output import print_json, terminal_output
from app.services.about import about_text

EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE

# argparse looks its messages up through a module-level `_`; give the common ones in Dutch.
_ARGPARSE_DUTCH = {
    "usage: ": "gebruik: ",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "show this help message and exit": "toon deze hulp en stop",
    "positional arguments": "argumenten",
    "options": "opties",
    "expected one argument": "verwacht één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
}
argparse._ = lambda text: _ARGPARSE_DUTCH.get(text, text)  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    """The `thuisplan` command and its sub-commands."""
    parser = argparse.ArgumentParser(
        prog="thuisplan",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Thuisplan: een regionale woonzorgvisie voor aandachtsgroepen. "
        "Zonder opdracht start het programma met vensters.",
    )
    parser.add_argument("--version", action="version", version=about_text())
    parser.add_argument(
        "--selftest", action="store_true", help="controleer de installatie zonder scherm en stop"
    )
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    new = commands.add_parser("new", help="maak een nieuwe woonzorgvisie")
    new.add_argument("file", type=Path, metavar="BESTAND")
    new.add_argument("--name", required=True, help="naam van de woonzorgvisie")
    new.add_argument(
        "--municipalities",
        required=True,
        help="CBS-gemeentecodes, gescheiden door komma's, bv. GM0518,GM0603",
    )
    new.add_argument("--start", type=int, required=True, help="eerste jaar van de planperiode")
    new.add_argument("--end", type=int, required=True, help="laatste jaar van de planperiode")
    new.add_argument("--region", default="", help="naam van de regio")
    new.add_argument("--author", default="", help="auteur")
    new.add_argument(
        "--norm-set", default=None, metavar="CODE", help="normenset (standaard voortgang_2023)"
    )

    demo = commands.add_parser("demo", help="maak de voorbeeldvisie (Haaglanden, fictief)")
    demo.add_argument("file", type=Path, metavar="BESTAND")

    summary = commands.add_parser("summary", help="toon de berekeningen van een woonzorgvisie")
    summary.add_argument("file", type=Path, metavar="BESTAND")
    summary.add_argument("--json", action="store_true", help="als JSON")
    summary.add_argument("--scenario", metavar="NAAM", help="scenario (standaard: basis)")
    cli_estimate.add_parser(commands)
    cli_norms.add_parser(commands)

    check = commands.add_parser("check", help="controleer een bestand op schade en samenhang")
    check.add_argument("file", type=Path, metavar="BESTAND")

    salvage = commands.add_parser(
        "salvage", help="neem de gegevens die kloppen over in een nieuw bestand"
    )
    salvage.add_argument("file", type=Path, metavar="BESTAND")
    salvage.add_argument("new", type=Path, metavar="NIEUW")
    _document_commands(commands)
    cli_overview.add_parser(commands)
    cli_monitor.add_parsers(commands)
    return parser


def _document_commands(commands) -> None:
    template = commands.add_parser("template", help="maak een uitvraag-werkboek (Excel)")
    template.add_argument("file", type=Path, metavar="BESTAND")
    template.add_argument("out", type=Path, metavar="UIT.xlsx")
    template.add_argument(
        "--per-gemeente",
        action="store_true",
        help="één werkboek per gemeente; UIT is dan een map",
    )

    imp = commands.add_parser("import", help="lees ingevulde uitvraag-werkboeken in")
    imp.add_argument("file", type=Path, metavar="BESTAND")
    imp.add_argument("workbooks", type=Path, nargs="+", metavar="IN.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="toon alleen wat er zou veranderen")
    imp.add_argument(
        "--valid-rows-only",
        action="store_true",
        help="lees uit werkboeken met fouten toch de regels zonder fouten in",
    )

    export = commands.add_parser("export", help="maak de Word- en Excel-documenten")
    export.add_argument("file", type=Path, metavar="BESTAND")
    export.add_argument("--docx", type=Path, metavar="UIT.docx", help="woonzorgvisie (Word)")
    export.add_argument("--xlsx", type=Path, metavar="UIT.xlsx", help="cijferbijlage (Excel)")
    export.add_argument(
        "--agreements-dir", type=Path, metavar="MAP", help="prestatieafspraken per partner"
    )
    export.add_argument(
        "--programme-dir",
        type=Path,
        metavar="MAP",
        help="per gemeente het hoofdstuk aandachtsgroepen voor het volkshuisvestingsprogramma",
    )
    export.add_argument(
        "--replace",
        action="store_true",
        help="vervang hoofdstukken die al in de map van --programme-dir staan",
    )
    export.add_argument("--monitor", type=Path, metavar="UIT.docx", help="monitor (Word)")
    export.add_argument(
        "--as-of", metavar="DATUM", help="monitor bij de laatste meting op of voor DATUM"
    )
    export.add_argument("--template", type=Path, metavar="SJABLOON.docx", help="eigen huisstijl")
    export.add_argument(
        "--small-numbers",
        type=int,
        nargs="?",
        const=5,
        metavar="DREMPEL",
        help="toon aantallen onder de drempel (standaard 5) als '<5'",
    )


def main(argv: Sequence[str]) -> int:
    """Run a sub-command; returns the exit code."""
    with terminal_output():
        args = build_parser().parse_args(list(argv))
        if args.selftest:
            from app.selftest import run_selftest

            return run_selftest()
        if args.command is None:
            build_parser().print_help()
            return 0
        try:
            return COMMANDS[args.command](args)
        except KeyboardInterrupt:
            print("thuisplan: afgebroken.", file=sys.stderr)
            return EXIT_INTERRUPTED
        except BrokenPipeError:  # the reader stopped (| head): stop quietly, as cat does
            _silence_stdout()
            return EXIT_BROKEN_PIPE
        except Exception as error:
            file = getattr(args, "file", None)  # `overview` reads many
            text, code = failure(error, file, writing=args.command in ("import", "monitor-import"))
            print(f"thuisplan: {text}", file=sys.stderr)
            if getattr(error, "salvageable", False) and file and args.command != "salvage":
                print(
                    "thuisplan: gegevens overnemen: thuisplan salvage "
                    f"{shlex.quote(str(args.file))} NIEUW.thuisplan",
                    file=sys.stderr,
                )
            return code


def _silence_stdout() -> None:
    """Point stdout at the null device, so that flushing it at exit cannot fail again."""
    import os

    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _new(args: argparse.Namespace) -> int:
    from app.services.norm_sets import DEFAULT_SET
    from app.services.vision import create_vision

    project = create_vision(
        args.file,
        title=args.name,
        municipality_codes=args.municipalities.split(","),
        start_year=args.start,
        end_year=args.end,
        region_name=args.region,
        author=args.author,
        norm_set=args.norm_set or DEFAULT_SET,
    )
    project.close()
    print(f"Woonzorgvisie aangemaakt: {args.file}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from app.services.demo import create_demo

    create_demo(args.file).close()
    print(f"Voorbeeldvisie aangemaakt (voorbeeldcijfers, fictief): {args.file}")
    return 0


def _summary(args: argparse.Namespace) -> int:
    from app.services.analysis import analyse
    from app.services.monitor import monitor_data
    from app.services.summary import summary_data
    from app.services.summary_monitoring import monitoring_item
    from app.storage import open_project_file

    project = open_project_file(args.file, readonly=True)  # also while someone edits it
    try:
        with project.snapshot() as view:
            analysis = analyse(view, args.scenario)
            monitor = monitor_data(view, analysis=analysis) if args.json else None
    finally:
        project.close()
    if monitor is not None:
        print_json({**summary_data(analysis), "monitoring": monitoring_item(monitor)})
    else:
        from app.reports.text_summary import summary_text

        print(summary_text(analysis))
    return 0


def _check(args: argparse.Namespace) -> int:
    from app.services.project_check import check_project

    report = check_project(args.file)
    counts = ", ".join(f"{n} {label}" for label, n in report.counts.items())
    print(f"{args.file}: bestandsversie {report.schema_version}; {counts}.")
    for note in report.notes:
        print(f"Let op: {note}")
    for problem in report.problems:
        print(f"Probleem: {problem}")
    if report.problems:
        return EXIT_USER_ERROR
    print("Het bestand is in orde.")
    return 0


def _salvage(args: argparse.Namespace) -> int:
    from app.services.salvage import report_text, salvage_file

    print(report_text(salvage_file(args.file, args.new)))
    return 0


def _template(args: argparse.Namespace) -> int:
    from app.reports.collection_template import (
        write_collection_template,
        write_collection_templates,
    )
    from app.storage import open_project_file

    with open_project_file(args.file, readonly=True) as project:
        if args.per_gemeente:
            Path(args.out).mkdir(parents=True, exist_ok=True)  # a new folder is fine
            written = write_collection_templates(project, args.out)
            print(f"{len(written)} uitvraag-werkboeken gemaakt in {args.out}")
            return 0
        write_collection_template(project, args.out)
    print(f"Uitvraag-werkboek gemaakt: {args.out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from app.reports.collection_import import prepare_import
    from app.reports.collection_text import changes_text, problems_text
    from app.services.collection_plan import apply_import
    from app.storage import open_project_file

    with open_project_file(args.file, readonly=args.dry_run) as project:
        plan = prepare_import(project, args.workbooks, valid_rows_only=args.valid_rows_only)
        if not args.dry_run:
            apply_import(project, plan)
    problems = problems_text(plan)
    if problems:  # errors a user can make go to stderr (README)
        print(problems, file=sys.stderr)
    print(changes_text(plan, applied=not args.dry_run))
    return EXIT_USER_ERROR if plan.has_problems else 0


def _export(args: argparse.Namespace) -> int:
    from app.reports.safe_text import SmallNumbers
    from app.storage import open_project_file

    names = ("docx", "xlsx", "agreements_dir", "programme_dir", "monitor")
    if not any(getattr(args, name, None) for name in names):
        print(
            "thuisplan: kies ten minste één van --docx, --xlsx, --agreements-dir, "
            "--programme-dir of --monitor.",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    threshold = 5 if args.small_numbers is None else args.small_numbers
    small = SmallNumbers(args.small_numbers is not None, threshold)
    if small.enabled and small.threshold < 2:
        print("thuisplan: de drempel voor kleine aantallen is ten minste 2.", file=sys.stderr)
        return EXIT_USER_ERROR
    as_of = _as_of(args.as_of)
    if isinstance(as_of, str):
        print(f"thuisplan: {as_of}", file=sys.stderr)
        return EXIT_USER_ERROR
    args.as_of = as_of
    words = args.docx or args.agreements_dir or args.programme_dir or args.monitor
    template = _house_style(args.template) if words else None
    with open_project_file(args.file, readonly=True) as project:
        for written in _export_documents(project, args, template, small):
            print(f"Geschreven: {written}")
    return 0


def _with_as_of(args: argparse.Namespace, run) -> int:
    """Run `run(args, day)` with the --as-of day, or say why it is not a day."""
    as_of = _as_of(args.as_of)
    if isinstance(as_of, str):
        print(f"thuisplan: {as_of}", file=sys.stderr)
        return EXIT_USER_ERROR
    return run(args, as_of)


def _as_of(text: str | None):
    """The --as-of day, None without one, or the Dutch reason it is not a day."""
    if text is None:
        return None
    from app.services.dutch_dates import parse_date
    from app.services.errors import ValidationError

    try:
        parsed = parse_date(text, "De datum bij --as-of")
    except ValidationError as exc:
        return exc.message
    day = parsed.as_date() if parsed is not None else None
    return day if day is not None else "geef bij --as-of een dag, bijvoorbeeld 1-1-2027."


def _house_style(path: Path | None):
    """The user's template, checked once; what was left out of it is said on stderr."""
    if path is None:
        return None
    from app.reports.docx_template import read_house_style

    style = read_house_style(path)
    if style.note:
        print(f"thuisplan: {style.note}", file=sys.stderr)
    return style


def _export_documents(project, args: argparse.Namespace, template, small):
    if args.docx:
        from app.reports.docx_vision import write_vision_document

        notes: list[str] = []
        yield write_vision_document(
            project, args.docx, template=template, small_numbers=small, notes=notes
        )
        for note in notes:
            print(f"thuisplan: {note}", file=sys.stderr)
    if args.agreements_dir:
        from app.reports.docx_agreements import write_agreement_documents

        Path(args.agreements_dir).mkdir(parents=True, exist_ok=True)  # a new folder is fine
        yield from write_agreement_documents(
            project, args.agreements_dir, template=template, small_numbers=small
        )
    if args.programme_dir:
        from app.reports.docx_programme import write_programme_chapters

        if not Path(args.programme_dir).exists():  # a new folder is fine
            Path(args.programme_dir).mkdir(parents=True)
        yield from write_programme_chapters(
            project,
            args.programme_dir,
            template=template,
            small_numbers=small,
            replace=args.replace,
        )
    if args.xlsx:
        from app.reports.xlsx_annex import write_data_annex

        yield write_data_annex(project, args.xlsx, small_numbers=small)
    if args.monitor:
        from app.reports.docx_monitor import write_monitor_report

        yield write_monitor_report(
            project, args.monitor, as_of=args.as_of, template=template, small_numbers=small
        )


COMMANDS = {
    "new": _new,
    "demo": _demo,
    "summary": _summary,
    "estimate": cli_estimate.run,
    "norms": cli_norms.run,
    "check": _check,
    "salvage": _salvage,
    "template": _template,
    "import": _import,
    "export": _export,
    "overview": cli_overview.run,
    "monitor-template": lambda args: _with_as_of(args, cli_monitor.run_template),
    "monitor-import": lambda args: _with_as_of(args, cli_monitor.run_import),
}
