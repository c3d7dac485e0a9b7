"""Read hostile workbooks in a process of their own and report time and memory per file.

`python -m tests.unit.hostile_reader PROJECT LIMIT_MB NAME=PATH[:nodtd] ...` prints one
JSON line per file: refused message, seconds, tracemalloc peak and the growth of the
process's peak resident memory (MB). The address space is capped LIMIT_MB above what the
process uses at the start, so a bomb that got through fails with MemoryError here instead
of taking the test machine down. ':nodtd' switches the DOCTYPE scan off for that file, to
prove the parser (defusedxml) stops the bomb on its own.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path


def _cap_address_space(extra_mb: int) -> None:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[0])
    used = pages * resource.getpagesize()
    limit = used + extra_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


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
        name, _, rest = spec.partition("=")
        path, _, option = rest.partition(":")
        xlsx_guard._check_no_dtd = (lambda a, n: None) if option == "nodtd" else check_no_dtd
        gc.collect()  # what the previous file left is not this file's cost
        rss_before = _peak_rss_mb()
        tracemalloc.reset_peak()
        traced_before = tracemalloc.get_traced_memory()[0]
        start = time.perf_counter()
        try:
            reading = read_workbook(Path(path), layout)
            refused, issues = reading.refused, len(reading.issues)
        except MemoryError:
            refused, issues = "MemoryError", -1
        seconds = time.perf_counter() - start
        peak = (tracemalloc.get_traced_memory()[1] - traced_before) / (1024 * 1024)
        report = {
            "name": name,
            "refused": refused,
            "issues": issues,
            "seconds": round(seconds, 3),
            "traced_peak_mb": round(peak, 1),
            "rss_growth_mb": round(_peak_rss_mb() - rss_before, 1),
        }
        print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:])
