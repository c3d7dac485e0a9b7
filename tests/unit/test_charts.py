"""The chart functions draw exactly the services' numbers, and unknown values as unknown."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.models import BaselineIndicator, DistributionKey
from app.reports import charts
from app.reports.charts.frame import UNKNOWN_GID
from app.reports.charts.style import group_colour, group_hatch
from app.services import chart_data as cd
from app.services.analysis import analyse
from app.services.formatting import number, signed
from app.services.gap_table import gap_table
from app.services.municipalities import set_baseline
from app.services.reference_data import national_corporation_share
from app.services.selection import Selection


@pytest.fixture
def analysis(demo):
    return analyse(demo)


def draw(data, style=charts.NORMAL):
    figure = charts.new_figure(style)
    ax = charts.draw_chart(figure, data, style)
    figure.canvas.draw()  # lay out and render, as a screen or an export would
    return ax


def container(ax, label):
    return next(c for c in ax.containers if c.get_label() == label)


def widths(ax, label):
    return [p.get_width() for p in container(ax, label).patches]


def unknown_rows(ax):
    """Row centres of the grey 'onbekend' bands."""
    return [
        round(p.get_y() + p.get_height() / 2, 2) for p in ax.patches if p.get_gid() == UNKNOWN_GID
    ]


def test_need_and_capacity_bars_are_the_gap_table_totals(demo, analysis):
    """Chart 1: bar lengths equal the need and capacity of each group in the gap table."""
    table = gap_table(analysis, Selection())
    ax = draw(cd.need_capacity_chart(analysis, table))
    assert widths(ax, "Woonbehoefte") == [t.need for t in table.group_totals]
    assert widths(ax, "Aanbod") == [t.capacity for t in table.group_totals]
    labels = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert labels == [t.group_label for t in table.group_totals]


def test_gap_bars_are_the_computed_shortage_and_surplus(analysis):
    """Chart 2: each group's segment is its shortage (right) or surplus (left, negative)."""
    data = cd.gap_by_municipality_chart(analysis, Selection())
    ax = draw(data)
    for group in data.groups:
        right = widths(ax, f"Tekort – {group.label}")
        left = widths(ax, f"Overschot – {group.label}")
        assert right == [b.shortage[group.id] for b in data.bars]
        assert left == [-b.surplus[group.id] for b in data.bars]
        patch = container(ax, f"Tekort – {group.label}").patches[0]
        assert (patch.get_hatch() or "") == group_hatch(group.style_index)
    for bar, row in zip(data.bars, range(len(data.bars)), strict=True):
        gap = analysis.gap_total(municipality_id=bar.municipality_id)
        segments = [p for c in ax.containers for p in c.patches if round(p.get_y() + 0.35) == row]
        assert sum(p.get_width() for p in segments if p.get_width() > 0) == gap.shortage
        assert -sum(p.get_width() for p in segments if p.get_width() < 0) == gap.surplus


def test_cumulative_lines_are_the_computed_values(analysis):
    """Chart 3: every point is Analysis.cumulative_gap of its group, in its group colour."""
    data = cd.cumulative_gap_chart(analysis, Selection())
    ax = draw(data)
    for group, line, drawn in zip(analysis.figures.groups, data.lines, ax.lines, strict=False):
        expected = list(analysis.cumulative_gap(group_id=group.id).values())
        assert list(drawn.get_ydata()) == expected
        assert drawn.get_color() == group_colour(line.style_index)


def test_fair_share_bars_are_the_computed_fair_shares(analysis):
    """Chart 4: bars equal Analysis.fair_shares_for(key) for the chosen key and group."""
    group = analysis.figures.groups[4]
    key = DistributionKey.HOUSEHOLDS
    data = cd.fair_share_chart(analysis, Selection(group_id=group.id), key)
    ax = draw(data)
    shares = {s.municipality_id: s for s in analysis.fair_shares_for(key) if s.group_id == group.id}
    ordered = [shares[b.municipality_id] for b in data.bars]
    assert widths(ax, "Evenredig aandeel") == pytest.approx([s.fair_share for s in ordered])
    assert widths(ax, "Werkelijk aanbod") == [s.contribution for s in ordered]
    texts = {t.get_text() for t in ax.texts}
    assert all(signed(s.difference) in texts for s in ordered)


