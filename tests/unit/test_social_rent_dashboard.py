"""'Sociale huur in Nederland': the national figure recomputed from the shipped files, a
province worked out by hand, the gap to the goal, filters, an empty selection, sorting and
the copy for Excel."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.services.errors import ValidationError
from app.services.reference_data import national_corporation_share
from app.services.social_rent_dashboard import (
    AreaLevel,
    DashboardColumn,
    corop_areas,
    dashboard_rows,
    gap_to_goal,
    province_of,
    provinces,
    social_rent_dashboard,
    sorted_rows,
)
from app.services.social_rent_dashboard_text import column_header, dashboard_tsv

REFERENCE = Path(__file__).resolve().parents[2] / "resources" / "reference"


def shipped() -> dict[str, tuple[float, int, str, str]]:
    """Code -> (percentage owned by corporations, dwellings, province, COROP), read straight
    from the two shipped CSV files (not through the services)."""
    with (REFERENCE / "corporatiebezit_2023.csv").open(encoding="utf-8") as f:
        shares = {r["gemeentecode"]: float(r["pct_huur_corporatie"]) for r in csv.DictReader(f)}
    with (REFERENCE / "gemeenten_2024.csv").open(encoding="utf-8") as f:
        return {
            r["gemeentecode"]: (
                shares[r["gemeentecode"]],
                int(r["woningvoorraad_2024"]),
                r["provincienaam"],
                r["corop_naam"],
            )
            for r in csv.DictReader(f)
        }


# -- the national figure ----------------------------------------------------------------
def test_the_national_figure_is_recomputed_from_the_shipped_files():
    """The dashboard's national share is sum(pct / 100 x woningvoorraad) / sum(woningvoorraad)
    over the 342 rows of the shipped CSV files: 28,3 % as SOURCES.md states; its dwellings
    and estimated corporation dwellings are the files' sums."""
    rows = shipped()
    dwellings = sum(d for _, d, _, _ in rows.values())
    owned = sum(pct / 100 * d for pct, d, _, _ in rows.values())
    nation = social_rent_dashboard().nation
    assert nation.level is AreaLevel.NATION and nation.municipalities == 342 == len(rows)
    assert nation.dwellings == dwellings == 8_204_049
    assert nation.share == pytest.approx(owned / dwellings, abs=1e-12)
    assert round(nation.share * 100, 1) == 28.3
    assert nation.share == pytest.approx(national_corporation_share(), abs=1e-12)
    assert nation.corporation_dwellings == sum(
        round(pct / 100 * d) for pct, d, _, _ in rows.values()
    )


def test_below_the_national_average_is_counted_against_the_same_file():
    """Each municipality is compared with the weighted average of the same file; the count
    of those below it is recomputed from the CSVs (and differs from the unweighted mean's)."""
    rows = shipped()
    average = sum(p / 100 * d for p, d, _, _ in rows.values()) / sum(
        d for _, d, _, _ in rows.values()
    )
    below = {code for code, (p, *_rest) in rows.items() if p / 100 < average}
    assert {r.code for r in dashboard_rows() if r.below_national_average} == below
    assert social_rent_dashboard().nation.below_national_average == len(below) == 257
    unweighted = sum(p / 100 for p, *_ in rows.values()) / len(rows)
    assert abs(unweighted - average) > 0.02  # weighting by dwellings matters


# -- a province by hand -----------------------------------------------------------------
FLEVOLAND = {  # name: (dwellings, estimate = round(share x dwellings), gap to 30 %)
    "Almere": (92_353, 24_566, 3_140),
    "Zeewolde": (9_712, 2_078, 836),
    "Noordoostpolder": (21_202, 4_770, 1_591),
    "Urk": (7_004, 960, 1_142),
    "Dronten": (18_507, 4_497, 1_056),
    "Lelystad": (35_647, 9_981, 714),
}


def test_flevoland_as_worked_out_in_the_service_docstring():
    """Flevoland (shares 26,6 / 21,4 / 22,5 / 13,7 / 24,3 / 28,0 %): 184.425 dwellings,
    46.852,625 / 184.425 = 25,40 %, all six below the national average, 8.479 short of
    30 %: e.g. Almere ceil(0,3 x 92.353) = 27.706 - 24.566 = 3.140."""
    dashboard = social_rent_dashboard("Flevoland")
    assert {
        r.name: (r.dwellings, r.corporation_dwellings, r.gap_to_goal) for r in dashboard.rows
    } == (FLEVOLAND)
    figure = dashboard.selection
    assert figure is not None and figure == dashboard.province_figure
    assert figure.label == "Provincie Flevoland"
    assert (figure.municipalities, figure.dwellings, figure.corporation_dwellings) == (
        6,
        184_425,
        46_852,
    )
    assert figure.share == pytest.approx(46_852.625 / 184_425, abs=1e-12)
    assert round(figure.share * 100, 2) == 25.40
    assert (figure.below_national_average, figure.gap_to_goal) == (6, 8_479)


