"""Undoable deletes: capture a row with everything that hangs on it, and put it back.

Foreign keys in the schema say what a delete takes along (ON DELETE CASCADE) and
what it merely unlinks (ON DELETE SET NULL). `bury` reads both before the delete;
`resurrect` re-inserts the rows with their original ids and relinks the rest, so
the vision is exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, insert, select, update
from sqlmodel import Session, SQLModel

from app.services.lookup import touch
from app.storage import ProjectFile


@dataclass(frozen=True)
class Tombstone:
    """What a delete removed (parents first) and which links it cleared."""

    rows: tuple[tuple[str, dict[str, Any]], ...]
    unlinked: tuple[tuple[str, dict[str, Any], str, Any], ...]  # table, key, column, old value


def bury(session: Session, instance: SQLModel) -> Tombstone:
    """Delete `instance` (flushed) and return what went with it."""
    # SQLModel sets __table__ on table classes at run time; its stubs do not declare it.
    table: Table = instance.__table__  # type: ignore[attr-defined]
    key = {column.name: getattr(instance, column.name) for column in table.primary_key.columns}
    rows: list[tuple[str, dict[str, Any]]] = []
    unlinked: list[tuple[str, dict[str, Any], str, Any]] = []
    _visit(session, table, key, rows, unlinked)
    session.delete(instance)
    session.flush()
    return Tombstone(tuple(rows), tuple(unlinked))


def resurrect(session: Session, tombstone: Tombstone) -> None:
    """Put back what `bury` removed, with the same ids."""
    connection = session.connection()
    tables = SQLModel.metadata.tables
    for name, row in tombstone.rows:
        connection.execute(insert(tables[name]).values(**row))
    for name, key, column, value in tombstone.unlinked:
        table = tables[name]
        connection.execute(update(table).where(_match(table, key)).values({column: value}))


def restore_deleted(project: ProjectFile, tombstone: Tombstone) -> None:
    """Undo a delete."""
    with project.write() as session:
        resurrect(session, tombstone)
        touch(session)


# Tables the database derives itself (by triggers): re-inserting the values rebuilds them.
DERIVED = {"cell_value"}


def _visit(
    session: Session,
    table: Table,
    where: dict[str, Any],
    rows: list[tuple[str, dict[str, Any]]],
    unlinked: list[tuple[str, dict[str, Any], str, Any]],
) -> None:
    connection = session.connection()
    for row in connection.execute(select(table).where(_match(table, where))).mappings():
        rows.append((table.name, dict(row)))
        for child in SQLModel.metadata.sorted_tables:
            if child.name in DERIVED:
                continue
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                value = row[fk.column.name]
                if fk.ondelete == "CASCADE":
                    _visit(session, child, {fk.parent.name: value}, rows, unlinked)
                elif fk.ondelete == "SET NULL":
                    keys = [c.name for c in child.primary_key.columns]
                    query = select(*[child.c[k] for k in keys]).where(
                        child.c[fk.parent.name] == value
                    )
                    for linked in connection.execute(query).mappings():
                        unlinked.append((child.name, dict(linked), fk.parent.name, value))


def _match(table: Table, values: dict[str, Any]) -> ColumnElement[bool]:
    return and_(*[table.c[name] == value for name, value in values.items()])