def test_social_rent_bars_and_norm_lines(analysis):
    """Chart 5: current and projected shares, the 30 % goal and the 28.3 % average (computed
    from the shipped corporation shares) as lines,
    and '*' at every municipality that must build 30 % social rent."""
    data = cd.social_rent_chart(analysis, Selection())
    ax = draw(data)
    tests = [analysis.social_rent[b.municipality_id] for b in data.bars]
    assert widths(ax, "Nu") == [t.current_share for t in tests]
    assert widths(ax, "Eind planperiode") == [t.projected_share for t in tests]
    lines = sorted(line.get_xdata()[0] for line in ax.lines)
    assert lines == [pytest.approx(national_corporation_share()), 0.30]
    marked = [t.get_text().endswith("*") for t in ax.get_yticklabels()]
    assert marked == [bool(t.must_build_30_percent) for t in tests]
    assert any("moet ten minste 30 % sociale huur bouwen" in t.get_text() for t in ax.figure.texts)


def test_social_rent_chart_under_a_set_without_a_goal(demo):
    """The law's set names no goal and tests 30 % per region: only the average as a line,
    nobody marked with '*', no note about who must build."""
    from app.services.norms import choose_norm_set

    choose_norm_set(demo, "wet_regie_2026")
    data = cd.social_rent_chart(analyse(demo), Selection())
    ax = draw(data)
    assert [line.get_xdata()[0] for line in ax.lines] == [
        pytest.approx(national_corporation_share())
    ]
    assert not any(t.get_text().endswith("*") for t in ax.get_yticklabels())
    assert not any("sociale huur bouwen" in t.get_text() for t in ax.figure.texts)


def test_affordable_bars_against_two_thirds(analysis):
    """Chart 6: bar lengths are the affordable shares; the norm line is at 2/3."""
    data = cd.affordable_chart(analysis, Selection())
    ax = draw(data)
    bars = ax.containers[0].patches
    assert [p.get_width() for p in bars] == [b.share for b in data.bars]
    assert ax.lines[-1].get_xdata()[0] == pytest.approx(2 / 3)
    below = [p.get_hatch() == "//" for p in bars]
    assert below == [b.share < 2 / 3 for b in data.bars]


def test_unknown_social_rent_is_drawn_as_unknown(demo):
    """A municipality without social rent figures gets a grey 'onbekend' band, no bar of
    length zero, and the note under the chart names the missing figure."""
    set_baseline(demo, "GM0629", BaselineIndicator.SOCIAL_RENT_DWELLINGS, None)
    analysis = analyse(demo)
    data = cd.social_rent_chart(analysis, Selection())
    ax = draw(data)
    row = [b.label for b in data.bars].index("Wassenaar")
    assert len(widths(ax, "Nu")) == len(data.bars) - 1
    bar_rows = [round(p.get_y() + p.get_height() / 2) for c in ax.containers for p in c.patches]
    assert row not in bar_rows
    assert sorted(unknown_rows(ax)) == [row - 0.19, row + 0.19]
    assert any(t.get_text() == "onbekend" for t in ax.texts)
    footer = ax.figure.get_supxlabel()
    assert "Onbekend door ontbrekende invoer: sociale huurwoningen: Wassenaar." in footer


def test_unknown_gap_is_drawn_as_unknown(project):
    """A vision without figures: every municipality of chart 2 is an 'onbekend' band."""
    analysis = analyse(project)
    ax = draw(cd.gap_by_municipality_chart(analysis, Selection()))
    assert all(p.get_width() == 0 for c in ax.containers for p in c.patches)
    assert sorted(unknown_rows(ax)) == [0, 1, 2]
    assert "woonbehoefte voor alle groepen: alle gemeenten" in ax.figure.get_supxlabel()


