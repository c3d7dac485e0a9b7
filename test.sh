#!/usr/bin/env bash
# Set up (first time) and run every check: lint, the layering contracts, the type
# checker and the test suite. Extra arguments go to pytest, e.g. ./test.sh -m "not slow".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$root/scripts/bootstrap.sh" test
cd "$root"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check app tests scripts benchmarks
.venv/bin/lint-imports
.venv/bin/mypy  # the files and rules: [tool.mypy] in pyproject.toml
exec .venv/bin/python -m pytest "$@"
