"""The municipalities of a vision and their baseline figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from app.models import BaselineFigure, BaselineIndicator, Municipality, SocialRentVacancies
from app.models.rules import SOURCE_LENGTH
from app.services.allocation import recompute_allocation
from app.services.dto import BaselineValue, MunicipalityInfo
from app.services.dutch_dates import stored_date
from app.services.errors import ValidationError
from app.services.lookup import municipality_row, stored_id, touch, vision_row
from app.services.reference_data import ShippedFigure, find_reference, shipped_figure
from app.services.tombstone import Tombstone, bury
from app.services.validation import MAX_BASELINE, check_quantity, check_text, check_year
from app.services.vision import add_municipality_rows, resolve_municipality_codes
from app.services.vision_read import SHIPPED as SHIPPED  # re-exported
from app.services.vision_read import list_municipalities as list_municipalities  # re-exported
from app.storage import ProjectFile, ProjectReader

USER_SOURCE = "Ingevuld door de gebruiker"


def add_municipalities(project: ProjectFile, codes: list[str]) -> list[MunicipalityInfo]:
    """Add municipalities (by CBS code) with their CBS figures."""
    references = resolve_municipality_codes(codes)
    with project.write() as session:
        present = set(session.exec(select(Municipality.code)))
        already = [r.name for r in references if r.code in present]
        if already:
            raise ValidationError(f"{', '.join(already)} hoort al bij deze woonzorgvisie.")
        order = session.exec(select(func.max(Municipality.sort_order))).one() or 0
        for offset, reference in enumerate(references, start=1):
            add_municipality_rows(session, reference, order + offset)
        touch(session)
    return list_municipalities(project)


def remove_municipality(project: ProjectFile, code: str) -> Tombstone:
    """Remove a municipality and every figure entered for it; returns what was removed
    (`tombstone.restore_deleted` brings it back)."""
    with project.write() as session:
        row = municipality_row(session, code)
        if session.exec(select(func.count()).select_from(Municipality)).one() <= 1:
            raise ValidationError("Een woonzorgvisie heeft ten minste één gemeente.")
        tombstone = bury(session, row)
        touch(session)
        return tombstone


def set_baseline(
    project: ProjectFile,
    code: str,
    indicator: BaselineIndicator,
    value: int | None,
    *,
    source: str = "",
    reference_date: str = "",
) -> BaselineValue:
    """Enter (or clear, with None) a baseline figure; it is then marked as user-entered."""
    entry = BaselineEntry(code, indicator, value, source, reference_date)
    return set_baselines(project, [entry])[0]


@dataclass(frozen=True)
class BaselineEntry:
    """A baseline figure to enter: None clears it (unknown again)."""

    code: str
    indicator: BaselineIndicator
    value: int | None
    source: str = ""
    reference_date: str = ""


def set_baselines(project: ProjectFile, entries: Sequence[BaselineEntry]) -> list[BaselineValue]:
    """Enter several baseline figures in one transaction, all or nothing."""
    checked = []
    for entry in entries:
        indicator = BaselineIndicator(entry.indicator)
        value = None if entry.value is None else check_quantity(entry.value, MAX_BASELINE)
        source = check_text(entry.source, "De bron", max_length=SOURCE_LENGTH) or USER_SOURCE
        reference_date = stored_date(entry.reference_date, "De peildatum")
        checked.append((entry.code, indicator, value, source, reference_date))
    with project.write() as session:
        result = []
        for code, indicator, value, source, reference_date in checked:
            figure = _figure(session, stored_id(municipality_row(session, code)), indicator)
            figure.value = value
            figure.source = source if value is not None else ""
            figure.reference_date = reference_date if value is not None else ""
            figure.user_entered = value is not None
            figure.estimated = False
            result.append(_value(figure))
        touch(session)
        return result


def reset_baseline(project: ProjectFile, code: str, indicator: BaselineIndicator) -> BaselineValue:
    """Put back what the shipped data says: the CBS figure, the raming of the social rent
    dwellings, or unknown for figures nothing is shipped for (planned construction)."""
    indicator = BaselineIndicator(indicator)
    with project.write() as session:
        municipality = municipality_row(session, code)
        figure = _figure(session, stored_id(municipality), indicator)
        reference = find_reference(municipality.code)
        _take(figure, shipped_figure(reference, indicator))
        touch(session)
        return _value(figure)


def fill_shipped_figures(project: ProjectFile) -> list[tuple[str, BaselineIndicator, int]]:
    """Fill the baseline figures that are empty from the shipped data (a file made before
    Thuisplan shipped 65+ counts and the corporation shares): CBS counts, and the social
    rent dwellings as a raming. A figure anyone entered is left alone. Returns what was
    filled, as (municipality code, indicator, value)."""
    filled = []
    with project.write() as session:
        order = col(Municipality.sort_order)
        for municipality in session.exec(select(Municipality).order_by(order)):
            reference = find_reference(municipality.code)
            for indicator in SHIPPED:
                figure = _figure(session, stored_id(municipality), indicator)
                shipped = shipped_figure(reference, indicator)
                if figure.value is not None or figure.user_entered or shipped.value is None:
                    continue
                _take(figure, shipped)
                filled.append((municipality.code, indicator, shipped.value))
        if filled:
            touch(session)
    return filled


def _take(figure: BaselineFigure, shipped: ShippedFigure) -> None:
    figure.value = shipped.value
    figure.source = shipped.source
    figure.reference_date = shipped.reference_date
    figure.user_entered = False
    figure.estimated = shipped.estimated


def baseline_of(project: ProjectReader, code: str, indicator: BaselineIndicator) -> BaselineValue:
    """One baseline figure as stored (value None and no source when there is none)."""
    indicator = BaselineIndicator(indicator)
    with project.read() as session:
        municipality = municipality_row(session, code)
        figure = session.exec(
            select(BaselineFigure).where(
                BaselineFigure.municipality_id == municipality.id,
                BaselineFigure.indicator == indicator.value,
            )
        ).first()
        return BaselineValue(None, "", "", False) if figure is None else _value(figure)


def restore_baseline(
    project: ProjectFile, code: str, indicator: BaselineIndicator, old: BaselineValue
) -> None:
    """Put a baseline figure back exactly as it was (value, source, date, who entered it)."""
    indicator = BaselineIndicator(indicator)
    with project.write() as session:
        figure = _figure(session, stored_id(municipality_row(session, code)), indicator)
        figure.value = old.value
        figure.source = old.source
        figure.reference_date = old.reference_date
        figure.user_entered = old.user_entered
        figure.estimated = old.estimated
        touch(session)


def set_vacancies(project: ProjectFile, code: str, year: int, count: int | None) -> None:
    """Enter (or clear) the vrijkomende sociale huurwoningen of a municipality in a year;
    allocation rows that depend on it follow."""
    if count is not None:
        count = check_quantity(count)
    with project.write() as session:
        vision = vision_row(session)
        check_year(year, vision.start_year, vision.end_year)
        municipality = municipality_row(session, code)
        row = session.get(SocialRentVacancies, (municipality.id, year))
        if count is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(
                SocialRentVacancies(municipality_id=stored_id(municipality), year=year, count=count)
            )
        else:
            row.count = count
        session.flush()
        recompute_allocation(session, stored_id(municipality))
        touch(session)


def all_vacancies(project: ProjectReader) -> dict[str, dict[int, int]]:
    """Municipality code -> year -> vrijkomende sociale huurwoningen, for every municipality."""
    with project.read() as session:
        codes = dict(session.exec(select(Municipality.id, Municipality.code)).all())
        result: dict[str, dict[int, int]] = {code: {} for code in codes.values()}
        for row in session.exec(select(SocialRentVacancies)):
            result[codes[row.municipality_id]][row.year] = row.count
        return result


def vacancies(project: ProjectReader, code: str) -> dict[int, int]:
    """Year -> vrijkomende sociale huurwoningen entered for a municipality."""
    with project.read() as session:
        municipality = municipality_row(session, code)
        rows = session.exec(
            select(SocialRentVacancies).where(
                SocialRentVacancies.municipality_id == municipality.id
            )
        )
        return {row.year: row.count for row in rows}


def _figure(session: Session, municipality_id: int, indicator: BaselineIndicator) -> BaselineFigure:
    figure = session.exec(
        select(BaselineFigure).where(
            BaselineFigure.municipality_id == municipality_id,
            BaselineFigure.indicator == indicator.value,
        )
    ).first()
    if figure is None:
        figure = BaselineFigure(municipality_id=municipality_id, indicator=indicator.value)
        session.add(figure)
    return figure


def _value(figure: BaselineFigure) -> BaselineValue:
    return BaselineValue(
        figure.value, figure.source, figure.reference_date, figure.user_entered, figure.estimated
    )