def test_overige_bar_runs_off_the_scale_with_its_real_value():
    """An 'Overige' bar far above the single municipalities is cut at their scale and
    labelled with its real total and an arrow, so the others stay readable."""
    bars = (
        cd.FairShareBar("A", 1, 1, 0.01, 100.0, 90),
        cd.FairShareBar("B", 2, 1, 0.01, 120.0, 130),
        cd.FairShareBar("Overige (300 gemeenten)", None, 300, 0.98, 5000.0, 4800),
    )
    data = cd.FairShareChart(
        cd.ChartText("t", "s", "Bron: x"), DistributionKey.INHABITANTS, None, bars
    )
    ax = draw(data)
    assert widths(ax, "Werkelijk aanbod")[:2] == [90, 130]
    assert widths(ax, "Werkelijk aanbod")[2] == pytest.approx(130 * 1.1)
    assert ax.get_xlim()[1] < 1000
    labels = [t.get_text() for t in ax.texts]
    assert f"{number(4800)} ▶" in labels and f"{number(5000)} ▶" in labels
    assert "▶ ◀" in ax.figure.get_supxlabel()


def test_every_chart_has_title_units_legend_and_source(demo, analysis):
    """Titles, axis labels with units, a legend and 'Bron: …' (with the example warning)."""
    table = gap_table(analysis, Selection())
    for data in (
        cd.need_capacity_chart(analysis, table),
        cd.gap_by_municipality_chart(analysis, Selection()),
        cd.cumulative_gap_chart(analysis, Selection()),
        cd.fair_share_chart(analysis, Selection()),
        cd.social_rent_chart(analysis, Selection()),
        cd.affordable_chart(analysis, Selection()),
    ):
        ax = draw(data)
        assert any(t.get_text() == data.text.title for t in ax.texts)
        assert ax.get_title(loc="left") == data.text.subtitle
        value_label = (
            ax.get_ylabel() if isinstance(data, cd.CumulativeGapChart) else ax.get_xlabel()
        )
        assert "(aantal woonruimten)" in value_label or "(%)" in value_label
        assert ax.get_legend() is not None and ax.get_legend().get_texts()
        footer = ax.figure.get_supxlabel()
        assert footer.splitlines()[-1] == data.text.source
        assert footer.endswith("Voorbeeldcijfers, fictief.")


def test_presentation_style_draws_larger_text(analysis):
    """The presentatiemodus style gives larger tick labels and titles than the normal one."""
    data = cd.social_rent_chart(analysis, Selection())
    normal, large = draw(data), draw(data, charts.PRESENTATION)
    assert large.get_yticklabels()[0].get_fontsize() > normal.get_yticklabels()[0].get_fontsize()

    def title_size(ax):
        return next(t for t in ax.texts if t.get_text() == data.text.title).get_fontsize()

    assert title_size(large) > title_size(normal)
    assert large.figure.get_size_inches()[0] == 16


def test_png_and_svg_bytes(analysis):
    """render_png and render_svg give real images for the exports and 'opslaan als'."""
    data = cd.affordable_chart(analysis, Selection())
    png = charts.render_png(data, dpi=50)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    svg = charts.render_svg(data)
    assert b"<svg" in svg[:500]
    figure = charts.new_figure()
    charts.draw_chart(figure, data)
    assert charts.figure_bytes(figure, "png", dpi=40).startswith(b"\x89PNG")
    with pytest.raises(ValueError):
        charts.figure_bytes(figure, "gif")


def every_chart_kind(analysis) -> list:
    """One chart of every kind an export draws, from the demo's analysis."""
    from app.services.chart_data import national_social_rent_chart
    from app.services.social_rent_dashboard import social_rent_dashboard

    region = Selection()
    return [
        cd.need_capacity_chart(analysis, gap_table(analysis, region)),
        cd.gap_by_municipality_chart(analysis, region),
        cd.cumulative_gap_chart(analysis, region),
        cd.fair_share_chart(analysis, region),
        cd.social_rent_chart(analysis, region),
        cd.affordable_chart(analysis, region),
        cd.regional_test_chart(analysis, region),
        national_social_rent_chart(social_rent_dashboard()),
    ]


