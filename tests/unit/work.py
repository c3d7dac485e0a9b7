"""Work measured without a clock, for tests that bound how much a piece of code may do:
Python calls, bytes inflated out of zip archives, bytes the process reads and writes.
Unlike seconds, none of these depends on how busy the machine is."""

from __future__ import annotations

import cProfile
import pstats
import zipfile
from pathlib import Path

PROC_IO = Path("/proc/self/io")  # Linux: the process's I/O counters


class Work:
    """Counts the work done inside its `with` block: Python function calls (cProfile's
    count; `count_calls=False` skips the profiler) and bytes inflated out of zip members.
    Unlike seconds, neither depends on how busy the machine is."""

    def __init__(self, *, count_calls: bool = True) -> None:
        self.calls: int | None = None
        self.inflated = 0
        self._profile = cProfile.Profile() if count_calls else None
        self._read1 = zipfile.ZipExtFile._read1

    def __enter__(self) -> Work:
        read1 = self._read1

        def counted(archive_file, n):  # every chunk zipfile's reads take from a member
            data = read1(archive_file, n)
            self.inflated += len(data)
            return data

        zipfile.ZipExtFile._read1 = counted
        if self._profile is not None:
            self._profile.enable()
        return self

    def __exit__(self, *_exc) -> None:
        if self._profile is not None:
            self._profile.disable()
            self.calls = pstats.Stats(self._profile).total_calls
        zipfile.ZipExtFile._read1 = self._read1


def io_counters() -> dict[str, int]:
    """The process's I/O so far (Linux): `rchar`/`wchar` are the bytes passed to read and
    write calls (page cache or not), `syscr`/`syscw` the number of those calls."""
    lines = PROC_IO.read_text().splitlines()
    return {name: int(value) for name, value in (line.split(": ") for line in lines)}
