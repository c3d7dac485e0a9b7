"""The vision's details and its municipalities, read straight through sqlite3.

These are what the first screen shows. Reading them without SQLAlchemy lets that
screen fill in before the database layer (a third of a second of imports) has
loaded; `vision` and `municipalities` offer the same functions with the writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from app.models.enums import BaselineIndicator, DistributionKey, VisionStatus
from app.services.dto import BaselineValue, MunicipalityInfo, VisionInfo
from app.services.errors import NotFoundError
from app.services.reference_data import find_reference, shipped_figure
from app.storage import ProjectReader

# The baseline figures Thuisplan ships (CBS counts, and the social rent dwellings as a raming).
SHIPPED = (
    BaselineIndicator.INHABITANTS,
    BaselineIndicator.INHABITANTS_65_PLUS,
    BaselineIndicator.HOUSEHOLDS,
    BaselineIndicator.DWELLINGS,
    BaselineIndicator.SOCIAL_RENT_DWELLINGS,
)

# The vision table's column for the weight of each indicator in a combined key.
WEIGHT_COLUMNS = {
    BaselineIndicator.INHABITANTS: "weight_inhabitants",
    BaselineIndicator.HOUSEHOLDS: "weight_households",
    BaselineIndicator.DWELLINGS: "weight_dwellings",
    BaselineIndicator.SOCIAL_RENT_DWELLINGS: "weight_social_rent_dwellings",
}

_VISION_SQL = f"""
SELECT title, region_name, start_year, end_year, status, author, created, modified,
       distribution_key, is_example, {", ".join(WEIGHT_COLUMNS.values())}
FROM vision ORDER BY id LIMIT 1
"""
_MUNICIPALITIES_SQL = (
    "SELECT id, code, name, province, corop FROM municipality ORDER BY sort_order, name"
)
_BASELINE_SQL = (
    "SELECT municipality_id, indicator, value, source, reference_date, user_entered, estimated "
    "FROM baseline_figure"
)


def get_vision(project: ProjectReader) -> VisionInfo:
    """The vision's details."""
    rows = project.fetch(_VISION_SQL)
    if not rows:
        raise NotFoundError("Dit bestand bevat geen woonzorgvisie.")
    (title, region, start, end, status, author, created, modified, key, example, *weights) = rows[0]
    return VisionInfo(
        title=title,
        region_name=region,
        start_year=start,
        end_year=end,
        status=VisionStatus(status),
        author=author,
        created=_timestamp(created),
        modified=_timestamp(modified),
        distribution_key=DistributionKey(key),
        key_weights=dict(zip(WEIGHT_COLUMNS, weights, strict=True)),
        is_example=bool(example),
    )


def norm_set_code(project: ProjectReader) -> str:
    """The code of the norm set the vision follows ('' for none)."""
    rows = project.fetch("SELECT norm_set FROM vision ORDER BY id LIMIT 1")
    return str(rows[0][0]) if rows else ""


def list_municipalities(project: ProjectReader) -> list[MunicipalityInfo]:
    """The vision's municipalities in their order, with baseline figures."""
    municipalities = project.fetch(_MUNICIPALITIES_SQL)
    figures: dict[int, dict[BaselineIndicator, BaselineValue]] = {m[0]: {} for m in municipalities}
    for municipality_id, indicator, value, source, date, user_entered, estimated in project.fetch(
        _BASELINE_SQL
    ):
        figures[municipality_id][BaselineIndicator(indicator)] = BaselineValue(
            value, source, date, bool(user_entered), bool(estimated)
        )
    return [
        MunicipalityInfo(id_, code, name, province, corop, figures[id_])
        for id_, code, name, province, corop in municipalities
    ]


def missing_shipped_figures(
    infos: Iterable[MunicipalityInfo],
) -> list[tuple[str, BaselineIndicator]]:
    """The (municipality code, indicator) of every empty baseline figure that nobody
    entered and the shipped data has a value for: what `municipalities.fill_shipped_figures`
    would fill (a file made before Thuisplan shipped 65+ counts and corporation shares)."""
    found = []
    for info in infos:
        reference = find_reference(info.code)
        for indicator in SHIPPED:
            figure = info.baseline.get(indicator)
            if figure is not None and (figure.value is not None or figure.user_entered):
                continue
            if shipped_figure(reference, indicator).value is not None:
                found.append((info.code, indicator))
    return found


def _timestamp(text: str) -> datetime:
    """A stored time ('YYYY-MM-DD HH:MM:SS.ffffff', in UTC) as the ORM reads it: aware."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