def test_every_province_is_weighted_by_its_dwellings():
    """Each of the twelve province figures is sum(share x dwellings) / sum(dwellings) of its
    own municipalities in the CSVs; together they hold every dwelling of the nation."""
    rows = shipped()
    dashboard = social_rent_dashboard()
    assert [p.name for p in dashboard.provinces] == provinces()
    assert len(dashboard.provinces) == 12
    for figure in dashboard.provinces:
        own = [(p, d) for p, d, province, _ in rows.values() if province == figure.name]
        assert figure.municipalities == len(own)
        assert figure.share == pytest.approx(
            sum(p / 100 * d for p, d in own) / sum(d for _, d in own), abs=1e-12
        )
    assert sum(p.dwellings for p in dashboard.provinces) == dashboard.nation.dwellings
    assert sum(p.gap_to_goal for p in dashboard.provinces) == dashboard.nation.gap_to_goal


# -- the gap to the goal ----------------------------------------------------------------
def test_the_gap_is_the_dwellings_short_of_the_goal_rounded_up():
    """ceil(goal x dwellings) - estimate; 0 at or above the goal; exact for 0,3 x 10 = 3
    (floating point would make it 3,0000000000000004 and round it up to 4)."""
    assert gap_to_goal(10, 0.2, 2, 0.3) == 1
    assert gap_to_goal(1_000, 0.299, 299, 0.3) == 1
    assert gap_to_goal(1_001, 0.2, 200, 0.3) == 301 - 200
    assert gap_to_goal(1_000, 0.30, 300, 0.3) == 0
    assert gap_to_goal(1_000, 0.417, 417, 0.3) == 0
    assert gap_to_goal(1_891, 0.0, 0, 0.3) == 568  # Ameland: 0 % per CBS


def test_a_municipality_above_the_goal_has_no_gap_and_no_surplus_counted():
    """Delft (41,7 %) lacks nothing; the COROP area's gap is only Midden-Delfland's and
    Westland's: Delft's surplus does not fill their shortfall."""
    dashboard = social_rent_dashboard("Zuid-Holland", "Delft en Westland")
    gaps = {r.name: r.gap_to_goal for r in dashboard.rows}
    assert gaps["Delft"] == 0
    assert dashboard.selection is not None
    assert dashboard.selection.share > 0.30
    assert dashboard.selection.gap_to_goal == gaps["Midden-Delfland"] + gaps["Westland"] > 0


# -- filters ----------------------------------------------------------------------------
def test_a_province_shows_its_municipalities_only():
    """Noord-Brabant: its 56 municipalities (SOURCES.md's count), nobody else's."""
    rows = shipped()
    dashboard = social_rent_dashboard("Noord-Brabant")
    expected = {
        code for code, (*_, province, _corop) in rows.items() if province == "Noord-Brabant"
    }
    assert {r.code for r in dashboard.rows} == expected and len(expected) == 56
    assert dashboard.scope == "Provincie Noord-Brabant"


def test_a_corop_area_with_or_without_its_province_is_the_same_selection():
    """COROP Delft en Westland: Delft, Midden-Delfland and Westland, with or without the
    province chosen; the selection is the COROP area, the province figure Zuid-Holland's."""
    alone = social_rent_dashboard(corop="Delft en Westland")
    both = social_rent_dashboard("Zuid-Holland", "Delft en Westland")
    assert {r.name for r in alone.rows} == {"Delft", "Midden-Delfland", "Westland"}
    assert alone.rows == both.rows and alone.selection == both.selection
    assert both.selection is not None and both.selection.level is AreaLevel.COROP
    assert both.province_figure is not None and both.province_figure.name == "Zuid-Holland"
    assert alone.province_figure is None
    assert both.scope == "COROP-gebied Delft en Westland"


def test_the_corop_list_follows_the_province():
    """Flevoland has one COROP area; Zuid-Holland's are its own; all 40 without a province;
    each COROP area lies in exactly one province."""
    assert corop_areas("Flevoland") == ["Flevoland"]
    assert "Delft en Westland" in corop_areas("Zuid-Holland")
    assert "Flevoland" not in corop_areas("Zuid-Holland")
    assert len(corop_areas()) == 40
    assert all(province_of(c) in provinces() for c in corop_areas())
    assert province_of("Delft en Westland") == "Zuid-Holland" and province_of("Atlantis") == ""


def test_a_corop_area_outside_the_province_is_an_empty_selection_with_a_message():
    """Flevoland + Delft en Westland: no rows, no selection figure (not a 0 %), a Dutch
    message naming both; the province and national figures are still there."""
    dashboard = social_rent_dashboard("Flevoland", "Delft en Westland")
    assert dashboard.rows == () and dashboard.selection is None
    assert dashboard.empty_message.startswith(
        "Het COROP-gebied Delft en Westland ligt niet in de provincie Flevoland"
    )
    assert dashboard.province_figure is not None and dashboard.province_figure.name == "Flevoland"
    assert dashboard.nation.municipalities == 342
    assert social_rent_dashboard("Flevoland").empty_message == ""


