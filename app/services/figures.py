"""Enter need (woonbehoefte) and capacity (aanbod): one cell, a pasted block, a source note,
and the allocation rule that turns vacancies into capacity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from app.models import (
    CapacityKind,
    CapacitySeries,
    CapacityValue,
    HousingType,
    Municipality,
    NeedSeries,
    NeedValue,
    TargetGroup,
)
from app.models.rules import SOURCE_NOTE_LENGTH
from app.services.allocation import apply_rule, vacancy_counts
from app.services.dto import SeriesInfo
from app.services.errors import DomainError, NotFoundError, ValidationError
from app.services.lookup import group_row, municipality_row, stored_id, touch, vision_row
from app.services.reference_data import normalise_code
from app.services.validation import check_quantity, check_share_percent, check_text, check_year
from app.storage import ProjectFile, ProjectReader


@dataclass(frozen=True)
class Cell:
    """One grid cell: municipality x group x housing type (x kind, for capacity) x year."""

    municipality_code: str
    group_id: int
    housing_type: HousingType
    year: int
    kind: CapacityKind | None = None


# A grid row in its table: municipality id, group id, housing type (, kind for capacity).
SeriesKey = tuple[int, int, str] | tuple[int, int, str, str]


@dataclass(frozen=True)
class CellChange:
    """A new value for a cell; quantity None empties it (unknown again)."""

    cell: Cell
    quantity: int | None


def set_need(project: ProjectFile, cell: Cell, quantity: int | None) -> int | None:
    """Set one need cell; returns the previous value (for undo)."""
    return set_cells(project, [CellChange(cell, quantity)])[0]


def set_capacity(project: ProjectFile, cell: Cell, quantity: int | None) -> int | None:
    """Set one capacity cell (the cell needs a kind); returns the previous value."""
    return set_cells(project, [CellChange(cell, quantity)])[0]


@dataclass(frozen=True)
class CellsWritten:
    """What `write_cells` did: each cell's previous value (in order) and the (municipality
    id, group id, year) keys it touched, which the calculations patch."""

    previous: list[int | None]
    keys: frozenset[tuple[int, int, int]]


def set_cells(project: ProjectFile, changes: Sequence[CellChange]) -> list[int | None]:
    """Apply a block of need or capacity changes at once (see `write_cells`); returns the
    previous value of each cell, in order."""
    return write_cells(project, changes).previous


def write_cells(project: ProjectFile, changes: Sequence[CellChange]) -> CellsWritten:
    """Apply a block of need or capacity changes at once, all or nothing.

    Cells with a kind are capacity, cells without are need. Every value is
    checked before anything is written; the first bad one is reported with its
    place. Set-based (a few statements per block), so pasting thousands of cells is quick.
    """
    _check_duplicates(changes)
    with project.write() as session:
        vision = vision_row(session)
        quantities = [_checked(change, vision.start_year, vision.end_year) for change in changes]
        municipality_ids = _municipality_ids(session, {c.cell.municipality_code for c in changes})
        _check_groups(session, changes)
        previous: dict[int, int | None] = {}
        for capacity in (False, True):
            indices = [i for i, c in enumerate(changes) if (c.cell.kind is not None) == capacity]
            if indices:
                previous.update(
                    _write_block(session, capacity, changes, quantities, indices, municipality_ids)
                )
        touch(session)
        keys = frozenset(
            (municipality_ids[c.cell.municipality_code], c.cell.group_id, c.cell.year)
            for c in changes
        )
        return CellsWritten([previous[i] for i in range(len(changes))], keys)


def _check_duplicates(changes: Sequence[CellChange]) -> None:
    seen: set[Cell] = set()
    for change in changes:
        if change.cell in seen:
            raise ValidationError(f"{_place(change.cell)} komt twee keer voor.")
        seen.add(change.cell)


def _checked(change: CellChange, start_year: int, end_year: int) -> int | None:
    cell = change.cell
    try:
        HousingType(cell.housing_type)
        if cell.kind is not None:
            CapacityKind(cell.kind)
        check_year(cell.year, start_year, end_year)
        return None if change.quantity is None else check_quantity(change.quantity)
    except ValueError as exc:
        raise ValidationError(f"{_place(cell)}: onbekende woonvorm of soort aanbod.") from exc
    except DomainError as exc:
        raise ValidationError(f"{_place(cell)}: {exc.message}") from exc


def _municipality_ids(session: Session, codes: set[str]) -> dict[str, int]:
    rows = session.exec(select(Municipality.id, Municipality.code))
    known = {code: id_ for id_, code in rows if id_ is not None}  # (a stored row has its id)
    result = {}
    for code in codes:
        normalised = normalise_code(code)
        if normalised not in known:
            raise NotFoundError(f"Gemeente {code} hoort niet bij deze woonzorgvisie.")
        result[code] = known[normalised]
    return result


def _check_groups(session: Session, changes: Sequence[CellChange]) -> None:
    """Every cell's group exists and uses the cell's housing type: a housing type the
    group does not use has no cells (choose it for the group first)."""
    used = {
        id_: (label, types.split(","))
        for id_, label, types in session.exec(
            select(TargetGroup.id, TargetGroup.label, TargetGroup.housing_types)
        )
    }
    for change in changes:
        cell = change.cell
        if cell.group_id not in used:
            raise NotFoundError("Deze aandachtsgroep bestaat niet (meer).")
        label, types = used[cell.group_id]
        if HousingType(cell.housing_type).value not in types:
            raise ValidationError(
                f"{_place(cell)}: '{label}' gebruikt deze woonvorm niet. Kies de woonvorm "
                "eerst bij de aandachtsgroep (stap Aandachtsgroepen)."
            )


def _write_block(
    session: Session,
    capacity: bool,
    changes: Sequence[CellChange],
    quantities: list[int | None],
    indices: list[int],
    municipality_ids: dict[str, int],
) -> dict[int, int | None]:
    """Upsert and delete one table's cells; returns index -> previous value."""
    series_table, value_table = (
        (CapacitySeries, CapacityValue) if capacity else (NeedSeries, NeedValue)
    )

    def series_key(cell: Cell) -> SeriesKey:
        key = (
            municipality_ids[cell.municipality_code],
            cell.group_id,
            HousingType(cell.housing_type).value,
        )
        if cell.kind is None:  # a need cell: this block is not `capacity`
            return key
        return key + (CapacityKind(cell.kind).value,)

    keys = {series_key(changes[i].cell) for i in indices}
    series = _series_ids(session, capacity, keys)
    for i in indices:
        if series[series_key(changes[i].cell)][1] is not None:
            raise ValidationError(
                f"{_place(changes[i].cell)} wordt berekend uit de vrijkomende woningen × het "
                "toewijzingspercentage. Pas die aan, of zet de berekening uit."
            )
    wanted = {(series[series_key(changes[i].cell)][0], changes[i].cell.year): i for i in indices}
    ids = {series_id for series_id, _ in wanted}
    old = _current_values(session, value_table, sorted(ids))
    upserts = [
        {"series_id": sid, "year": year, "quantity": quantities[i]}
        for (sid, year), i in wanted.items()
        if quantities[i] is not None and old.get((sid, year)) != quantities[i]
    ]
    deletes = [
        {"sid": sid, "yr": year}
        for (sid, year), i in wanted.items()
        if quantities[i] is None and (sid, year) in old
    ]
    if upserts:
        statement = sqlite_insert(value_table)
        session.execute(
            statement.on_conflict_do_update(
                index_elements=["series_id", "year"],
                set_={"quantity": statement.excluded.quantity},
            ),
            upserts,
        )
    if deletes:
        session.connection().execute(
            delete(value_table).where(
                col(value_table.series_id) == bindparam("sid"),
                col(value_table.year) == bindparam("yr"),
            ),
            deletes,
        )
    return {i: old.get(key) for key, i in wanted.items()}


