"""The evenwichtige verdeling of urgent households over a three-municipality region, with and
without correction and carry-over, against figures worked out by hand.

The region (the `region` fixture): Delft 50,000 inhabitants, 's-Gravenhage 30,000 and
Rijswijk 20,000, so key shares 50 %, 30 % and 20 %; plan period 2025-2026; two active groups,
each with one housing type (room):

    homeless (verplicht urgent)   need 2025: 10, 6, 4 (region 20)   2026: 10, 10, 0 (20)
                                  capacity 2025: 6, 8, 2            2026: 14, 2, 2
    status holders (not urgent)   need 100 in Delft each year, 0 elsewhere; capacity 0

Over the urgent scope each year's fair share is 20 x share: Delft 10, The Hague 6,
Rijswijk 4; over the period 20, 12 and 8 (together the region's 40).
"""

from __future__ import annotations

import pytest

from app.models import BaselineIndicator, FairShareScope, HousingType
from app.services import distribution_input, figures, municipalities
from app.services.analysis import analyse
from app.services.distribution import Adjustment
from app.services.figures import Cell, CellChange
from app.services.summary import summary_data
from app.services.target_groups import list_target_groups, set_group_active, update_group
from app.services.vision import create_vision
from tests.unit.cell_helpers import capacity

DELFT, THE_HAGUE, RIJSWIJK = "GM0503", "GM0518", "GM0603"
CODES = (DELFT, THE_HAGUE, RIJSWIJK)
ROOM = HousingType.ROOM
INHABITANTS = {DELFT: 50_000, THE_HAGUE: 30_000, RIJSWIJK: 20_000}
HOMELESS_NEED = {2025: (10, 6, 4), 2026: (10, 10, 0)}
HOMELESS_CAPACITY = {2025: (6, 8, 2), 2026: (14, 2, 2)}


@pytest.fixture
def region(tmp_path):
    project = create_vision(
        tmp_path / "regio.thuisplan",
        title="Drie gemeenten",
        municipality_codes=list(CODES),
        start_year=2025,
        end_year=2026,
    )
    kept = {"homeless", "status_holders"}
    for group in list_target_groups(project):
        if group.code in kept:
            update_group(project, group.id, housing_types=[ROOM])
        else:
            set_group_active(project, group.id, False)
    for code, inhabitants in INHABITANTS.items():
        municipalities.set_baseline(project, code, BaselineIndicator.INHABITANTS, inhabitants)
    groups = {g.code: g.id for g in list_target_groups(project)}
    changes = []
    for year in (2025, 2026):
        for i, code in enumerate(CODES):
            changes.append(
                CellChange(Cell(code, groups["homeless"], ROOM, year), HOMELESS_NEED[year][i])
            )
            changes += capacity(
                code, groups["homeless"], ROOM, year, new_build=HOMELESS_CAPACITY[year][i]
            )
            holders = 100 if code == DELFT else 0
            changes.append(CellChange(Cell(code, groups["status_holders"], ROOM, year), holders))
            changes += capacity(code, groups["status_holders"], ROOM, year)
    figures.set_cells(project, changes)
    yield project
    project.close()


def by_code(project, years=None):
    analysis = analyse(project)
    ids = {m.code: m.id for m in analysis.figures.municipalities}
    result = analysis.distribution(years=years)
    return {code: result[ids[code]] for code in CODES}


def row(share):
    return (share.fair_share, share.contribution, share.correction, share.difference, share.backlog)


def test_a_new_vision_shares_out_every_active_group(region):
    """The default scope (see README): all active groups, as before the choice existed.
    Region need 240 (40 homeless + 200 status holders): Delft's fair share 50 % = 120,
    capacity 20, difference -100."""
    delft = by_code(region)[DELFT]
    assert (delft.fair_share, delft.contribution, delft.difference) == (120, 20, -100)


def test_urgent_scope_without_correction_or_carry_over(region):
    """Urgent groups only (homeless): fair shares 20, 12, 8; capacity 20, 10, 4; differences
    0, -2, -4; nothing carried."""
    distribution_input.set_scope(region, FairShareScope.URGENT)
    shares = by_code(region)
    assert row(shares[DELFT]) == pytest.approx((20, 20, 0, 0, 0))
    assert row(shares[THE_HAGUE]) == pytest.approx((12, 10, 0, -2, 0))
    assert row(shares[RIJSWIJK]) == pytest.approx((8, 4, 0, -4, 0))
    assert sum(s.fair_share for s in shares.values()) == pytest.approx(40)


