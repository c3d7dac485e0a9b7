"""The need grid's rows from calculations already at hand.

`figures.need_series` reads every value of a group from the file: in a national vision
forty thousand of them, most of the time of the grid's first paint. The calculations hold
the same typed figures (the plan period's, of the housing types the group uses: exactly
the grid's cells), so once they are at hand only the rows' source notes are read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models import HousingType
from app.services.dto import SeriesInfo
from app.storage import ProjectReader

if TYPE_CHECKING:
    from app.services.analysis import VisionFigures

_NOTES_SQL = """
SELECT m.code, s.housing_type, s.source_note
FROM need_series s JOIN municipality m ON m.id = s.municipality_id
WHERE s.target_group_id = ? AND s.source_note <> ''
"""


def need_series_from(
    figures: VisionFigures, project: ProjectReader, group_id: int
) -> list[SeriesInfo] | None:
    """The need rows of an active group as `figures.need_series` gives them for the grid:
    its typed figures in the plan period (a raming is not typed), and each row's source
    note; None when the group is not in `figures` (which must be the calculations of the
    file as it is now)."""
    group = next((g for g in figures.groups if g.id == group_id), None)
    if group is None:
        return None
    notes = {
        (code, HousingType(housing)): note
        for code, housing, note in project.fetch(_NOTES_SQL, (group_id,))
    }
    inputs, years = figures.inputs, figures.years
    # Only a group with a usable raming in the scenario has estimated cells.
    estimated = any(e.group_id == group_id and e.parameters for e in figures.stored_estimates)
    listed = []
    for municipality in figures.municipalities:
        part = inputs.part(municipality.id, group_id)
        for housing_type in group.housing_types:
            key = municipality.id, group_id, housing_type
            cells = [part.get((key[0], group_id, housing_type, y)) for y in years]
            values = {
                y: c.need
                for y, c in zip(years, cells, strict=True)
                if c is not None and c.need is not None
            }
            if estimated and values:  # a raming is not typed
                values = {y: v for y, v in values.items() if (*key, y) not in figures.estimated}
            note = notes.get((municipality.code, housing_type), "")
            if values or note:
                listed.append(
                    SeriesInfo(municipality.code, group_id, housing_type, None, note, values)
                )
    return listed
