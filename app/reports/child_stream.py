"""The export's call pickled down a pipe to its child process (`child_run`) as a stream, so
neither side ever holds the whole pickle.

Pickling keeps a memo of every object it wrote (to send an object met twice only once): for a
national vision's hundreds of thousands of entered cells (a key tuple and a `CellInput` each)
that table alone took about 110 MB in the window's process. So the cells of `VisionFigures`
go as columns of 32-bit integers instead (`_pack_cells`), and come back as the same dict of
the same values in the same order; cells the columns cannot hold exactly are pickled as
usual.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from app.models import HousingType
from app.reports.export_io import ExportCancelled
from app.services.analysis import VisionFigures
from app.services.calculations.cells import KINDS, CellInput

PROTOCOL = 5
CHUNK = 1 << 16  # bytes per message
_TYPECODE = "i"  # 32-bit: every figure the file's checks allow (a larger one: as usual)
_NONE = -(2**31)  # an unknown figure in the packed cells
_HOUSING = list(HousingType)


def dump(value: object, connection: Connection, is_cancelled: Callable[[], bool]) -> None:
    """Pickle `value` down `connection`; ExportCancelled when `is_cancelled()` turns true."""
    stream = _Outgoing(connection, is_cancelled)
    _Pickler(stream, protocol=PROTOCOL).dump(value)
    stream.close()


def load(connection: Connection) -> Any:
    """What `dump` sent."""
    return pickle.Unpickler(_Incoming(connection)).load()


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: object) -> Any:
        if type(obj) is VisionFigures:
            packed = _pack_cells(obj.inputs)
            if packed is not None:
                state = {k: v for k, v in vars(obj).items() if k != "inputs"}
                return _unpack_figures, (state, packed)
        return NotImplemented


def _pack_cells(inputs: dict[Any, Any]) -> list[pickle.PickleBuffer] | None:
    """The cells as columns of integers (in the dict's order), or None when one of them is
    not what the columns can hold exactly."""
    if not all(
        type(cell) is CellInput and len(cell.capacity) == len(KINDS) for cell in inputs.values()
    ):
        return None
    places = {housing: index for index, housing in enumerate(_HOUSING)}
    try:
        columns = [
            array(_TYPECODE, (key[0] for key in inputs)),
            array(_TYPECODE, (key[1] for key in inputs)),
            array(_TYPECODE, (places[key[2]] for key in inputs)),
            array(_TYPECODE, (key[3] for key in inputs)),
            array(_TYPECODE, map(_int, (cell.need for cell in inputs.values()))),
            *(
                array(_TYPECODE, map(_int, (cell.capacity[kind] for cell in inputs.values())))
                for kind in range(len(KINDS))
            ),
        ]
    except (TypeError, KeyError, OverflowError, ValueError):
        return None
    return [pickle.PickleBuffer(column) for column in columns]  # written without a copy


def _int(value: object) -> int:
    if value is None:
        return _NONE
    if type(value) is not int or value == _NONE:
        raise TypeError(value)
    return value


def _unpack_figures(state: dict[str, Any], packed: list[bytearray]) -> VisionFigures:
    figures = VisionFigures.__new__(VisionFigures)
    figures.__dict__.update(state)
    figures.__dict__["inputs"] = _unpack_cells(packed)
    return figures


def _unpack_cells(packed: list[bytearray]) -> dict[Any, CellInput]:
    columns = []
    for data in packed:
        column = array(_TYPECODE)
        column.frombytes(data)
        columns.append(column)
    municipality, group, housing, year, need, *capacity = columns
    keys = zip(municipality, group, map(_HOUSING.__getitem__, housing), year, strict=True)
    needs = map(_value, need)
    capacities = zip(*(map(_value, column) for column in capacity), strict=True)
    return dict(zip(keys, map(CellInput, needs, capacities), strict=True))


def _value(number: int) -> int | None:
    return None if number == _NONE else number


class _Outgoing:
    """A file to pickle into: the bytes go down the pipe in messages of about CHUNK bytes;
    cancellation is checked between messages."""

    def __init__(self, connection: Connection, is_cancelled: Callable[[], bool]):
        self.connection, self.is_cancelled = connection, is_cancelled
        self.buffer = bytearray()

    def write(self, data: bytes | pickle.PickleBuffer) -> int:
        view = memoryview(data)  # the pickler hands large buffers over as they are
        if view.nbytes < CHUNK:
            self.buffer += view
            if len(self.buffer) >= CHUNK:
                self._flush()
            return view.nbytes
        if self.buffer:
            self._flush()
        for start in range(0, view.nbytes, CHUNK):
            self._send(view[start : start + CHUNK])
        return view.nbytes

    def _flush(self) -> None:
        self._send(memoryview(self.buffer))
        self.buffer = bytearray()

    def _send(self, data: memoryview) -> None:
        if self.is_cancelled():
            raise ExportCancelled("Het exporteren is afgebroken.")
        self.connection.send_bytes(data)

    def close(self) -> None:
        if self.buffer:
            self._flush()


class _Incoming:
    """The child's file to unpickle from: the messages `_Outgoing` sent, in order."""

    def __init__(self, connection: Connection):
        self.connection = connection
        self.buffer = b""
        self.position = 0

    def _fill(self) -> None:
        if self.position == len(self.buffer):
            self.buffer, self.position = self.connection.recv_bytes(), 0

    def read(self, size: int) -> bytes:
        parts = []
        while size != 0:
            self._fill()
            part = self.buffer[self.position : self.position + size]
            self.position += len(part)
            size -= len(part)
            parts.append(part)
        return b"".join(parts)

    def readinto(self, target: memoryview | bytearray) -> int:
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)

    def readline(self) -> bytes:
        parts = []
        while True:
            self._fill()
            end = self.buffer.find(b"\n", self.position)
            stop = len(self.buffer) if end < 0 else end + 1
            parts.append(self.buffer[self.position : stop])
            self.position = stop
            if end >= 0:
                return b"".join(parts)
