"""The cells and totals of a vision, kept in one part per municipality x group.

A national vision has some 400,000 cells and 40,000 totals. The calculations are never
changed in place (worker threads read them while the user types), so an edit makes new
ones. Kept in one dict, every edit copied all the cells, and Python's cyclic collector
then walked the new copy again, twice: some 60 ms for one typed figure. Kept in a small
dict per municipality x group, an edit copies the part it touches and the indexes that lead
to it (the municipalities, and that municipality's groups); everything else is shared with
the calculations before it.

A part can also be read but not made yet (`Deferred`): opening a national vision needs the
totals of every part, which are worked out from the rows as read, but the cells of a part
only when something looks at them.
"""

from __future__ import annotations

from collections.abc import Callable, ItemsView, Iterator, Mapping, ValuesView
from itertools import chain
from types import MappingProxyType
from typing import Any, Generic, Self, TypeAlias, TypeVar, cast, overload

from app.models import HousingType
from app.services.calculations.cells import CellInput
from app.services.calculations.gaps import GapTotal

CellKey: TypeAlias = tuple[int, int, HousingType, int]  # municipality, group, housing, year
Key: TypeAlias = tuple[int, int, int]  # municipality id, group id, year
PartKey: TypeAlias = tuple[int, int]  # municipality id, group id
K = TypeVar("K", bound=tuple[Any, ...])
V = TypeVar("V")
T = TypeVar("T")
_EMPTY: Mapping[Any, Any] = MappingProxyType({})


class Deferred(Generic[K, V]):
    """A part that is made when first asked for, by `make` (called at most once unless two
    threads ask at the same moment; it must return the same items each time), with
    `size` items (none is empty)."""

    __slots__ = ("_made", "_make", "size")

    def __init__(self, make: Callable[[], dict[K, V]], size: int):
        self._make: Callable[[], dict[K, V]] | None = make
        self._made: dict[K, V] | None = None
        self.size = size

    def __len__(self) -> int:
        return self.size

    def made(self) -> dict[K, V]:
        made = self._made
        if made is None:
            make = self._make
            if make is None:  # made meanwhile in another thread (`_made` is set first)
                return self._made  # type: ignore[return-value]
            made = self._made = make()
            self._make = None  # what it was made from can go
        return made