def test_urgent_scope_with_carry_over(region):
    """Carry-over: Delft 2025 due 10, gives 6, 4 open; 2026 due 10 + 4 = 14, gives 14:
    backlog 0. The Hague 2025 due 6 gives 8 (the 2 extra are not kept); 2026 due 6 gives 2:
    backlog 4. Rijswijk 2025 open 2; 2026 due 4 + 2 = 6 gives 2: backlog 4. The differences
    over the period stay 0, -2, -4."""
    distribution_input.set_scope(region, FairShareScope.URGENT)
    distribution_input.set_carry_over(region, True)
    shares = by_code(region)
    assert row(shares[DELFT]) == pytest.approx((20, 20, 0, 0, 0))
    assert row(shares[THE_HAGUE]) == pytest.approx((12, 10, 0, -2, 4))
    assert row(shares[RIJSWIJK]) == pytest.approx((8, 4, 0, -4, 4))
    assert [s.carried_in for s in shares[DELFT].balance.steps] == [0, 4]


def test_urgent_scope_with_correction(region):
    """The Hague already offers 5 places of maatschappelijke opvang (Delft and Rijswijk 0):
    counted as its contribution, difference 10 + 5 - 12 = +3; the others unchanged."""
    distribution_input.set_scope(region, FairShareScope.URGENT)
    for code, places in ((DELFT, 0), (THE_HAGUE, 5), (RIJSWIJK, 0)):
        distribution_input.set_adjustment(region, code, Adjustment(correction=places))
    shares = by_code(region)
    assert row(shares[THE_HAGUE]) == pytest.approx((12, 10, 5, 3, 0))
    assert row(shares[DELFT]) == pytest.approx((20, 20, 0, 0, 0))
    assert row(shares[RIJSWIJK]) == pytest.approx((8, 4, 0, -4, 0))


def test_urgent_scope_with_correction_and_carry_over(region):
    """The Hague's 5 places with carry-over: 2025 nothing open (5 left); 2026 4 open, 4
    covered by the correction (1 left): backlog 0, difference +3. Rijswijk has no correction
    (0): backlog 4 as without."""
    distribution_input.set_scope(region, FairShareScope.URGENT)
    distribution_input.set_carry_over(region, True)
    for code, places in ((DELFT, 0), (THE_HAGUE, 5), (RIJSWIJK, 0)):
        distribution_input.set_adjustment(region, code, Adjustment(correction=places))
    shares = by_code(region)
    assert row(shares[THE_HAGUE]) == pytest.approx((12, 10, 5, 3, 0))
    assert [s.correction_used for s in shares[THE_HAGUE].balance.steps] == [0, 4]
    assert row(shares[RIJSWIJK]) == pytest.approx((8, 4, 0, -4, 4))


def test_a_missing_correction_is_unknown_and_named(region):
    """Only The Hague has a correction: Delft's and Rijswijk's are unknown, so are their
    differences; the fair shares stay known."""
    distribution_input.set_scope(region, FairShareScope.URGENT)
    distribution_input.set_adjustment(region, THE_HAGUE, Adjustment(correction=5))
    shares = by_code(region)
    assert shares[DELFT].fair_share == pytest.approx(20)
    assert shares[DELFT].correction is None and shares[DELFT].difference is None
    assert "correctie van Delft" in shares[DELFT].missing
    assert shares[DELFT].lacks_correction and not shares[THE_HAGUE].lacks_correction
    assert shares[THE_HAGUE].difference == pytest.approx(3)


def test_the_opening_backlog_counts_with_carry_over(region):
    """Rijswijk starts with a backlog of 3 (the others 0), carry-over on: 2025 due 4 + 3 =
    7, gives 2, 5 open; 2026 due 4 + 5 = 9, gives 2: backlog 7; difference 4 - 8 - 3 = -7."""
    distribution_input.set_scope(region, FairShareScope.URGENT)
    distribution_input.set_carry_over(region, True)
    for code, backlog in ((DELFT, 0), (THE_HAGUE, 0), (RIJSWIJK, 3)):
        distribution_input.set_adjustment(region, code, Adjustment(opening_backlog=backlog))
    rijswijk = by_code(region)[RIJSWIJK]
    assert rijswijk.carried_in == 3
    assert (rijswijk.difference, rijswijk.backlog) == pytest.approx((-7, 7))


