"""What a service needs to read a vision: a ProjectFile, or a Snapshot of one (every read in
one transaction). Functions that only read take a ProjectReader, so either will do."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlmodel import Session


class ProjectReader(Protocol):
    """Reads through a session (`read`) or one query at a time (`fetch`)."""

    @property
    def path(self) -> Path: ...

    def read(self) -> AbstractContextManager[Session]: ...

    def fetch(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...
