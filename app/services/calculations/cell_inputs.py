"""The figures of a vision's cells, kept in one part per municipality x group.

A national vision has some 400,000 cells. The calculations are never changed in place
(worker threads read them while the user types), so an edit makes new ones. Kept in one
dict, every edit copied all the cells, and Python's cyclic collector then walked the new
copy again, twice: some 60 ms for one typed figure. Kept in a small dict per municipality
x group, an edit copies only the index of the parts (a few thousand entries) and the parts
it touches; everything else is shared with the calculations before it.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterable, Iterator, Mapping, ValuesView
from itertools import chain
from types import MappingProxyType
from typing import TypeAlias, TypeVar, overload

from app.models import HousingType
from app.services.calculations.cells import CellInput

CellKey: TypeAlias = tuple[int, int, HousingType, int]  # municipality, group, housing, year
PartKey: TypeAlias = tuple[int, int]  # municipality id, group id
Part: TypeAlias = dict[CellKey, CellInput]
_EMPTY: Mapping[CellKey, CellInput] = MappingProxyType({})
T = TypeVar("T")


class CellInputs(Mapping[CellKey, CellInput]):
    """Cell -> what is entered (or estimated) in it, read-only: `patched` makes a new one
    that shares every part it leaves alone. Equal to any mapping with the same items."""

    __slots__ = ("_parts", "_size")

    def __init__(self, cells: Mapping[CellKey, CellInput] | None = None):
        parts: dict[PartKey, Part] = {}
        for key, cell in (cells or {}).items():
            parts.setdefault((key[0], key[1]), {})[key] = cell
        self._parts = parts
        self._size = len(cells or ())

    @classmethod
    def of_parts(cls, parts: dict[PartKey, Part]) -> CellInputs:
        """The cells of `parts` (each holds the cells of its municipality x group only, and
        none is empty), taken as they are: no longer to be changed by the caller."""
        made = cls.__new__(cls)
        made._parts = parts
        made._size = sum(map(len, parts.values()))
        return made

    def part(self, municipality_id: int, group_id: int) -> Mapping[CellKey, CellInput]:
        """The cells of one municipality x group (empty when it has none)."""
        return self._parts.get((municipality_id, group_id), _EMPTY)

    def parts(self) -> Mapping[PartKey, Mapping[CellKey, CellInput]]:
        """Municipality x group -> its cells, for each one that has any."""
        return MappingProxyType(self._parts)

    def patched(self, changes: Mapping[CellKey, CellInput | None]) -> CellInputs:
        """These cells with `changes` made (None: the cell has nothing any more); copies the
        parts the changes fall in, and shares the others."""
        parts = dict(self._parts)
        size = self._size
        copied: set[PartKey] = set()
        for key, cell in changes.items():
            place = (key[0], key[1])
            if place not in copied:
                copied.add(place)
                parts[place] = dict(parts.get(place, ()))
            part = parts[place]
            size -= key in part
            if cell is None:
                part.pop(key, None)
            else:
                part[key] = cell
                size += 1
        for place in copied:
            if not parts[place]:
                del parts[place]
        made = CellInputs.__new__(CellInputs)
        made._parts, made._size = parts, size
        return made

    def __getitem__(self, key: CellKey) -> CellInput:
        part = self._parts.get((key[0], key[1]), _EMPTY)
        if key not in part:
            raise KeyError(key)
        return part[key]

    @overload
    def get(self, key: CellKey, /) -> CellInput | None: ...
    @overload
    def get(self, key: CellKey, /, default: CellInput | T) -> CellInput | T: ...
    def get(self, key: CellKey, /, default: object = None) -> object:
        return self._parts.get((key[0], key[1]), _EMPTY).get(key, default)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, tuple) or len(key) != 4:
            return False
        return key in self._parts.get((key[0], key[1]), _EMPTY)

    def __iter__(self) -> Iterator[CellKey]:
        return chain.from_iterable(self._parts.values())

    def __len__(self) -> int:
        return self._size

    def items(self) -> ItemsView[CellKey, CellInput]:
        return _Items(self)

    def values(self) -> ValuesView[CellInput]:
        return _Values(self)

    def __repr__(self) -> str:
        return f"CellInputs({dict(self.items())!r})"

    def _all_parts(self) -> Iterable[Part]:
        return self._parts.values()


class _Items(ItemsView[CellKey, CellInput]):
    """The items, part by part (not looked up again one by one)."""

    _mapping: CellInputs

    def __iter__(self) -> Iterator[tuple[CellKey, CellInput]]:
        return chain.from_iterable(part.items() for part in self._mapping._all_parts())


class _Values(ValuesView[CellInput]):
    """The values, part by part."""

    _mapping: CellInputs

    def __iter__(self) -> Iterator[CellInput]:
        return chain.from_iterable(part.values() for part in self._mapping._all_parts())
