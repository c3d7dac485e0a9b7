#!/usr/bin/env bash
# Build the one-folder bundle dist/Thuisplan (PyInstaller, build.spec) and check it from
# another folder, offscreen: the self-test, then one start of the GUI that reports on its
# first window and quits. Prints the bundle's size and the build time.
#
# usage: scripts/build.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/bootstrap.sh" build
cd "$root"

started=$(date +%s)
.venv/bin/python -m PyInstaller build.spec --noconfirm --log-level WARN
build_seconds=$(( $(date +%s) - started ))

bundle="$root/dist/Thuisplan"
program="$bundle/Thuisplan"
elsewhere="$(mktemp -d)"
trap 'rm -rf "$elsewhere"' EXIT
cd "$elsewhere"   # resources must come from the bundle, never the working directory
export QT_QPA_PLATFORM=offscreen

echo "Zelftest van de bundel (vanuit $elsewhere):"
THUISPLAN_DATA_DIR="$elsewhere/selftest-data" "$program" --selftest

echo "Venster starten (offscreen, als bij een eerste start):"
THUISPLAN_GUI_CHECK=1 THUISPLAN_DATA_DIR="$elsewhere/gui-data" \
    THUISPLAN_SETTINGS_DIR="$elsewhere/gui-settings" timeout 180 "$program"

echo "Bundel: $bundle ($(du -sh "$bundle" | cut -f1)), gebouwd in ${build_seconds} s."
