"""Read hostile workbooks in a process of their own and report the work done per file.

`python -m tests.unit.hostile_reader PROJECT LIMIT_MB NAME=PATH[:OPTION...] ...` prints one
JSON line per file: refused message, the Python function calls made while reading it
(cProfile's count), the bytes inflated out of its zip archive, the tracemalloc peak and the
growth of the process's peak resident memory (MB). `seconds` is printed for people, never
judged: it depends on how busy the machine is. The address space is capped LIMIT_MB above
what the process uses at the start, so a bomb that got through fails with MemoryError here
instead of taking the test machine down. Options: `nodtd` switches the DOCTYPE scan off for
that file, to prove the parser (defusedxml) stops the bomb on its own; `nocalls` reads it
without the profiler (which makes reading many small strings about nine times slower), reporting
`calls` as null.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from tests.unit.work import Work

OPTIONS = ("nodtd", "nocalls")


def _cap_address_space(extra_mb: int) -> None:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[0])
    used = pages * resource.getpagesize()
    limit = used + extra_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def _measure(read, *, count_calls: bool) -> dict:
    """Run `read()` (returning (refused, issues)) and report the work it took."""
    gc.collect()  # what the previous file left is not this file's cost
    rss_before = _peak_rss_mb()
    tracemalloc.reset_peak()
    traced_before = tracemalloc.get_traced_memory()[0]
    work = Work(count_calls=count_calls)
    start = time.perf_counter()
    try:
        with work:
            refused, issues = read()
    except MemoryError:
        refused, issues = "MemoryError", -1
    seconds = time.perf_counter() - start
    peak = (tracemalloc.get_traced_memory()[1] - traced_before) / (1024 * 1024)
    return {
        "refused": refused,
        "issues": issues,
        "calls": work.calls,
        "inflated_mb": round(work.inflated / (1024 * 1024), 1),
        "traced_peak_mb": round(peak, 1),
        "rss_growth_mb": round(_peak_rss_mb() - rss_before, 1),
        "seconds": round(seconds, 3),
    }


def main(project_path: Path, limit_mb: int, files: list[str]) -> None:
    import openpyxl  # noqa: F401  (loaded before measuring: its import is not the file's cost)

    from app.reports import xlsx_guard
    from app.reports.collection_import import read_workbook
    from app.services.collection import collection_layout
    from app.storage import open_project_file

    with open_project_file(project_path, readonly=True) as project:
        layout = collection_layout(project)
    check_no_dtd = xlsx_guard._check_no_dtd
    _cap_address_space(limit_mb)
    tracemalloc.start()
    for spec in files:
        name, _, path = spec.partition("=")
        options = set()
        while path.rpartition(":")[2] in OPTIONS:  # a drive letter's colon is no option
            path, _, option = path.rpartition(":")
            options.add(option)
        xlsx_guard._check_no_dtd = (lambda a, n: None) if "nodtd" in options else check_no_dtd

        def read(path=path):
            reading = read_workbook(Path(path), layout)
            return reading.refused, len(reading.issues)

        report = _measure(read, count_calls="nocalls" not in options)
        print(json.dumps({"name": name, **report}), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:])
