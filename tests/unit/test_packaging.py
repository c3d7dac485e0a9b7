"""What build.spec keeps and drops (scripts/bundle_filter.py), checked without building."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from bundle_filter import (  # noqa: E402
    keep_binary,
    keep_data,
    prune_orphans,
    without_dangling_links,
)

PLUGINS = "PySide6/Qt/plugins/"


def test_version_of_the_bundle_is_the_programs():
    """build.spec names the bundle's version from pyproject.toml; the about box shows
    app.__version__: they must agree."""
    import app

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == app.__version__


@pytest.mark.parametrize(
    "name",
    [
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "platforms/libqminimal.so",
        "platforms/qwindows.dll",
        "platformthemes/libqxdgdesktopportal.so",
        "imageformats/libqico.so",
        "imageformats/qsvg.dll",
        "iconengines/libqsvgicon.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "styles/qmodernwindowsstyle.dll",
        "xcbglintegrations/libqxcb-glx-integration.so",
    ],
)
def test_plugins_a_desktop_needs_are_kept(name):
    """Windows, X11, Wayland and offscreen platforms, icons, dead keys and styles stay."""
    assert keep_binary(PLUGINS + name)


@pytest.mark.parametrize(
    "name",
    [
        "platforms/libqeglfs.so",
        "platforms/libqminimalegl.so",
        "platforms/libqlinuxfb.so",
        "platforms/libqvnc.so",
        "platformthemes/libqgtk3.so",
        "imageformats/libqtiff.so",
        "imageformats/qwebp.dll",
        "egldeviceintegrations/libqeglfs-kms-integration.so",
        "generic/libqevdevmouseplugin.so",
        "tls/libqopensslbackend.so",
        "networkinformation/libqnetworkmanager.so",
    ],
)
def test_plugins_of_other_devices_are_dropped(name):
    """Embedded-Linux platforms, the GTK theme, unused image formats and network stay out."""
    assert not keep_binary(PLUGINS + name)


def test_windows_paths_are_judged_the_same():
    """PyInstaller names files with backslashes on Windows."""
    assert not keep_binary("PySide6\\Qt\\plugins\\imageformats\\qtiff.dll")
    assert keep_binary("PySide6\\Qt\\plugins\\platforms\\qwindows.dll")


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/LastResortHE-Regular.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/LICENSE_DEJAVU", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSansMono.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", False),
        ("matplotlib/mpl-data/fonts/afm/pagd8a.afm", False),
        ("matplotlib/mpl-data/sample_data/msft.csv", False),
        ("matplotlib/mpl-data/matplotlibrc", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("resources/translations/qtbase_nl.qm", True),
        ("docx/templates/default-header.xml", True),
    ],
)
def test_data_files(name, kept):
    """matplotlib keeps the fonts it draws with; Qt's translations come from resources/."""
    assert keep_data(name) is kept


def test_libraries_only_dropped_plugins_needed_are_pruned_with_their_links():
    """A library reached from no extension, plugin or libpython goes, and so does its
    symlink; what a kept plugin needs, directly or through another library, stays."""
    entries = [
        ("PySide6/QtGui.abi3.so", "/w/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/w/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/w/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "/w/libEglFS.so.6", "BINARY"),
        (
            "libQt6EglFSDeviceIntegration.so.6",
            "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
            "SYMLINK",
        ),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("libatk-1.0.so.0", "/usr/lib/libatk-1.0.so.0", "BINARY"),
    ]
    links = {
        "/w/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/w/libqxcb.so": ["libQt6XcbQpa.so.6", "libQt6Gui.so.6"],
        "/w/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0"],
    }
    kept, dropped = prune_orphans(entries, lambda source: links.get(source, []))
    assert dropped == ["PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "libatk-1.0.so.0"]
    names = [name for name, _, _ in kept]
    assert "libQt6EglFSDeviceIntegration.so.6" not in names  # its symlink went too
    assert {"libxcb-cursor.so.0", "libQt6Gui.so.6", "libpython3.11.so.1.0"} <= set(names)


def test_links_to_libraries_no_longer_bundled_are_dropped():
    """PyInstaller files the top-level links to Qt's libraries under the datas: a link
    whose library was pruned would be left dangling."""
    datas = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("resources/icons/thuisplan.png", "/src/thuisplan.png", "DATA"),
    ]
    bundled = ["PySide6/Qt/lib/libQt6Gui.so.6", "resources/icons/thuisplan.png"]
    assert [name for name, _, _ in without_dangling_links(datas, bundled)] == [
        "libQt6Gui.so.6",
        "resources/icons/thuisplan.png",
    ]


def test_every_file_the_selftest_needs_is_listed_in_the_spec():
    """The self-test's required files are the ones build.spec ships, one by one."""
    from app.resources import install_root
    from app.selftest import REQUIRED_FILES

    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    for path in REQUIRED_FILES:
        assert f'"{path.relative_to(install_root()).as_posix()}"' in spec
