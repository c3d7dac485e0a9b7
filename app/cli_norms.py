"""`thuisplan norms`: the vision's norm set, its norms and urgency categories; choose another
set (`--set`) or see what another set would change (`--compare`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.norm_compare import NormComparison
    from app.storage import ProjectFile


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    norms = commands.add_parser(
        "norms", help="toon of kies de normenset (normen en urgentiecategorieën)"
    )
    norms.add_argument("file", type=Path, metavar="BESTAND")
    action = norms.add_mutually_exclusive_group()
    action.add_argument("--set", metavar="CODE", help="volg deze normenset")
    action.add_argument("--compare", metavar="CODE", help="wat verandert er onder deze normenset")


def run(args: argparse.Namespace) -> int:
    from app.services import norms
    from app.storage import open_project_file

    readonly = args.set is None
    with open_project_file(args.file, readonly=readonly) as project:
        if args.set is not None:
            norms.choose_norm_set(project, args.set)
        if args.compare is not None:
            print(_comparison_text(_compare(project, args.compare)))
        else:
            print(_norms_text(project))
    return 0


def _norms_text(project: ProjectFile) -> str:
    from app.services import norms, urgency
    from app.services.dutch_dates import long_date
    from app.services.norm_sets import norm_sets
    from app.services.norm_words import value_text

    status = norms.norm_set_status(project)
    lines = [f"Normenset: {status.name}"]
    lines += [f"Let op: {status.note}"] if status.note else []
    lines += ["", "Normen:"]
    for n in norms.list_norms(project):
        own = f" (eigen waarde sinds {long_date(n.overridden)})" if n.overridden else ""
        lines.append(f"  {n.label}: {value_text(n)}{own}")
    lines += ["", "Verplicht urgenten:"]
    for c in urgency.list_categories(project):
        gone = f" (vervallen op {long_date(c.retired)})" if c.retired else ""
        lines.append(f"  {c.label}{gone}")
    lines += ["", "Normensets (thuisplan norms BESTAND --set CODE):"]
    lines += [f"  {s.code}: {s.name}" for s in norm_sets()]
    return "\n".join(lines)


def _compare(project: ProjectFile, code: str) -> NormComparison:
    from app.services import norms
    from app.services.analysis import analyse
    from app.services.norm_compare import compare_norm_sets
    from app.services.norm_sets import DEFAULT_SET, find_set

    status = norms.norm_set_status(project)
    first = status.known or find_set(DEFAULT_SET)
    assert first is not None  # a shipped set
    second = norms.shipped_set(code)
    return compare_norm_sets(analyse(project), norms.list_norms(project), first, second)


def _comparison_text(comparison: NormComparison) -> str:
    first, second = comparison.first.name, comparison.second.name
    lines = [f"Wat verandert er: {first} -> {second}", "", "Normen die verschillen:"]
    lines += [f"  {r.label}: {r.first} -> {r.second}" for r in comparison.norms if r.changed]
    lines += [f"  nieuwe urgentiecategorie: {label}" for label in comparison.categories_added]
    lines += [f"  vervalt: {label}" for label in comparison.categories_dropped]
    lines += ["", "Gevolgen voor deze visie:"]
    lines += [f"  {e.subject}, {e.what}: {e.first} -> {e.second}" for e in comparison.effects]
    if not comparison.effects:
        lines.append("  geen")
    lines += [f"Blijft gelden: {text}" for text in comparison.kept_overrides]
    return "\n".join(lines)