def test_the_second_year_alone_starts_from_the_first(region):
    """2026 only, carry-over: Delft carries in 4 from 2025; fair share 10, gives 14:
    difference 14 - 10 - 4 = 0, backlog 0."""
    distribution_input.set_scope(region, FairShareScope.URGENT)
    distribution_input.set_carry_over(region, True)
    delft = by_code(region, years=[2026])[DELFT]
    assert (delft.fair_share, delft.carried_in, delft.contribution) == pytest.approx((10, 4, 14))
    assert (delft.difference, delft.backlog) == pytest.approx((0, 0))


def test_a_chosen_list_shares_out_only_those_groups(region):
    """Own list: status holders only. Region need 200, Delft's fair share 100, capacity 0."""
    holders = next(g.id for g in list_target_groups(region) if g.code == "status_holders")
    distribution_input.set_scope(region, FairShareScope.CHOSEN, [holders])
    delft = by_code(region)[DELFT]
    assert (delft.fair_share, delft.contribution, delft.difference) == pytest.approx((100, 0, -100))


def test_an_unknown_need_makes_every_fair_share_unknown(region):
    """Rijswijk's homeless need of 2026 cleared: the region's need is unknown, so is every
    fair share; the message names Rijswijk."""
    distribution_input.set_scope(region, FairShareScope.URGENT)
    homeless = next(g.id for g in list_target_groups(region) if g.code == "homeless")
    figures.set_cells(region, [CellChange(Cell(RIJSWIJK, homeless, ROOM, 2026), None)])
    shares = by_code(region)
    assert all(s.fair_share is None for s in shares.values())
    assert "woonbehoefte van Rijswijk (ZH.)" in shares[DELFT].missing


def test_no_urgent_group_is_unknown_with_the_reason(region):
    """With the homeless group off, no active group is verplicht urgent: nothing to share
    out, said so, instead of fair shares of 0."""
    distribution_input.set_scope(region, FairShareScope.URGENT)
    homeless = next(g.id for g in list_target_groups(region) if g.code == "homeless")
    set_group_active(region, homeless, False)
    delft = by_code(region)[DELFT]
    assert delft.fair_share is None
    assert "geen aandachtsgroepen in de verdeling" in delft.missing


def test_summary_json_has_the_scope_and_the_correction(region):
    """`summary --json`: group items only for the scope's groups, each with `scope` and the
    municipality's `correction`; one item per municipality over the scope (target_group
    None) with the correction counted, the difference and the backlog, as worked out above
    (The Hague: 12, 10, 5, +3, backlog 0; 2026: 4 of the correction used)."""
    distribution_input.set_scope(region, FairShareScope.URGENT)
    distribution_input.set_carry_over(region, True)
    for code, places in ((DELFT, 0), (THE_HAGUE, 5), (RIJSWIJK, 0)):
        entry = Adjustment(correction=places, source="Telling MO", reference_date="1-1-2025")
        distribution_input.set_adjustment(region, code, entry)
    data = summary_data(analyse(region))
    assert data["vision"]["fair_share_scope"] == "urgent"
    assert data["vision"]["fair_share_groups"] == ["Dak- en thuisloze mensen"]
    assert data["vision"]["carry_over"] is True
    groups = [i for i in data["fair_share"] if i["target_group"] is not None]
    assert {i["target_group"] for i in groups} == {"Dak- en thuisloze mensen"}
    assert all(i["scope"] == "urgent" for i in data["fair_share"])
    correction = {"places": 5, "source": "Telling MO", "reference_date": "2025-01-01"}
    hague = next(i for i in data["fair_share"] if i["municipality_code"] == THE_HAGUE)
    assert hague["correction"] == correction
    total = next(
        i
        for i in data["fair_share"]
        if i["municipality_code"] == THE_HAGUE and i["target_group"] is None
    )
    assert (total["fair_share"], total["capacity"], total["correction"]) == (12, 10, correction)
    assert (total["correction_counted"], total["difference"], total["backlog"]) == (5, 3, 0)
    assert [y["correction_used"] for y in total["years"]] == [0, 4]
    assert total["missing"] == []


def test_summary_json_names_a_missing_correction(region):
    """Only The Hague has a correction: Delft's total item is unknown where the correction
    counts, and `missing` says the correction is what lacks."""
    distribution_input.set_adjustment(region, THE_HAGUE, Adjustment(correction=5))
    data = summary_data(analyse(region))
    delft = next(
        i
        for i in data["fair_share"]
        if i["municipality_code"] == DELFT and i["target_group"] is None
    )
    assert delft["correction"] is None and delft["difference"] is None
    assert delft["fair_share"] == 120
    assert delft["missing"] == [{"input": "correction", "municipality_code": DELFT}]
