"""Create a vision and change its own details (title, region, plan period, key)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from app.models import (
    ActionLine,
    AgreementYear,
    Ambition,
    BaselineFigure,
    BaselineIndicator,
    CapacityValue,
    DistributionKey,
    Municipality,
    NeedValue,
    Scenario,
    SocialRentVacancies,
    TargetGroup,
    Vision,
    VisionStatus,
)
from app.models.rules import MAX_NUMBER, TITLE_LENGTH
from app.services import catalogue
from app.services.dto import VisionInfo
from app.services.errors import FiguresOutsidePeriodError, ValidationError
from app.services.lookup import now, stored_id, touch, vision_row
from app.services.norm_sets import DEFAULT_SET, NormSet
from app.services.norms import apply_set_norm, shipped_set
from app.services.reference_data import (
    ReferenceMunicipality,
    find_reference,
    shipped_figure,
)
from app.services.tombstone import Tombstone
from app.services.urgency import follow_set
from app.services.validation import check_plan_period, check_text
from app.services.vision_read import WEIGHT_COLUMNS
from app.services.vision_read import get_vision as get_vision  # re-exported
from app.storage import ProjectFile, create_project_file

BASE_SCENARIO = "basis"


def create_vision(
    path: Path,
    *,
    title: str,
    municipality_codes: Sequence[str],
    start_year: int,
    end_year: int,
    region_name: str = "",
    author: str = "",
    overwrite: bool = False,
    norm_set: str = DEFAULT_SET,
) -> ProjectFile:
    """Create a new project file with the standard catalogue, the norms of `norm_set` and
    the municipalities' CBS baseline figures, and return it opened."""
    chosen = shipped_set(norm_set)
    title = check_text(
        title, "De naam van de woonzorgvisie", required=True, max_length=TITLE_LENGTH
    )
    region_name = check_text(region_name, "De regio", max_length=TITLE_LENGTH)
    author = check_text(author, "De auteur", max_length=TITLE_LENGTH)
    start_year, end_year = check_plan_period(start_year, end_year)
    references = resolve_municipality_codes(municipality_codes)
    _check_folder(Path(path))

    def populate(session: Session) -> None:
        created = now()
        session.add(
            Vision(
                title=title,
                region_name=region_name,
                start_year=start_year,
                end_year=end_year,
                author=author,
                created=created,
                modified=created,
                norm_set=chosen.code,
            )
        )
        for order, reference in enumerate(references):
            add_municipality_rows(session, reference, order)
        add_standard_content(session, chosen)

    return create_project_file(Path(path), populate, overwrite=overwrite)


def _check_folder(path: Path) -> None:
    """The folder the new file goes in must exist (else storage would blame the lock file
    and suggest opening read-only, which says nothing about the real problem)."""
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError(
            f"De map '{folder}' bestaat niet. Kies een map die er wel is (Bladeren…) of maak "
            "de map eerst aan."
        )


def resolve_municipality_codes(codes: Sequence[str]) -> list[ReferenceMunicipality]:
    """The reference municipalities for `codes`; unknown or repeated codes are refused."""
    cleaned = [c for c in (code.strip() for code in codes) if c]
    if not cleaned:
        raise ValidationError("Kies ten minste één gemeente.")
    unknown = [code for code in cleaned if find_reference(code) is None]
    if unknown:
        raise ValidationError(
            "Onbekende gemeentecode: " + ", ".join(unknown) + ". Gebruik CBS-codes zoals GM0518."
        )
    references = [r for code in cleaned if (r := find_reference(code)) is not None]  # all of them
    seen: set[str] = set()
    for reference in references:
        if reference.code in seen:
            raise ValidationError(
                f"{reference.name} ({reference.code}) staat twee keer in de lijst."
            )
        seen.add(reference.code)
    return references


def add_municipality_rows(session: Session, reference: ReferenceMunicipality, order: int) -> None:
    """Add a municipality with its CBS figures; the figures CBS lacks start unknown."""
    municipality = Municipality(
        code=reference.code,
        name=reference.name,
        province=reference.province,
        corop=reference.corop,
        sort_order=order,
    )
    session.add(municipality)
    session.flush()
    for indicator in BaselineIndicator:
        shipped = shipped_figure(reference, indicator)
        session.add(
            BaselineFigure(
                municipality_id=stored_id(municipality),
                indicator=indicator.value,
                value=shipped.value,
                source=shipped.source,
                reference_date=shipped.reference_date,
                estimated=shipped.estimated,
            )
        )


def add_standard_content(session: Session, norm_set: NormSet) -> None:
    """The standard target groups, the norms and urgency categories of `norm_set`, empty
    ambitions and the base scenario."""
    session.add(Scenario(name=BASE_SCENARIO, sort_order=0))
    for order, group in enumerate(catalogue.STANDARD_GROUPS):
        session.add(
            TargetGroup(
                code=group.code,
                label=group.label,
                definition=group.definition,
                mandatory_urgency=group.mandatory_urgency,
                is_standard=True,
                active=True,
                sort_order=order,
                housing_types=",".join(t.value for t in group.housing_types),
                support_levels=",".join(s.value for s in group.support_levels),
            )
        )
    for norm in norm_set.norms:
        apply_set_norm(session, norm)
    follow_set(session, norm_set, "")
    for line in ActionLine:
        session.add(Ambition(action_line=int(line), text=""))


