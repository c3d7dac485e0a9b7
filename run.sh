#!/usr/bin/env bash
# Set up (first time) and start Thuisplan. Extra arguments go to the program,
# e.g. ./run.sh mijn-regio.thuisplan
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$root/scripts/bootstrap.sh" gui
exec "$root/.venv/bin/thuisplan" "$@"
