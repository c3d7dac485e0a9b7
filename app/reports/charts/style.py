"""How charts look: the fixed colour, hatch and marker of each target group, the other
colours, and the two styles (normal, and presentatiemodus for a projector).

Pure data, no matplotlib import, so screens can read colours without loading it.
Group colours are Paul Tol's colour-blind-safe "muted" scheme plus a dark grey for the
ten standard groups, and a second set for groups the user adds; every group also has its
own hatch and marker, so charts stay readable in black-and-white print.
"""

from __future__ import annotations

from dataclasses import dataclass

GROUP_COLOURS = (
    "#332288",  # indigo
    "#88CCEE",  # cyan
    "#117733",  # green
    "#DDCC77",  # sand
    "#CC6677",  # rose
    "#44AA99",  # teal
    "#882255",  # wine
    "#999933",  # olive
    "#AA4499",  # purple
    "#555555",  # dark grey
)
# Single characters: the sparse density keeps the colour readable on screen.
GROUP_HATCHES = ("", "/", ".", "\\", "x", "-", "|", "+", "o", "*")
# Groups the user adds (rarely more than a few) get colours far from the ten above
# (Okabe-Ito orange, blue and yellow, and others) with dense hatches of their own; 6
# colours against 7 hatches only repeat together after 42 own groups.
EXTRA_COLOURS = ("#E69F00", "#0072B2", "#F0E442", "#FFAABB", "#8C510A", "#BBBBBB")
EXTRA_HATCHES = ("//", "\\\\", "xx", "..", "++", "oo", "--")
GROUP_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "<", ">", "*")
EXTRA_MARKERS = ("p", "d", "h", "8", "+", "x", "1")
GROUP_LINESTYLES = ("-", "--", "-.", ":")

REGION_COLOUR = "#33475B"  # all groups together, and charts without groups
REGION_LIGHT = "#9AA9B8"
GOAL_COLOUR = "#000000"
AVERAGE_COLOUR = "#D55E00"  # Okabe-Ito vermillion: apart from every group colour
UNKNOWN_FACE = "#F2F2F2"
UNKNOWN_EDGE = "#8C8C8C"
UNKNOWN_HATCH = "x"


def group_colour(index: int) -> str:
    """The colour of the group with this style index."""
    if index < len(GROUP_COLOURS):
        return GROUP_COLOURS[index]
    return EXTRA_COLOURS[(index - len(GROUP_COLOURS)) % len(EXTRA_COLOURS)]


def group_hatch(index: int) -> str:
    """The hatch pattern of the group with this style index ('' = none)."""
    if index < len(GROUP_HATCHES):
        return GROUP_HATCHES[index]
    return EXTRA_HATCHES[(index - len(GROUP_HATCHES)) % len(EXTRA_HATCHES)]


def group_marker(index: int) -> str:
    """The line marker of the group with this style index."""
    if index < len(GROUP_MARKERS):
        return GROUP_MARKERS[index]
    return EXTRA_MARKERS[(index - len(GROUP_MARKERS)) % len(EXTRA_MARKERS)]


def group_linestyle(index: int) -> str:
    """The line style of the group with this style index."""
    return GROUP_LINESTYLES[(index // 2) % len(GROUP_LINESTYLES)]


def outline_colour(colour: str) -> str:
    """`colour` darkened when it is light, so a hatched outline in it stays visible."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    if _luminance(colour) <= 0.45:
        return colour
    return "#{:02X}{:02X}{:02X}".format(*(round(c * 0.6) for c in (r, g, b)))


def _luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_colour(colour: str) -> str:
    """Black or white, whichever reads best on `colour` (a '#rrggbb' string)."""
    return "#000000" if _luminance(colour) > 0.45 else "#FFFFFF"


@dataclass(frozen=True)
class ChartStyle:
    """Sizes (points) and the size of a figure of its own (inches)."""

    name: str
    font_size: float
    title_size: float
    small_size: float
    line_width: float
    edge_width: float
    marker_size: float
    figure_size: tuple[float, float]
    text_colour: str = "#000000"
    muted_colour: str = "#444444"
    grid_colour: str = "#D0D0D0"


NORMAL = ChartStyle(
    name="normaal",
    font_size=10,
    title_size=13,
    small_size=8.5,
    line_width=2.0,
    edge_width=0.6,
    marker_size=6,
    figure_size=(10, 6.25),
)
# Large type and strong lines for a projector; muted greys become black.
PRESENTATION = ChartStyle(
    name="presentatie",
    font_size=17,
    title_size=22,
    small_size=14,
    line_width=3.5,
    edge_width=1.2,
    marker_size=11,
    figure_size=(16, 9),
    muted_colour="#000000",
    grid_colour="#9A9A9A",
)

# For a chart of its own in a Word document, 16 cm wide: smaller type, same look.
DOCUMENT = ChartStyle(
    name="document",
    font_size=8,
    title_size=10.5,
    small_size=7,
    line_width=1.6,
    edge_width=0.5,
    marker_size=5,
    figure_size=(7.5, 4.6),
)
