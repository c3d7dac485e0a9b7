"""The sentences of 'Sociale huur in Nederland' in the interface language: the figures of the
selection, its province and the nation, why a selection is empty, and the sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.services.catalogue import PROGRAMME_2022
from app.services.dutch_dates import long_date
from app.services.reference_data import CBS_REFERENCE_DATE, CBS_SOURCE, CORPORATION_ATTRIBUTION
from app.services.social_rent_dashboard import AreaFigure, AreaLevel, Dashboard
from app.views.numbers import number, percent


def area_name(figure: AreaFigure) -> str:
    """'Nederland', 'Provincie Flevoland', 'COROP-gebied Flevoland'."""
    if figure.level is AreaLevel.NATION:
        return QCoreApplication.translate("Dashboard", "Nederland")
    if figure.level is AreaLevel.PROVINCE:
        return QCoreApplication.translate("Dashboard", "Provincie {0}").format(figure.name)
    return QCoreApplication.translate("Dashboard", "COROP-gebied {0}").format(figure.name)


def area_text(figure: AreaFigure, goal: float) -> str:
    """One area's line: share, size, how many below the average, the gap to the goal."""
    text = QCoreApplication.translate(
        "Dashboard",
        "<b>{0}</b> ({1} gemeenten, {2} woningen): <b>{3}</b> corporatiebezit; {4} gemeenten "
        "onder het landelijk gemiddelde; {5} corporatiewoningen tekort tot {6}.",
    )
    return text.format(
        escape(area_name(figure)),
        number(figure.municipalities),
        number(figure.dwellings),
        percent(figure.share),
        number(figure.below_national_average),
        number(figure.gap_to_goal),
        percent(goal, 0),
    )


def summary_text(dashboard: Dashboard) -> str:
    """The selection's line (if it has municipalities), its province's if that is another
    area, and the nation's with the national average named."""
    areas = [dashboard.selection, dashboard.province_figure]
    shown = dict.fromkeys(a for a in areas if a is not None)
    lines = [area_text(a, dashboard.goal) for a in shown]
    if dashboard.nation not in (dashboard.selection, dashboard.province_figure):
        lines.append(area_text(dashboard.nation, dashboard.goal))
    average = QCoreApplication.translate(
        "Dashboard", "Landelijk gemiddelde: {0}; streven: {1} sociale huur."
    )
    lines.append(average.format(percent(dashboard.nation.share), percent(dashboard.goal, 0)))
    return "<br>".join(lines)


def empty_text(province: str, corop: str) -> str:
    """Why a selection has no municipalities."""
    text = QCoreApplication.translate(
        "Dashboard",
        "Het COROP-gebied {0} ligt niet in de provincie {1}: deze selectie bevat geen "
        "gemeenten. Kies een ander COROP-gebied of alle COROP-gebieden.",
    )
    return text.format(corop, province)


def sources_text(goal: float) -> str:
    """Where the figures come from, their reference dates, and what they are not."""
    text = QCoreApplication.translate(
        "Dashboard",
        "Bron: {0}. Woningvoorraad: {1}, peildatum {2}. Streven {3} sociale huur: {4}. "
        "Corporatiebezit is niet precies sociale huur: corporaties verhuren ook woningen boven "
        "de liberalisatiegrens. Het aantal corporatiewoningen is een raming (aandeel × "
        "woningvoorraad) die twee peildata mengt. Gemiddelden zijn gewogen met de "
        "woningvoorraad.",
    )
    return text.format(
        CORPORATION_ATTRIBUTION.removeprefix("Bron: "),
        CBS_SOURCE,
        long_date(CBS_REFERENCE_DATE),
        percent(goal, 0),
        PROGRAMME_2022,
    )
