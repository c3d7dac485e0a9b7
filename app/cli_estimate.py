"""`thuisplan estimate`: a first need from shipped data and documented methods.

Every estimate fills only cells nobody entered a need for; a figure a user typed is never
overwritten. Without --group, every group Thuisplan can estimate without figures from the
user (ouderen: the national target shared out by 65+) gets its estimate, unless it already
has one. `--rate` estimates a chosen group as a number per 1,000 of a base; `--stocks`
fills empty social rent stocks and 65+ counts of a file made before they were shipped.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.errors import ValidationError

if TYPE_CHECKING:
    from app.services.dto import TargetGroupInfo
    from app.services.estimates.parameters import Parameters
    from app.storage import ProjectFile


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    estimate = commands.add_parser(
        "estimate", help="maak een eerste raming van de woonbehoefte (lege cellen)"
    )
    estimate.add_argument("file", type=Path, metavar="BESTAND")
    estimate.add_argument(
        "--group", action="append", default=[], metavar="GROEP", help="alleen deze groep(en)"
    )
    estimate.add_argument("--scenario", metavar="NAAM", help="scenario (standaard: basis)")
    estimate.add_argument(
        "--rate", type=float, metavar="AANTAL", help="norm × basis: aantal per 1.000 per jaar"
    )
    estimate.add_argument(
        "--base",
        choices=["inhabitants", "households", "inhabitants_65_plus", "dwellings"],
        default="inhabitants",
        help="basis bij --rate (standaard inhabitants)",
    )
    estimate.add_argument("--source", default="", help="bron van het aantal bij --rate")
    estimate.add_argument(
        "--share",
        action="append",
        default=[],
        metavar="WOONVORM=PROCENT",
        help="verdeling over woonvormen bij --rate, bv. room=100",
    )
    estimate.add_argument(
        "--stocks",
        action="store_true",
        help="vul lege sociale huurvoorraad en 65+-aantallen aan uit de meegeleverde gegevens",
    )


def run(args: argparse.Namespace) -> int:
    from app.services import municipalities
    from app.services.estimates import store
    from app.services.target_groups import list_target_groups
    from app.storage import open_project_file

    with open_project_file(args.file) as project:
        if args.stocks:
            for code, indicator, value in municipalities.fill_shipped_figures(project):
                print(f"{code}: {indicator.label.lower()} = {value}")
        scenario = store.find_scenario(project, args.scenario)
        groups = _chosen(list_target_groups(project, active_only=True), args.group)
        present = {e.group_id for e in store.list_estimates(project, scenario.id)}
        for group in groups:
            parameters = _parameters(group, args)
            if parameters is None or (not args.group and group.id in present):
                continue
            store.set_estimate(project, scenario.id, group.id, parameters)
            print(f"{group.label}: {parameters.describe()[0]}")
        _report(project, scenario.name)
    return 0


def _chosen(groups: list[TargetGroupInfo], labels: list[str]) -> list[TargetGroupInfo]:
    if not labels:
        return groups
    by_label = {g.label.casefold(): g for g in groups}
    unknown = [label for label in labels if label.casefold() not in by_label]
    if unknown:
        raise ValidationError(f"Geen (actieve) aandachtsgroep '{unknown[0]}' in deze visie.")
    return [by_label[label.casefold()] for label in labels]


def _parameters(group: TargetGroupInfo, args: argparse.Namespace) -> Parameters | None:
    from app.models import HousingType
    from app.services.estimates import store
    from app.services.estimates.core import Base
    from app.services.estimates.rate import RatePerBase

    if args.rate is not None:
        shares: dict[HousingType, float] = {}
        for item in args.share or [f"{group.housing_types[0].value}=100"]:
            name, _, percent = item.partition("=")
            try:
                shares[HousingType(name)] = float(percent) / 100
            except ValueError as exc:
                raise ValidationError(f"'{item}' is geen woonvorm=procent.") from exc
        return RatePerBase(Base(args.base), args.rate, args.source, shares)
    parameters = store.default_estimate(group.code)
    if parameters is None and args.group:
        raise ValidationError(
            f"Voor '{group.label}' heeft Thuisplan geen raming zonder uw cijfers: geef --rate, "
            "--base, --source en --share, of kies een methode in het venster (Raming maken)."
        )
    return parameters


def _report(project: ProjectFile, scenario: str) -> None:
    from app.services.analysis import analyse

    analysis = analyse(project, scenario)
    estimated = analysis.figures.estimated
    print(f"Scenario '{scenario}': {len(estimated)} cel(len) woonbehoefte geraamd.")
