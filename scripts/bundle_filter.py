"""What build.spec leaves out of the bundle: pure functions over PyInstaller's TOC entries.

A TOC entry is `(name in the bundle, source path, typecode)`. PyInstaller's hooks collect
every plugin of a Qt plugin type, all of Qt's translations and all of matplotlib's data;
Thuisplan needs a few of each. Kept apart from the spec so that tests/unit can check the
choices without building.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

QT_PLUGINS = "PySide6/Qt/plugins/"
QT_TRANSLATIONS = "PySide6/Qt/translations/"
MPL_DATA = "matplotlib/mpl-data/"

# Plugin types the app never loads: embedded Linux (eglfs, evdev input), network.
DROPPED_PLUGIN_TYPES = {"egldeviceintegrations", "generic", "networkinformation", "tls"}
# For these types only the files containing one of the names are kept.
KEPT_PLUGINS = {
    # Desktop windows (X11, Wayland, Windows, macOS), and offscreen/minimal for the checks.
    "platforms": ("xcb", "wayland", "windows", "cocoa", "offscreen", "qminimal."),
    # The GTK theme would load the system's GTK against the bundle's GLib; the portal is
    # plain D-Bus (native file dialogs under Flatpak/portals).
    "platformthemes": ("xdgdesktopportal",),
    # PNG is built into QtGui; ICO and SVG for icons.
    "imageformats": ("qico", "qsvg"),
}
# matplotlib draws with DejaVu Sans (its default) and falls back on Last Resort for glyphs
# no font has (it opens that file on every text); its other fonts and sample data stay out.
KEPT_FONT_PREFIXES = tuple(
    f"fonts/ttf/{prefix}"
    for prefix in (
        "DejaVuSans.",
        "DejaVuSans-",
        "DejaVuSansDisplay",
        "LICENSE_DEJAVU",
        "LastResort",
    )
)


def keep_binary(name: str) -> bool:
    """Whether a binary (library, extension, plugin) goes into the bundle."""
    name = name.replace("\\", "/")
    if not name.startswith(QT_PLUGINS):
        return True
    parts = PurePosixPath(name[len(QT_PLUGINS) :]).parts
    plugin_type, file_name = parts[0], parts[-1]
    if plugin_type in DROPPED_PLUGIN_TYPES:
        return False
    wanted = KEPT_PLUGINS.get(plugin_type)
    return wanted is None or any(part in file_name for part in wanted)


def keep_data(name: str) -> bool:
    """Whether a data file goes into the bundle."""
    name = name.replace("\\", "/")
    if name.startswith(QT_TRANSLATIONS):
        return False  # Thuisplan ships qtbase_nl/en.qm itself (resources/translations)
    if name.startswith(MPL_DATA):
        inside = name[len(MPL_DATA) :]
        if inside.startswith("sample_data/"):
            return False
        if inside.startswith("fonts/"):
            return inside.startswith(KEPT_FONT_PREFIXES)
    return True


def prune_orphans(
    binaries: Iterable[tuple[str, str, str]], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Drop shared libraries that no kept extension, plugin or library needs any more.

    PyInstaller collected the dependencies of every plugin before `keep_binary` dropped
    some plugins; their libraries (eglfs, GTK's) stay behind otherwise. Roots are Python
    extensions, Qt plugins and libpython (loaded by the bootloader); `imports_of(source)`
    gives the file names a binary links against. Returns the kept entries and the names
    dropped.
    """
    entries = list(binaries)
    libraries = {
        PurePosixPath(name).name: (name, source)
        for name, source, kind in entries
        if kind == "BINARY" and not _is_root(name)
    }
    reached: set[str] = set()
    todo = [source for name, source, kind in entries if kind == "EXTENSION" or _is_root(name)]
    while todo:
        for imported in imports_of(todo.pop()):
            base = PurePosixPath(imported).name
            if base in libraries and base not in reached:
                reached.add(base)
                todo.append(libraries[base][1])
    orphans = {libraries[base][0] for base in libraries if base not in reached}
    kept = [
        e
        for e in entries
        if e[0] not in orphans and not (e[2] == "SYMLINK" and _target(e) in orphans)
    ]
    return kept, sorted(orphans)


def without_dangling_links(
    entries: Iterable[tuple[str, str, str]], bundled: Iterable[str]
) -> list[tuple[str, str, str]]:
    """`entries` without the SYMLINK entries whose target is not among `bundled` names.

    PyInstaller files the top-level links to Qt's libraries under the datas, apart from
    the libraries themselves.
    """
    names = {name.replace("\\", "/") for name in bundled}
    return [e for e in entries if e[2] != "SYMLINK" or _target(e) in names]


def _is_root(name: str) -> bool:
    name = name.replace("\\", "/")
    return name.startswith(QT_PLUGINS) or PurePosixPath(name).name.startswith("libpython")


def _target(entry: tuple[str, str, str]) -> str:
    """The bundle name a SYMLINK entry points to (its source is relative to the link)."""
    name, target, _ = entry
    return posixpath.normpath(posixpath.join(posixpath.dirname(name), target))
