#!/usr/bin/env bash
# Set up everything Thuisplan needs on a Debian/Ubuntu machine, idempotently:
# the system libraries Qt loads, a virtual environment in .venv and the Python
# packages from pyproject.toml. A re-run on a ready machine takes a second.
#
# usage: scripts/bootstrap.sh [gui|test|build]
#   build: also the tools for the bundle (PyInstaller, binutils), every library the
#   bundle must carry (the X11 ones too) and LibreOffice Writer with the Carlito and
#   Caladea fonts (CI's layout tests); once installed they stay, also for `test`.
set -euo pipefail

profile="${1:-test}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"

# Offscreen Qt (tests) needs these; a real window on X11 needs the xcb set too.
qt_offscreen=(libglib2.0-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 fonts-dejavu-core)
qt_window=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
           libxcb-shape0 libxcb-xinerama0 libxkbcommon-x11-0)
# PyInstaller needs objdump on Linux.
build_tools=(binutils)
# The tests that lay the Word documents out (tests/unit/test_docx_layout.py) run LibreOffice
# headless, with the fonts metric-compatible with Calibri and Cambria; without it they skip.
document_tools=(libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea)

missing_packages() {
    local pkg
    for pkg in "$@"; do
        # Debian 13 renamed some libraries with a t64 suffix; either one will do.
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" && continue
        dpkg-query -W -f='${Status}' "${pkg}t64" 2>/dev/null | grep -q "ok installed" && continue
        echo "$pkg"
    done
}

install_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian: the user installs Qt's libraries
    local wanted=("${qt_offscreen[@]}")
    [ "$profile" = gui ] && wanted+=("${qt_window[@]}")
    [ "$profile" = build ] && wanted+=("${qt_window[@]}" "${build_tools[@]}" "${document_tools[@]}")
    local missing
    mapfile -t missing < <(missing_packages "${wanted[@]}")
    [ "${#missing[@]}" -eq 0 ] && return 0

    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo -n"
        else
            echo "Thuisplan: deze systeembibliotheken ontbreken: ${missing[*]}" >&2
            echo "Installeer ze met: sudo apt-get install ${missing[*]}" >&2
            return 0
        fi
    fi
    echo "Thuisplan: systeembibliotheken installeren: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    local pkg
    for pkg in "${missing[@]}"; do
        if [[ " ${document_tools[*]} " == *" $pkg "* ]]; then
            # optional: without LibreOffice the layout tests skip and exports go on
            $sudo apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 \
                || echo "Thuisplan: $pkg niet geïnstalleerd (de opmaaktests worden overgeslagen)"
            continue
        fi
        $sudo apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 \
            || $sudo apt-get install -y -qq --no-install-recommends "${pkg}t64" >/dev/null
    done
}

install_python_packages() {
    local python="${PYTHON:-python3}"
    if [ ! -x "$venv/bin/python" ]; then
        echo "Thuisplan: virtuele omgeving maken in .venv"
        "$python" -m venv "$venv"
    fi
    # Reinstall only when the declared dependencies changed. The build tools, once
    # installed (profile build), are kept up to date on every later run.
    local stamp="$venv/.thuisplan-installed" build_stamp="$venv/.thuisplan-build-installed"
    local wanted extras=test
    wanted="$(sha256sum "$root/pyproject.toml" | cut -d' ' -f1)"
    if [ "$profile" = build ] || [ -f "$build_stamp" ]; then
        extras=test,build
    fi
    if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ] \
        || { [ "$extras" = test,build ] && [ "$(cat "$build_stamp" 2>/dev/null)" != "$wanted" ]; }; then
        echo "Thuisplan: Python-pakketten installeren ($extras)"
        "$venv/bin/python" -m pip install --quiet --upgrade pip
        "$venv/bin/python" -m pip install --quiet -e "$root[$extras]"
        echo "$wanted" > "$stamp"
        if [ "$extras" = test,build ]; then
            echo "$wanted" > "$build_stamp"
        fi
    fi
}

install_system_packages
install_python_packages
