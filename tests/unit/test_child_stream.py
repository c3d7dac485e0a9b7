"""The export's call pickled to its child as a stream (`app.reports.child_stream`): the
same data comes back, the entered cells travel as columns (no memo entry per cell), and
cells the columns cannot hold travel as usual."""

from __future__ import annotations

import dataclasses
import multiprocessing
import pickle
import pickletools
import threading

import pytest

from app.reports import child_stream
from app.reports.doc_data import load_document_data
from app.reports.export_io import ExportCancelled
from app.services.calculations.cells import CellInput


def _round_trip(value, is_cancelled=lambda: False):
    """`value` dumped down a real pipe in a thread and loaded here; and how many messages."""
    reader, writer = multiprocessing.Pipe(duplex=False)
    failure: list[BaseException] = []

    def send():
        try:
            child_stream.dump(value, writer, is_cancelled)
        except BaseException as error:  # handed to the test below
            failure.append(error)
        finally:
            writer.close()

    thread = threading.Thread(target=send)
    thread.start()
    try:
        loaded = child_stream.load(reader)
    except EOFError:
        loaded = None
    thread.join()
    reader.close()
    if failure:
        raise failure[0]
    return loaded


def _memo_entries(value) -> int:
    """How many objects pickling `value` memoizes (each costs the pickler memory)."""
    sink = _Sink()
    child_stream._Pickler(sink, protocol=child_stream.PROTOCOL).dump(value)
    return sum(1 for op, _, _ in pickletools.genops(bytes(sink.data)) if op.name == "MEMOIZE")


class _Sink:
    def __init__(self):
        self.data = bytearray()

    def write(self, data):
        self.data += memoryview(data)


def test_document_data_comes_back_equal(demo):
    """The snapshot of the example loads as equal data: the same cells in the same order,
    the monitor still sharing the analysis it was made with."""
    data = load_document_data(demo)
    loaded = _round_trip(data)
    figures, back = data.analysis.figures, loaded.analysis.figures
    assert back == figures and list(back.inputs) == list(figures.inputs)
    assert all(type(cell) is CellInput for cell in back.inputs.values())
    assert loaded.partners == data.partners and loaded.agreements == data.agreements
    assert loaded.monitor is not None and loaded.monitor.analysis is loaded.analysis


def test_cells_travel_as_columns(demo):
    """The entered cells add a handful of memoized objects (the columns), not some per cell
    as the plain pickle does (at least a key and a CellInput each)."""
    figures = load_document_data(demo).analysis.figures
    cells = len(figures.inputs)
    assert cells > 1000
    plain = sum(
        1
        for op, _, _ in pickletools.genops(pickle.dumps(figures, protocol=5))
        if op.name == "MEMOIZE"
    )
    assert plain > 2 * cells
    without_cells = dataclasses.replace(figures, inputs={})
    assert _memo_entries(figures) - _memo_entries(without_cells) <= 20


@pytest.mark.parametrize("odd", [1.5, 2**40, "7"], ids=["fraction", "huge", "text"])
def test_cells_the_columns_cannot_hold_travel_as_usual(demo, odd):
    """A need the 32-bit columns cannot hold exactly comes back as it was."""
    data = load_document_data(demo)
    figures = data.analysis.figures
    key = next(iter(figures.inputs))
    inputs = {**figures.inputs, key: CellInput(odd, figures.inputs[key].capacity)}
    changed = dataclasses.replace(figures, inputs=inputs)
    back = _round_trip(changed)
    assert back == changed and back.inputs[key].need == odd


def test_cancel_while_sending():
    """is_cancelled turning true stops the sending with ExportCancelled."""
    with pytest.raises(ExportCancelled):
        _round_trip(bytes(4 * child_stream.CHUNK), is_cancelled=lambda: True)
