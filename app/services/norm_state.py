"""Everything a vision holds about its norms, as plain values: what undo puts back.

The norm set, the norms and the urgency categories (with their ids) are few rows, so an
operation on them records the whole state before and after and restores it exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete
from sqlmodel import select

from app.models import Norm, UrgencyCategory
from app.services.lookup import touch, vision_row
from app.storage import ProjectFile, ProjectReader

Row = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class NormState:
    """The vision's norm set code, norm rows and urgency category rows."""

    norm_set: str
    norms: tuple[Row, ...]
    categories: tuple[Row, ...]


def norm_state(project: ProjectReader) -> NormState:
    """The state as it is in the file now."""
    with project.read() as session:
        norms = session.exec(select(Norm)).all()
        categories = session.exec(select(UrgencyCategory)).all()
        return NormState(
            vision_row(session).norm_set,
            tuple(tuple(row.model_dump().items()) for row in norms),
            tuple(tuple(row.model_dump().items()) for row in categories),
        )


def restore_norm_state(project: ProjectFile, state: NormState) -> None:
    """Put `state` back, row for row (same codes and ids)."""
    with project.write() as session:
        session.connection().execute(delete(Norm))
        session.connection().execute(delete(UrgencyCategory))
        session.flush()
        session.add_all(Norm(**dict(row)) for row in state.norms)
        session.add_all(UrgencyCategory(**dict(row)) for row in state.categories)
        vision_row(session).norm_set = state.norm_set
        touch(session)