def test_export_png_is_the_image_savefig_would_make(analysis):
    """The exports' single-pass PNG, laid out by `ChartLayout`, has the same pixels, size
    and resolution as savefig's of the same chart under constrained layout, for every
    chart kind."""
    import io

    from PIL import Image, ImageChops

    for data in every_chart_kind(analysis):
        ours = Image.open(io.BytesIO(charts.render_png(data, charts.DOCUMENT, dpi=80)))
        figure = charts.new_figure(charts.DOCUMENT)
        charts.draw_chart(figure, data, charts.DOCUMENT)
        saved = Image.open(io.BytesIO(charts.figure_bytes(figure, "png", dpi=80)))
        assert ours.size == saved.size
        assert round(ours.info["dpi"][0]) == 80
        differing = ImageChops.difference(ours.convert("RGB"), saved.convert("RGB")).getbbox()
        assert differing is None, type(data).__name__


def test_chart_layout_places_the_plot_where_constrained_layout_does(analysis):
    """The plot's place on the figure is constrained layout's, to a thousandth of a pixel,
    at the document's size and on the screens' larger styles."""
    from app.reports.charts.layout import ChartLayout

    for style in (charts.DOCUMENT, charts.NORMAL, charts.PRESENTATION):
        for data in every_chart_kind(analysis):
            places = []
            for engine in ("constrained", ChartLayout()):
                figure = charts.new_figure(style)
                ax = charts.draw_chart(figure, data, style)
                figure.set_layout_engine(engine)
                figure.canvas.draw()
                places.append(ax.get_position().extents * [*figure.bbox.size, *figure.bbox.size])
            assert abs(places[0] - places[1]).max() < 1e-3, (style.name, type(data).__name__)


def test_export_measures_each_chart_once(analysis, monkeypatch):
    """Constrained layout measures every artist of a chart twice; the exports' layout
    measures all of them once (the first pass only the legend, titles and axes)."""
    from matplotlib.axes import Axes

    full_measurements = []
    measure = Axes.get_tightbbox

    def counting(self, *args, **kwargs):
        if kwargs.get("bbox_extra_artists") is None:
            full_measurements.append(self)
        return measure(self, *args, **kwargs)

    monkeypatch.setattr(Axes, "get_tightbbox", counting)
    for data in every_chart_kind(analysis):
        full_measurements.clear()
        charts.render_png(data, charts.DOCUMENT, dpi=50)
        assert len(full_measurements) == 1, type(data).__name__


def test_a_kept_figure_draws_the_same_images(analysis):
    """A worker's kept figure (`keep`) draws each chart as a fresh figure would, whatever
    was drawn on it before, on one canvas whose text measurements carry over."""
    from app.reports.charts import render

    kinds = every_chart_kind(analysis)
    fresh = [charts.render_png(data, charts.DOCUMENT, dpi=60) for data in kinds]
    render._kept.clear()
    try:
        kept = [charts.render_png(data, charts.DOCUMENT, dpi=60, keep=True) for data in kinds]
        again = charts.render_png(kinds[0], charts.DOCUMENT, dpi=60, keep=True)
        (figure,) = render._kept.values()
        renderer = figure.canvas.get_renderer()
        charts.render_png(kinds[1], charts.DOCUMENT, dpi=60, keep=True)
        assert figure.canvas.get_renderer() is renderer
    finally:
        render._kept.clear()
    assert kept == fresh
    assert again == fresh[0]


def test_charts_package_and_services_do_not_load_matplotlib():
    """Importing the chart package or the chart data costs nothing at start-up; pyplot is
    never loaded, not even when drawing."""
    code = (
        "import sys\n"
        "import app.reports.charts, app.services.chart_data, app.services.gap_table\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib loaded at import'\n"
        "from app.reports import charts\n"
        "from app.services.chart_data import AffordableChart, ChartText\n"
        "charts.render_png(AffordableChart(ChartText('t', 's', 'Bron: x'), 2 / 3, ()))\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot loaded'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_group_styles_differ_for_standard_and_own_groups():
    """The ten standard groups have ten different colours; with up to six own groups no two
    groups share colour and hatch, and each has its own marker."""
    from app.reports.charts.style import group_marker

    assert len({group_colour(i) for i in range(10)}) == 10
    styles = [(group_colour(i), group_hatch(i)) for i in range(16)]
    assert len(set(styles)) == 16
    assert len({group_marker(i) for i in range(16)}) == 16
