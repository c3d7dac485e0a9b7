"""Run one `thuisplan` command in this process and report what it took, for the tests of
hostile files: `python -m tests.e2e.cli_probe REPORT.json ARGS...`.

Writes {"exit", "traced_peak_mb", "rss_growth_mb"} to REPORT.json: the exit code, the peak
of Python's allocations (tracemalloc) and how far the peak resident size (SQLite's memory
included) grew past what it was before the command began. Linux only (/proc).
"""

from __future__ import annotations

import json
import sys
import tracemalloc
from pathlib import Path


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def main() -> int:
    report, *args = sys.argv[1:]
    start = _status_kb("VmRSS")
    tracemalloc.start()
    from app.__main__ import main as thuisplan

    try:
        code = thuisplan(args)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    _, traced = tracemalloc.get_traced_memory()
    measured = {
        "exit": code,
        "traced_peak_mb": traced / 1e6,
        "rss_growth_mb": (_status_kb("VmHWM") - start) / 1024,
    }
    Path(report).write_text(json.dumps(measured))
    return code


if __name__ == "__main__":
    sys.exit(main())