def _current_values(
    session: Session, value_table: type[NeedValue] | type[CapacityValue], ids: list[int]
) -> dict[tuple[int, int], int]:
    """(series id, year) -> stored quantity for the given series, read in chunks of ids so
    that one typed cell reads a dozen values, not the whole group's."""
    result: dict[tuple[int, int], int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(value_table.series_id, value_table.year, value_table.quantity).where(
            col(value_table.series_id).in_(chunk)
        )
        result.update({(sid, year): quantity for sid, year, quantity in session.exec(query)})
    return result


def _series_ids(
    session: Session, capacity: bool, keys: set[SeriesKey]
) -> dict[SeriesKey, tuple[int, float | None]]:
    """Series key -> (id, allocation share) for `keys`, creating the series that are missing.
    Only the series of the keys' groups and municipalities are read: one typed figure of a
    national vision read the whole group's, thousands of rows."""
    group_ids = {k[1] for k in keys}
    municipality_ids = {k[0] for k in keys}

    def existing() -> dict[SeriesKey, tuple[int, float | None]]:
        if capacity:
            # sqlmodel's select() is typed for at most four columns; this one has six.
            rows = session.exec(
                select(  # type: ignore[call-overload]
                    CapacitySeries.municipality_id,
                    CapacitySeries.target_group_id,
                    CapacitySeries.housing_type,
                    CapacitySeries.kind,
                    CapacitySeries.id,
                    CapacitySeries.allocation_share,
                ).where(
                    col(CapacitySeries.target_group_id).in_(group_ids),
                    col(CapacitySeries.municipality_id).in_(municipality_ids),
                )
            )
            return {(m, g, t, k): (id_, share) for m, g, t, k, id_, share in rows}
        need_rows = session.exec(
            select(
                NeedSeries.municipality_id,
                NeedSeries.target_group_id,
                NeedSeries.housing_type,
                NeedSeries.id,
            ).where(
                col(NeedSeries.target_group_id).in_(group_ids),
                col(NeedSeries.municipality_id).in_(municipality_ids),
            )
        )
        return {(m, g, t): (id_, None) for m, g, t, id_ in need_rows if id_ is not None}

    found = existing()
    missing = [key for key in keys if key not in found]
    if missing:
        columns = ["municipality_id", "target_group_id", "housing_type"]
        if capacity:
            columns.append("kind")
        table = CapacitySeries if capacity else NeedSeries
        session.execute(insert(table), [dict(zip(columns, key, strict=True)) for key in missing])
        found = existing()
    return found


def set_source_note(project: ProjectFile, row: Cell, note: str) -> str:
    """Set the source note of a grid row (the row's year is ignored); returns the old note."""
    return set_source_notes(project, [(row, note)])[0]


def set_source_notes(project: ProjectFile, notes: Sequence[tuple[Cell, str]]) -> list[str]:
    """Set the source notes of several grid rows at once; returns the old notes."""
    checked = [
        (row, check_text(note, "De bronvermelding", max_length=SOURCE_NOTE_LENGTH))
        for row, note in notes
    ]
    with project.write() as session:
        old = []
        for row, note in checked:
            group_row(session, row.group_id)
            municipality = municipality_row(session, row.municipality_code)
            series = _series(session, stored_id(municipality), row, create=True)
            assert series is not None  # created when missing
            old.append(series.source_note)
            series.source_note = note
        touch(session)
        return old


def set_allocation_rule(
    project: ProjectFile,
    municipality_code: str,
    group_id: int,
    share_percent: float | None,
    housing_type: HousingType = HousingType.INDEPENDENT_REGULAR,
) -> AllocationState:
    """Let the allocation row of a group follow vacancies x `share_percent`; None stops the
    rule and keeps the current numbers as entered values. Returns the row as it was
    (share and values), which `restore_allocation` puts back (undo)."""
    if share_percent is not None:
        share_percent = check_share_percent(share_percent)
    try:
        housing_type = HousingType(housing_type)
    except ValueError as exc:
        raise ValidationError(f"Onbekende woonvorm '{housing_type}'.") from exc
    cell = Cell(municipality_code, group_id, housing_type, 0, CapacityKind.ALLOCATION)
    with project.write() as session:
        group = group_row(session, group_id)
        if housing_type.value not in group.housing_types.split(","):
            raise ValidationError(
                f"'{group.label}' gebruikt de woonvorm {housing_type.label.lower()} niet; kies "
                "die eerst bij de aandachtsgroep."
            )
        municipality = municipality_row(session, municipality_code)
        series = _series(session, stored_id(municipality), cell, create=True)
        assert isinstance(series, CapacitySeries)  # the cell has a kind; created when missing
        old = AllocationState(series.allocation_share, _series_values(session, stored_id(series)))
        series.allocation_share = share_percent
        if share_percent is not None:
            session.flush()
            apply_rule(session, series, vacancy_counts(session, stored_id(municipality)))
        touch(session)
        return old


@dataclass(frozen=True)
class AllocationState:
    """An allocation row as it was: its rule (share, or None) and its values per year."""

    share: float | None
    values: dict[int, int]


def restore_allocation(
    project: ProjectFile,
    municipality_code: str,
    group_id: int,
    state: AllocationState,
    housing_type: HousingType = HousingType.INDEPENDENT_REGULAR,
) -> None:
    """Put an allocation row back exactly as `state` describes it (undo of a rule change)."""
    cell = Cell(municipality_code, group_id, HousingType(housing_type), 0, CapacityKind.ALLOCATION)
    with project.write() as session:
        municipality = municipality_row(session, municipality_code)
        series = _series(session, stored_id(municipality), cell, create=True)
        assert isinstance(series, CapacitySeries)  # the cell has a kind; created when missing
        series.allocation_share = state.share
        for value in session.exec(
            select(CapacityValue).where(CapacityValue.series_id == series.id)
        ):
            session.delete(value)
        session.flush()
        session.add_all(
            CapacityValue(series_id=stored_id(series), year=year, quantity=quantity)
            for year, quantity in state.values.items()
        )
        touch(session)


def _series_values(session: Session, series_id: int) -> dict[int, int]:
    rows = session.exec(select(CapacityValue).where(CapacityValue.series_id == series_id))
    return {row.year: row.quantity for row in rows}


def need_series(project: ProjectReader, group_id: int) -> list[SeriesInfo]:
    """Every need row entered for a group."""
    return _list(project, group_id, capacity=False)


def capacity_series(project: ProjectReader, group_id: int) -> list[SeriesInfo]:
    """Every capacity row entered for a group."""
    return _list(project, group_id, capacity=True)


def _list(project: ProjectReader, group_id: int, *, capacity: bool) -> list[SeriesInfo]:
    series_table, value_table = (
        (CapacitySeries, CapacityValue) if capacity else (NeedSeries, NeedValue)
    )
    with project.read() as session:
        codes = dict(session.exec(select(Municipality.id, Municipality.code)).all())
        # Columns, not ORM objects: a national grid has thousands of rows.
        share = CapacitySeries.allocation_share if capacity else None
        kind = CapacitySeries.kind if capacity else None
        # Four columns, six for capacity: more than select()'s overloads can type.
        rows: Sequence[Sequence[Any]] = session.exec(
            select(
                series_table.id,
                series_table.municipality_id,
                series_table.housing_type,
                series_table.source_note,
                *(c for c in (kind, share) if c is not None),
            ).where(series_table.target_group_id == group_id)
        ).all()
        values: dict[int, dict[int, int]] = {row[0]: {} for row in rows}
        # Tens of thousands of values: the DB-API cursor itself, fetched in one call
        # (SQLAlchemy's row-by-row result took twice as long as SQLite's query).
        prefix = "capacity" if capacity else "need"
        connection = session.connection().connection.driver_connection
        assert connection is not None  # the session's connection is open
        rows_of_values = (
            connection.cursor()
            .execute(
                f"SELECT v.series_id, v.year, v.quantity FROM {prefix}_value v "
                f"JOIN {prefix}_series s ON s.id = v.series_id WHERE s.target_group_id = ?",
                (group_id,),
            )
            .fetchall()
        )
        for series_id, year, quantity in rows_of_values:
            values[series_id][year] = quantity
        return [
            SeriesInfo(
                municipality_code=codes[row[1]],
                group_id=group_id,
                housing_type=HousingType(row[2]),
                kind=CapacityKind(row[4]) if capacity else None,
                source_note=row[3],
                values=values[row[0]],
                allocation_share=row[5] if capacity else None,
            )
            for row in rows
        ]


def _series(
    session: Session, municipality_id: int, cell: Cell, *, create: bool
) -> NeedSeries | CapacitySeries | None:
    housing_type = HousingType(cell.housing_type).value
    series: NeedSeries | CapacitySeries | None
    if cell.kind is None:
        series = session.exec(
            select(NeedSeries).where(
                NeedSeries.municipality_id == municipality_id,
                NeedSeries.target_group_id == cell.group_id,
                NeedSeries.housing_type == housing_type,
            )
        ).first()
    else:
        series = session.exec(
            select(CapacitySeries).where(
                CapacitySeries.municipality_id == municipality_id,
                CapacitySeries.target_group_id == cell.group_id,
                CapacitySeries.housing_type == housing_type,
                CapacitySeries.kind == CapacityKind(cell.kind).value,
            )
        ).first()
    if series is None and create:
        if cell.kind is None:
            series = NeedSeries(
                municipality_id=municipality_id,
                target_group_id=cell.group_id,
                housing_type=housing_type,
            )
        else:
            series = CapacitySeries(
                municipality_id=municipality_id,
                target_group_id=cell.group_id,
                housing_type=housing_type,
                kind=CapacityKind(cell.kind).value,
            )
        session.add(series)
        session.flush()
    return series


def _place(cell: Cell) -> str:
    what = "Aanbod" if cell.kind is not None else "Woonbehoefte"
    try:
        housing = HousingType(cell.housing_type).label
    except ValueError:
        housing = str(cell.housing_type)
    return f"{what} {cell.municipality_code}, {housing}, {cell.year}"


def empty_cells(
    project: ProjectReader,
    *,
    capacity: bool,
    group_id: int | None = None,
    municipality_code: str | None = None,
) -> list[Cell]:
    """The expected need (or capacity) cells nobody entered, of one active group or all, in
    one municipality or all: each housing type the group uses, each year of the plan period
    (and each kind of capacity). Rows that the allocation rule computes are left out: their
    numbers follow the vacancies."""
    from app.services.target_groups import list_target_groups
    from app.services.vision_read import get_vision

    years = get_vision(project).years
    groups = [g for g in list_target_groups(project, active_only=True) if group_id in (None, g.id)]
    codes = [
        c for c in _municipality_codes(project) if municipality_code in (None, normalise_code(c))
    ]
    kinds: list[CapacityKind | None] = list(CapacityKind) if capacity else [None]
    cells = []
    for group in groups:
        listed = (capacity_series if capacity else need_series)(project, group.id)
        rows = {(s.municipality_code, s.housing_type, s.kind): s for s in listed}
        for code in codes:
            for housing_type in group.housing_types:
                for kind in kinds:
                    found = rows.get((code, housing_type, kind))
                    if found is not None and found.allocation_share is not None:
                        continue
                    values = {} if found is None else found.values
                    cells += [
                        Cell(code, group.id, housing_type, y, kind)
                        for y in years
                        if y not in values
                    ]
    return cells


def _municipality_codes(project: ProjectReader) -> list[str]:
    with project.read() as session:
        return list(session.exec(select(Municipality.code).order_by(col(Municipality.sort_order))))
