"""Estimates in a vision: they fill only cells nobody entered a need for, say so
(need_source), differ per scenario without leaking, and the shipped corporation shares
give every new vision a social-rent test."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.models import BaselineIndicator, HousingType
from app.services import figures, municipalities
from app.services.analysis import analyse
from app.services.errors import NotFoundError, ValidationError
from app.services.estimates import store
from app.services.estimates.core import Base
from app.services.estimates.rate import RatePerBase
from app.services.figures import Cell, CellChange
from app.services.reference_data import national_corporation_share
from app.services.summary import summary_data
from app.services.target_groups import list_target_groups
from app.services.vision import create_vision

DELFT, RIJSWIJK = "GM0503", "GM0603"
SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "reference"


@pytest.fixture
def region(tmp_path):
    """Delft and Rijswijk, 2029-2031 (the ouderen target ends in 2030)."""
    project = create_vision(
        tmp_path / "raming.thuisplan",
        title="Raming",
        municipality_codes=[DELFT, RIJSWIJK],
        start_year=2029,
        end_year=2031,
    )
    yield project
    project.close()


def older(project):
    return next(g for g in list_target_groups(project) if g.code == "older_people")


def estimate_older(project, scenario=None):
    scenario = scenario or store.find_scenario(project)
    store.set_estimate(
        project, scenario.id, older(project).id, store.default_estimate("older_people")
    )


def gap_item(data, code, year, group="Ouderen"):
    return next(
        g
        for g in data["gaps"]
        if (g["municipality_code"], g["target_group"], g["year"]) == (code, group, year)
    )


def test_the_weighted_national_share_is_recomputed_from_the_shipped_files():
    """Corporation share x dwellings over all 342 municipalities / all dwellings = 28.3 %,
    read here straight from the two shipped CSV files."""
    with (SHIPPED / "corporatiebezit_2023.csv").open(encoding="utf-8") as f:
        shares = {
            row["gemeentecode"]: float(row["pct_huur_corporatie"]) for row in csv.DictReader(f)
        }
    with (SHIPPED / "gemeenten_2024.csv").open(encoding="utf-8") as f:
        dwellings = {
            row["gemeentecode"]: int(row["woningvoorraad_2024"]) for row in csv.DictReader(f)
        }
    assert len(shares) == len(dwellings) == 342 and shares.keys() == dwellings.keys()
    recomputed = sum(shares[c] / 100 * dwellings[c] for c in shares) / sum(dwellings.values())
    assert national_corporation_share() == pytest.approx(recomputed)
    assert round(recomputed, 3) == 0.283


def test_a_new_vision_has_a_social_rent_test_for_every_municipality(region):
    """No typing: the stock is a raming, so the current share is known everywhere."""
    data = summary_data(analyse(region))
    assert [s["current_share"] for s in data["social_rent"]] == [0.417, 0.321]


def test_estimated_need_is_marked_and_ends_with_the_national_target(region):
    """Ouderen, Delft: 91 + 43 + 21 = 155 a year (see test_estimate_methods); 2031 has no
    national target, so its need stays unknown, with the reason in the figures."""
    estimate_older(region)
    analysis = analyse(region)
    data = summary_data(analysis)
    assert gap_item(data, DELFT, 2030)["need"] == 155
    assert gap_item(data, DELFT, 2030)["need_source"] == "estimated"
    assert gap_item(data, DELFT, 2031)["need"] is None
    assert gap_item(data, DELFT, 2031)["need_source"] is None
    delft = analysis.figures.municipalities[0].id
    reason = analysis.figures.estimate_unknown[
        (delft, older(region).id, HousingType.ZERO_STEP, 2031)
    ]
    assert "2030" in reason


def test_an_estimate_never_overwrites_a_typed_figure_and_typing_makes_it_entered(region):
    """Typing 500 in Delft's nultreden 2030 keeps 500 (mixed with the estimated others);
    the estimate of Rijswijk is untouched; clearing the typed figure brings the estimate
    back."""
    estimate_older(region)
    group = older(region)
    cell = Cell(DELFT, group.id, HousingType.ZERO_STEP, 2030)
    figures.set_cells(region, [CellChange(cell, 500)])
    data = summary_data(analyse(region))
    item = gap_item(data, DELFT, 2030)
    assert item["need"] == 500 + 43 + 21 and item["need_source"] == "mixed"
    assert gap_item(data, RIJSWIJK, 2030)["need_source"] == "estimated"
    stored = {s.municipality_code: s.values for s in figures.need_series(region, group.id)}
    assert stored == {DELFT: {2030: 500}}  # the estimate itself is never stored as a figure
    figures.set_cells(region, [CellChange(cell, None)])
    assert gap_item(summary_data(analyse(region)), DELFT, 2030)["need"] == 155


def test_entered_everywhere_is_entered(region):
    group = older(region)
    changes = [
        CellChange(Cell(code, group.id, t, y), 1)
        for code in (DELFT, RIJSWIJK)
        for t in group.housing_types
        for y in (2029, 2030, 2031)
    ]
    figures.set_cells(region, changes)
    estimate_older(region)
    assert gap_item(summary_data(analyse(region)), DELFT, 2031)["need_source"] == "entered"


def test_scenarios_do_not_leak_into_each_other(region):
    """'ambitieus' estimates ouderen at 2 per 1,000 inhabitants into nultreden; 'basis' keeps
    the national target; each scenario's summary shows only its own."""
    estimate_older(region)
    base = store.find_scenario(region)
    ambitious = store.add_scenario(region, "ambitieus", copy_from=base.id)
    store.set_estimate(
        region,
        ambitious.id,
        older(region).id,
        RatePerBase(Base.INHABITANTS, 2.0, "Eigen ambitie", {HousingType.ZERO_STEP: 1.0}),
    )
    in_base = summary_data(analyse(region))
    in_ambitious = summary_data(analyse(region, "ambitieus"))
    assert gap_item(in_base, DELFT, 2030)["need"] == 155
    # 2 / 1000 x 109,577 = 219.15 -> 219 nultreden; the other two types have no estimate
    assert gap_item(in_ambitious, DELFT, 2030)["need"] is None
    assert (
        in_base["vision"]["scenario"] == "basis"
        and in_ambitious["vision"]["scenario"] == "ambitieus"
    )
    assert [e["method"] for e in in_ambitious["estimates"]] == ["rate_per_base"]
    assert [e["method"] for e in in_base["estimates"]] == ["older_people_target"]
    analysis = analyse(region, "ambitieus")
    delft = analysis.figures.municipalities[0].id
    key = (delft, older(region).id, HousingType.ZERO_STEP, 2030)
    assert analysis.figures.inputs[key].need == 219