def update_vision(
    project: ProjectFile,
    *,
    title: str | None = None,
    region_name: str | None = None,
    author: str | None = None,
    status: VisionStatus | None = None,
) -> VisionInfo:
    """Change the title, region name, author or status (None leaves a field as it is)."""
    with project.write() as session:
        vision = vision_row(session)
        if title is not None:
            vision.title = check_text(
                title, "De naam van de woonzorgvisie", required=True, max_length=TITLE_LENGTH
            )
        if region_name is not None:
            vision.region_name = check_text(region_name, "De regio", max_length=TITLE_LENGTH)
        if author is not None:
            vision.author = check_text(author, "De auteur", max_length=TITLE_LENGTH)
        if status is not None:
            vision.status = VisionStatus(status).value
        touch(session)
    return get_vision(project)


def figures_outside_period(project: ProjectFile, start_year: int, end_year: int) -> bool:
    """Whether any figure (need, capacity, vacancies, agreement year) lies outside the years."""
    with project.read() as session:
        return any(
            session.exec(
                select(table).where((table.year < start_year) | (table.year > end_year))
            ).first()
            for table in (NeedValue, CapacityValue, SocialRentVacancies, AgreementYear)
        )


def set_plan_period(
    project: ProjectFile, start_year: int, end_year: int, *, drop_outside: bool = False
) -> Tombstone:
    """Change the plan period. Figures outside the new period are refused unless
    `drop_outside`, which deletes them (the user confirmed that). Returns what was dropped,
    which `tombstone.resurrect` puts back (undo, after the old period is set again)."""
    start_year, end_year = check_plan_period(start_year, end_year)
    with project.write() as session:
        outside = [
            table
            for table in (NeedValue, CapacityValue, SocialRentVacancies, AgreementYear)
            if session.exec(
                select(table).where((table.year < start_year) | (table.year > end_year))
            ).first()
        ]
        if outside and not drop_outside:
            raise FiguresOutsidePeriodError(
                f"Er zijn cijfers ingevuld buiten {start_year}–{end_year}. Bevestig dat die "
                "vervallen, of kies een planperiode die ze omvat."
            )
        connection = session.connection()
        dropped: list[tuple[str, dict[str, Any]]] = []
        for table in outside:  # set-based: a national vision has tens of thousands of values
            where = (col(table.year) < start_year) | (col(table.year) > end_year)
            # SQLModel sets __table__ on table classes at run time; its stubs do not declare it.
            query = select(table.__table__).where(where)  # type: ignore[union-attr]
            dropped += [
                (table.__tablename__, dict(row)) for row in connection.execute(query).mappings()
            ]
            connection.execute(delete(table).where(where))
        vision = vision_row(session)
        vision.start_year, vision.end_year = start_year, end_year
        touch(session)
        session.flush()
        # Parents first: a series must be back before its values are.
        dropped = _drop_empty_series(session) + dropped
    return Tombstone(tuple(dropped), ())


def set_distribution_key(
    project: ProjectFile,
    key: DistributionKey,
    weights: dict[BaselineIndicator, float] | None = None,
) -> VisionInfo:
    """Choose the verdeelsleutel; the weighted mix needs weights (at least one above 0)."""
    key = DistributionKey(key)
    with project.write() as session:
        vision = vision_row(session)
        if weights is not None:
            for indicator, weight in weights.items():
                if indicator not in WEIGHT_COLUMNS:
                    raise ValidationError(f"{indicator.label} kan geen deel van de mix zijn.")
                if (
                    isinstance(weight, bool)
                    or not isinstance(weight, int | float)
                    or not 0 <= weight <= MAX_NUMBER  # also NaN and infinity
                ):
                    raise ValidationError("Gewichten zijn getallen van 0 of meer.")
            for indicator, column in WEIGHT_COLUMNS.items():
                setattr(vision, column, float(weights.get(indicator, 0.0)))
        if key is DistributionKey.WEIGHTED_MIX and not any(
            getattr(vision, column) > 0 for column in WEIGHT_COLUMNS.values()
        ):
            raise ValidationError("Geef ten minste één onderdeel van de gewogen mix een gewicht.")
        vision.distribution_key = key.value
        touch(session)
    return get_vision(project)


def _drop_empty_series(session: Session) -> list[tuple[str, dict[str, Any]]]:
    """Rows left without values, note or allocation rule are of no use any more; returns
    them (table name, row) so that an undo can put them back."""
    connection = session.connection()
    dropped: list[tuple[str, dict[str, Any]]] = []
    for table, condition in (
        ("need_series", "source_note = ''"),
        ("capacity_series", "source_note = '' AND allocation_share IS NULL"),
    ):
        value_table = table.replace("_series", "_value")
        where = f"{condition} AND id NOT IN (SELECT DISTINCT series_id FROM {value_table})"
        rows = connection.exec_driver_sql(f"SELECT * FROM {table} WHERE {where}")
        dropped += [(table, dict(row)) for row in rows.mappings()]
        connection.exec_driver_sql(f"DELETE FROM {table} WHERE {where}")
    return dropped