class Parted(Mapping[K, V], Generic[K, V]):
    """Key -> value for keys that start with a municipality and a group id, read-only:
    `patched` makes a new one that shares every part it leaves alone. Iterates municipality
    by municipality in the order they first came, within one group by group in the order
    they first came, each part in its own order (for keys that come municipality by
    municipality, as the totals do, the order they came in). Equal to any mapping with the
    same items."""

    __slots__ = ("_parts", "_size")

    # municipality id -> group id -> part: an edit copies the index of the municipalities
    # (342 national) and the groups of one, not an index of every municipality x group
    _parts: dict[int, dict[int, dict[K, V] | Deferred[K, V]]]

    def __init__(self, items: Mapping[K, V] | None = None):
        parts: dict[int, dict[int, dict[K, V]]] = {}
        for key, value in (items or {}).items():
            parts.setdefault(key[0], {}).setdefault(key[1], {})[key] = value
        self._parts = cast(dict[int, dict[int, dict[K, V] | Deferred[K, V]]], parts)
        self._size = len(items or ())

    @classmethod
    def of_parts(cls, parts: Mapping[PartKey, dict[K, V] | Deferred[K, V]]) -> Self:
        """The items of `parts` (each holds the keys of its municipality x group only, and
        none is empty), taken as they are: no longer to be changed by the caller."""
        made = cls.__new__(cls)
        made._parts = {}
        for (m, g), part in parts.items():
            made._parts.setdefault(m, {})[g] = part
        made._size = sum(map(len, parts.values()))
        return made

    def part(self, municipality_id: int, group_id: int) -> Mapping[K, V]:
        """The items of one municipality x group (empty when it has none)."""
        return self._part(municipality_id, group_id)

    def parts(self) -> Mapping[PartKey, Mapping[K, V]]:
        """Municipality x group -> its items, for each one that has any (made on each call:
        for an overview, not for looking up one part)."""
        return {(m, g): self._part(m, g) for m, groups in self._parts.items() for g in groups}

    def make_all(self, stop: Callable[[], bool] = lambda: False) -> None:
        """Make every part not made yet (`Deferred`) now, or until `stop()` says so: in a
        worker, so that a screen reading the cells later does not make them on the
        window's thread."""
        for _part in self._all_parts():
            if stop():
                return

    def has_group(self, group_id: int) -> bool:
        """Whether any municipality has items of this group."""
        return any(group_id in groups for groups in self._parts.values())

    def patched(self, changes: Mapping[K, V | None]) -> Self:
        """These items with `changes` made (None: the key has nothing any more); copies the
        parts the changes fall in, and shares the others."""
        parts = dict(self._parts)
        size = self._size
        copied: dict[PartKey, dict[K, V]] = {}
        municipalities: set[int] = set()  # whose index of groups is copied
        for key, value in changes.items():
            m, g = key[0], key[1]
            part = copied.get((m, g))
            if part is None:
                if m not in municipalities:
                    municipalities.add(m)
                    parts[m] = dict(parts.get(m, ()))
                part = copied[(m, g)] = parts[m][g] = dict(self._part(m, g))
            size -= key in part
            if value is None:
                part.pop(key, None)
            else:
                part[key] = value
                size += 1
        for (m, g), part in copied.items():
            if not part:
                del parts[m][g]
        for m in municipalities:
            if not parts[m]:
                del parts[m]
        made = type(self).__new__(type(self))
        made._parts, made._size = parts, size
        return made

    def __getitem__(self, key: K) -> V:
        part = self._part(key[0], key[1])
        if key not in part:
            raise KeyError(key)
        return part[key]

    @overload
    def get(self, key: K, /) -> V | None: ...
    @overload
    def get(self, key: K, /, default: V | T) -> V | T: ...
    def get(self, key: K, /, default: object = None) -> object:
        return self._part(key[0], key[1]).get(key, default)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, tuple) or len(key) < 2:
            return False
        return key in self._part(key[0], key[1])

    def __iter__(self) -> Iterator[K]:
        return chain.from_iterable(self._all_parts())

    def __len__(self) -> int:
        return self._size

    def items(self) -> ItemsView[K, V]:
        return _Items(self)

    def values(self) -> ValuesView[V]:
        return _Values(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict(self.items())!r})"

    def _part(self, m: int, g: int) -> Mapping[K, V]:
        part = self._parts.get(m, _EMPTY).get(g, _EMPTY)
        if isinstance(part, Deferred):
            # made once: the part is put in its place (the municipality's index may be
            # shared with other versions, which hold the same part)
            made = self._parts[m][g] = part.made()
            return made
        return part

    def _all_parts(self) -> Iterator[Mapping[K, V]]:
        return (self._part(m, g) for m, groups in self._parts.items() for g in groups)


class _Items(ItemsView[K, V]):
    """The items, part by part (not looked up again one by one)."""

    _mapping: Parted[K, V]

    def __iter__(self) -> Iterator[tuple[K, V]]:
        return chain.from_iterable(part.items() for part in self._mapping._all_parts())


class _Values(ValuesView[V]):
    """The values, part by part."""

    _mapping: Parted[Any, V]

    def __iter__(self) -> Iterator[V]:
        return chain.from_iterable(part.values() for part in self._mapping._all_parts())


class CellInputs(Parted[CellKey, CellInput]):
    """Cell -> what is entered (or estimated) in it."""

    __slots__ = ()


class GapTotals(Parted[Key, GapTotal]):
    """Municipality x group x year -> its total over the group's housing types."""

    __slots__ = ()


CellPart: TypeAlias = dict[CellKey, CellInput]
