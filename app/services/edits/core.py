"""What every user action is below Qt: an `Edit` with its Dutch text, `do` and `undo`, and
the `Changes` each of them made (typed topics and, for need and capacity, the touched cells).

An operation function (in the modules of this package) builds an Edit; the GUI's session
runs `do`, keeps the Edit on its undo stack and tells the screens what changed. Undo
restores by stable identity: the natural keys or the ids the edit itself recorded while
doing, never by counting on SQLite handing out the same row id again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the first screen imports Changes and Topic before the database layer
    from app.services.tombstone import Tombstone
    from app.storage import ProjectFile

Key = tuple[int, int, int]  # municipality id, group id, year


class Topic(StrEnum):
    """What a change concerns; each screen refreshes on the topics it shows."""

    VISION = "vision"
    MUNICIPALITIES = "municipalities"
    GROUPS = "groups"
    NEED = "need"
    CAPACITY = "capacity"
    PARTNERS = "partners"
    MEASURES = "measures"
    AGREEMENTS = "agreements"
    NORMS = "norms"
    DISTRIBUTION = "distribution"  # the evenwichtige verdeling's scope, carry-over, corrections
    MONITORING = "monitoring"  # metingen: delivered and realised figures, status overrides


EVERYTHING = frozenset(Topic)


@dataclass(frozen=True)
class Changes:
    """What one do or undo changed. `cells` are the (municipality id, group id, year) of
    need or capacity it wrote (None: not known cell by cell, so everything is reloaded);
    `values` the cells' new values, for a grid that shows them to patch itself."""

    topics: frozenset[Topic]
    cells: frozenset[Key] | None = None
    values: tuple[Any, ...] = ()

    def concerns(self, topics: Iterable[Topic | str]) -> bool:
        return bool(self.topics & {Topic(t) for t in topics})


def changes(*topics: Topic) -> Changes:
    return Changes(frozenset(topics))


@dataclass(eq=False)
class Edit:
    """One user action. `do()` and `undo()` return the Changes they made; `result` holds
    what the last `do()` returned (e.g. the new partner)."""

    text: str
    forward: Callable[[], tuple[Any, Changes]]
    backward: Callable[[], Changes]
    result: Any = field(default=None, init=False)

    def do(self) -> Changes:
        self.result, made = self.forward()
        return made

    def undo(self) -> Changes:
        return self.backward()


def simple_edit(text: str, made: Changes, do: Callable[[], Any], undo: Callable[[], Any]) -> Edit:
    """An edit whose undo needs nothing recorded while doing (the caller captured it)."""

    def forward() -> tuple[Any, Changes]:
        return do(), made

    def backward() -> Changes:
        undo()
        return made

    return Edit(text, forward, backward)


def update_edit(
    text: str, made: Changes, read: Callable[[], Any], write: Callable[[Any], Any], new: Any
) -> Edit:
    """Set a value: `read()` gives the current one (recorded on every do, so redo after an
    undo restores exactly what was there), `write(value)` stores one."""
    before: list[Any] = []

    def forward() -> tuple[Any, Changes]:
        before[:] = [read()]
        return write(new), made

    def backward() -> Changes:
        write(before[0])
        return made

    return Edit(text, forward, backward)


def creating_edit(
    project: ProjectFile,
    text: str,
    made: Changes,
    create: Callable[[], Any],
    delete: Callable[[Any], Tombstone],
) -> Edit:
    """Add something: undo deletes it (keeping its tombstone), redo puts the very same rows
    back with their ids, so later edits that recorded the id still find it."""
    from app.services.tombstone import restore_deleted

    state: dict[str, Any] = {}

    def forward() -> tuple[Any, Changes]:
        if "tombstone" in state:
            restore_deleted(project, state.pop("tombstone"))
            return state["created"], made
        state["created"] = create()
        return state["created"], made

    def backward() -> Changes:
        state["tombstone"] = delete(state["created"])
        return made

    return Edit(text, forward, backward)


def deleting_edit(
    project: ProjectFile, text: str, made: Changes, delete: Callable[[], Tombstone]
) -> Edit:
    """Delete something: undo puts back exactly what the delete took (same ids); redo
    deletes it again by that same id."""
    from app.services.tombstone import restore_deleted

    state: dict[str, Tombstone] = {}

    def forward() -> tuple[Any, Changes]:
        state["tombstone"] = delete()
        return state["tombstone"], made

    def backward() -> Changes:
        restore_deleted(project, state["tombstone"])
        return made

    return Edit(text, forward, backward)


def merged(made: Iterable[Changes]) -> Changes:
    """The changes of several steps as one (cells unknown as soon as one step's are)."""
    parts = list(made)
    topics = frozenset().union(*(p.topics for p in parts))
    if any(p.cells is None and p.concerns({Topic.NEED, Topic.CAPACITY}) for p in parts):
        cells = None
    else:
        cells = frozenset().union(*(p.cells or frozenset() for p in parts)) or None
    return Changes(topics, cells, tuple(v for p in parts for v in p.values))


def combined_edit(text: str, edits: list[Edit]) -> Edit:
    """Several edits as one undo step (e.g. deleting three selected partners). When one
    fails, those already done are undone, so nothing is half done."""

    def forward() -> tuple[Any, Changes]:
        done: list[Edit] = []
        made: list[Changes] = []
        try:
            for edit in edits:
                made.append(edit.do())
                done.append(edit)
        except Exception:
            for edit in reversed(done):
                edit.undo()
            raise
        return [edit.result for edit in edits], merged(made)

    def backward() -> Changes:
        return merged([edit.undo() for edit in reversed(edits)])

    return Edit(text, forward, backward)