@pytest.mark.parametrize(
    ("province", "corop", "message"),
    [
        ("Atlantis", "", "Onbekend provincie: 'Atlantis'"),
        ("", "Delft\x1b[31m", "Onbekend COROP-gebied: 'Delft[31m'"),
        ("zuid-holland", "", "Onbekend provincie: 'zuid-holland'"),
    ],
    ids=["unknown-province", "control-characters", "wrong-case"],
)
def test_an_unknown_name_is_refused_with_a_dutch_message(province, corop, message):
    """A name that is not one of the shipped ones: a ValidationError that quotes it without
    control characters."""
    with pytest.raises(ValidationError) as refused:
        social_rent_dashboard(province, corop)
    assert str(refused.value).startswith(message)
    assert "\x1b" not in str(refused.value)


# -- sorting ----------------------------------------------------------------------------
def test_rows_sort_by_any_column_ties_by_name():
    """By share ascending and descending, by name without regard to case, by the yes/no
    column (no before yes), ties broken by name."""
    rows = social_rent_dashboard("Flevoland").rows
    by_share = sorted_rows(rows, DashboardColumn.SHARE)
    assert [r.name for r in by_share] == [
        "Urk",
        "Zeewolde",
        "Noordoostpolder",
        "Dronten",
        "Almere",
        "Lelystad",
    ]
    assert sorted_rows(rows, DashboardColumn.SHARE, descending=True) == by_share[::-1]
    names = [r.name for r in sorted_rows(social_rent_dashboard().rows, DashboardColumn.NAME)]
    assert names[:2] == ["'s-Gravenhage", "'s-Hertogenbosch"]
    assert names == sorted(names, key=str.casefold)
    below = sorted_rows(
        social_rent_dashboard(corop="Delft en Westland").rows, DashboardColumn.BELOW_AVERAGE
    )
    assert [r.name for r in below] == ["Delft", "Midden-Delfland", "Westland"]


# -- the copy for Excel -----------------------------------------------------------------
def test_the_copy_has_headers_rows_area_figures_and_sources():
    """Title, headers with reference dates, one line per municipality in the given order
    (plain digits, share with a decimal comma), the province and national lines, the
    sources with their dates and the caveat."""
    dashboard = social_rent_dashboard("Flevoland")
    order = sorted_rows(dashboard.rows, DashboardColumn.GAP, descending=True)
    tsv = dashboard_tsv(dashboard, order)
    assert tsv.endswith(".\r\n") and tsv.count("\n") == tsv.count("\r\n")  # CRLF, as Excel
    lines = tsv.split("\r\n")
    assert lines[0] == "Sociale huur in Nederland – Provincie Flevoland"
    assert lines[1].split("\t") == [column_header(c) for c in DashboardColumn]
    assert "Woningvoorraad 1 januari 2024" in lines[1] and "vermoedelijk 1 januari 2023" in lines[1]
    assert lines[2].split("\t") == [
        "Almere", "GM0034", "Flevoland", "Flevoland", "92353", "26,6", "24566", "ja", "3140",
    ]  # fmt: skip
    assert [line.split("\t")[0] for line in lines[2:8]] == [r.name for r in order]
    assert lines[8] == ""
    assert lines[9].split("\t") == [
        "Provincie Flevoland (6 gemeenten)", "", "", "",
        "184425", "25,4", "46852", "6 van 6", "8479",
    ]  # fmt: skip
    assert lines[10].startswith("Nederland (342 gemeenten)\t\t\t\t8204049\t28,3\t")
    text = "\n".join(lines)
    assert "peildatum vermoedelijk 1-1-2023" in text and "peildatum 1 januari 2024" in text
    assert "niet precies sociale huur" in text and "Programma 'Een thuis voor iedereen'" in text


def test_the_copy_uses_the_decimal_separator_asked_for():
    """An English Excel reads 26.6, a Dutch one 26,6."""
    dashboard = social_rent_dashboard("Flevoland")
    assert "\t26.6\t" in dashboard_tsv(dashboard, decimal=".")
    assert "\t26,6\t" in dashboard_tsv(dashboard, decimal=",")


def test_the_copy_of_a_corop_area_names_it_its_province_and_the_nation():
    """Three area lines: the COROP area, Zuid-Holland and Nederland."""
    lines = dashboard_tsv(social_rent_dashboard("Zuid-Holland", "Delft en Westland")).split("\r\n")
    areas = [line.split("\t")[0] for line in lines if "gemeenten)" in line]
    assert areas == [
        "COROP-gebied Delft en Westland (3 gemeenten)",
        "Provincie Zuid-Holland (50 gemeenten)",
        "Nederland (342 gemeenten)",
    ]


def test_the_copy_of_an_empty_selection_says_why():
    """No municipality lines, the message instead, no 0 % line for the selection."""
    dashboard = social_rent_dashboard("Flevoland", "Delft en Westland")
    lines = dashboard_tsv(dashboard).split("\r\n")
    assert lines[2] == dashboard.empty_message
    assert not any(line.startswith("COROP-gebied") for line in lines)