def test_scenario_names_and_bad_parameters_are_refused(region):
    base = store.find_scenario(region)
    with pytest.raises(ValidationError, match="al een scenario"):
        store.add_scenario(region, "Basis")
    with pytest.raises(ValidationError, match="basisscenario"):
        store.delete_scenario(region, base.id)
    with pytest.raises(NotFoundError, match="geen scenario 'x'"):
        store.find_scenario(region, "x")
    before = store.list_estimates(region, base.id)
    with pytest.raises(ValidationError):
        store.set_estimate(
            region,
            base.id,
            older(region).id,
            RatePerBase(Base.INHABITANTS, -1, "s", {HousingType.ZERO_STEP: 1}),
        )
    assert store.list_estimates(region, base.id) == before


def test_filling_shipped_figures_leaves_what_someone_entered(region):
    """A file made before the shares were shipped: empty stocks and 65+ counts are filled,
    a typed stock stays; missing_shipped_figures names exactly what will be filled."""
    from app.services.vision_read import missing_shipped_figures

    municipalities.set_baseline(region, DELFT, BaselineIndicator.SOCIAL_RENT_DWELLINGS, 20_000)
    with region.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE baseline_figure SET value = NULL, source = '', estimated = 0 "
            "WHERE indicator IN ('inhabitants_65_plus', 'social_rent_dwellings') "
            "AND user_entered = 0"
        )
    missing = missing_shipped_figures(municipalities.list_municipalities(region))
    filled = municipalities.fill_shipped_figures(region)
    assert missing == [(c, i) for c, i, _ in filled]  # what the region step offers to fill
    assert missing_shipped_figures(municipalities.list_municipalities(region)) == []
    assert sorted((c, i.value) for c, i, _ in filled) == [
        (DELFT, "inhabitants_65_plus"),
        (RIJSWIJK, "inhabitants_65_plus"),
        (RIJSWIJK, "social_rent_dwellings"),
    ]
    delft = municipalities.list_municipalities(region)[0]
    assert delft.value(BaselineIndicator.SOCIAL_RENT_DWELLINGS) == 20_000
    assert municipalities.fill_shipped_figures(region) == []


def test_the_json_names_the_base_and_each_municipality_s_value(region):
    """The ouderen estimate shares out by 65+: Delft 17,787, Rijswijk 12,334 (CBS 2024),
    of 3,677,228 in the whole country."""
    estimate_older(region)
    (item,) = summary_data(analyse(region))["estimates"]
    assert item["target_group"] == "Ouderen" and item["method"] == "older_people_target"
    assert item["base"] == "inhabitants_65_plus"
    assert item["base_values"] == {DELFT: 17_787, RIJSWIJK: 12_334}
    assert item["parameters"]["national_65_plus"] == 3_677_228
    assert item["parameters"]["targets"] == {
        "zero_step": 170_000,
        "independent_clustered": 80_000,
        "clustered_nursing": 40_000,
    }
    assert "Wonen en zorg voor ouderen" in item["source"]
